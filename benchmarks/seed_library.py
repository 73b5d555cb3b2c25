"""Fill a database with a large practice library for benchmarks: 20,000 published practices.

Run through `python benchmarks/library.py`, which sets the environment first (after
`flask db upgrade` and `flask demo seed`, which give the countries, authorities,
members and themes). Rows are inserted in bulk (Core inserts) rather than through the
services, so seeding takes seconds, not hours; the rows have the shape the services
write. The text is deterministic and mixed: 40% English, 15% Ukrainian, 10% Romanian,
10% Russian, 9% Azerbaijani, 8% Georgian, 8% Armenian, made of real sentences about
municipal development in each language (with their inflected forms), topics, partners,
result indicators, place names and numbers, so words have uneven frequencies as in life.
"""

import html
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select, text

from app.accounts.models import Country, LocalAuthority, Role, User, UserStatus
from app.core.db import utcnow
from app.extensions import db
from app.library.models import (
    Practice,
    PracticeKind,
    Stage,
    Status,
    Theme,
    practice_authors,
    practice_sdgs,
    practice_themes,
)

SEED = 20261127
BATCH = 1_000
BODY_SENTENCES = 18  # of the 32 each language has


@dataclass(frozen=True)
class Language:
    """What practices in one language are made of."""

    code: str
    weight: int  # share of the library, in percent
    country: str | None  # where it is written; None: any programme country
    topics: tuple[str, ...]
    outcomes: tuple[str, ...]
    headings: tuple[str, str, str, str]  # background, what we did, results, lessons
    sentences: tuple[str, ...]  # slots: {n} {pct} {money} {year} {place}
    frames: tuple[str, ...]  # a sentence naming the topic: {topic} {place}
    indicators: tuple[str, ...]
    partners: tuple[str, ...]
    partners_label: str
    and_word: str
    stop: str = "."


ENGLISH = Language(
    code="en", weight=40, country=None,
    topics=(
        "Energy-efficient street lighting", "A one-stop shop for small businesses",
        "Youth employment programme", "Green public procurement",
        "Tourism route through the wine villages", "Digital services for citizens",
        "Investment passport of the town", "Support for women entrepreneurs",
        "Business incubator in the former factory", "Farmers' market and cold storage",
        "Local economic development plan", "Renewal of the municipal bus fleet",
        "Industrial park with ready infrastructure", "Thermal modernisation of schools",
        "Participatory budget for neighbourhoods",
    ),
    outcomes=(
        "what worked and what did not", "results after two years", "lessons for smaller towns",
        "how we financed it", "from pilot to a city-wide service", "a step-by-step guide",
        "costs, partners and results", "how residents were involved",
    ),
    headings=("Background", "What we did", "Results", "Lessons learned"),
    sentences=(
        "The municipality prepared the plan together with a working group of {n} people from "
        "business, civil society and the city council.",
        "Energy audits of {n} public buildings showed that simple measures could save about "
        "{pct}% of heating costs.",
        "Small and medium-sized enterprises received grants of up to {money} euros for new "
        "equipment.",
        "We published an investment passport listing free land plots with roads, water and "
        "electricity connections.",
        "The business support centre advised {n} entrepreneurs in its first year, most of them "
        "women and young people.",
        "Local farmers now sell their products directly at the covered market twice a week.",
        "The tourism information centre trained guides and mapped hiking and cycling routes "
        "around {place}.",
        "Procurement rules were changed so that energy efficiency counts for a third of the "
        "score.",
        "Residents voted for the projects of the participatory budget online and at the town "
        "hall.",
        "In {year} the council approved the local economic development plan for the next five "
        "years.",
        "Unemployment among young people fell noticeably after the training courses, although "
        "at first it stood at {pct}%.",
        "The new street lighting uses LED lamps and motion sensors, which reduced electricity "
        "consumption.",
        "Partners included the regional development agency, the chamber of commerce and two "
        "universities.",
        "Monitoring is based on ten indicators with a baseline measured before the project "
        "started.",
        "The main difficulty was co-financing: the municipal budget covered only {pct}% of the "
        "costs.",
        "Digital services let citizens request permits and certificates without visiting the "
        "administration.",
        "The industrial park offers ready infrastructure, and {n} companies have already moved "
        "in.",
        "Public consultations were held in every village of the community before the decision.",
        "Investments in the water supply network attracted a food processing company to the "
        "town.",
        "A mentoring programme connected experienced managers with start-ups from {place}.",
        "The renovated schools are warmer, and heating bills dropped in the first winter.",
        "We recommend starting with a small pilot and scaling up once the results are clear.",
        "The mayor's office publishes all contracts and payments on the open data portal.",
        "Other members of the network visited {place} in {year} to learn from this experience.",
        "A shared workshop for craftspeople opened in the old library building in {year}.",
        "Bus routes were redesigned after a survey of {n} passengers, and waiting times fell.",
        "The land registry was digitised so that investors can check plots online.",
        "Co-working spaces attract freelancers and IT specialists who used to leave for the "
        "capital.",
        "Solar panels on the roofs of kindergartens produce about {pct}% of their electricity.",
        "Training for civil servants covered project management, procurement and grant writing.",
        "A local brand and a festival of traditional food doubled the number of visitors.",
        "Waste sorting points were installed in {n} courtyards, and recycling is growing every "
        "month.",
    ),
    frames=(
        "The project “{topic}” was prepared by the economic development department of {place}.",
        "We describe how “{topic}” was planned, financed and carried out.",
    ),
    indicators=(
        "New jobs created", "Businesses supported", "Energy savings, MWh per year",
        "Tourist overnight stays", "Investment attracted, EUR", "Women-led businesses",
        "Young people trained", "Residents using online services", "Hectares of land prepared",
        "CO2 emissions avoided, tonnes", "Local products sold at the market",
        "Participants in consultations",
    ),
    partners=(
        "the regional development agency", "the chamber of commerce", "the state university",
        "the employment service", "a local bank", "the association of farmers",
        "the tourism board", "UNDP", "the EU delegation", "a youth NGO",
        "the business association", "the vocational college",
    ),
    partners_label="Partners", and_word="and",
)  # fmt: skip

UKRAINIAN = Language(
    code="uk", weight=15, country="UA",
    topics=(
        "Енергоефективне вуличне освітлення", "Центр підтримки малого бізнесу",
        "Програма зайнятості молоді", "Зелені публічні закупівлі",
        "Туристичний маршрут винними селами", "Цифрові послуги для мешканців",
        "Інвестиційний паспорт громади", "Підтримка жінок-підприємниць",
        "Бізнес-інкубатор на території колишнього заводу", "Фермерський ринок і холодильний склад",
        "План місцевого економічного розвитку", "Оновлення комунального автобусного парку",
        "Індустріальний парк з готовою інфраструктурою", "Термомодернізація шкіл",
        "Бюджет участі для мікрорайонів",
    ),
    outcomes=(
        "що спрацювало, а що ні", "результати за два роки", "уроки для менших громад",
        "як ми це профінансували", "від пілоту до послуги для всього міста",
        "покроковий посібник", "витрати, партнери та результати", "як залучили мешканців",
    ),
    headings=("Передумови", "Що ми зробили", "Результати", "Уроки"),
    sentences=(
        "Громада підготувала план разом із робочою групою з {n} представників бізнесу, "
        "громадських організацій та міської ради.",
        "Енергоаудит громадських будівель показав, що прості заходи дають економію близько "
        "{pct}% витрат на опалення.",
        "Малі та середні підприємства отримали гранти до {money} євро на нове обладнання.",
        "Ми оприлюднили інвестиційний паспорт із переліком вільних земельних ділянок з "
        "дорогами, водою та електрикою.",
        "Центр підтримки бізнесу за перший рік проконсультував {n} підприємців, переважно "
        "жінок і молодь.",
        "Місцеві фермери тепер продають свою продукцію напряму на критому ринку двічі на "
        "тиждень.",
        "Туристичний інформаційний центр навчив гідів і позначив пішохідні та велосипедні "
        "маршрути навколо міста.",
        "Правила закупівель змінили так, що енергоефективність становить третину оцінки.",
        "Мешканці голосували за проєкти бюджету участі онлайн і в центрі надання "
        "адміністративних послуг.",
        "У {year} році міська рада затвердила план місцевого економічного розвитку на наступні "
        "п'ять років.",
        "Безробіття серед молоді помітно зменшилося після навчальних курсів, хоча на початку "
        "воно становило {pct}%.",
        "Нове вуличне освітлення використовує світлодіодні лампи та датчики руху, що зменшило "
        "споживання електроенергії.",
        "Партнерами стали регіональна агенція розвитку, торгово-промислова палата та два "
        "університети.",
        "Моніторинг ґрунтується на десяти показниках із базовими значеннями, виміряними до "
        "початку проєкту.",
        "Найбільшою складністю було співфінансування: місцевий бюджет покрив лише {pct}% "
        "витрат.",
        "Цифрові послуги дозволяють мешканцям замовляти дозволи та довідки без відвідування "
        "адміністрації.",
        "Індустріальний парк пропонує готову інфраструктуру, і {n} компаній уже розмістили там "
        "виробництво.",
        "Перед ухваленням рішення громадські обговорення провели в кожному селі громади.",
        "Інвестиції у водопровідну мережу залучили до міста підприємство з переробки харчових "
        "продуктів.",
        "Програма наставництва поєднала досвідчених керівників зі стартапами громади.",
        "Відремонтовані школи стали теплішими, а рахунки за опалення зменшилися вже першої "
        "зими.",
        "Радимо починати з невеликого пілотного проєкту й розширювати його, коли результати "
        "стануть зрозумілими.",
        "Міська рада публікує всі договори та платежі на порталі відкритих даних.",
        "Інші учасники мережі відвідали громаду в {year} році, щоб перейняти цей досвід.",
        "Спільна майстерня для ремісників відкрилася в будівлі старої бібліотеки у {year} році.",
        "Автобусні маршрути змінили після опитування {n} пасажирів, і час очікування "
        "скоротився.",
        "Земельний кадастр оцифрували, тож інвестори можуть перевірити ділянки онлайн.",
        "Коворкінги приваблюють фрилансерів та ІТ-фахівців, які раніше виїжджали до столиці.",
        "Сонячні панелі на дахах дитячих садків виробляють близько {pct}% їхньої "
        "електроенергії.",
        "Навчання для службовців охопило управління проєктами, закупівлі та написання грантових"
        " заявок.",
        "Місцевий бренд і фестиваль традиційної кухні подвоїли кількість відвідувачів.",
        "Пункти сортування відходів встановили в {n} дворах, і частка переробки зростає "
        "щомісяця.",
    ),
    frames=(
        "Проєкт «{topic}» підготував відділ економічного розвитку міської ради.",
        "Ми описуємо, як проєкт «{topic}» планували, фінансували та впроваджували.",
    ),
    indicators=(
        "Створені робочі місця", "Підтримані підприємства", "Економія енергії, МВт·год на рік",
        "Ночівлі туристів", "Залучені інвестиції, євро", "Підприємства, очолювані жінками",
        "Навчена молодь", "Мешканці, які користуються онлайн-послугами",
        "Підготовлені земельні ділянки, га", "Уникнені викиди CO2, тонн",
        "Місцеві продукти, продані на ринку", "Учасники обговорень",
    ),
    partners=(
        "регіональна агенція розвитку", "торгово-промислова палата", "державний університет",
        "центр зайнятості", "місцевий банк", "асоціація фермерів", "туристична рада", "ПРООН",
        "Представництво ЄС", "молодіжна громадська організація", "бізнес-асоціація",
        "професійний коледж",
    ),
    partners_label="Партнери", and_word="і",
)  # fmt: skip

RUSSIAN = Language(
    code="ru", weight=10, country=None,
    topics=(
        "Энергоэффективное уличное освещение", "Центр поддержки малого бизнеса",
        "Программа занятости молодёжи", "Зелёные государственные закупки",
        "Туристический маршрут по винодельческим сёлам", "Цифровые услуги для жителей",
        "Инвестиционный паспорт города", "Поддержка женщин-предпринимателей",
        "Бизнес-инкубатор в здании бывшего завода", "Фермерский рынок и холодильный склад",
        "План местного экономического развития", "Обновление муниципального автобусного парка",
        "Индустриальный парк с готовой инфраструктурой", "Термомодернизация школ",
        "Бюджет участия для микрорайонов",
    ),
    outcomes=(
        "что сработало, а что нет", "результаты за два года", "уроки для небольших городов",
        "как мы это профинансировали", "от пилота к услуге для всего города",
        "пошаговое руководство", "затраты, партнёры и результаты", "как вовлекли жителей",
    ),
    headings=("Предыстория", "Что мы сделали", "Результаты", "Уроки"),
    sentences=(
        "Муниципалитет подготовил план вместе с рабочей группой из {n} представителей бизнеса, "
        "гражданского общества и городского совета.",
        "Энергоаудит общественных зданий показал, что простые меры позволяют сэкономить около "
        "{pct}% расходов на отопление.",
        "Малые и средние предприятия получили гранты до {money} евро на новое оборудование.",
        "Мы опубликовали инвестиционный паспорт со списком свободных земельных участков с "
        "дорогами, водой и электричеством.",
        "Центр поддержки бизнеса за первый год проконсультировал {n} предпринимателей, в "
        "основном женщин и молодёжь.",
        "Местные фермеры теперь продают свою продукцию напрямую на крытом рынке два раза в "
        "неделю.",
        "Туристический информационный центр обучил гидов и разметил пешие и велосипедные "
        "маршруты вокруг города.",
        "Правила закупок изменили так, что энергоэффективность составляет треть оценки.",
        "Жители голосовали за проекты бюджета участия онлайн и в мэрии.",
        "В {year} году городской совет утвердил план местного экономического развития на "
        "следующие пять лет.",
        "Безработица среди молодёжи заметно снизилась после учебных курсов, хотя вначале она "
        "составляла {pct}%.",
        "Новое уличное освещение использует светодиодные лампы и датчики движения, что "
        "снизило потребление электроэнергии.",
        "Партнёрами стали региональное агентство развития, торгово-промышленная палата и два "
        "университета.",
        "Мониторинг основан на десяти показателях с базовыми значениями, измеренными до "
        "начала проекта.",
        "Главной трудностью было софинансирование: местный бюджет покрыл лишь {pct}% расходов.",
        "Цифровые услуги позволяют жителям заказывать разрешения и справки, не посещая "
        "администрацию.",
        "Индустриальный парк предлагает готовую инфраструктуру, и {n} компаний уже разместили "
        "там производство.",
        "Перед принятием решения общественные слушания прошли в каждом селе общины.",
        "Инвестиции в водопроводную сеть привлекли в город предприятие по переработке пищевых "
        "продуктов.",
        "Программа наставничества объединила опытных руководителей со стартапами города.",
        "Отремонтированные школы стали теплее, а счета за отопление снизились уже в первую "
        "зиму.",
        "Советуем начинать с небольшого пилотного проекта и расширять его, когда результаты "
        "станут понятны.",
        "Мэрия публикует все договоры и платежи на портале открытых данных.",
        "Другие участники сети посетили город в {year} году, чтобы перенять этот опыт.",
        "Общая мастерская для ремесленников открылась в здании старой библиотеки в {year} году.",
        "Автобусные маршруты изменили после опроса {n} пассажиров, и время ожидания "
        "сократилось.",
        "Земельный кадастр оцифровали, поэтому инвесторы могут проверить участки онлайн.",
        "Коворкинги привлекают фрилансеров и ИТ-специалистов, которые раньше уезжали в столицу.",
        "Солнечные панели на крышах детских садов производят около {pct}% их электроэнергии.",
        "Обучение для служащих охватило управление проектами, закупки и написание грантовых "
        "заявок.",
        "Местный бренд и фестиваль традиционной кухни удвоили число посетителей.",
        "Пункты сортировки отходов установили в {n} дворах, и доля переработки растёт каждый "
        "месяц.",
    ),
    frames=(
        "Проект «{topic}» подготовил отдел экономического развития мэрии.",
        "Мы описываем, как проект «{topic}» планировали, финансировали и реализовывали.",
    ),
    indicators=(
        "Созданные рабочие места", "Поддержанные предприятия", "Экономия энергии, МВт·ч в год",
        "Ночёвки туристов", "Привлечённые инвестиции, евро", "Предприятия, возглавляемые женщинами",
        "Обученная молодёжь", "Жители, пользующиеся онлайн-услугами",
        "Подготовленные земельные участки, га", "Предотвращённые выбросы CO2, тонн",
        "Местные продукты, проданные на рынке", "Участники обсуждений",
    ),
    partners=(
        "региональное агентство развития", "торгово-промышленная палата",
        "государственный университет", "служба занятости", "местный банк",
        "ассоциация фермеров", "туристический совет", "ПРООН", "Представительство ЕС",
        "молодёжная общественная организация", "бизнес-ассоциация", "профессиональный колледж",
    ),
    partners_label="Партнёры", and_word="и",
)  # fmt: skip

ROMANIAN = Language(
    code="ro", weight=10, country="MD",
    topics=(
        "Iluminat public eficient energetic", "Ghișeu unic pentru întreprinderile mici",
        "Program de ocupare a tinerilor", "Achiziții publice verzi",
        "Traseu turistic prin satele viticole", "Servicii digitale pentru cetățeni",
        "Pașaportul investițional al orașului", "Sprijin pentru femeile antreprenoare",
        "Incubator de afaceri în fosta fabrică", "Piață agricolă și depozit frigorific",
        "Planul de dezvoltare economică locală", "Înnoirea parcului municipal de autobuze",
        "Parc industrial cu infrastructură gata", "Reabilitarea termică a școlilor",
        "Buget participativ pentru cartiere",
    ),
    outcomes=(
        "ce a funcționat și ce nu", "rezultate după doi ani", "lecții pentru orașele mai mici",
        "cum l-am finanțat", "de la proiect pilot la serviciu pentru tot orașul",
        "un ghid pas cu pas", "costuri, parteneri și rezultate",
        "cum au fost implicați locuitorii",
    ),
    headings=("Context", "Ce am făcut", "Rezultate", "Lecții învățate"),
    sentences=(
        "Primăria a pregătit planul împreună cu un grup de lucru de {n} de persoane din mediul "
        "de afaceri, societatea civilă și consiliul local.",
        "Auditurile energetice efectuate în clădirile publice au arătat că măsuri simple pot "
        "reduce costurile de încălzire cu aproximativ {pct}%.",
        "Întreprinderile mici și mijlocii au primit granturi de până la {money} de euro pentru "
        "echipamente noi.",
        "Am publicat un pașaport investițional cu terenurile libere care au acces la drumuri, "
        "apă și electricitate.",
        "Centrul de sprijin pentru afaceri a consultat {n} de antreprenori în primul an, "
        "majoritatea femei și tineri.",
        "Fermierii locali își vând acum produsele direct în piața acoperită de două ori pe "
        "săptămână.",
        "Centrul de informare turistică a instruit ghizi și a marcat trasee pentru drumeții și "
        "biciclete în jurul orașului.",
        "Regulile de achiziții au fost modificate astfel încât eficiența energetică să conteze "
        "pentru o treime din punctaj.",
        "Locuitorii au votat proiectele bugetului participativ online și la primărie.",
        "În anul {year}, consiliul local a aprobat planul de dezvoltare economică locală pentru "
        "următorii cinci ani.",
        "Șomajul în rândul tinerilor a scăzut vizibil după cursurile de formare, deși la "
        "început era de {pct}%.",
        "Noul iluminat stradal folosește lămpi LED și senzori de mișcare, ceea ce a redus "
        "consumul de energie electrică.",
        "Printre parteneri s-au numărat agenția de dezvoltare regională, camera de comerț și "
        "două universități.",
        "Monitorizarea se bazează pe zece indicatori cu valori de referință măsurate înainte de "
        "începerea proiectului.",
        "Cea mai mare dificultate a fost cofinanțarea: bugetul local a acoperit doar {pct}% din "
        "costuri.",
        "Serviciile digitale le permit cetățenilor să solicite autorizații și certificate fără "
        "să vină la primărie.",
        "Parcul industrial oferă infrastructură gata de utilizare, iar {n} de companii s-au "
        "instalat deja acolo.",
        "Înainte de decizie, au avut loc consultări publice în fiecare sat al comunității.",
        "Investițiile în rețeaua de apă au atras în oraș o întreprindere de procesare a "
        "alimentelor.",
        "Un program de mentorat a pus în legătură manageri cu experiență și firme nou "
        "înființate din regiune.",
        "Școlile renovate sunt mai calde, iar facturile la încălzire au scăzut încă din prima "
        "iarnă.",
        "Recomandăm să începeți cu un proiect pilot mic și să-l extindeți când rezultatele sunt "
        "clare.",
        "Primăria publică toate contractele și plățile pe portalul de date deschise.",
        "Alți membri ai rețelei au vizitat orașul în {year} pentru a învăța din această "
        "experiență.",
        "Un atelier comun pentru meșteșugari a fost deschis în clădirea vechii biblioteci în "
        "{year}.",
        "Rutele de autobuz au fost reorganizate după un sondaj cu {n} de pasageri, iar timpul "
        "de așteptare a scăzut.",
        "Registrul funciar a fost digitalizat, astfel încât investitorii pot verifica "
        "terenurile online.",
        "Spațiile de coworking atrag liber-profesioniști și specialiști IT care înainte plecau "
        "în capitală.",
        "Panourile solare de pe acoperișurile grădinițelor produc aproximativ {pct}% din "
        "energia lor electrică.",
        "Instruirea funcționarilor a cuprins managementul de proiect, achizițiile și scrierea "
        "cererilor de finanțare.",
        "Un brand local și un festival al bucătăriei tradiționale au dublat numărul de "
        "vizitatori.",
        "Punctele de colectare separată a deșeurilor au fost instalate în {n} de curți, iar "
        "reciclarea crește de la o lună la alta.",
    ),
    frames=(
        "Proiectul „{topic}” a fost pregătit de direcția de dezvoltare economică a primăriei.",
        "Descriem cum proiectul „{topic}” a fost planificat, finanțat și realizat.",
    ),
    indicators=(
        "Locuri de muncă create", "Întreprinderi sprijinite", "Economii de energie, MWh pe an",
        "Înnoptări ale turiștilor", "Investiții atrase, euro", "Afaceri conduse de femei",
        "Tineri instruiți", "Locuitori care folosesc serviciile online",
        "Terenuri pregătite, hectare", "Emisii de CO2 evitate, tone",
        "Produse locale vândute în piață", "Participanți la consultări",
    ),
    partners=(
        "agenția de dezvoltare regională", "camera de comerț", "universitatea de stat",
        "agenția pentru ocuparea forței de muncă", "o bancă locală", "asociația fermierilor",
        "oficiul de turism", "PNUD", "Delegația UE", "o organizație de tineret",
        "asociația oamenilor de afaceri", "colegiul profesional",
    ),
    partners_label="Parteneri", and_word="și",
)  # fmt: skip

GEORGIAN = Language(
    code="ka", weight=8, country="GE",
    topics=(
        "ენერგოეფექტური ქუჩის განათება", "მცირე ბიზნესის მხარდაჭერის ცენტრი",
        "ახალგაზრდების დასაქმების პროგრამა", "მწვანე სახელმწიფო შესყიდვები",
        "ტურისტული მარშრუტი ღვინის სოფლებში", "ციფრული სერვისები მოქალაქეებისთვის",
        "ქალაქის საინვესტიციო პასპორტი", "ქალი მეწარმეების მხარდაჭერა",
        "ბიზნეს ინკუბატორი ყოფილ ქარხანაში", "ფერმერთა ბაზარი და სამაცივრე საწყობი",
        "ადგილობრივი ეკონომიკური განვითარების გეგმა",
        "მუნიციპალური ავტობუსების პარკის განახლება",
        "ინდუსტრიული პარკი მზა ინფრასტრუქტურით", "სკოლების ენერგოეფექტური რეაბილიტაცია",
        "მონაწილეობითი ბიუჯეტი უბნებისთვის",
    ),
    outcomes=(
        "რა იმუშავა და რა არა", "შედეგები ორი წლის შემდეგ",
        "გაკვეთილები მცირე ქალაქებისთვის", "როგორ დავაფინანსეთ",
        "პილოტიდან მთელი ქალაქის სერვისამდე", "ნაბიჯ-ნაბიჯ სახელმძღვანელო",
        "ხარჯები, პარტნიორები და შედეგები", "როგორ ჩავრთეთ მოსახლეობა",
    ),
    headings=("კონტექსტი", "რა გავაკეთეთ", "შედეგები", "მიღებული გაკვეთილები"),
    sentences=(
        "მუნიციპალიტეტმა გეგმა მოამზადა სამუშაო ჯგუფთან ერთად, რომელშიც {n} წარმომადგენელი "
        "შედიოდა ბიზნესიდან, სამოქალაქო საზოგადოებიდან და საკრებულოდან.",
        "საჯარო შენობების ენერგოაუდიტმა აჩვენა, რომ მარტივი ღონისძიებებით გათბობის ხარჯების "
        "დაახლოებით {pct}% შეიძლება დაიზოგოს.",
        "მცირე და საშუალო საწარმოებმა ახალი აღჭურვილობისთვის {money} ევრომდე გრანტები მიიღეს.",
        "გამოვაქვეყნეთ საინვესტიციო პასპორტი თავისუფალი მიწის ნაკვეთების ჩამონათვალით, "
        "რომლებსაც აქვთ გზა, წყალი და ელექტროენერგია.",
        "ბიზნესის მხარდაჭერის ცენტრმა პირველ წელს {n} მეწარმეს გაუწია კონსულტაცია, ძირითადად "
        "ქალებსა და ახალგაზრდებს.",
        "ადგილობრივი ფერმერები ახლა თავიანთ პროდუქციას პირდაპირ დახურულ ბაზარზე ყიდიან "
        "კვირაში ორჯერ.",
        "ტურისტულმა საინფორმაციო ცენტრმა გიდები მოამზადა და ქალაქის გარშემო საფეხმავლო და "
        "საველოსიპედო მარშრუტები მონიშნა.",
        "შესყიდვების წესები შეიცვალა ისე, რომ ენერგოეფექტურობა შეფასების მესამედს შეადგენს.",
        "მოსახლეობამ მონაწილეობითი ბიუჯეტის პროექტებს ხმა ონლაინ და მერიაში მისცა.",
        "{year} წელს საკრებულომ ადგილობრივი ეკონომიკური განვითარების გეგმა მომდევნო ხუთი "
        "წლისთვის დაამტკიცა.",
        "ახალგაზრდებში უმუშევრობა საგრძნობლად შემცირდა სასწავლო კურსების შემდეგ, თუმცა "
        "თავდაპირველად ის {pct}% იყო.",
        "ახალი ქუჩის განათება იყენებს LED ნათურებს და მოძრაობის სენსორებს, რამაც "
        "ელექტროენერგიის მოხმარება შეამცირა.",
        "პარტნიორები იყვნენ რეგიონული განვითარების სააგენტო, სავაჭრო-სამრეწველო პალატა და ორი "
        "უნივერსიტეტი.",
        "მონიტორინგი ეფუძნება ათ ინდიკატორს, რომელთა საბაზისო მნიშვნელობები პროექტის "
        "დაწყებამდე გაიზომა.",
        "მთავარი სირთულე თანადაფინანსება იყო: ადგილობრივმა ბიუჯეტმა ხარჯების მხოლოდ {pct}% "
        "დაფარა.",
        "ციფრული სერვისები მოქალაქეებს საშუალებას აძლევს, ნებართვები და ცნობები მერიაში "
        "მისვლის გარეშე მოითხოვონ.",
        "ინდუსტრიული პარკი მზა ინფრასტრუქტურას გვთავაზობს და იქ უკვე {n} კომპანია განთავსდა.",
        "გადაწყვეტილების მიღებამდე საჯარო განხილვები თემის ყველა სოფელში ჩატარდა.",
        "წყალმომარაგების ქსელში ინვესტიციებმა ქალაქში საკვები პროდუქტების გადამამუშავებელი "
        "საწარმო მოიზიდა.",
        "მენტორობის პროგრამამ გამოცდილი მენეჯერები ადგილობრივ სტარტაპებს დააკავშირა.",
        "გარემონტებული სკოლები უფრო თბილია და გათბობის გადასახადები უკვე პირველ ზამთარს "
        "შემცირდა.",
        "გირჩევთ, დაიწყოთ მცირე საპილოტე პროექტით და გააფართოვოთ ის, როცა შედეგები ნათელი "
        "გახდება.",
        "მერია ყველა ხელშეკრულებასა და გადახდას ღია მონაცემების პორტალზე აქვეყნებს.",
        "ქსელის სხვა წევრები {year} წელს ესტუმრნენ ქალაქს ამ გამოცდილების გასაზიარებლად.",
        "ხელოსნების საერთო სახელოსნო {year} წელს ძველი ბიბლიოთეკის შენობაში გაიხსნა.",
        "ავტობუსების მარშრუტები {n} მგზავრის გამოკითხვის შემდეგ შეიცვალა და ლოდინის დრო "
        "შემცირდა.",
        "მიწის რეესტრი გაციფრულდა, ამიტომ ინვესტორებს ნაკვეთების შემოწმება ონლაინ შეუძლიათ.",
        "კოვორკინგ სივრცეები იზიდავს ფრილანსერებსა და IT სპეციალისტებს, რომლებიც ადრე "
        "დედაქალაქში მიდიოდნენ.",
        "საბავშვო ბაღების სახურავებზე დამონტაჟებული მზის პანელები მათი ელექტროენერგიის "
        "დაახლოებით {pct}%-ს აწარმოებს.",
        "საჯარო მოხელეების ტრენინგი მოიცავდა პროექტების მართვას, შესყიდვებს და საგრანტო "
        "განაცხადების წერას.",
        "ადგილობრივმა ბრენდმა და ტრადიციული სამზარეულოს ფესტივალმა ვიზიტორების რაოდენობა "
        "გააორმაგა.",
        "ნარჩენების დახარისხების პუნქტები {n} ეზოში დამონტაჟდა და გადამუშავება ყოველთვიურად "
        "იზრდება.",
    ),
    frames=(
        "პროექტი „{topic}“ მოამზადა მერიის ეკონომიკური განვითარების სამსახურმა.",
        "აღვწერთ, როგორ დაიგეგმა, დაფინანსდა და განხორციელდა პროექტი „{topic}“.",
    ),
    indicators=(
        "შექმნილი სამუშაო ადგილები", "მხარდაჭერილი საწარმოები",
        "დაზოგილი ენერგია, მგვტ.სთ წელიწადში", "ტურისტების ღამისთევები",
        "მოზიდული ინვესტიციები, ევრო", "ქალების მიერ მართული ბიზნესები",
        "გადამზადებული ახალგაზრდები", "ონლაინ სერვისების მომხმარებელი მოქალაქეები",
        "მომზადებული მიწის ნაკვეთები, ჰექტარი", "თავიდან აცილებული CO2 ემისიები, ტონა",
        "ბაზარზე გაყიდული ადგილობრივი პროდუქცია", "განხილვების მონაწილეები",
    ),
    partners=(
        "რეგიონული განვითარების სააგენტო", "სავაჭრო-სამრეწველო პალატა",
        "სახელმწიფო უნივერსიტეტი", "დასაქმების სააგენტო", "ადგილობრივი ბანკი",
        "ფერმერთა ასოციაცია", "ტურიზმის საბჭო", "გაეროს განვითარების პროგრამა",
        "ევროკავშირის წარმომადგენლობა", "ახალგაზრდული ორგანიზაცია", "ბიზნეს ასოციაცია",
        "პროფესიული კოლეჯი",
    ),
    partners_label="პარტნიორები", and_word="და",
)  # fmt: skip

ARMENIAN = Language(
    code="hy", weight=8, country="AM",
    topics=(
        "Էներգաարդյունավետ փողոցային լուսավորություն", "Փոքր բիզնեսի աջակցության կենտրոն",
        "Երիտասարդների զբաղվածության ծրագիր", "Կանաչ պետական գնումներ",
        "Զբոսաշրջային երթուղի գինեգործական գյուղերով",
        "Թվային ծառայություններ քաղաքացիների համար", "Քաղաքի ներդրումային անձնագիր",
        "Կին ձեռնարկատերերի աջակցություն", "Բիզնես ինկուբատոր նախկին գործարանում",
        "Ֆերմերային շուկա և սառնարանային պահեստ", "Տեղական տնտեսական զարգացման ծրագիր",
        "Համայնքային ավտոբուսային պարկի նորացում",
        "Արդյունաբերական պարկ պատրաստի ենթակառուցվածքներով",
        "Դպրոցների ջերմային արդիականացում", "Մասնակցային բյուջե թաղամասերի համար",
    ),
    outcomes=(
        "ինչն աշխատեց և ինչը՝ ոչ", "արդյունքները երկու տարի անց",
        "դասեր փոքր քաղաքների համար", "ինչպես ֆինանսավորեցինք",
        "փորձնական ծրագրից մինչև ողջ քաղաքի ծառայություն", "քայլ առ քայլ ուղեցույց",
        "ծախսեր, գործընկերներ և արդյունքներ", "ինչպես ներգրավեցինք բնակիչներին",
    ),
    headings=("Նախապատմություն", "Ինչ արեցինք", "Արդյունքներ", "Քաղված դասեր"),
    sentences=(
        "Համայնքը ծրագիրը պատրաստեց աշխատանքային խմբի հետ, որում ընդգրկված էին բիզնեսի, "
        "քաղաքացիական հասարակության և ավագանու {n} ներկայացուցիչ։",
        "Հանրային շենքերի էներգետիկ աուդիտը ցույց տվեց, որ պարզ միջոցառումները կարող են "
        "խնայել ջեռուցման ծախսերի մոտ {pct}%-ը։",
        "Փոքր և միջին ձեռնարկությունները նոր սարքավորումների համար ստացան մինչև {money} եվրո "
        "դրամաշնորհներ։",
        "Մենք հրապարակեցինք ներդրումային անձնագիր՝ ճանապարհներով, ջրով և էլեկտրականությամբ "
        "ապահովված ազատ հողամասերի ցանկով։",
        "Բիզնեսի աջակցության կենտրոնն առաջին տարում խորհրդատվություն տրամադրեց {n} "
        "ձեռնարկատիրոջ, հիմնականում կանանց և երիտասարդների։",
        "Տեղացի ֆերմերներն այժմ իրենց արտադրանքը շաբաթը երկու անգամ վաճառում են ուղղակիորեն "
        "ծածկած շուկայում։",
        "Զբոսաշրջային տեղեկատվական կենտրոնը վերապատրաստեց էքսկուրսավարներին և նշագծեց "
        "արշավային ու հեծանվային երթուղիները քաղաքի շրջակայքում։",
        "Գնումների կանոնները փոխվեցին այնպես, որ էներգաարդյունավետությունը կազմում է "
        "գնահատականի մեկ երրորդը։",
        "Բնակիչները մասնակցային բյուջեի նախագծերի օգտին քվեարկեցին առցանց և "
        "քաղաքապետարանում։",
        "{year} թվականին ավագանին հաստատեց տեղական տնտեսական զարգացման ծրագիրը հաջորդ հինգ "
        "տարիների համար։",
        "Երիտասարդների գործազրկությունը նկատելիորեն նվազեց ուսուցողական դասընթացներից հետո, "
        "թեև սկզբում այն {pct}% էր։",
        "Նոր փողոցային լուսավորությունն օգտագործում է LED լամպեր և շարժման տվիչներ, ինչը "
        "նվազեցրեց էլեկտրաէներգիայի սպառումը։",
        "Գործընկերներն էին տարածաշրջանային զարգացման գործակալությունը, առևտրաարդյունաբերական "
        "պալատը և երկու համալսարան։",
        "Մոնիթորինգը հիմնված է տասը ցուցանիշի վրա, որոնց ելակետային արժեքները չափվել են "
        "ծրագրի մեկնարկից առաջ։",
        "Գլխավոր դժվարությունը համաֆինանսավորումն էր. համայնքի բյուջեն ծածկեց ծախսերի միայն "
        "{pct}%-ը։",
        "Թվային ծառայությունները քաղաքացիներին թույլ են տալիս թույլտվություններ և "
        "տեղեկանքներ պատվիրել առանց քաղաքապետարան այցելելու։",
        "Արդյունաբերական պարկն առաջարկում է պատրաստի ենթակառուցվածքներ, և այնտեղ արդեն "
        "տեղավորվել են {n} ընկերություններ։",
        "Որոշման ընդունումից առաջ հանրային քննարկումներ անցկացվեցին համայնքի բոլոր "
        "գյուղերում։",
        "Ջրամատակարարման ցանցում ներդրումները քաղաք բերեցին սննդամթերքի վերամշակման "
        "ձեռնարկություն։",
        "Մենթորության ծրագիրը փորձառու ղեկավարներին կապեց տեղական ստարտափների հետ։",
        "Վերանորոգված դպրոցներն ավելի տաք են, և ջեռուցման վճարներն առաջին իսկ ձմռանը "
        "նվազեցին։",
        "Խորհուրդ ենք տալիս սկսել փոքր փորձնական ծրագրից և ընդլայնել այն, երբ արդյունքները "
        "պարզ դառնան։",
        "Քաղաքապետարանը բոլոր պայմանագրերն ու վճարումները հրապարակում է բաց տվյալների "
        "պորտալում։",
        "Ցանցի մյուս անդամներն այցելեցին քաղաք {year} թվականին՝ այս փորձից սովորելու համար։",
        "Արհեստավորների համար ընդհանուր արհեստանոց բացվեց հին գրադարանի շենքում {year} "
        "թվականին։",
        "Ավտոբուսային երթուղիները վերանախագծվեցին {n} ուղևորների հարցումից հետո, և սպասման "
        "ժամանակը կրճատվեց։",
        "Հողային կադաստրը թվայնացվեց, և ներդրողները կարող են հողամասերը ստուգել առցանց։",
        "Համատեղ աշխատատարածքները գրավում են ֆրիլանսերներին և ՏՏ մասնագետներին, որոնք նախկինում"
        " մեկնում էին մայրաքաղաք։",
        "Մանկապարտեզների տանիքներին տեղադրված արևային վահանակներն արտադրում են նրանց "
        "էլեկտրաէներգիայի մոտ {pct}%-ը։",
        "Ծառայողների վերապատրաստումը ներառեց ծրագրերի կառավարում, գնումներ և դրամաշնորհային "
        "հայտերի գրում։",
        "Տեղական ապրանքանիշը և ավանդական խոհանոցի փառատոնը կրկնապատկեցին այցելուների թիվը։",
        "Թափոնների տեսակավորման կետեր տեղադրվեցին {n} բակերում, և վերամշակումն աճում է ամիս առ "
        "ամիս։",
    ),
    frames=(
        "«{topic}» ծրագիրը պատրաստել է քաղաքապետարանի տնտեսական զարգացման բաժինը։",
        "Նկարագրում ենք, թե ինչպես է «{topic}» ծրագիրը պլանավորվել, ֆինանսավորվել և "
        "իրականացվել։",
    ),
    indicators=(
        "Ստեղծված աշխատատեղեր", "Աջակցություն ստացած ձեռնարկություններ",
        "Էներգիայի խնայողություն, ՄՎտ·ժ տարեկան", "Զբոսաշրջիկների գիշերակացներ",
        "Ներգրավված ներդրումներ, եվրո", "Կանանց ղեկավարած բիզնեսներ",
        "Վերապատրաստված երիտասարդներ", "Առցանց ծառայություններից օգտվող բնակիչներ",
        "Նախապատրաստված հողամասեր, հեկտար", "Կանխված CO2 արտանետումներ, տոննա",
        "Շուկայում վաճառված տեղական արտադրանք", "Քննարկումների մասնակիցներ",
    ),
    partners=(
        "տարածաշրջանային զարգացման գործակալություն", "առևտրաարդյունաբերական պալատ",
        "պետական համալսարան", "զբաղվածության գործակալություն", "տեղական բանկ",
        "ֆերմերների միություն", "զբոսաշրջության խորհուրդ", "ՄԱԶԾ", "ԵՄ պատվիրակություն",
        "երիտասարդական կազմակերպություն", "գործարարների միություն", "արհեստագործական քոլեջ",
    ),
    partners_label="Գործընկերներ", and_word="և", stop="։",
)  # fmt: skip

AZERBAIJANI = Language(
    code="az", weight=9, country="AZ",
    topics=(
        "Enerjiyə qənaət edən küçə işıqlandırması", "Kiçik biznesə dəstək mərkəzi",
        "Gənclərin məşğulluq proqramı", "Yaşıl dövlət satınalmaları",
        "Şərab kəndləri üzrə turizm marşrutu", "Vətəndaşlar üçün rəqəmsal xidmətlər",
        "Şəhərin investisiya pasportu", "Qadın sahibkarlara dəstək",
        "Keçmiş zavodda biznes inkubatoru", "Fermer bazarı və soyuducu anbar",
        "Yerli iqtisadi inkişaf planı", "Bələdiyyə avtobus parkının yenilənməsi",
        "Hazır infrastrukturlu sənaye parkı", "Məktəblərin istilik modernizasiyası",
        "Məhəllələr üçün iştirakçı büdcə",
    ),
    outcomes=(
        "nə işlədi və nə işləmədi", "iki ildən sonra nəticələr", "kiçik şəhərlər üçün dərslər",
        "bunu necə maliyyələşdirdik", "pilot layihədən bütün şəhərə xidmətə qədər",
        "addım-addım bələdçi", "xərclər, tərəfdaşlar və nəticələr", "sakinləri necə cəlb etdik",
    ),
    headings=("Ümumi məlumat", "Nə etdik", "Nəticələr", "Öyrənilən dərslər"),
    sentences=(
        "Bələdiyyə planı biznes, vətəndaş cəmiyyəti və bələdiyyə şurasından {n} nümayəndənin "
        "daxil olduğu işçi qrupu ilə birlikdə hazırladı.",
        "İctimai binaların enerji auditi göstərdi ki, sadə tədbirlər istilik xərclərinin "
        "təxminən {pct}%-nə qənaət etməyə imkan verir.",
        "Kiçik və orta sahibkarlıq subyektləri yeni avadanlıq üçün {money} avroya qədər "
        "qrantlar aldılar.",
        "Yolları, suyu və elektrik enerjisi olan boş torpaq sahələrinin siyahısı ilə "
        "investisiya pasportunu dərc etdik.",
        "Biznesə dəstək mərkəzi ilk ildə {n} sahibkara, əsasən qadınlara və gənclərə məsləhət "
        "verdi.",
        "Yerli fermerlər indi məhsullarını həftədə iki dəfə birbaşa örtülü bazarda satırlar.",
        "Turizm informasiya mərkəzi bələdçiləri təlimləndirdi və şəhər ətrafında piyada və "
        "velosiped marşrutlarını işarələdi.",
        "Satınalma qaydaları elə dəyişdirildi ki, enerji səmərəliliyi qiymətləndirmənin üçdə "
        "birini təşkil edir.",
        "Sakinlər iştirakçı büdcənin layihələrinə onlayn və icra hakimiyyətində səs verdilər.",
        "Bələdiyyə şurası növbəti beş il üçün yerli iqtisadi inkişaf planını təsdiq etdi.",
        "Təlim kurslarından sonra gənclər arasında işsizlik nəzərəçarpacaq dərəcədə azaldı, "
        "halbuki əvvəlcə {pct}% təşkil edirdi.",
        "Yeni küçə işıqlandırması LED lampalardan və hərəkət sensorlarından istifadə edir, bu "
        "da elektrik enerjisi istehlakını azaltdı.",
        "Tərəfdaşlar regional inkişaf agentliyi, ticarət-sənaye palatası və iki universitet "
        "oldu.",
        "Monitorinq layihə başlamazdan əvvəl ölçülmüş ilkin göstəriciləri olan on indikatora "
        "əsaslanır.",
        "Əsas çətinlik birgə maliyyələşdirmə idi: yerli büdcə xərclərin yalnız {pct}%-ni ödədi.",
        "Rəqəmsal xidmətlər vətəndaşlara icazə və arayışları inzibati binaya getmədən sifariş "
        "etməyə imkan verir.",
        "Sənaye parkı hazır infrastruktur təklif edir və artıq {n} şirkət orada istehsalını "
        "yerləşdirib.",
        "Qərar qəbul edilməzdən əvvəl icmanın bütün kəndlərində ictimai müzakirələr keçirildi.",
        "Su təchizatı şəbəkəsinə investisiyalar şəhərə qida məhsullarının emalı müəssisəsini "
        "cəlb etdi.",
        "Mentorluq proqramı təcrübəli menecerləri yerli startaplarla birləşdirdi.",
        "Təmir olunmuş məktəblər daha isti oldu və istilik haqları artıq ilk qışda azaldı.",
        "Kiçik pilot layihə ilə başlamağı və nəticələr aydın olduqdan sonra onu "
        "genişləndirməyi tövsiyə edirik.",
        "Bələdiyyə bütün müqavilələri və ödənişləri açıq məlumatlar portalında dərc edir.",
        "Şəbəkənin digər üzvləri bu təcrübədən öyrənmək üçün şəhərə səfər etdilər.",
        "Sənətkarlar üçün ortaq emalatxana köhnə kitabxana binasında açıldı.",
        "Avtobus marşrutları {n} sərnişin arasında sorğudan sonra yenidən quruldu və gözləmə "
        "vaxtı azaldı.",
        "Torpaq reyestri rəqəmsallaşdırıldı, buna görə investorlar sahələri onlayn yoxlaya "
        "bilirlər.",
        "Kovorkinq məkanları əvvəllər paytaxta köçən frilanserləri və İT mütəxəssislərini cəlb "
        "edir.",
        "Uşaq bağçalarının damlarındakı günəş panelləri onların elektrik enerjisinin təxminən "
        "{pct}%-ni istehsal edir.",
        "Dövlət qulluqçuları üçün təlimlər layihə idarəçiliyini, satınalmaları və qrant "
        "müraciətlərinin yazılmasını əhatə etdi.",
        "Yerli brend və ənənəvi mətbəx festivalı ziyarətçilərin sayını iki dəfə artırdı.",
        "Tullantıların çeşidlənməsi məntəqələri {n} həyətdə quraşdırıldı və təkrar emal hər ay "
        "artır.",
    ),
    frames=(
        "“{topic}” layihəsini bələdiyyənin iqtisadi inkişaf şöbəsi hazırlayıb.",
        "“{topic}” layihəsinin necə planlaşdırıldığını, maliyyələşdirildiyini və həyata "
        "keçirildiyini təsvir edirik.",
    ),
    indicators=(
        "Yaradılmış iş yerləri", "Dəstəklənən müəssisələr", "Enerji qənaəti, ildə MVt·saat",
        "Turistlərin gecələmələri", "Cəlb edilmiş investisiyalar, avro",
        "Qadınların idarə etdiyi bizneslər", "Təlim keçmiş gənclər",
        "Onlayn xidmətlərdən istifadə edən sakinlər", "Hazırlanmış torpaq sahələri, hektar",
        "Qarşısı alınmış CO2 tullantıları, ton", "Bazarda satılmış yerli məhsullar",
        "Müzakirələrin iştirakçıları",
    ),
    partners=(
        "regional inkişaf agentliyi", "ticarət-sənaye palatası", "dövlət universiteti",
        "məşğulluq xidməti", "yerli bank", "fermerlər assosiasiyası", "turizm şurası", "BMTİP",
        "Aİ nümayəndəliyi", "gənclər təşkilatı", "biznes assosiasiyası", "peşə kolleci",
    ),
    partners_label="Tərəfdaşlar", and_word="və",
)  # fmt: skip

LANGUAGES = (ENGLISH, UKRAINIAN, RUSSIAN, ROMANIAN, GEORGIAN, ARMENIAN, AZERBAIJANI)
KINDS = {
    PracticeKind.CASE_STUDY: 55, PracticeKind.GUIDE: 15, PracticeKind.LEDP: 10,
    PracticeKind.TRAINING: 10, PracticeKind.TEMPLATE: 5, PracticeKind.EVENT_REPORT: 5,
}  # fmt: skip
STAGES = {Stage.IDEA: 10, Stage.PILOT: 25, Stage.IMPLEMENTED: 50, Stage.SCALED: 15}


@dataclass(frozen=True)
class Place:
    authority_id: int | None
    country_id: int
    code: str  # country code
    name_en: str
    name_local: str

    def name(self, language: str) -> str:
        """The name as a practice in that language writes it (Russian: Cyrillic in Ukraine)."""
        local = language not in ("en", "ru") or (language == "ru" and self.code == "UA")
        return self.name_local if local and self.name_local else self.name_en


class Writer:
    """Makes the text of one practice in one language: title, summary, Markdown and HTML."""

    def __init__(self, rng: random.Random, language: Language) -> None:
        self.rng, self.lang = rng, language

    def fill(self, sentence: str, place: str) -> str:
        rng = self.rng
        return sentence.format(
            n=rng.randint(20, 400), pct=rng.randint(5, 60), money=rng.randrange(5_000, 60_000, 500),
            year=rng.randint(2016, 2025), place=place,
        )  # fmt: skip

    def sentences(self, count: int, place: str) -> list[str]:
        """count different sentences of the language, their numbers filled in."""
        return [self.fill(s, place) for s in self.rng.sample(self.lang.sentences, count)]

    def title(self, topic: str, place: str) -> str:
        return f"{place}: {topic} — {self.rng.choice(self.lang.outcomes)}"

    def body(self, topic: str, place: str) -> list[tuple[str, str | list[str]]]:
        """Four sections: headings, paragraphs and a list of results, as (kind, content)."""
        lang, rng = self.lang, self.rng
        frame = rng.choice(lang.frames).format(topic=topic, place=place)
        a, b, c = rng.sample(lang.partners, 3)
        partners = f"{lang.partners_label}: {a}, {b} {lang.and_word} {c}{lang.stop}"
        results = [
            f"{indicator}: {rng.randint(0, 200)} → {rng.randint(200, 2_000)}"
            for indicator in rng.sample(lang.indicators, rng.randint(3, 4))
        ]
        said = self.sentences(BODY_SENTENCES, place)
        background, done, outcome, lessons = lang.headings
        return [
            ("h2", background), ("p", " ".join([frame, *said[:4]])),
            ("h2", done), ("p", " ".join([*said[4:9], partners])),
            ("h2", outcome), ("ul", results), ("p", " ".join(said[9:13])),
            ("h2", lessons), ("p", " ".join(said[13:])),
        ]  # fmt: skip


def as_markdown(blocks: list[tuple[str, str | list[str]]]) -> str:
    parts = []
    for kind, content in blocks:
        if kind == "h2":
            parts.append(f"## {content}")
        elif kind == "ul":
            parts.append("\n".join(f"- {item}" for item in content))
        else:
            parts.append(str(content))
    return "\n\n".join(parts)


def as_html(blocks: list[tuple[str, str | list[str]]]) -> str:
    """The HTML render_markdown makes of as_markdown(blocks) (plain text, no markup in it)."""
    parts = []
    for kind, content in blocks:
        if kind == "ul":
            items = "".join(f"<li>{html.escape(item)}</li>\n" for item in content)
            parts.append(f"<ul>\n{items}</ul>")
        else:
            parts.append(f"<{kind}>{html.escape(str(content))}</{kind}>")
    return "\n".join(parts)


def _weighted(rng: random.Random, weights: dict) -> object:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _places() -> dict[str, list[Place]]:
    """The authorities of each country, by country code."""
    countries = {c.id: c.code for c in db.session.scalars(select(Country))}
    places: dict[str, list[Place]] = {code: [] for code in countries.values()}
    for a in db.session.scalars(select(LocalAuthority).order_by(LocalAuthority.id)):
        code = countries[a.country_id]
        places[code].append(Place(a.id, a.country_id, code, a.name_en, a.name_local))
    return places


def _place(rng: random.Random, lang: Language, places: dict[str, list[Place]]) -> Place:
    code = lang.country or rng.choice(sorted(places))
    place = rng.choice(places[code])
    if rng.random() < 0.2:  # a practice of the country rather than of one of its authorities
        return Place(None, place.country_id, code, place.name_en, place.name_local)
    return place


def _members() -> list[int]:
    return list(
        db.session.scalars(
            select(User.id)
            .where(User.status == UserStatus.ACTIVE, User.role == Role.MEMBER)
            .order_by(User.id)
        )
    )


def practice_row(rng: random.Random, lang: Language, place: Place, author_id: int) -> dict:
    """One published practice as the services would store it."""
    writer = Writer(rng, lang)
    topic, name = rng.choice(lang.topics), place.name(lang.code)
    blocks = writer.body(topic, name)
    published = utcnow() - timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
    start = rng.randint(2015, 2025)
    budget = rng.randrange(10_000, 2_000_000, 1_000) if rng.random() < 0.6 else None
    return {
        "kind": _weighted(rng, KINDS), "status": Status.PUBLISHED,
        "title": writer.title(topic, name),
        "summary": " ".join(writer.sentences(rng.randint(2, 3), name)),
        "body": as_markdown(blocks), "html": as_html(blocks), "language": lang.code,
        "country_id": place.country_id, "authority_id": place.authority_id,
        "stage": _weighted(rng, STAGES), "year_start": start,
        "year_end": min(start + rng.randint(0, 3), 2026), "budget_amount": budget,
        "budget_currency": "EUR" if budget else "", "created_by_id": author_id,
        "submitted_at": published - timedelta(days=7), "published_at": published,
        "first_published_at": published, "version": 1,
        "created_at": published - timedelta(days=14), "updated_at": published,
    }  # fmt: skip


def seed(count: int) -> dict[str, int]:
    """Insert count published practices with their themes, SDGs and authors; then ANALYZE."""
    rng = random.Random(SEED)
    places, members = _places(), _members()
    themes = list(db.session.scalars(select(Theme.id).order_by(Theme.id)))
    weights = [lang.weight for lang in LANGUAGES]
    made = {lang.code: 0 for lang in LANGUAGES}
    for start in range(0, count, BATCH):
        rows, links = [], []
        for _ in range(min(BATCH, count - start)):
            lang = rng.choices(LANGUAGES, weights=weights)[0]
            author = rng.choice(members)
            rows.append(practice_row(rng, lang, _place(rng, lang, places), author))
            links.append((author, rng.sample(themes, rng.randint(1, 3)),
                          rng.sample(range(1, 18), rng.randint(1, 4))))  # fmt: skip
            made[lang.code] += 1
        ids = db.session.scalars(
            insert(Practice).returning(Practice.id, sort_by_parameter_order=True), rows
        ).all()
        _link(ids, links)
    db.session.commit()
    # Planner statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would keep them.
    db.session.execute(text("ANALYZE"))
    db.session.commit()
    return made


def _link(ids: list[int], links: list[tuple[int, list[int], list[int]]]) -> None:
    authors, themes, sdgs = [], [], []
    for practice_id, (author, theme_ids, goals) in zip(ids, links, strict=True):
        authors.append({"practice_id": practice_id, "user_id": author})
        themes += [{"practice_id": practice_id, "theme_id": t} for t in theme_ids]
        sdgs += [{"practice_id": practice_id, "sdg": g} for g in goals]
    db.session.execute(insert(practice_authors), authors)
    db.session.execute(insert(practice_themes), themes)
    db.session.execute(insert(practice_sdgs), sdgs)
