"""Demo content for the practice library: the practices of the network (the themes they
name are made by migration 0006).

Plain data, read by the demo loader. Authorities are English names from data.AUTHORITIES,
authors and contacts are emails from data.PEOPLE; translation_of and related are indices
into PRACTICES."""

# title, kind, language, country, authority, authors, themes, SDGs, stage, years (start, end),
# budget (amount, currency), funding, partners, summary, body and lessons (Markdown), results
# (indicator, baseline, achieved), contact (name, email), status, published (ISO date),
# translation_of and related (indices into PRACTICES)
PRACTICES = [
    # 0
    {
        "title": "Vinnytsia: LED street lighting with remote control on 6,800 poles",
        "kind": "case_study",
        "language": "en",
        "country": "UA",
        "authority": "Vinnytsia",
        "authors": ["member@demo.test"],
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 11, 13],
        "stage": "scaled",
        "years": (2020, 2023),
        "budget": (1260000, "EUR"),
        "funding": (
            "Municipal budget (€699,000), private ESCO investment under an energy performance "
            "contract, repaid from savings (€561,000)"
        ),
        "partners": (
            "Municipal street-lighting enterprise; a private energy service company (ESCO) "
            "selected through an open tender in Prozorro; Vinnytsia National Technical University "
            "(control measurements)"
        ),
        "summary": (
            "Vinnytsia replaced 6,800 sodium and mercury street lamps with LED luminaires "
            "connected to a remote control system. Electricity use for street lighting fell by "
            "58% and the share of streets with working lights rose from 71% to 94%, while the "
            "private investor is repaid from the savings."
        ),
        "body": """## Context

In 2019 street lighting was Vinnytsia's second-largest electricity bill after water pumping.
Most of the 6,800 luminaires were sodium and mercury lamps from the 1980s and 1990s. On an
average night about a quarter of them did not work, and dark streets came up in every public
consultation on the local economic development plan (LEDP), especially from women and parents
of schoolchildren.

## What we did

We split the modernisation into three phases, so that each phase could be justified by the
measured savings of the previous one:

- **2020** – 1,900 luminaires on main roads, pedestrian crossings and around schools (pilot,
  municipal budget);
- **2021–2022** – 3,400 luminaires in residential districts under an energy performance
  contract with a private energy service company (ESCO);
- **2023** – 1,500 luminaires on the private-housing outskirts, plus the control system for the
  whole network.

Installation stopped for two months in spring 2022 and resumed in June.

## How it works

Every luminaire has a controller that reports its status and consumption to the dispatch centre
of the municipal lighting enterprise. On residential streets the lights dim to 50% between
00:30 and 05:00; main roads and crossings stay at full power. Faults appear on the dispatcher's
screen the same night instead of waiting for a complaint, and a repair crew gets its route
every morning.

The ESCO contract guarantees a minimum saving of 55% on the phase-2 streets. Savings are
measured monthly against a baseline agreed before the tender; if the measured saving is lower
than guaranteed, the payment to the ESCO is reduced.

## Costs and timeline

- LED luminaires, on average €165 each installed: €1,122,000
- control system, dispatch software and staff training: €138,000
- **total: €1,260,000** – €699,000 from the municipal budget (phases 1 and 3 and the control
  system) and €561,000 invested by the ESCO (phase 2), repaid from half of the verified savings
  over six years.

Annual electricity use for street lighting fell from 8.9 GWh to 3.7 GWh, a reduction of 58%.""",
        "lessons": """- Start with a visible pilot: the first 1,900 lights on main roads
  convinced the council to sign the ESCO contract.
- Agree the baseline and the measurement method before the tender – we lost four months arguing
  about the 2019 consumption data.
- Specify an open communication protocol from the first phase, so that all luminaires can later
  join one control system.
- Explain night dimming in advance; after a short campaign on the city's channels we received
  almost no complaints.""",
        "results": [
            ("Electricity for street lighting", "8.9 GWh/year", "3.7 GWh/year"),
            ("Streets with working lighting", "71%", "94%"),
            ("Average time to repair a fault", "9 days", "2 days"),
            ("CO₂ emissions", "5,800 t/year", "2,400 t/year"),
        ],
        "contact": ("Andrii Shevchenko", "member@demo.test"),
        "status": "published",
        "published": "2024-03-12",
        "translation_of": None,
        "related": [4, 18],
    },
    # 1
    {
        "title": (
            "Вінниця: світлодіодне освітлення вулиць із дистанційним керуванням на 6 800 опорах"
        ),
        "kind": "case_study",
        "language": "uk",
        "country": "UA",
        "authority": "Vinnytsia",
        "authors": ["member@demo.test"],
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 11, 13],
        "stage": "scaled",
        "years": (2020, 2023),
        "budget": (1260000, "EUR"),
        "funding": (
            "Міський бюджет (699 000 євро), інвестиції приватної енергосервісної компанії за "
            "енергосервісним договором, що повертаються з економії (561 000 євро)"
        ),
        "partners": (
            "Комунальне підприємство, що обслуговує вуличне освітлення; приватна енергосервісна "
            "компанія (ЕСКО), обрана через відкриті торги в Prozorro; Вінницький національний "
            "технічний університет (контрольні вимірювання)"
        ),
        "summary": (
            "Вінниця замінила 6 800 натрієвих і ртутних світильників на світлодіодні, підключені "
            "до системи дистанційного керування. Споживання електроенергії на вуличне освітлення "
            "скоротилося на 58%, частка вулиць із робочим освітленням зросла з 71% до 94%, а "
            "приватний інвестор отримує оплату із заощаджених коштів."
        ),
        "body": """## Контекст

У 2019 році вуличне освітлення було другою за величиною статтею витрат міста на електроенергію
після насосних станцій водопостачання. Більшість із 6 800 світильників становили натрієві та
ртутні лампи 1980–1990-х років. Щоночі в середньому чверть із них не працювала, а темні вулиці
згадували на кожних публічних консультаціях щодо плану місцевого економічного розвитку (ПМЕР),
особливо жінки та батьки школярів.

## Що ми зробили

Модернізацію розділили на три етапи, щоб кожен наступний спирався на виміряну економію
попереднього:

- **2020** – 1 900 світильників на головних вулицях, пішохідних переходах і біля шкіл (пілот,
  кошти міського бюджету);
- **2021–2022** – 3 400 світильників у житлових масивах за енергосервісним договором із
  приватною компанією (ЕСКО);
- **2023** – 1 500 світильників у районах приватної забудови та система керування для всієї
  мережі.

Навесні 2022 року монтаж зупинявся на два місяці й відновився в червні.

## Як це працює

Кожен світильник має контролер, який передає дані про стан і споживання до диспетчерського
центру комунального підприємства. На житлових вулицях з 00:30 до 05:00 потужність знижується до
50%, а головні дороги й переходи освітлюються повністю. Несправність видно на екрані диспетчера
тієї ж ночі, без очікування скарги, і щоранку ремонтна бригада отримує свій маршрут.

Енергосервісний договір гарантує мінімальну економію 55% на вулицях другого етапу. Економію
щомісяця вимірюють відносно базового рівня, погодженого до тендеру; якщо вона менша за
гарантовану, оплата ЕСКО зменшується.

## Витрати та терміни

- світлодіодні світильники, у середньому 165 євро за одиницю з монтажем: 1 122 000 євро;
- система керування, диспетчерське програмне забезпечення та навчання персоналу: 138 000 євро;
- **разом 1 260 000 євро**: 699 000 євро з міського бюджету (етапи 1 і 3 та система керування)
  і 561 000 євро інвестицій ЕСКО (етап 2), які повертаються з половини підтвердженої економії
  протягом шести років.

Річне споживання електроенергії на вуличне освітлення зменшилося з 8,9 до 3,7 ГВт·год, тобто на
58%.""",
        "lessons": """- Почніть із помітного пілоту: перші 1 900 світильників на головних
  вулицях переконали депутатів підписати енергосервісний договір.
- Погодьте базовий рівень і методику вимірювання до тендеру – ми втратили чотири місяці на
  суперечки щодо даних про споживання 2019 року.
- Закладіть відкритий протокол зв’язку вже на першому етапі, щоб згодом усі світильники можна
  було підключити до однієї системи керування.
- Пояснюйте нічне зниження яскравості заздалегідь: після короткої інформаційної кампанії скарг
  майже не було.""",
        "results": [
            (
                "Споживання електроенергії на вуличне освітлення",
                "8,9 ГВт·год/рік",
                "3,7 ГВт·год/рік",
            ),
            ("Вулиці з робочим освітленням", "71%", "94%"),
            ("Середній час усунення несправності", "9 днів", "2 дні"),
            ("Викиди CO₂", "5 800 т/рік", "2 400 т/рік"),
        ],
        "contact": ("Andrii Shevchenko", "member@demo.test"),
        "status": "published",
        "published": "2024-04-02",
        "translation_of": 0,
        "related": [0, 4],
    },
    # 2
    {
        "title": (
            "Інвестиційний паспорт Полтави: карта 27 вільних ділянок і один контакт для інвестора"
        ),
        "kind": "case_study",
        "language": "uk",
        "country": "UA",
        "authority": "Poltava",
        "authors": ["irina.bondarenko@demo.test"],
        "themes": ["financing-investment", "local-economic-development"],
        "sdgs": [8, 9, 17],
        "stage": "implemented",
        "years": (2023, 2024),
        "budget": (420000, "UAH"),
        "funding": (
            "Міський бюджет (60%), грант на технічну допомогу програми «Мери за економічне "
            "зростання» (40%)"
        ),
        "partners": (
            "Департамент архітектури та містобудування міської ради; оператори мереж (водоканал, "
            "обленерго, газорозподільна компанія); обласна агенція регіонального розвитку"
        ),
        "summary": (
            "Полтава оновила інвестиційний паспорт громади: замість 60-сторінкового документа – "
            "онлайн-карта 27 ділянок і приміщень із даними про мережі, ціну та обмеження. За "
            "перший рік через паспорт надійшло 46 запитів, укладено 5 договорів оренди землі."
        ),
        "body": """## Контекст

Попередній інвестиційний паспорт Полтави 2019 року був документом на 60 сторінок. Дані в ньому
швидко застаріли, а на запитання інвесторів місто відповідало в середньому за місяць. Під час
зустрічей із бізнесом ми почули три прохання: показати, де є вільна земля, чи підведено до неї
мережі і хто в міській раді відповідає за супровід.

## Що ми зробили

- провели інвентаризацію 41 земельної ділянки та приміщення комунальної власності й відібрали
  27 об’єктів, готових до передачі в оренду або продажу;
- для кожного об’єкта отримали від операторів мереж дані про доступну потужність
  електропостачання, водопостачання, газ і під’їзні шляхи;
- розмістили карту об’єктів на міському геопорталі та підготували коротку версію паспорта
  українською й англійською мовами;
- призначили у відділі інвестицій менеджера супроводу, який веде кожен запит від першого листа
  до підписання договору.

## Як це працює

Інвестор обирає об’єкт на карті й бачить цільове призначення, площу, нормативну грошову оцінку,
відстань до мереж і доступну потужність. Запит надходить менеджерові, який протягом п’яти
робочих днів організовує зустріч з усіма профільними департаментами. Дані оновлюються
щокварталу, за кожне поле відповідає конкретний підрозділ, а дату останнього оновлення видно на
картці об’єкта.

## Витрати та терміни

Роботи тривали з травня 2023 до березня 2024 року:

- інвентаризація та топографічна зйомка: 190 000 грн;
- технічні умови й аналіз мереж: 95 000 грн;
- геопортал і дизайн паспорта: 85 000 грн;
- переклад, друк і презентації для інвесторів: 50 000 грн.

Разом 420 000 грн, з них 252 000 грн – міський бюджет і 168 000 грн – грант на технічну
допомогу.

## Перші результати

За 12 місяців після запуску ми отримали 46 запитів, провели 14 виїздів на ділянки з інвесторами
й уклали 5 договорів оренди землі. Троє орендарів – підприємства, релоковані зі сходу України;
разом вони планують створити близько 210 робочих місць.""",
        "lessons": """- Інвесторам потрібні не презентації, а дані про мережі: саме ці поля
  переглядають найчастіше.
- Одна відповідальна особа важливіша за дизайн – інвестор має знати, кому телефонувати.
- Закріпіть за кожним полем паспорта підрозділ і термін оновлення, інакше за рік дані знову
  застаріють.
- Англійська версія потрібна від початку: 11 із 46 запитів надійшли від іноземних компаній.""",
        "results": [
            ("Об’єкти з повними даними про мережі", "0", "27"),
            ("Запити інвесторів за рік", "9", "46"),
            ("Укладені договори оренди землі", "1", "5"),
            ("Час відповіді на запит", "до 30 днів", "5 робочих днів"),
        ],
        "contact": ("Iryna Bondarenko", "irina.bondarenko@demo.test"),
        "status": "published",
        "published": "2025-04-22",
        "translation_of": None,
        "related": [16, 28],
    },
    # 3
    {
        "title": (
            "Poltava's investment passport: a map of 27 available sites and one contact for "
            "investors"
        ),
        "kind": "case_study",
        "language": "en",
        "country": "UA",
        "authority": "Poltava",
        "authors": ["irina.bondarenko@demo.test"],
        "themes": ["financing-investment", "local-economic-development"],
        "sdgs": [8, 9, 17],
        "stage": "implemented",
        "years": (2023, 2024),
        "budget": (420000, "UAH"),
        "funding": (
            "Municipal budget (60%), Mayors for Economic Growth technical assistance grant (40%)"
        ),
        "partners": (
            "City department of architecture and urban planning; utility operators (water, "
            "electricity and gas distribution); regional development agency"
        ),
        "summary": (
            "Poltava replaced its 60-page investment passport with an online map of 27 sites and "
            "premises showing utilities, prices and restrictions. In the first year the passport "
            "brought 46 enquiries and five land lease agreements."
        ),
        "body": """## Context

Poltava's previous investment passport, from 2019, was a 60-page document. Its data quickly
went out of date, and the city took a month on average to answer investors' questions. In
meetings with businesses we heard three requests: show where free land is, whether utilities
reach it, and who in the city council is responsible for following up.

## What we did

- made an inventory of 41 municipal land plots and buildings and selected 27 sites ready for
  lease or sale;
- for each site, obtained data from the utility operators on available electricity capacity,
  water, gas and road access;
- published a map of the sites on the city's geoportal and prepared a short version of the
  passport in Ukrainian and English;
- appointed an investor relations manager in the investment unit, who handles each enquiry from
  the first letter to the signed contract.

## How it works

An investor selects a site on the map and sees its permitted use, area, normative land value,
distance to utility networks and available capacity. The enquiry goes to the manager, who
arranges a meeting with all relevant departments within five working days. The data are updated
every quarter, a named unit is responsible for each field, and the date of the last update is
shown on every site card.

## Costs and timeline

The work ran from May 2023 to March 2024:

- inventory and topographic survey: UAH 190,000
- technical conditions and utility analysis: UAH 95,000
- geoportal and passport design: UAH 85,000
- translation, printing and investor presentations: UAH 50,000

The total of UAH 420,000 came from the city budget (UAH 252,000) and a technical assistance
grant (UAH 168,000).

## First results

In the 12 months after launch we received 46 enquiries, made 14 site visits with investors and
signed 5 land lease agreements. Three of the tenants are companies relocated from eastern
Ukraine; together their investments are expected to create about 210 jobs.""",
        "lessons": """- Investors want utility data, not presentations: those are the fields
  viewed most often.
- One responsible person matters more than design – an investor must know whom to call.
- Assign each field of the passport to a unit with an update deadline, or the data will be out
  of date again within a year.
- Make the English version from the start: 11 of the 46 enquiries came from foreign companies.""",
        "results": [
            ("Sites with complete utility data", "0", "27"),
            ("Investor enquiries per year", "9", "46"),
            ("Land lease agreements signed", "1", "5"),
            ("Time to answer an enquiry", "up to 30 days", "5 working days"),
        ],
        "contact": ("Iryna Bondarenko", "irina.bondarenko@demo.test"),
        "status": "published",
        "published": "2025-05-06",
        "translation_of": 2,
        "related": [2, 28],
    },
    # 4
    {
        "title": "Сонячні електростанції на дахах амбулаторії та двох шкіл Славської громади",
        "kind": "case_study",
        "language": "uk",
        "country": "UA",
        "authority": "Slavske",
        "authors": ["taras.melnyk@demo.test"],
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 13],
        "stage": "implemented",
        "years": (2023, 2024),
        "budget": (3850000, "UAH"),
        "funding": "Грант програми «Мери за економічне зростання» (65%), бюджет громади (35%)",
        "partners": (
            "Підрядник, обраний через відкриті торги в Prozorro; оператор системи розподілу "
            "(підключення станцій); адміністрації шкіл і амбулаторії"
        ),
        "summary": (
            "Славська громада встановила сонячні станції загальною потужністю 130 кВт на дахах "
            "двох шкіл і амбулаторії, а амбулаторію ще й забезпечила акумуляторами. Станції "
            "виробляють близько 136 000 кВт·год на рік і покривають 41% споживання цих будівель."
        ),
        "body": """## Контекст

Узимку 2022–2023 років, під час планових і аварійних відключень, амбулаторія в Славському
працювала від дизельного генератора, а школи переходили на дистанційне навчання. Водночас
громада щороку витрачала на електроенергію трьох найбільших бюджетних будівель понад 2,8 млн
грн. Сесія ради визначила енергетичну незалежність пріоритетом зеленого відновлення громади й
доручила підготувати проєкт сонячних станцій.

## Що ми зробили

- провели енергоаудит і перевірили несучу здатність дахів трьох будівель;
- обрали підрядника через відкриті торги в Prozorro (надійшло чотири пропозиції);
- встановили станції: 60 кВт на школі в Славському, 40 кВт на школі в Тухлі та 30 кВт на
  амбулаторії;
- облаштували в амбулаторії акумулятори на 60 кВт·год, яких вистачає на 8 годин роботи
  кабінетів, процедурної та холодильників для вакцин.

## Як це працює

Станції працюють на власне споживання будівель; надлишок у вихідні та під час канікул
передається в мережу за договором з оператором системи розподілу. Дані про вироблення щодня
видно в онлайн-кабінеті, а відповідальний за енергоменеджмент у громаді щомісяця звітує
виконавчому комітету. У школах станції стали наочним посібником: учні 8–11 класів ведуть
щоденник вироблення на уроках фізики.

## Витрати та терміни

- панелі, інвертори та монтаж трьох станцій: 3 120 000 грн;
- акумуляторна система для амбулаторії: 730 000 грн;
- **разом 3 850 000 грн**: 2 502 500 грн – грант програми «Мери за економічне зростання», 1 347
  500 грн – бюджет громади.

Проєктування розпочали у вересні 2023 року, станції запустили у квітні 2024 року.

## Результати за перший рік

Три станції виробили 136 000 кВт·год, тобто 41% споживання будівель. Витрати на електроенергію
скоротилися з 2,82 до 1,66 млн грн на рік, тож внесок громади окупився приблизно за 14 місяців,
а весь проєкт окупиться за 3,3 року.""",
        "lessons": """- Перевірте дахи до проєктування: на одній зі шкіл довелося підсилити
  кроквяну систему, що додало два місяці.
- Акумулятори варто ставити там, де безперервність критична, – в амбулаторії, а не в школі.
- Закладіть у договір навчання завгоспів і доступ громади до даних про вироблення.
- Результати, які видно щомісяця, допомагають отримати підтримку депутатів для наступних дахів.""",
        "results": [
            ("Власне вироблення електроенергії", "0 кВт·год", "136 000 кВт·год/рік"),
            ("Частка власної енергії у споживанні трьох будівель", "0%", "41%"),
            ("Витрати на електроенергію трьох будівель", "2,82 млн грн/рік", "1,66 млн грн/рік"),
        ],
        "contact": ("Taras Melnyk", "taras.melnyk@demo.test"),
        "status": "published",
        "published": "2025-06-10",
        "translation_of": None,
        "related": [18, 1],
    },
    # 5
    {
        "title": "Маршрут «Бойківськими стежками»: 42 км для пішого та велосипедного туризму",
        "kind": "case_study",
        "language": "uk",
        "country": "UA",
        "authority": "Slavske",
        "authors": ["taras.melnyk@demo.test"],
        "themes": ["tourism", "smes-jobs"],
        "sdgs": [8, 12],
        "stage": "pilot",
        "years": (2024, None),
        "budget": (1240000, "UAH"),
        "funding": (
            "Бюджет громади (50%), обласна програма розвитку туризму (30%), внески садиб і "
            "місцевого бізнесу (20%)"
        ),
        "partners": (
            "Громадська організація місцевих гідів, 14 садиб зеленого туризму, лісове "
            "господарство, національний природний парк «Сколівські Бескиди»"
        ),
        "summary": (
            "Громада позначила кільцевий маршрут довжиною 42 км через чотири села, облаштувала "
            "шість місць відпочинку та домовилася з 14 садибами про спільний туристичний пакет. "
            "За перший сезон лічильники зафіксували 3 900 туристів."
        ),
        "body": """## Контекст

Славське відоме як гірськолижний курорт, але влітку більшість садиб стоять напівпорожні.
Туристи приїжджають лише на вихідні, а бізнес громади втрачає вісім місяців на рік. Під час
консультацій щодо плану місцевого економічного розвитку власники садиб назвали головною
проблемою відсутність позначених літніх маршрутів і єдиної інформації для гостей.

## Що ми зробили

- разом із місцевими гідами та лісівниками проклали кільцевий маршрут довжиною 42 км через
  Славське, Волосянку, Хітар і Тухлю;
- поділили маршрут на три відрізки по 12, 14 і 16 км, кожен із яких можна пройти за день;
- встановили 28 вказівників, 6 місць відпочинку з навісами та інформаційні таблиці з QR-кодами;
- поставили два автоматичні лічильники відвідувачів;
- навчили 11 місцевих гідів і погодили з 14 садибами пакет «Стежка»: трансфер до початку
  відрізка, обід із собою та сушарка для взуття.

## Як це працює

Маршрут безкоштовний. Садиби продають пакет «Стежка» за власними цінами, а громада просуває
маршрут на своїх сторінках і на туристичних виставках. Лісове господарство та національний парк
погодили трасу так, щоб вона оминала заповідні ділянки. Громадська організація гідів щовесни
оглядає маршрут і повідомляє громаду про пошкоджені вказівники.

## Витрати та терміни

- маркування та 28 вказівників: 380 000 грн;
- 6 місць відпочинку: 520 000 грн;
- 2 лічильники відвідувачів: 90 000 грн;
- карта, сайт і фото: 110 000 грн;
- навчання гідів: 140 000 грн.

Разом 1 240 000 грн: 620 000 грн – бюджет громади, 372 000 грн – обласна програма розвитку
туризму, 248 000 грн – внески садиб і місцевого бізнесу. Підготовка тривала з весни 2024 року,
пілотний сезон – з червня до жовтня 2025 року.

## Що далі

У 2026 році плануємо зимовий варіант маршруту для снігоступів і подамо заявку на сертифікацію
маршруту за європейськими стандартами маркування.""",
        "lessons": """- Залучайте власників садиб із самого початку: саме вони продають маршрут
  гостям.
- Лічильники відвідувачів коштують недорого, але дають аргументи для депутатів і донорів.
- Погодження з лісовим господарством і парком займає до пів року – починайте з нього.""",
        "results": [
            ("Туристи на маршруті за сезон", "0", "3 900"),
            ("Садиби, що пропонують пакет «Стежка»", "0", "14"),
            ("Середня тривалість перебування влітку", "1,6 ночі", "2,3 ночі"),
        ],
        "contact": ("Taras Melnyk", "taras.melnyk@demo.test"),
        "status": "submitted",
        "published": None,
        "translation_of": None,
        "related": [21, 31],
    },
    # 6
    {
        "title": "Зелені публічні закупівлі: практичний посібник для громад",
        "kind": "guide",
        "language": "uk",
        "country": "UA",
        "authority": None,
        "authors": ["facilitator@demo.test", "member@demo.test"],
        "themes": ["green-recovery", "local-economic-development"],
        "sdgs": [12, 13],
        "stage": "implemented",
        "years": (2024, 2024),
        "budget": None,
        "funding": "Підготовлено в межах програми «Мери за економічне зростання»",
        "partners": (
            "Відділи закупівель Вінницької, Полтавської та Славської громад; юрист із публічних "
            "закупівель"
        ),
        "summary": (
            "Посібник пояснює, як додати екологічні вимоги та критерій вартості життєвого циклу "
            "до звичайних тендерів у Prozorro. Він спирається на досвід трьох громад, які за рік "
            "провели 19 закупівель із зеленими критеріями."
        ),
        "body": """## Для кого цей посібник

Для фахівців із закупівель, керівників структурних підрозділів і депутатів громад. Публічні
закупівлі – найпростіший інструмент, яким громада може сприяти зеленому відновленню без
додаткових коштів: бюджет залишається тим самим, змінюються лише вимоги до того, що ми купуємо.

## Що таке зелена закупівля

Це закупівля, у якій замовник враховує вплив товару, роботи чи послуги на довкілля протягом
усього життєвого циклу – від виробництва до утилізації. Закон «Про публічні закупівлі» дозволяє
встановлювати технічні вимоги щодо захисту довкілля та використовувати вартість життєвого циклу
як критерій оцінки.

## П’ять кроків

1. **Аналіз потреби.** Чи справді потрібно купувати нове, чи можна відремонтувати, орендувати
   або придбати послугу?
2. **Розрахунок вартості життєвого циклу.** Для світильників, транспорту, котлів і комп’ютерів
   порахуйте вартість придбання, енергії, обслуговування й утилізації за 8–10 років.
3. **Технічні вимоги.** Вказуйте клас енергоефективності, вміст переробленої сировини,
   відсутність шкідливих речовин, підтверджені екологічним маркуванням «або еквівалент».
4. **Критерії оцінки.** Крім ціни, використовуйте вартість життєвого циклу або енергоспоживання
   з вагою 20–30%.
5. **Контроль виконання.** Перевіряйте документи й фактичні показники під час приймання, а не
   лише на етапі тендеру.

## Приклади з пілотних громад

- заміна 420 світильників вуличного освітлення: ціна вища на 7%, але за 10 років громада
  заощадить 1,9 млн грн;
- папір із переробленої сировини для всіх шкіл громади за ціною звичайного паперу;
- засоби для прибирання з екомаркуванням для 14 дитячих садків;
- реконструкція школи з вимогою до класу енергоефективності будівлі не нижче «B».

## Типові помилки

Не посилайтеся на конкретну марку чи одного виробника, не встановлюйте вимог, яким відповідає
лише один учасник, і завжди пояснюйте в тендерній документації, як саме розраховується вартість
життєвого циклу. До посібника додано шаблони технічних вимог для дев’яти груп товарів.""",
        "lessons": """- Почніть із 3–4 груп товарів, де енергія становить більшу частину
  витрат: освітлення, транспорт, котли, ІТ-обладнання.
- Готові шаблони технічних вимог заощаджують тижні роботи відділу закупівель.
- Учасники тендерів швидко пристосовуються: після перших закупівель кількість пропозицій не
  зменшилася.
- Публікуйте результати: порівняння вартості життєвого циклу переконує депутатів краще за
  будь-які презентації.""",
        "results": [
            ("Тендери із зеленими критеріями в трьох пілотних громадах", "2", "19"),
            ("Середня різниця в ціні закупівлі", "—", "+3%"),
            ("Зменшення вартості життєвого циклу", "—", "18%"),
        ],
        "contact": ("Olena Kovalenko", "facilitator@demo.test"),
        "status": "published",
        "published": "2024-11-05",
        "translation_of": None,
        "related": [0, 45],
    },
    # 7
    {
        "title": "План місцевого економічного розвитку Житомира на 2024–2027 роки",
        "kind": "ledp",
        "language": "uk",
        "country": "UA",
        "authority": "Zhytomyr",
        "authors": ["facilitator@demo.test"],
        "themes": ["local-economic-development", "smes-jobs", "energy"],
        "sdgs": [8, 9, 11],
        "stage": "implemented",
        "years": (2024, 2027),
        "budget": (186000000, "UAH"),
        "funding": (
            "Міський бюджет (38%), державні та донорські програми (44%), приватні інвестиції (18%)"
        ),
        "partners": (
            "Бізнес-асоціації міста, Житомирська політехніка, обласний центр зайнятості, "
            "громадські організації внутрішньо переміщених осіб"
        ),
        "summary": (
            "Житомир ухвалив ПМЕР із трьома пріоритетами: підтримка релокованого й місцевого "
            "бізнесу, енергетична незалежність, кадри для IT та переробної промисловості. План "
            "містить 14 проєктів загальною вартістю 186 млн грн і 12 індикаторів, за якими місто "
            "звітує щороку."
        ),
        "body": """## Контекст

Після 2022 року до Житомира переїхали 47 підприємств і понад 31 000 внутрішньо переміщених
осіб. Місту бракувало виробничих приміщень, підготовлених кадрів і стабільного
енергопостачання. Попередній ПМЕР 2018 року не враховував цих змін, тому виконавчий комітет
вирішив підготувати новий план за методологією програми «Мери за економічне зростання».

## Як готували план

- робоча група з 24 осіб: представники міської ради, бізнес-асоціацій, університетів, центру
  зайнятості та ВПО;
- опитування 380 підприємців і 6 фокус-груп, зокрема окремі групи для жінок-підприємниць і
  релокованого бізнесу;
- три публічні консультації та обговорення проєкту плану на сайті міської ради;
- SWOT-аналіз і аналіз розриву між наявними та потрібними навичками.

## Головні висновки аналізу

Сильні сторони міста – вигідне розташування між Києвом і західними областями, два університети
та вільні промислові майданчики колишніх заводів. Слабкі – застарілі мережі, нестача
кваліфікованих робітників і висока залежність підприємств від централізованого
енергопостачання. Найбільшою можливістю робоча група визнала релокацію бізнесу, а найбільшою
загрозою – відтік молоді за кордон.

## Пріоритети та заходи

1. **Бізнес, що залишається.** Інвентаризація вільних виробничих приміщень, програма
   компенсації відсотків за кредитами, центр підтримки підприємців.
2. **Енергетична незалежність.** Когенераційні установки на об’єктах теплопостачання, сонячні
   станції на дахах комунальних будівель, енергоаудити для малого й середнього бізнесу.
3. **Кадри.** Програма перекваліфікації для ВПО, спільні з університетами курси з IT та
   автоматизації виробництва, стажування для молоді.

## Фінансування

14 проєктів оцінено в 186 млн грн: 70,7 млн грн (38%) – міський бюджет, 81,8 млн грн (44%) –
державні та донорські програми, 33,5 млн грн (18%) – кошти приватних партнерів.

## Моніторинг

План має 12 індикаторів із базовими значеннями 2023 року. Відділ економіки щороку до 1 березня
готує звіт, а робоча група розглядає його на відкритому засіданні й за потреби оновлює план
дій. Перший звіт, за 2024 рік, показав, що 9 із 14 проєктів уже реалізуються.""",
        "lessons": """- Окремі фокус-групи для ВПО та жінок-підприємниць дали ідеї, яких не
  було в загальному опитуванні.
- 12 індикаторів – максимум, який відділ може чесно відстежувати щороку.
- Кожен проєкт плану має мати відповідальний підрозділ і реалістичне джерело фінансування,
  інакше він залишиться на папері.""",
        "results": [
            ("Релоковані підприємства, що працюють у місті", "47", "63"),
            ("Нові робочі місця в пріоритетних секторах", "0", "1 150"),
            ("Проєкти плану, що реалізуються", "0", "9 з 14"),
        ],
        "contact": ("Olena Kovalenko", "facilitator@demo.test"),
        "status": "published",
        "published": "2025-09-23",
        "translation_of": None,
        "related": [20, 2],
    },
    # 8
    {
        "title": "Chernivtsi: a business incubator in a former garment factory",
        "kind": "case_study",
        "language": "en",
        "country": "UA",
        "authority": "Chernivtsi",
        "authors": ["facilitator@demo.test"],
        "themes": ["smes-jobs", "urban-planning", "innovation-digital"],
        "sdgs": [8, 9, 11],
        "stage": "implemented",
        "years": (2021, 2022),
        "budget": (640000, "EUR"),
        "funding": "EU Mayors for Economic Growth grant (70%), municipal budget (30%)",
        "partners": (
            "Operator consortium of two local IT companies; Chernivtsi National University "
            "(mentoring); regional chamber of commerce and industry"
        ),
        "summary": (
            "Chernivtsi turned two floors of an abandoned 1960s garment factory into a business "
            "incubator with offices, a co-working space and a makerspace. Since it opened in 2022 "
            "it has hosted 38 young companies, including 11 relocated from frontline regions, and "
            "it covers 80% of its running costs from rent."
        ),
        "body": """## Context

The garment factory on the city's northern edge closed in 2009 and passed to the city after
bankruptcy in 2016. The 2,900 m² building stood empty, while young companies and IT teams
complained that they could not find small, affordable offices with short leases. The LEDP
adopted in 2020 named both problems – derelict industrial sites and weak support for start-ups
– and proposed one project to address them.

## What we did

- repaired the roof, insulated the façade and replaced windows and utilities on the first two
  floors (1,850 m²);
- fitted out 24 small offices, a co-working area for 40 people, a makerspace with 3D printers
  and a laser cutter, and a hall for 120 people;
- selected an operator – a consortium of two local IT companies – through an open call, with a
  five-year management contract;
- agreed a mentoring programme with Chernivtsi National University and the regional chamber of
  commerce.

## How it works

Companies apply for a 12-month incubation place twice a year. A selection panel of the city,
the operator and the university scores applications on the business idea, the team and the
number of local jobs. Residents pay 50% of the market rent in the first year and 75% in the
second, and receive mentoring, legal advice and access to the makerspace. In 2022 the city
opened an extra intake for businesses relocated from frontline regions.

## Costs and timeline

- roof, insulation and windows: €210,000
- interiors and utilities: €265,000
- makerspace equipment, furniture and IT: €115,000
- incubation programme for the first two years: €50,000
- **total: €640,000** – €448,000 from an EU Mayors for Economic Growth grant and €192,000 from
  the municipal budget.

Works started in May 2021 and the incubator opened in September 2022. The third floor (1,050
m²) is reserved for a second phase.""",
        "lessons": """- A brownfield building costs more to repair than expected: keep a 10–15%
  reserve – we used all of ours on the roof.
- An operator from the business community fills the space faster than a municipal department
  would.
- Graduated rent (50%, then 75%) pushes companies to grow or move on and keeps places free for
  new teams.
- Count jobs and company survival from the start; these numbers secured the budget for phase
  two.""",
        "results": [
            ("Companies incubated", "0", "38"),
            ("Jobs in resident companies", "0", "210"),
            ("Residents still operating in 2024", "—", "34 of 38"),
            ("Running costs covered by rent", "0%", "80%"),
        ],
        "contact": ("Olena Kovalenko", "facilitator@demo.test"),
        "status": "published",
        "published": "2024-07-16",
        "translation_of": None,
        "related": [16, 9],
    },
    # 9
    {
        "title": "Mukachevo: a first-job programme for young residents and displaced youth",
        "kind": "case_study",
        "language": "en",
        "country": "UA",
        "authority": "Mukachevo",
        "authors": ["facilitator@demo.test"],
        "themes": ["smes-jobs", "local-economic-development"],
        "sdgs": [4, 8, 10],
        "stage": "pilot",
        "years": (2024, 2025),
        "budget": (2600000, "UAH"),
        "funding": "Municipal youth programme (55%), donor employment grant (45%)",
        "partners": (
            "Regional employment centre, Mukachevo State University, municipal youth centre, 36 "
            "local employers"
        ),
        "summary": (
            "Mukachevo co-finances six-month paid internships with local employers for people "
            "aged 18–29 and adds a four-week skills course. In two rounds 120 young people took "
            "part, a third of them internally displaced, and 71 were hired after the internship."
        ),
        "body": """## Context

Mukachevo hosts more than 11,000 internally displaced people, many of them young. Employers
told the city they had vacancies but no candidates with experience, while young people – both
local and displaced – could not get a first job without it. Many local graduates were leaving
for Lviv, Kyiv or abroad.

## What we did

In 2024 the city council adopted a two-year youth employment programme with three parts:

- **paid internships** of six months with local employers, with the city paying 50% of the
  intern's wage, up to UAH 3,000 a month;
- a **four-week skills course** before the internship: CVs and interviews, digital tools, basic
  accounting and labour rights;
- a **mentor** in each company, who attends a half-day briefing and agrees a simple learning
  plan with the intern.

## How it works

Employers apply online and describe the position and the mentor. The regional employment centre
checks that the position is new and does not replace an existing worker. Young people apply
through the youth centre, the university or the employment centre; about a third of the places
are reserved for internally displaced young people. The city transfers its share of the wage
monthly after the employer confirms attendance.

## Costs and timeline

- wage co-financing: 120 interns × 6 months × UAH 3,000 = UAH 2,160,000
- skills course (four groups): UAH 280,000
- coordination, outreach and evaluation: UAH 160,000
- **total: UAH 2,600,000** – UAH 1,430,000 from the municipal youth programme and UAH 1,170,000
  from a donor employment grant.

The first round ran from March to September 2024, the second from March to September 2025.

## Results so far

36 employers took part, from IT and hospitality to furniture and food processing. Of the 120
interns, 71 (59%) were hired permanently, and another 14 went on to study or started their own
business.""",
        "lessons": """- Employers valued the mentor briefing more than the money: it helped
  them see interns as future staff.
- Check that internships are new positions; otherwise the subsidy just replaces existing wages.
- Reserve places for displaced youth but run mixed groups – local and displaced participants
  helped each other with housing and contacts.
- Plan follow-up after six and twelve months to know whether the jobs last.""",
        "results": [
            ("Young people in internships", "0", "120"),
            ("Interns hired after the internship", "—", "71 (59%)"),
            ("Displaced participants", "—", "34%"),
            ("Employers taking part", "0", "36"),
        ],
        "contact": ("Olena Kovalenko", "facilitator@demo.test"),
        "status": "published",
        "published": "2026-01-13",
        "translation_of": None,
        "related": [8, 27],
    },
    # 10
    {
        "title": "Template: LEDP project portfolio and project fiche",
        "kind": "template",
        "language": "en",
        "country": "UA",
        "authority": "Vinnytsia",
        "authors": ["member@demo.test", "facilitator@demo.test"],
        "themes": ["local-economic-development", "financing-investment"],
        "sdgs": [8, 17],
        "stage": "scaled",
        "years": (2022, 2022),
        "budget": None,
        "funding": "Prepared by the city's economic development department",
        "partners": "Eight Ukrainian hromadas of the network (testing and feedback)",
        "summary": (
            "A spreadsheet and a two-page project fiche that turn the LEDP action plan into a "
            "ranked portfolio of projects ready for funders. Vinnytsia developed it in 2022; "
            "eight other Ukrainian hromadas of the network now use it."
        ),
        "body": """## What it is

Most LEDPs end with a long list of project ideas, but funders ask for something else: a short,
comparable description of each project, its cost, its readiness and its expected results. This
template bridges the gap. It consists of an Excel workbook with four sheets and a Word project
fiche.

## The four sheets

1. **Portfolio** – one line per project: title, LEDP priority, responsible department, cost,
   stage of preparation, funding secured and funding gap.
2. **Fiche data** – the fields of the project fiche, filled in once and reused in grant
   applications.
3. **Scoring** – six criteria with fixed weights, scored 0–5 by at least three people.
4. **Financing plan** – sources by year: municipal budget, state funds, donors, loans and
   private partners.

## Scoring criteria

- fit with an LEDP priority – 25%
- readiness (design, land, permits) – 20%
- jobs created or kept – 20%
- co-financing already secured – 15%
- climate and energy effect – 10%
- benefits for women, young people and displaced people – 10%

## The project fiche

Two pages, no more: problem and baseline, objective, activities, location, target groups,
budget by component, funding sources, timeline, risks, indicators with baselines and targets,
and the responsible person. A fiche that cannot be filled in usually means the project is not
ready yet.

## How to use it

Update the portfolio twice a year, before the budget cycle and after the LEDP monitoring
report. Share the top ten projects with the council and with funders, and keep the rest as a
pipeline. When a call for proposals opens, start from the fiche rather than from a blank page.

In Vinnytsia the portfolio holds 31 projects; 12 have complete fiches, and 7 grant applications
were built from them in 2022–2023.""",
        "lessons": """- Scoring by three or more people from different departments stops the
  mayor's favourite project from coming first automatically.
- A fiche that cannot be filled in is a signal: the project needs more preparation, not better
  wording.
- Keep the portfolio alive by linking its update to the budget calendar.""",
        "results": [
            ("Projects with a complete fiche", "4", "12"),
            ("Hromadas using the template", "1", "9"),
            ("Grant applications prepared from fiches", "0", "7"),
        ],
        "contact": ("Andrii Shevchenko", "member@demo.test"),
        "status": "published",
        "published": "2023-05-16",
        "translation_of": None,
        "related": [20, 45],
    },
    # 11
    {
        "title": "Piața producătorilor locali din Cahul: 64 de tarabe pentru fermierii din raion",
        "kind": "case_study",
        "language": "ro",
        "country": "MD",
        "authority": "Cahul",
        "authors": ["vasile.munteanu@demo.test"],
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 8, 12],
        "stage": "implemented",
        "years": (2021, 2023),
        "budget": (4600000, "MDL"),
        "funding": (
            "Grant din programul „Primarii pentru Creștere Economică” (70%), bugetul municipal "
            "(30%)"
        ),
        "partners": (
            "Asociația producătorilor agricoli din raionul Cahul; Agenția Națională pentru "
            "Siguranța Alimentelor (ANSA); întreprinderea municipală de gospodărie comunală"
        ),
        "summary": (
            "Cahul a construit un pavilion acoperit cu 64 de tarabe, dintre care 16 frigorifice, "
            "unde pot vinde doar producătorii locali din raion. În primul an, 212 fermieri s-au "
            "înregistrat, iar numărul vânzătorilor neautorizați de pe trotuarele din jurul "
            "autogării a scăzut de la circa 90 la 12."
        ),
        "body": """## Context

Până în 2021, zeci de fermieri din satele raionului își vindeau legumele, fructele și lactatele
pe trotuarele din jurul autogării, fără acoperiș, apă sau frigidere. Produsele se alterau
repede, controalele sanitare erau frecvente, iar locuitorii se plângeau de aglomerație și
mizerie. În consultările pentru Planul de dezvoltare economică locală, fermierii au cerut un
loc legal și ieftin de vânzare, iar cumpărătorii – produse proaspete și verificate.

## Ce am făcut

- am construit, pe un teren municipal de lângă autogară, un pavilion acoperit de 1.100 m²;
- am amenajat 64 de tarabe: 48 obișnuite și 16 cu vitrine frigorifice pentru lactate și carne;
- am prevăzut un mic laborator pentru teste rapide, grupuri sanitare, apă curentă și o parcare
  pentru 40 de autovehicule;
- am adoptat un regulament al pieței, elaborat împreună cu Asociația producătorilor agricoli
  din raion.

## Cum funcționează

La piață pot vinde doar producătorii din raionul Cahul care au certificat de producător sau
sunt înregistrați ca gospodării țărănești. Taxa este de 15 lei pe zi pentru o tarabă obișnuită
și de 30 de lei pentru una frigorifică; locurile se rezervă pe o lună, iar zece tarabe rămân
libere pentru vânzătorii ocazionali. Administrarea o asigură întreprinderea municipală de
gospodărie comunală, iar un medic veterinar al ANSA face zilnic verificări în laborator. Piața
este deschisă de marți până duminică, între orele 6:00 și 14:00.

## Costuri și calendar

- pavilionul (construcție și acoperiș): 2.950.000 de lei;
- 16 vitrine frigorifice: 720.000 de lei;
- rețele, laborator și grupuri sanitare: 530.000 de lei;
- parcare și amenajare: 400.000 de lei.

Totalul de 4,6 milioane de lei a fost acoperit astfel: 3,22 milioane – grant din programul
„Primarii pentru Creștere Economică” și 1,38 milioane – bugetul municipal. Proiectarea a
început în 2021, lucrările au durat din aprilie până în noiembrie 2022, iar piața s-a deschis
în martie 2023.

## Rezultate după un an

S-au înregistrat 212 producători, în medie 57 din cele 64 de tarabe sunt ocupate zilnic, iar
veniturile din taxe, de circa 310.000 de lei pe an, acoperă cheltuielile de întreținere.
Numărul vânzătorilor de pe trotuare a scăzut de la aproximativ 90 la 12.""",
        "lessons": """- Regulamentul pieței trebuie scris împreună cu fermierii; altfel nu vin,
  oricât de bună ar fi clădirea.
- O taxă mică și rezervarea pe o lună contează mai mult decât designul pavilionului.
- Păstrați câteva tarabe libere pentru vânzătorii ocazionali, altfel aceștia rămân pe trotuar.
- Vitrinele frigorifice s-au ocupat primele: planificați mai multe decât credeți că veți avea
  nevoie.""",
        "results": [
            ("Producători înregistrați", "0", "212"),
            ("Tarabe ocupate zilnic, în medie", "—", "57 din 64"),
            ("Venituri anuale din taxe", "0 lei", "310.000 lei"),
            ("Vânzători neautorizați pe trotuare", "≈90", "12"),
        ],
        "contact": ("Vasile Munteanu", "vasile.munteanu@demo.test"),
        "status": "published",
        "published": "2024-04-09",
        "translation_of": None,
        "related": [17, 34],
    },
    # 12
    {
        "title": "Cahul farmers' market: 64 stalls for local producers from the district",
        "kind": "case_study",
        "language": "en",
        "country": "MD",
        "authority": "Cahul",
        "authors": ["vasile.munteanu@demo.test"],
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 8, 12],
        "stage": "implemented",
        "years": (2021, 2023),
        "budget": (4600000, "MDL"),
        "funding": "Mayors for Economic Growth grant (70%), municipal budget (30%)",
        "partners": (
            "Association of agricultural producers of Cahul district; National Food Safety Agency "
            "(ANSA); municipal utility enterprise"
        ),
        "summary": (
            "Cahul built a covered pavilion with 64 stalls, 16 of them refrigerated, where only "
            "local producers from the district may sell. In the first year 212 farmers "
            "registered, and the number of unauthorised sellers on the pavements around the bus "
            "station fell from about 90 to 12."
        ),
        "body": """## Context

Until 2021, dozens of farmers from the villages of the district sold vegetables, fruit and
dairy products on the pavements around the bus station, with no roof, water or refrigeration.
Produce spoiled quickly, sanitary inspections were frequent, and residents complained about
crowding and litter. In the consultations on the local economic development plan, farmers asked
for a legal and cheap place to sell, and buyers for fresh, inspected products.

## What we did

- built a 1,100 m² covered pavilion on municipal land next to the bus station;
- fitted out 64 stalls: 48 standard ones and 16 with refrigerated display cases for dairy and
  meat;
- added a small laboratory for rapid tests, toilets, running water and a car park for 40
  vehicles;
- adopted market rules, drafted together with the district's association of agricultural
  producers.

## How it works

Only producers from Cahul district with a producer certificate or registered as peasant farms
may sell at the market. The fee is 15 lei a day for a standard stall and 30 lei for a
refrigerated one; stalls are booked by the month, and ten stalls are kept free for occasional
sellers. The municipal utility enterprise runs the market, and a veterinarian from the National
Food Safety Agency carries out daily checks in the laboratory. The market is open from Tuesday
to Sunday, from 6:00 to 14:00.

## Costs and timeline

- pavilion (construction and roof): MDL 2,950,000
- 16 refrigerated display cases: MDL 720,000
- utilities, laboratory and toilets: MDL 530,000
- car park and landscaping: MDL 400,000

The total of MDL 4.6 million was covered by a Mayors for Economic Growth grant (MDL 3.22
million) and the municipal budget (MDL 1.38 million). Design started in 2021, construction ran
from April to November 2022, and the market opened in March 2023.

## Results after one year

212 producers have registered, on average 57 of the 64 stalls are occupied every day, and fee
income of about MDL 310,000 a year covers the running costs. The number of sellers on the
pavements has fallen from about 90 to 12.""",
        "lessons": """- Write the market rules together with the farmers; otherwise they will
  not come, however good the building is.
- A low fee and monthly booking matter more than the design of the pavilion.
- Keep a few stalls free for occasional sellers, or they will stay on the pavement.
- The refrigerated stalls were taken first: plan more of them than you think you need.""",
        "results": [
            ("Registered producers", "0", "212"),
            ("Stalls occupied per day, on average", "—", "57 of 64"),
            ("Annual fee income", "MDL 0", "MDL 310,000"),
            ("Unauthorised sellers on pavements", "≈90", "12"),
        ],
        "contact": ("Vasile Munteanu", "vasile.munteanu@demo.test"),
        "status": "published",
        "published": "2024-05-21",
        "translation_of": 11,
        "related": [11, 34],
    },
    # 13
    {
        "title": "Bugetarea participativă în Ungheni: 38 de proiecte ale cetățenilor în patru ani",
        "kind": "case_study",
        "language": "ro",
        "country": "MD",
        "authority": "Ungheni",
        "authors": ["elena.ciobanu@demo.test"],
        "themes": ["local-economic-development", "urban-planning"],
        "sdgs": [11, 16],
        "stage": "scaled",
        "years": (2021, 2024),
        "budget": (6000000, "MDL"),
        "funding": "Bugetul municipal: 1,5 milioane de lei pe an",
        "partners": (
            "Consiliul Local al Tinerilor, școlile și liceele din municipiu, biblioteca "
            "municipală, organizații obștești locale"
        ),
        "summary": (
            "Din 2021, Ungheni rezervă în fiecare an 1,5 milioane de lei din buget pentru "
            "proiecte propuse și votate de locuitori. În patru cicluri au fost depuse 211 "
            "propuneri, 38 au fost finanțate, iar 35 sunt deja realizate."
        ),
        "body": """## Context

Înainte de 2021, locuitorii participau la deciziile bugetare doar prin audieri publice la care
veneau câteva zeci de persoane, de obicei aceleași. Primăria își dorea să implice mai mulți
oameni, în special tineri, și să crească încrederea în modul în care se cheltuie banii publici.

## Ce am făcut

Consiliul local a aprobat un regulament al bugetării participative, cu un fond anual de 1,5
milioane de lei, din care 20% sunt rezervați proiectelor propuse de tineri între 14 și 25 de
ani. Un proiect poate costa cel mult 150.000 de lei și trebuie realizat pe un teren sau într-o
clădire a municipiului.

## Cum funcționează

Ciclul anual are cinci etape:

1. **februarie** – depunerea propunerilor online sau pe hârtie, la primărie și la bibliotecă;
2. **martie–aprilie** – verificarea tehnică și estimarea costurilor de către specialiștii
   primăriei, împreună cu autorii;
3. **mai** – votul: online, cu număr de telefon confirmat prin SMS, sau la urne amplasate în
   școli și la centrul de tineret; fiecare locuitor de la 14 ani poate vota trei proiecte;
4. **iunie–noiembrie** – realizarea proiectelor câștigătoare;
5. **decembrie** – raportul public și o întâlnire cu autorii proiectelor.

## Ce proiecte au câștigat

Printre cele 38 de proiecte finanțate se numără șapte locuri de joacă, trei terenuri de sport
în aer liber, un spațiu de coworking pentru tineri în biblioteca municipală, iluminatul a două
alei din parcul central, rasteluri pentru biciclete la școli și o grădină comunitară lângă un
bloc de locuințe.

## Costuri

În patru ani, cele 38 de proiecte au costat 5,64 milioane de lei din cele 6 milioane alocate;
restul a fost reportat în anul următor. Organizarea votului și comunicarea costă aproximativ
60.000 de lei pe an și sunt acoperite din bugetul de funcționare al primăriei.

## Rezultate

Numărul propunerilor a crescut de la 31 în 2021 la 74 în 2024, iar cel al voturilor – de la
3.100 la 7.900, adică aproape o treime dintre locuitorii cu drept de vot.""",
        "lessons": """- Votul în școli a adus cei mai mulți participanți noi: tinerii și-au
  convins apoi părinții să voteze.
- Verificarea tehnică împreună cu autorii evită dezamăgirile; multe propuneri respinse au fost
  reformulate și depuse din nou.
- Realizați proiectele în același an: întârzierile distrug încrederea mai repede decât orice
  critică.
- Publicați costul real al fiecărui proiect după finalizare.""",
        "results": [
            ("Voturi exprimate", "3.100 (2021)", "7.900 (2024)"),
            ("Propuneri depuse pe an", "31 (2021)", "74 (2024)"),
            ("Proiecte realizate", "0", "35 din 38"),
        ],
        "contact": ("Elena Ciobanu", "elena.ciobanu@demo.test"),
        "status": "published",
        "published": "2025-03-04",
        "translation_of": None,
        "related": [14, 19],
    },
    # 14
    {
        "title": "Bugetarea sensibilă la gen în primării: ghid practic în șase pași",
        "kind": "guide",
        "language": "ro",
        "country": "MD",
        "authority": None,
        "authors": ["facilitator.md@demo.test", "vasile.munteanu@demo.test"],
        "themes": ["gender-equality", "local-economic-development"],
        "sdgs": [5, 10, 16],
        "stage": "pilot",
        "years": (2025, 2026),
        "budget": None,
        "funding": "Asistență tehnică în cadrul programului „Primarii pentru Creștere Economică”",
        "partners": (
            "Direcțiile financiare ale primăriilor Cahul, Ungheni și Soroca; o expertă în "
            "egalitate de gen"
        ),
        "summary": (
            "Ghidul arată cum poate o primărie să analizeze cine beneficiază de programele "
            "bugetare și să introducă indicatori dezagregați pe sexe, fără personal suplimentar. "
            "A fost testat în 2025 la Cahul, Ungheni și Soroca, pe 14 programe bugetare."
        ),
        "body": """## De ce contează

Bugetul local nu este neutru: orarul transportului public, amplasarea unei grădinițe sau
iluminatul unei străzi îi afectează diferit pe femei și pe bărbați, pe tineri și pe vârstnici.
Bugetarea sensibilă la gen nu înseamnă un buget separat pentru femei, ci întrebarea „cine
beneficiază?” pusă la fiecare program.

## Șase pași

1. **Colectați date dezagregate pe sexe.** Începeți cu datele pe care le aveți deja:
   beneficiarii serviciilor sociale, copiii înscriși la secțiile sportive, utilizatorii
   transportului public, solicitanții de autorizații.
2. **Alegeți 3–5 programe bugetare** pentru prima analiză – de regulă sportul, transportul,
   educația extrașcolară și sprijinul pentru antreprenori.
3. **Analizați cine beneficiază și cine nu**, precum și de ce: orar, distanță, costuri,
   siguranță.
4. **Consultați separat femeile și bărbații**, la ore și în locuri potrivite pentru fiecare
   grup.
5. **Introduceți indicatori de performanță dezagregați** în circulara privind elaborarea
   bugetului și în notele de fundamentare.
6. **Monitorizați și raportați** o dată pe an, împreună cu raportul privind executarea
   bugetului.

## Exemple din testare

- La Ungheni, 78% dintre copiii înscriși la secțiile sportive municipale erau băieți. După
  analiză, primăria a deschis secții de volei și dans sportiv și a reorganizat orarul; în
  toamna lui 2025, ponderea fetelor a ajuns la 39%.
- La Cahul, consultările au arătat că femeile folosesc transportul public mai ales dimineața
  devreme și la prânz; două curse au fost mutate pentru a lega cartierele de piață și de
  policlinică.
- La Soroca, programul de granturi mici pentru afaceri a introdus un punctaj suplimentar pentru
  întreprinderile conduse de femei din mediul rural.

## De ce aveți nevoie

O persoană responsabilă în direcția financiară, sprijinul conducerii și 2–3 zile de lucru pe an
pentru fiecare program analizat. Anexele ghidului conțin fișe de analiză, un chestionar pentru
consultări și o listă de 40 de indicatori-model.""",
        "lessons": """- Începeți cu programe mici și vizibile; rezultatele rapide conving
  consiliul.
- De cele mai multe ori datele există, dar nu sunt dezagregate: schimbați formularele de
  înscriere.
- Implicați contabilii de la început – ei scriu notele de fundamentare.
- Nu transformați analiza de gen într-un raport separat; integrați-o în documentele bugetare
  obișnuite.""",
        "results": [
            ("Programe bugetare analizate", "0", "14"),
            ("Indicatori de performanță dezagregați pe sexe", "2", "23"),
            ("Primării care aplică ghidul", "0", "3"),
        ],
        "contact": ("Ion Rusu", "facilitator.md@demo.test"),
        "status": "published",
        "published": "2026-03-10",
        "translation_of": None,
        "related": [13, 27],
    },
    # 15
    {
        "title": "Planul de dezvoltare economică locală al orașului Soroca 2027–2031 (proiect)",
        "kind": "ledp",
        "language": "ro",
        "country": "MD",
        "authority": "Soroca",
        "authors": ["facilitator.md@demo.test"],
        "themes": ["local-economic-development", "tourism", "agriculture"],
        "sdgs": [2, 8, 11],
        "stage": "idea",
        "years": (2027, 2031),
        "budget": (142000000, "MDL"),
        "funding": (
            "Bugetul local, Fondul Național pentru Dezvoltare Regională și Locală, granturi "
            "externe și investiții private – structura finală va fi stabilită după consultări"
        ),
        "partners": (
            "Consiliul raional Soroca, colegiul din oraș, asociații de fermieri, de tineri și de "
            "femei"
        ),
        "summary": (
            "Versiunea de lucru a planului de dezvoltare economică locală al Sorocii, elaborată "
            "de un grup de lucru de 18 persoane după un sondaj în rândul a 240 de întreprinderi. "
            "Propune trei priorități – turismul în jurul cetății, procesarea produselor agricole "
            "și competențele tinerilor."
        ),
        "body": """## Context

Soroca are un atu rar: cetatea medievală de pe malul Nistrului atrage zeci de mii de vizitatori
pe an, dar aceștia stau în medie două ore și pleacă fără să cheltuiască în oraș. În același
timp, fermierii din jur vând fructe și legume neprocesate, iar tinerii pleacă la studii și la
muncă în străinătate. Planul anterior a expirat în 2025.

## Cum lucrăm

- un grup de lucru de 18 persoane: primăria, consiliul raional, antreprenori, fermieri,
  colegiul din oraș, organizații de tineri și de femei;
- un sondaj în rândul a 240 de întreprinderi și interviuri cu 15 investitori locali;
- două consultări publice din cele patru planificate, la Soroca și în satele vecine;
- analiza SWOT și un profil economic cu date din perioada 2019–2025.

## Priorități propuse

1. **Soroca, orașul cetății** – trasee pietonale între cetate și centrul vechi, servicii pentru
   turiști, evenimente pe tot parcursul anului.
2. **Valoare adăugată în agricultură** – un centru de colectare și uscare a fructelor, sprijin
   pentru cooperative, prezența producătorilor pe piețele din Chișinău și din Uniunea
   Europeană.
3. **Competențe pentru tineri** – stagii plătite în firmele locale, cursuri de turism și de
   procesare alimentară la colegiu, sprijin pentru afacerile tinerilor.

## Ce ne-a arătat sondajul

Pentru 61% dintre firmele chestionate, principala problemă este lipsa forței de muncă
calificate, nu accesul la credite. Aproape jumătate dintre ele ar angaja tineri în stagii dacă
primăria ar organiza selecția și ar acoperi o parte din costuri.

## Următorii pași

- decembrie 2026: ultimele două consultări publice;
- ianuarie 2027: estimarea costurilor și fișele pentru 12 proiecte;
- februarie 2027: aprobarea în consiliul local și setul final de 10–12 indicatori.

Bugetul indicativ al planului este de 142 de milioane de lei, iar structura finală a surselor
va fi stabilită după consultări.""",
        "lessons": """- Sondajul a schimbat prioritățile: lipsa forței de muncă s-a dovedit o
  problemă mai mare decât accesul la finanțare.
- Consultările din sate aduc alți participanți decât cele din oraș; merită timpul suplimentar.
- Nu adăugați priorități noi după fiecare întâlnire; păstrați trei și includeți restul ca
  măsuri.""",
        "results": [
            ("Întreprinderi chestionate", "0", "240"),
            ("Consultări publice organizate", "0", "2 din 4"),
        ],
        "contact": ("Ion Rusu", "facilitator.md@demo.test"),
        "status": "draft",
        "published": None,
        "translation_of": None,
        "related": [20, 24],
    },
    # 16
    {
        "title": "Bălți: serviced plots and a one-stop shop in the municipal industrial park",
        "kind": "case_study",
        "language": "en",
        "country": "MD",
        "authority": "Bălți",
        "authors": ["facilitator.md@demo.test"],
        "themes": ["financing-investment", "smes-jobs", "local-economic-development"],
        "sdgs": [8, 9],
        "stage": "implemented",
        "years": (2019, 2022),
        "budget": (2100000, "EUR"),
        "funding": (
            "National Fund for Regional and Local Development (48%), EU infrastructure grant "
            "(30%), municipal budget (22%)"
        ),
        "partners": (
            "Ministry of Economic Development (industrial park status), electricity distribution "
            "company, municipal water company, local vocational school"
        ),
        "summary": (
            "Bălți prepared a 34-hectare site with roads, power, water and sewerage, divided it "
            "into 22 plots and set up a park administration that handles all permits for "
            "investors. Nine companies have settled there, with €38 million of private investment "
            "committed and 1,340 jobs created."
        ),
        "body": """## Context

Bălți, the second-largest city of Moldova, had a skilled workforce but almost no land ready for
industry. Investors were offered plots without access roads or power, and getting utility
connections took up to two years. Several investment projects went to other cities for this
reason.

## What we did

Between 2019 and 2022 the city prepared a 34-hectare municipal site on the southern edge of
town, a former machinery yard of a collective farm, and obtained industrial park status from
the Government:

- 1.8 km of internal roads with street lighting;
- a 10 kV substation and grid connections with a combined capacity of 8 MW;
- 2.4 km of water and sewerage networks;
- 22 plots of 0.5 to 3 hectares;
- an administration building with a one-stop shop for residents.

## How it works

A municipal enterprise manages the park. Investors sign one lease contract, and the park
administration obtains the building permit, utility connections and registrations on their
behalf. Residents benefit from the incentives of the national law on industrial parks, and the
lease price per hectare is fixed for the first ten years. The administration meets each
resident every quarter and helps recruit staff together with the local employment agency and
the vocational school.

## Costs and timeline

- internal roads and lighting: €640,000
- substation and power connections: €720,000
- water and sewerage: €510,000
- administration building and one-stop shop: €230,000
- **total: €2,100,000** – €1,008,000 from the National Fund for Regional and Local Development,
  €630,000 from an EU infrastructure grant and €462,000 from the municipal budget.

## Results

By the end of 2022, 15 of the 22 plots had been leased to nine companies, including an
automotive wiring supplier, two food processors, a furniture factory and a logistics centre.
Together they have committed €38 million of private investment and created 1,340 jobs. Lease
payments and local taxes from the park now bring the city about MDL 9 million a year.""",
        "lessons": """- Investors buy time: serviced plots and a single contract matter more
  than tax incentives.
- Agree connection capacity with the utilities before marketing the plots – the substation took
  longest.
- Keep a few larger plots: two investors needed 3 hectares and would otherwise have gone
  elsewhere.
- Work on skills early; within a year, staff shortages became the residents' main complaint.""",
        "results": [
            ("Resident companies", "0", "9"),
            ("Jobs created", "0", "1,340"),
            ("Private investment committed", "€0", "€38 million"),
            ("Plots leased", "0 of 22", "15 of 22"),
        ],
        "contact": ("Ion Rusu", "facilitator.md@demo.test"),
        "status": "published",
        "published": "2023-02-21",
        "translation_of": None,
        "related": [2, 28],
    },
    # 17
    {
        "title": "Кооператив виноградарей Комрата: общий цех переработки и собственная марка вина",
        "kind": "case_study",
        "language": "ru",
        "country": "MD",
        "authority": "Comrat",
        "authors": ["facilitator.md@demo.test"],
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 8, 12],
        "stage": "implemented",
        "years": (2022, 2024),
        "budget": (2900000, "MDL"),
        "funding": (
            "Грант программы «Мэры за экономический рост» (60%), взносы членов кооператива (25%), "
            "бюджет муниципия Комрат (15%)"
        ),
        "partners": (
            "Сельскохозяйственный кооператив виноградарей, управление сельского хозяйства АТО "
            "Гагаузия, соседний винзавод (розлив), консультанты по сертификации"
        ),
        "summary": (
            "37 мелких виноградарей Комрата объединились в кооператив, получили в аренду "
            "муниципальное здание и оборудовали общий цех первичной переработки. Вместо того "
            "чтобы продавать виноград крупным заводам по низкой цене, они выпускают вино под "
            "собственной маркой и получают почти вдвое больше за килограмм."
        ),
        "body": """## Контекст

Вокруг Комрата сотни семей выращивают виноград на участках по 1–3 гектара. До 2022 года почти
весь урожай продавался двум-трём крупным винзаводам по 3–3,5 лея за килограмм, а в урожайные
годы часть винограда и вовсе оставалась на лозе. На консультациях по плану местного
экономического развития виноградари назвали главной проблемой отсутствие собственной
переработки.

## Что мы сделали

- в 2022 году 19 виноградарей зарегистрировали сельскохозяйственный кооператив, к 2024 году в
  нём было уже 37 членов;
- муниципий передал кооперативу в аренду на 25 лет пустующее здание бывшей котельной, и
  кооператив отремонтировал его;
- закуплено оборудование: пресс, дробилка-гребнеотделитель, ёмкости для брожения на 60 тонн и
  холодильная установка;
- кооператив разработал собственную марку и получил консультации по маркировке и сертификации.

## Как это работает

Члены кооператива сдают виноград по заранее согласованной цене и получают вторую выплату после
продажи вина. Розлив пока выполняется на арендованной линии соседнего завода. Вино продаётся на
рынке и ярмарках Комрата, в местных ресторанах, на ежегодном празднике вина, а с 2024 года – и
через интернет-магазин. Муниципий помогает с участием в выставках и бесплатно предоставляет
место на осенних ярмарках.

## Расходы и сроки

- оборудование: 1 900 000 леев;
- ремонт здания: 650 000 леев;
- маркетинг, дизайн этикетки и сертификация: 350 000 леев;
- **итого 2 900 000 леев**: 1 740 000 – грант программы «Мэры за экономический рост», 725 000 –
  взносы членов кооператива, 435 000 – бюджет муниципия.

Ремонт и закупки заняли 2022–2023 годы, первое вино кооператива поступило в продажу весной 2024
года.

## Результаты

В 2024 году кооператив переработал 180 тонн винограда и продал 41 000 бутылок вина. Средний
доход членов составил 6,2 лея за килограмм винограда против 3,5 лея раньше. В цехе постоянно
работают 6 человек, в сезон – ещё до 20.""",
        "lessons": """- Начинайте с небольшой группы, члены которой доверяют друг другу;
  остальные присоединятся, увидев первые выплаты.
- Долгосрочная аренда муниципального здания заменила кооперативу самый дорогой вклад –
  помещение.
- Прозрачная формула второй выплаты важнее высокой первой цены.
- Сертификация и маркировка заняли больше времени, чем ремонт: начинайте их параллельно.""",
        "results": [
            ("Члены кооператива", "19", "37"),
            ("Доход виноградаря за килограмм", "3,5 лея", "6,2 лея"),
            ("Продано бутылок вина за год", "0", "41 000"),
            ("Рабочие места в цехе", "0", "6 + 20 сезонных"),
        ],
        "contact": ("Ion Rusu", "facilitator.md@demo.test"),
        "status": "published",
        "published": "2025-01-28",
        "translation_of": None,
        "related": [11, 34],
    },
    # 18
    {
        "title": "Солнечные станции на крышах четырёх детских садов Комрата",
        "kind": "case_study",
        "language": "ru",
        "country": "MD",
        "authority": "Comrat",
        "authors": ["facilitator.md@demo.test"],
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 11, 13],
        "stage": "implemented",
        "years": (2024, 2025),
        "budget": (148000, "EUR"),
        "funding": (
            "Грант ЕС в рамках программы «Мэры за экономический рост» (80%), бюджет муниципия (20%)"
        ),
        "partners": (
            "Управление образования АТО Гагаузия, подрядчик, выбранный по открытому тендеру, "
            "оператор распределительной сети"
        ),
        "summary": (
            "Комрат установил солнечные станции мощностью по 40 кВт на крышах четырёх детских "
            "садов. Станции вырабатывают около 216 000 кВт·ч в год, покрывают 63% потребления "
            "садов и снижают расходы на электроэнергию на 0,84 млн леев в год."
        ),
        "body": """## Контекст

В 2022 году тарифы на электроэнергию в Молдове выросли более чем вдвое, и расходы на детские
сады стали одной из самых быстрорастущих статей бюджета муниципия. В 2023 году городской совет
утвердил план зелёного восстановления Комрата, первым пунктом которого стала собственная
солнечная генерация на муниципальных зданиях. Выбор пал на детские сады: они потребляют энергию
днём, когда станции вырабатывают больше всего, и работают также летом.

## Что мы сделали

- обследовали крыши восьми детских садов и выбрали четыре с подходящей ориентацией и
  прочностью;
- подготовили техническое задание и провели открытый тендер, на который поступило пять
  предложений;
- установили четыре станции по 40 кВт с системой онлайн-мониторинга;
- подключили станции к сети по схеме net billing: излишки засчитываются муниципию по
  установленной цене.

## Как это работает

Каждая станция работает прежде всего на собственное потребление сада: кухню, прачечную,
освещение и насосы. Излишки в выходные и праздничные дни уходят в сеть. Данные о выработке в
реальном времени видит энергоменеджер примэрии, а раз в месяц он сверяет их со счетами
поставщика. Обслуживание – мойка панелей два раза в год и проверка инверторов – входит в
трёхлетнюю гарантию подрядчика.

## Расходы и сроки

- четыре станции по 40 кВт (панели, инверторы, монтаж) из расчёта 900 евро за киловатт: 144 000
  евро;
- система мониторинга: 4 000 евро;
- **итого 148 000 евро**: 118 400 – грант ЕС в рамках программы «Мэры за экономический рост»,
  29 600 – бюджет муниципия.

Тендер прошёл осенью 2024 года, станции запущены в апреле 2025 года.

## Результаты за первый год

Четыре станции выработали 216 000 кВт·ч, или 63% потребления садов. Расходы на электроэнергию
снизились с 1,34 до 0,50 млн леев в год. Вклад муниципия окупился меньше чем за год, а весь
проект окупится примерно за 3,5 года.""",
        "lessons": """- Выбирайте здания с дневным потреблением круглый год – детские сады
  подходят идеально.
- Обследование крыш сэкономило деньги: на двух садах из восьми станцию можно ставить только
  после капитального ремонта кровли.
- Net billing упрощает жизнь, но договор с сетью оформляется 2–3 месяца – начинайте сразу после
  тендера.
- Показывайте данные: экран с выработкой в холле сада вызвал интерес родителей и местных СМИ.""",
        "results": [
            ("Выработка солнечной энергии", "0", "216 000 кВт·ч/год"),
            ("Доля собственной энергии в потреблении садов", "0%", "63%"),
            ("Расходы садов на электроэнергию", "1,34 млн леев/год", "0,50 млн леев/год"),
            ("Сокращение выбросов CO₂", "0", "95 т/год"),
        ],
        "contact": ("Ion Rusu", "facilitator.md@demo.test"),
        "status": "published",
        "published": "2026-04-14",
        "translation_of": None,
        "related": [4, 30],
    },
    # 19
    {
        "title": "Ziua Diasporei la Cimișlia: de la remitențe la investiții în comunitate",
        "kind": "event_report",
        "language": "ro",
        "country": "MD",
        "authority": "Cimișlia",
        "authors": ["facilitator.md@demo.test"],
        "themes": ["financing-investment", "local-economic-development"],
        "sdgs": [8, 10, 17],
        "stage": "implemented",
        "years": (2025, 2025),
        "budget": (185000, "MDL"),
        "funding": (
            "Bugetul local și raional (40%), programul național de sprijin pentru inițiativele "
            "diasporei (60%)"
        ),
        "partners": (
            "Consiliul raional Cimișlia, asociații ale cimișlienilor din Italia și Israel, "
            "producători locali"
        ),
        "summary": (
            "Pe 16 august 2025, Cimișlia a reunit 230 de participanți, dintre care 140 din "
            "diaspora, într-o zi dedicată investițiilor și proiectelor comune. Evenimentul s-a "
            "încheiat cu patru investiții anunțate și angajamente de 1,2 milioane de lei pentru "
            "renovarea stadionului orășenesc."
        ),
        "body": """## Context

Aproape fiecare familie din Cimișlia are rude plecate la muncă în Italia, Israel, Franța sau
Germania. Banii trimiși acasă merg mai ales în consum și în construcția de case, iar puțini
dintre cei plecați știu ce oportunități de afaceri există în orașul natal. În 2024, prima
întâlnire cu diaspora a adunat 60 de persoane și a arătat că interesul există, dar lipsesc
informațiile concrete.

## Programul zilei

- **dimineața** – prezentarea orașului: terenuri și clădiri disponibile, programe naționale de
  sprijin pentru investiții și pentru migranții reveniți acasă;
- **trei ateliere paralele**: „Deschide o afacere acasă”, „Agricultură și procesare” și
  „Proiecte pentru comunitate”;
- **după-amiaza** – târgul produselor locale, cu 22 de producători, și vizite la trei afaceri
  deschise de migranți reveniți;
- **seara** – un concert și anunțarea proiectului comun pentru stadionul orășenesc.

## Ce am aflat

Participanții au cerut mai ales informații clare despre terenuri și clădiri, un consultant la
primărie care să răspundă și online, exemple de oameni care au reușit și transparență totală în
folosirea donațiilor. Mulți au spus că ar investi mai degrabă împreună cu alții decât singuri.

## Rezultate

- 11 idei de afaceri discutate individual cu specialiștii primăriei;
- 4 investiții anunțate: o pensiune, o secție de uscare a fructelor, o clinică stomatologică și
  un service auto;
- angajamente de 1,2 milioane de lei pentru renovarea stadionului, sumă care va fi dublată din
  programul național de cofinanțare.

## Costuri

- organizare și logistică: 95.000 de lei;
- comunicare și transmisiune online: 40.000 de lei;
- târgul produselor locale: 50.000 de lei.

Totalul de 185.000 de lei a fost acoperit din bugetul local și raional (74.000 de lei) și din
programul național pentru diaspora (111.000 de lei).""",
        "lessons": """- Începeți comunicarea cu două luni înainte, prin grupurile diasporei din
  rețelele sociale, dar și prin preoții și profesorii din localitate.
- Organizați evenimentul în august, când mulți sunt acasă în concediu.
- Numiți la primărie o persoană de contact pentru diaspora și publicați-i datele.
- Raportați public fiecare leu donat, cu fotografii ale lucrărilor.""",
        "results": [
            ("Participanți din diaspora", "60 (2024)", "140"),
            ("Investiții anunțate", "1", "4"),
            ("Angajamente pentru stadion", "0 lei", "1,2 mil. lei"),
        ],
        "contact": ("Ion Rusu", "facilitator.md@demo.test"),
        "status": "published",
        "published": "2025-10-02",
        "translation_of": None,
        "related": [2, 16],
    },
    # 20
    {
        "title": "Template: structure of a Local Economic Development Plan (LEDP) with annexes",
        "kind": "template",
        "language": "en",
        "country": "MD",
        "authority": None,
        "authors": ["admin@demo.test", "facilitator.md@demo.test"],
        "themes": ["local-economic-development", "financing-investment"],
        "sdgs": [8, 11, 17],
        "stage": "scaled",
        "years": (2023, 2023),
        "budget": None,
        "funding": "Mayors for Economic Growth programme",
        "partners": (
            "Network facilitators in the five countries; 12 member authorities that reviewed the "
            "draft"
        ),
        "summary": (
            "A Word template with the eight chapters of an LEDP, guidance on the length and "
            "content of each, and four annexes: indicator table, action plan, project fiches and "
            "consultation record. 27 member authorities have used it since 2023."
        ),
        "body": """## Why a template

The first LEDPs prepared in the network ranged from 20 to 150 pages. Many had long descriptions
of the territory but no costed actions, and few could be monitored. The template keeps what the
methodology requires and leaves out what nobody reads.

## Chapters

1. **Summary** (1–2 pages) – vision, priorities and key figures.
2. **Process** (1 page) – working group and consultations: who took part, including women,
   young people and businesses.
3. **Economic profile** (5–8 pages) – population, employment, businesses by sector, investment
   and infrastructure, with sources and years for all data.
4. **SWOT and key challenges** (2–3 pages).
5. **Vision and priorities** (2 pages) – no more than three or four priorities.
6. **Action plan** (8–12 pages) – measures and projects with cost, source, responsible unit and
   timing.
7. **Financing plan** (2 pages) – by year and source, realistic compared with past budgets.
8. **Monitoring** (2 pages) – indicators, responsibilities, the annual report and the review of
   the plan.

## Annexes

- **A. Indicator table** – 10–15 indicators, each with a baseline, target, source and
  frequency.
- **B. Action plan table** – the same data as chapter 6, in a sortable format.
- **C. Project fiches** – two pages for each priority project.
- **D. Consultation record** – dates, participants by sex and group, main proposals and what
  was done with them.

## Practical advice

- Aim for 30–40 pages plus annexes.
- Check that the action plan is affordable: as a rule of thumb, the municipal share per year
  should not exceed what the authority invested on average over the past three years.
- Choose indicators you can measure from existing data; a survey every year is rarely
  affordable.
- Adopt the plan by a council decision and publish it together with the annexes.""",
        "lessons": """- Shorter plans are read and used: councils actually discussed plans of
  40 pages.
- The consultation record shows citizens that their proposals were considered, even when they
  were not taken up.
- Setting the financing plan against past budgets removed many wishful projects early.""",
        "results": [
            ("LEDPs drafted with the template", "0", "27"),
            ("Average length of the main document", "85 pages", "38 pages"),
            ("Plans with a costed action plan", "40%", "93%"),
        ],
        "contact": ("Maria Popescu", "admin@demo.test"),
        "status": "published",
        "published": "2024-11-19",
        "translation_of": None,
        "related": [10, 36],
    },
    # 21
    {
        "title": "თელავის ღვინის მარშრუტი: 23 საოჯახო მარანი ერთ რუკაზე",
        "kind": "case_study",
        "language": "ka",
        "country": "GE",
        "authority": "Telavi",
        "authors": ["tamar.kapanadze@demo.test"],
        "themes": ["tourism", "agriculture", "smes-jobs"],
        "sdgs": [8, 12],
        "stage": "scaled",
        "years": (2020, 2023),
        "budget": (310000, "GEL"),
        "funding": (
            "„მერები ეკონომიკური ზრდისთვის“ საგრანტო პროგრამა (65%), თელავის მუნიციპალიტეტის "
            "ბიუჯეტი (35%)"
        ),
        "partners": (
            "თელავის ტურისტული საინფორმაციო ცენტრი, საოჯახო მარნების ასოციაცია, 23 საოჯახო მარანი"
        ),
        "summary": (
            "თელავის მუნიციპალიტეტმა 23 საოჯახო მარანი ერთიან ღვინის მარშრუტად გააერთიანა: მოაწყო "
            "ნიშნულები, მოამზადა რუკა და ჩაატარა ტრენინგები მასპინძლებისთვის. ტურისტების საშუალო "
            "ყოფნა 1,3-დან 2,1 ღამემდე გაიზარდა, 2023 წელს კი მარშრუტს საკუთარი ხარჯით კიდევ 8 "
            "მარანი შეუერთდა."
        ),
        "body": """## კონტექსტი

თელავი კახეთის ღვინის რეგიონის ცენტრია, თუმცა ტურისტები ძირითადად დიდ ღვინის ქარხნებს
სტუმრობდნენ და ქალაქში საშუალოდ მხოლოდ ერთ ღამეს რჩებოდნენ. მუნიციპალიტეტის სოფლებში ათობით
ოჯახი ქვევრში აყენებს ღვინოს, მაგრამ მათ შესახებ ინფორმაცია თითქმის არ არსებობდა. ბევრ ოჯახს
ტურისტების მიღების გამოცდილება არ ჰქონდა და არ იცოდა, როგორ დაეწესებინა დეგუსტაციის ფასი.
ადგილობრივი ეკონომიკური განვითარების გეგმის კონსულტაციებზე მეღვინეებმა ერთიანი მარშრუტი და
საერთო რეკლამა ითხოვეს.

## რა გავაკეთეთ

- გამოვაცხადეთ ღია კონკურსი საოჯახო მარნებისთვის და მკაფიო კრიტერიუმებით შევარჩიეთ 23 მარანი:
  ჰიგიენა, სველი წერტილი, დეგუსტაციის სივრცე და მინიმუმ ერთი ადამიანი, რომელიც ინგლისურად ან
  რუსულად საუბრობს;
- დავგეგმეთ სამი მარშრუტი – ჩრდილოეთის, სამხრეთისა და ქალაქის;
- დავამონტაჟეთ 46 ნიშნული და 12 საინფორმაციო დაფა;
- დავბეჭდეთ 20 000 რუკა და შევქმენით მობილურზე მორგებული ვებგვერდი;
- ჩავატარეთ ხუთდღიანი ტრენინგი მასპინძლებისთვის და გავეცით მცირე გრანტები მარნების მოსაწყობად.

## როგორ მუშაობს

თითოეული მარანი თავად ადგენს ფასებსა და სამუშაო საათებს, მუნიციპალიტეტი და ტურისტული
საინფორმაციო ცენტრი კი მარშრუტს საერთო ბრენდით წარუდგენენ სტუმრებს. ყოველ შემოდგომაზე, რთველის
დროს, მარშრუტის მონაწილეები ერთობლივ ფესტივალს მართავენ. მარნების ასოციაცია ყოველწლიურად
ამოწმებს ხარისხის კრიტერიუმების დაცვას და იღებს ახალ წევრებს. სტუმრებს ვიზიტის წინასწარ
დაჯავშნა ნებისმიერ მარანში ტურისტულ საინფორმაციო ცენტრშიც შეუძლიათ.

## ხარჯები და ვადები

- ნიშნულები და საინფორმაციო დაფები: 95 000 ლარი;
- რუკა, ვებგვერდი და ფოტოები: 60 000 ლარი;
- მასპინძლების ტრენინგი: 45 000 ლარი;
- მცირე გრანტები 23 მარნისთვის: 110 000 ლარი.

სულ 310 000 ლარი: 201 500 ლარი „მერები ეკონომიკური ზრდისთვის“ საგრანტო პროგრამიდან, 108 500
ლარი კი მუნიციპალიტეტის ბიუჯეტიდან. პროექტი 2020 წელს დაიწყო, მარშრუტი 2021 წლის გაზაფხულზე
გაიხსნა.

## შედეგები

2023 წელს მარშრუტის მარნებს 31 000 სტუმარი ეწვია, 2019 წელს კი მხოლოდ 8 400. შეიქმნა 58 სამუშაო
ადგილი, მათ შორის სეზონური. ტურისტების საშუალო ყოფნა თელავში 1,3-დან 2,1 ღამემდე გაიზარდა, ხოლო
2023 წელს მარშრუტს საკუთარი ხარჯით კიდევ 8 მარანი შეუერთდა.""",
        "lessons": """- მარნების შერჩევა ღია კონკურსითა და მკაფიო კრიტერიუმებით ნდობას ქმნის და
  შემდეგ ახალი წევრების მიღებას ამარტივებს.
- მცირე გრანტები სველი წერტილებისა და დეგუსტაციის სივრცისთვის ყველაზე ეფექტიანი ინვესტიცია
  აღმოჩნდა.
- უცხო ენის ცოდნა მთავარი ბარიერია – ტრენინგში ენის საბაზისო კურსიც ჩართეთ.
- ერთობლივი ფესტივალი მარშრუტს ნებისმიერ რეკლამაზე უკეთ აცნობს სტუმრებს.""",
        "results": [
            ("სტუმრები მარშრუტის მარნებში წელიწადში", "8 400", "31 000"),
            ("ტურისტების საშუალო ყოფნა", "1,3 ღამე", "2,1 ღამე"),
            ("მარნები მარშრუტზე", "0", "31"),
            ("ახალი სამუშაო ადგილები", "0", "58"),
        ],
        "contact": ("Tamar Kapanadze", "tamar.kapanadze@demo.test"),
        "status": "published",
        "published": "2023-11-28",
        "translation_of": None,
        "related": [31, 26],
    },
    # 22
    {
        "title": "Telavi wine route: 23 family wine cellars on one map",
        "kind": "case_study",
        "language": "en",
        "country": "GE",
        "authority": "Telavi",
        "authors": ["tamar.kapanadze@demo.test"],
        "themes": ["tourism", "agriculture", "smes-jobs"],
        "sdgs": [8, 12],
        "stage": "scaled",
        "years": (2020, 2023),
        "budget": (310000, "GEL"),
        "funding": (
            "Mayors for Economic Growth grant programme (65%), Telavi municipal budget (35%)"
        ),
        "partners": (
            "Telavi tourist information centre, association of family wine cellars, 23 family "
            "wine cellars"
        ),
        "summary": (
            "Telavi municipality brought 23 family wine cellars together in one wine route, with "
            "signposts, a map and training for hosts. Tourists now stay 2.1 nights on average "
            "instead of 1.3, and in 2023 eight more cellars joined the route at their own "
            "expense."
        ),
        "body": """## Context

Telavi is the centre of Kakheti, Georgia's main wine region, yet tourists mostly visited the
large wineries and stayed only one night in town. In the villages of the municipality dozens of
families make wine in qvevri, the traditional clay vessels, but there was almost no information
about them. In the consultations on the local economic development plan, winemakers asked for a
common route and joint promotion.

## What we did

- launched an open call for family wine cellars and selected 23 against clear criteria:
  hygiene, a toilet, a tasting area and at least one person who speaks English or Russian;
- designed three routes – northern, southern and town;
- installed 46 signposts and 12 information boards;
- printed 20,000 maps and created a mobile-friendly website;
- ran a five-day training course for hosts and gave small grants to improve the cellars.

## How it works

Each cellar sets its own prices and opening hours, while the municipality and the tourist
information centre promote the route under a common brand. Every autumn, during the grape
harvest (rtveli), the route members hold a joint festival. The association of wine cellars
checks every year that the quality criteria are met and admits new members.

## Costs and timeline

- signposts and information boards: GEL 95,000
- map, website and photographs: GEL 60,000
- training for hosts: GEL 45,000
- small grants for 23 cellars: GEL 110,000

The total of GEL 310,000 came from the Mayors for Economic Growth grant programme (GEL 201,500)
and the municipal budget (GEL 108,500). The project started in 2020, and the route opened in
spring 2021.

## Results

In 2023 the cellars on the route received 31,000 visitors, compared with 8,400 in 2019. 58 jobs
were created, including seasonal ones. The average stay of tourists in Telavi grew from 1.3 to
2.1 nights, and in 2023 eight more cellars joined the route at their own expense.""",
        "lessons": """- Selecting cellars through an open call with clear criteria builds trust
  and makes it easier to admit new members later.
- Small grants for toilets and tasting areas turned out to be the most effective investment.
- Foreign languages are the main barrier – include a basic language course in the training.
- A joint festival introduces the route to visitors better than any advertising.""",
        "results": [
            ("Visitors to route cellars per year", "8,400", "31,000"),
            ("Average stay of tourists", "1.3 nights", "2.1 nights"),
            ("Cellars on the route", "0", "31"),
            ("New jobs", "0", "58"),
        ],
        "contact": ("Tamar Kapanadze", "tamar.kapanadze@demo.test"),
        "status": "published",
        "published": "2024-01-23",
        "translation_of": 21,
        "related": [21, 26],
    },
    # 23
    {
        "title": "ქუთაისი: მშენებლობის ნებართვის განაცხადები ელექტრონულად – 30 დღის ნაცვლად 12",
        "kind": "case_study",
        "language": "ka",
        "country": "GE",
        "authority": "Kutaisi",
        "authors": ["moderator@demo.test"],
        "themes": ["innovation-digital", "urban-planning"],
        "sdgs": [9, 11, 16],
        "stage": "implemented",
        "years": (2022, 2023),
        "budget": (185000, "GEL"),
        "funding": "ქუთაისის მუნიციპალიტეტის ბიუჯეტი (60%), დონორის გრანტი (40%)",
        "partners": (
            "ქუთაისის მერიის არქიტექტურის სამსახური, ადგილობრივი IT კომპანია, საჯარო რეესტრი"
        ),
        "summary": (
            "ქუთაისის მერიამ მშენებლობის ნებართვების შიდა პროცესი სრულად გააციფრულა: განაცხადი, "
            "დოკუმენტები, სამსახურებს შორის შეთანხმება და კონსულტაციები ახლა ონლაინ ხდება. "
            "ნებართვის გაცემის საშუალო ვადა 30-დან 12 დღემდე შემცირდა."
        ),
        "body": """## კონტექსტი

2022 წლამდე ქუთაისში მშენებლობის ნებართვის მისაღებად განმცხადებელს საშუალოდ ოთხჯერ უწევდა
მერიაში მისვლა. დოკუმენტები ქაღალდზე მოძრაობდა სამსახურებს შორის, განაცხადის სტატუსის გაგება კი
მხოლოდ სატელეფონო ზარით იყო შესაძლებელი. მცირე და საშუალო ბიზნესი ამას ინვესტიციების ერთ-ერთ
მთავარ დაბრკოლებად ასახელებდა.

## რა გავაკეთეთ

- აღვწერეთ ნებართვის გაცემის არსებული პროცესი და ამოვიღეთ 7 ზედმეტი ნაბიჯი;
- შევქმენით ელექტრონული სისტემა, რომელიც დაკავშირებულია საჯარო რეესტრთან და სახელმწიფო
  ელექტრონულ სერვისებთან;
- განმცხადებლებს შევუქმენით პირადი კაბინეტი, სადაც ჩანს განაცხადის სტატუსი და პასუხისმგებელი
  თანამშრომელი;
- დავნერგეთ ვიდეოკონსულტაციები არქიტექტორებთან;
- გადავამზადეთ მერიის 38 თანამშრომელი.

## როგორ მუშაობს

განმცხადებელი დოკუმენტებს ონლაინ ტვირთავს და ყოველ ეტაპზე SMS-შეტყობინებას იღებს. სამსახურებს
შორის შეთანხმება ელექტრონულად ხდება, თითოეულ ეტაპს კი აქვს ვადა, რომლის გადაცილების შემთხვევაში
ხელმძღვანელი ავტომატურ შეტყობინებას იღებს. არქიტექტურის სამსახური კვირაში ორჯერ უფასო
ვიდეოკონსულტაციებს ატარებს, რაც ხელს უწყობს შეცდომების თავიდან აცილებას ჯერ კიდევ განაცხადის
შევსებამდე.

## რა შეიცვალა განმცხადებლისთვის

ადრე ნებართვისთვის საჭირო დოკუმენტების შეგროვებასა და წარდგენას რამდენიმე კვირა სჭირდებოდა,
ხშირად არქიტექტორის ან იურისტის დახმარებითაც. ახლა განმცხადებელი ერთ ფანჯარაში ხედავს, რომელი
დოკუმენტია საჭირო, რომელი სამსახური განიხილავს მის განაცხადს და როდის უნდა მიიღოს პასუხი. თუ
რომელიმე დოკუმენტი აკლია, სისტემა ამის შესახებ მაშინვე აცნობებს, ასე რომ, განაცხადი რამდენიმე
კვირის შემდეგ უკან აღარ ბრუნდება.

## ხარჯები და ვადები

- პროცესის ანალიზი და ხელახალი დიზაინი: 25 000 ლარი;
- ელექტრონული სისტემის შექმნა და ინტეგრაცია: 120 000 ლარი;
- აღჭურვილობა: 22 000 ლარი;
- თანამშრომლების ტრენინგი და საინფორმაციო კამპანია: 18 000 ლარი.

სულ 185 000 ლარი: 111 000 ლარი მუნიციპალიტეტის ბიუჯეტიდან და 74 000 ლარი დონორის გრანტიდან.
პროექტი 2022 წლის მარტში დაიწყო, სისტემა კი 2023 წლის იანვრიდან მუშაობს.

## შედეგები

2023 წელს შემოსული 1 140 განაცხადიდან 96% ელექტრონულად იყო წარდგენილი. ნებართვის გაცემის
საშუალო ვადა 30-დან 12 დღემდე შემცირდა, ხოლო არასრული დოკუმენტების გამო უარის წილი 31%-დან
9%-მდე დაეცა.""",
        "lessons": """- ჯერ პროცესი გაამარტივეთ, შემდეგ გააციფრულეთ: ზედმეტი ნაბიჯი ელექტრონულ
  სისტემაშიც ზედმეტი რჩება.
- ვადების ავტომატური კონტროლი ნებისმიერ ბრძანებაზე ეფექტიანი აღმოჩნდა.
- თანამშრომლები პროექტის დასაწყისიდანვე ჩართეთ – მათ ყველაზე კარგად იციან, სად იკარგება დრო.
- ვიდეოკონსულტაციები განსაკუთრებით მოეწონათ მცირე დეველოპერებს და საზღვარგარეთ მცხოვრებ
  მესაკუთრეებს.""",
        "results": [
            ("ნებართვის გაცემის საშუალო ვადა", "30 დღე", "12 დღე"),
            ("ელექტრონულად შემოსული განაცხადები", "0%", "96%"),
            ("ვიზიტები მერიაში ერთ განაცხადზე", "4", "1"),
            ("უარი არასრული დოკუმენტების გამო", "31%", "9%"),
        ],
        "contact": ("Giorgi Lomidze", "moderator@demo.test"),
        "status": "published",
        "published": "2024-04-16",
        "translation_of": None,
        "related": [40],
    },
    # 24
    {
        "title": "ცაგერის მუნიციპალიტეტის ადგილობრივი ეკონომიკური განვითარების გეგმა 2024–2027",
        "kind": "ledp",
        "language": "ka",
        "country": "GE",
        "authority": "Tsageri",
        "authors": ["facilitator.ge@demo.test"],
        "themes": ["local-economic-development", "tourism", "agriculture"],
        "sdgs": [2, 8, 15],
        "stage": "implemented",
        "years": (2024, 2027),
        "budget": (4800000, "GEL"),
        "funding": (
            "მუნიციპალიტეტის ბიუჯეტი (30%), რეგიონული განვითარების ფონდი (45%), დონორები და კერძო "
            "სექტორი (25%)"
        ),
        "partners": (
            "ცაგერის მუნიციპალიტეტის საკრებულო, ადგილობრივი მეღვინეები და ფერმერები, საოჯახო "
            "სასტუმროები, ცაგერის სკოლები"
        ),
        "summary": (
            "ცაგერის პირველი ადგილობრივი ეკონომიკური განვითარების გეგმა სამ პრიორიტეტს ეყრდნობა: "
            "ლეჩხუმური ღვინო, მთის ტურიზმი და ახალგაზრდების დასაქმება. გეგმა 4,8 მილიონი ლარის "
            "ღირებულების 11 პროექტსა და 10 ინდიკატორს მოიცავს, რომლებსაც მუნიციპალიტეტი "
            "ყოველწლიურად აკვირდება."
        ),
        "body": """## კონტექსტი

ცაგერის მუნიციპალიტეტში დაახლოებით 9 000 ადამიანი ცხოვრობს და მოსახლეობა ყოველწლიურად მცირდება:
ახალგაზრდები სამუშაოს საძიებლად ქუთაისში, თბილისში ან საზღვარგარეთ მიდიან. ამავე დროს, ლეჩხუმს
აქვს უნიკალური ყურძნის ჯიშები – უსახელოური და ოჯალეში, – ასევე შესანიშნავი ბუნება და მთის
ტურიზმის დიდი პოტენციალი.

## როგორ მომზადდა გეგმა

- შეიქმნა 16-წევრიანი სამუშაო ჯგუფი: მერია, საკრებულო, ფერმერები, მეღვინეები, სასტუმროების
  მფლობელები, მასწავლებლები და ახალგაზრდები;
- ჩატარდა 120 მეწარმისა და ფერმერის გამოკითხვა;
- გაიმართა ოთხი საჯარო შეხვედრა, მათ შორის ორი – სოფლებში;
- მომზადდა მუნიციპალიტეტის ეკონომიკური პროფილი და SWOT-ანალიზი.

## ანალიზის მთავარი დასკვნები

მუნიციპალიტეტის ძლიერი მხარეებია ღვინის უნიკალური ჯიშები, ხელუხლებელი ბუნება და ქუთაისის
საერთაშორისო აეროპორტიდან ორსაათიანი მანძილი. სუსტი მხარეებია ცუდი გზები მაღალმთიან სოფლებში,
კვალიფიციური კადრების ნაკლებობა და ტურისტული ინფრასტრუქტურის სიმწირე. გამოკითხულ მეწარმეთა
უმრავლესობამ მთავარ პრობლემებად სამუშაო ძალის ნაკლებობა და ბაზარზე წვდომა დაასახელა.

## პრიორიტეტები

1. **ლეჩხუმური ღვინო** – მცირე მარნების მხარდაჭერა, ერთობლივი ბრენდი და ღვინის ფესტივალი.
2. **მთის ტურიზმი** – სალაშქრო ბილიკების მონიშვნა, საოჯახო სასტუმროების სტანდარტები და
   ტურისტული საინფორმაციო ცენტრი.
3. **ახალგაზრდები და დასაქმება** – პროფესიული კურსები, სტაჟირება ადგილობრივ ბიზნესში და მცირე
   გრანტები ახალგაზრდა მეწარმეებისთვის.

## დაფინანსება

11 პროექტის ღირებულება 4,8 მილიონი ლარია: 1,44 მილიონი (30%) მუნიციპალიტეტის ბიუჯეტიდან, 2,16
მილიონი (45%) რეგიონული განვითარების ფონდიდან და 1,2 მილიონი (25%) დონორებისა და კერძო
სექტორისგან.

## მონიტორინგი

გეგმას 10 ინდიკატორი აქვს საბაზისო მნიშვნელობებით, მათ შორის ახალი მცირე საწარმოების რაოდენობა,
ტურისტების ღამისთევები, ჩამოსხმული ღვინის მოცულობა და ახალგაზრდების დასაქმების დონე.
ეკონომიკური განვითარების სამსახური ყოველი წლის თებერვალში ამზადებს ანგარიშს, რომელსაც საკრებულო
და სამუშაო ჯგუფი ღია სხდომაზე განიხილავს.

## პირველი წლის შედეგები

2024 წელს 11 პროექტიდან 6 დაიწყო, მოინიშნა 34 კმ სალაშქრო ბილიკი, ახალგაზრდა მეწარმეებმა კი 12
მცირე გრანტი მიიღეს. პირველი ღვინის ფესტივალი ცაგერში 2024 წლის ოქტომბერში გაიმართა და მას 2
500-მდე სტუმარი დაესწრო.""",
        "lessons": """- სოფლებში გამართულ შეხვედრებზე უფრო მეტი ფერმერი მოვიდა, ვიდრე ქალაქში.
- მცირე მუნიციპალიტეტისთვის 10 ინდიკატორი საკმარისია, თუ თითოეული არსებული მონაცემებით იზომება.
- ახალგაზრდების ჩართვა სამუშაო ჯგუფში გეგმას უფრო რეალისტურს ხდის.""",
        "results": [
            ("დაწყებული პროექტები", "0", "6 / 11"),
            ("მონიშნული სალაშქრო ბილიკები", "0 კმ", "34 კმ"),
            ("მცირე გრანტები ახალგაზრდა მეწარმეებისთვის", "0", "12"),
        ],
        "contact": ("Nino Beridze", "facilitator.ge@demo.test"),
        "status": "published",
        "published": "2025-05-27",
        "translation_of": None,
        "related": [20, 32],
    },
    # 25
    {
        "title": "Batumi: 24 km of protected bike lanes linked to public bike sharing",
        "kind": "case_study",
        "language": "en",
        "country": "GE",
        "authority": "Batumi",
        "authors": ["levan.gelashvili@demo.test"],
        "themes": ["urban-planning", "green-recovery"],
        "sdgs": [3, 11, 13],
        "stage": "scaled",
        "years": (2019, 2024),
        "budget": (4200000, "GEL"),
        "funding": "Municipal budget (75%), budget of the Autonomous Republic of Adjara (25%)",
        "partners": (
            "Municipal transport company, Batumi cyclists' association, Batumi Shota Rustaveli "
            "State University (traffic counts)"
        ),
        "summary": (
            "Over six years Batumi built 24 km of kerb-protected bike lanes along five commuting "
            "corridors, redesigned 16 junctions and almost tripled its public bike-sharing "
            "system. Cycling's share of daily trips rose from 1.8% to 4.6%, while the number of "
            "injured cyclists fell."
        ),
        "body": """## Context

Batumi is flat, compact and mild for most of the year, yet in 2018 cycling made up less than 2%
of daily trips. The city's 7 km of bike paths ran along the seafront boulevard and were used
mainly for leisure. Traffic on the main streets was growing by about 6% a year, and both the
LEDP and the sustainable urban mobility plan called for safe commuting routes.

## What we did

Between 2019 and 2024 the city built a network in three phases:

- **24 km of protected bike lanes**, separated from traffic by kerbs or parking, along five
  corridors linking residential districts with the centre, the university, the port and the bus
  station;
- **16 junctions** redesigned with bike crossings and separate traffic-light phases;
- **1,100 bike parking places** at schools, markets and public buildings;
- expansion of the **public bike-sharing system** from 40 to 110 stations and 900 bikes, 300 of
  them electric.

## How it works

The lanes are 2 metres wide and one-way on each side of the street, with a different surface
colour at junctions and driveways. The bike-sharing system uses the same card as the buses, and
the first 30 minutes of each trip are free for holders of a monthly bus pass. The municipal
transport company maintains the lanes and the bikes, and a mobile team repairs damaged bollards
within 48 hours.

## Costs and timeline

- protected lanes, about GEL 110,000 per km: GEL 2,640,000
- redesign of 16 junctions: GEL 620,000
- bike-sharing expansion: GEL 820,000
- parking and signage: GEL 120,000
- **total: GEL 4,200,000** – 75% from the municipal budget and 25% from the budget of the
  Autonomous Republic of Adjara.

## Results

Counts by the university in 2024 show that cycling now makes up 4.6% of trips. Bike-sharing
trips rose from 310,000 in 2018 to 1.24 million in 2024, and the number of cyclists injured
fell from 46 to 29 a year even though far more people cycle.""",
        "lessons": """- Connect destinations, not just streets: the lane to the university
  filled up first.
- Physical separation matters – painted lanes were simply used for parking.
- Consult shop owners early; most feared losing parking, but their footfall did not drop.
- Link bike sharing to the bus pass to make cycling part of public transport.""",
        "results": [
            ("Share of trips by bike", "1.8%", "4.6%"),
            ("Bike-sharing trips per year", "310,000", "1.24 million"),
            ("Cyclists injured per year", "46", "29"),
            ("Protected bike lanes", "0 km", "24 km"),
        ],
        "contact": ("Levan Gelashvili", "levan.gelashvili@demo.test"),
        "status": "published",
        "published": "2026-05-19",
        "translation_of": None,
        "related": [33, 0],
    },
    # 26
    {
        "title": "Akhaltsikhe: heritage façades and small businesses in the old town below Rabati",
        "kind": "case_study",
        "language": "en",
        "country": "GE",
        "authority": "Akhaltsikhe",
        "authors": ["facilitator.ge@demo.test"],
        "themes": ["tourism", "urban-planning", "smes-jobs"],
        "sdgs": [8, 11],
        "stage": "implemented",
        "years": (2021, 2024),
        "budget": (890000, "GEL"),
        "funding": "EU Mayors for Economic Growth grant (70%), municipal budget (30%)",
        "partners": (
            "National Agency for Cultural Heritage Preservation of Georgia (façade guidelines), "
            "house owners, local craftsmen's association, Samtskhe-Javakheti tourist information "
            "centre"
        ),
        "summary": (
            "Akhaltsikhe restored the façades of 26 historic houses on two old-town streets "
            "leading to Rabati fortress and gave small grants to 18 businesses opening on their "
            "ground floors. Visitors now spend well over an hour in the old town instead of a "
            "quarter of an hour, and the new businesses employ 64 people."
        ),
        "body": """## Context

Rabati fortress receives about 200,000 visitors a year, but most arrived by tour bus, walked
around the fortress and left. The two old streets below it, lined with 19th-century houses
built by Georgian, Armenian and Jewish families, were run down, and their ground floors stood
empty. The LEDP set the goal of turning fortress visitors into customers of local businesses.

## What we did

- agreed façade guidelines with the national heritage agency: materials, colours, signs and
  awnings;
- restored the façades, roofs and balconies of 26 houses, with the owners paying for interior
  works;
- repaved the two streets, put cables underground and installed new street lighting;
- offered grants of up to GEL 12,000 to businesses opening on ground floors and selected 18 of
  them: cafés, craft workshops, a bakery, guesthouses and a wine bar;
- created a heritage trail with 14 signs and trained 12 local guides.

## How it works

Owners signed agreements to keep the façades in good repair and the ground floors in use for at
least five years. A small old-town council of the municipality, house owners and business
owners meets every quarter to solve problems and plan events, including a summer evening
market. The guides offer a 90-minute walk through the old town that ends at the fortress.

## Costs and timeline

- façades, roofs and balconies (26 houses, on average GEL 17,000 each): GEL 442,000
- paving, underground cables and lighting: GEL 230,000
- grants to 18 businesses: GEL 180,000
- heritage trail and guide training: GEL 38,000
- **total: GEL 890,000** – GEL 623,000 from an EU Mayors for Economic Growth grant and GEL
  267,000 from the municipal budget.

Works ran from 2021 to 2023, and the evening market started in summer 2024.

## Results

25 businesses now operate on the two streets, compared with 7 before, and the new ones employ
64 people. Visitor surveys show that the average time spent in the old town grew from 15
minutes to 1 hour 40 minutes.""",
        "lessons": """- Agree the heritage rules before design; changes later are expensive.
- Owners' contributions, even small ones, ensured that the houses were actually used after
  restoration.
- Grants for ground-floor businesses brought life to the streets faster than the façades alone.
- Events such as the evening market give visitors a reason to stay longer.""",
        "results": [
            ("Businesses on the two streets", "7", "25"),
            ("Time visitors spend in the old town", "15 min", "1 h 40 min"),
            ("Jobs in the new businesses", "0", "64"),
        ],
        "contact": ("Nino Beridze", "facilitator.ge@demo.test"),
        "status": "published",
        "published": "2025-01-14",
        "translation_of": None,
        "related": [21, 31],
    },
    # 27
    {
        "title": "Zugdidi: a women's entrepreneurship programme with childcare included",
        "kind": "case_study",
        "language": "en",
        "country": "GE",
        "authority": "Zugdidi",
        "authors": ["facilitator.ge@demo.test"],
        "themes": ["gender-equality", "smes-jobs"],
        "sdgs": [5, 8, 10],
        "stage": "pilot",
        "years": (2024, 2025),
        "budget": (96000, "USD"),
        "funding": "Municipal budget (40%), international donor grant (60%)",
        "partners": (
            "Zugdidi business support centre, two microfinance organisations, municipal "
            "kindergartens, 20 volunteer mentors"
        ),
        "summary": (
            "Zugdidi trained 60 women in three cohorts, with childcare during every session, a "
            "mentor for each participant and a competition for small grants. 31 participants "
            "opened or registered a business, and more than a third of all participants were "
            "internally displaced women."
        ),
        "body": """## Context

In Zugdidi municipality women run only about a quarter of registered businesses, and many women
– including a large number of women displaced from Abkhazia – work informally in trade, sewing
or food. In focus groups for the LEDP they named three barriers: lack of business skills, no
one to look after their children during courses, and no access to start-up capital without
collateral.

## What we did

The municipality designed a programme that answers each barrier:

- an **eight-week course** in the evenings and on Saturdays: business planning, pricing, taxes
  and registration, online sales and negotiation;
- a **childcare corner** run by two municipal kindergarten teachers during every session;
- a **mentor** for each participant, drawn from a pool of 20 local business owners, men and
  women;
- a **competition for small grants** of up to USD 2,500 for the best business plans;
- meetings with two microfinance organisations about loans without property collateral.

## How it works

Three cohorts of 20 women took part between March 2024 and June 2025. Selection favoured women
with a concrete idea, women from villages, displaced women and single mothers. At the end of
each course participants presented their plans to a jury of the municipality, the business
support centre and a microfinance organisation. 24 plans received grants, paid in two
instalments against receipts.

## Costs and timeline

- training and mentoring: USD 22,000
- childcare during sessions: USD 6,000
- small grants (24 × USD 2,500): USD 60,000
- outreach and evaluation: USD 8,000
- **total: USD 96,000** – 40% from the municipal budget and 60% from an international donor
  grant.

## Results

57 of the 60 women completed the course. 31 opened or formally registered a business – among
them bakeries, a sewing workshop, a beauty salon, a berry farm and an online shop for Megrelian
spices. 12 participants took microloans, and 38% of all participants were internally displaced.""",
        "lessons": """- Childcare was the single most important condition: attendance averaged
  91%.
- Evening and Saturday sessions suited women who work; daytime sessions would have excluded
  them.
- Mentors who had started small themselves were the most valued.
- Paying grants in instalments against receipts keeps the business plan on track without heavy
  paperwork.""",
        "results": [
            ("Women completing the course", "0", "57 of 60"),
            ("New or registered businesses", "0", "31"),
            ("Microloans taken by participants", "0", "12"),
            ("Internally displaced participants", "—", "38%"),
        ],
        "contact": ("Nino Beridze", "facilitator.ge@demo.test"),
        "status": "published",
        "published": "2026-02-17",
        "translation_of": None,
        "related": [38, 14],
    },
    # 28
    {
        "title": "Kutaisi Investment Forum 2025: what 140 investors asked us",
        "kind": "event_report",
        "language": "en",
        "country": "GE",
        "authority": "Kutaisi",
        "authors": ["moderator@demo.test"],
        "themes": ["financing-investment", "local-economic-development"],
        "sdgs": [8, 9, 17],
        "stage": "implemented",
        "years": (2025, 2025),
        "budget": (78000, "GEL"),
        "funding": (
            "Municipal budget (55%), sponsorship by the Imereti business association and two "
            "banks (45%)"
        ),
        "partners": (
            "National investment promotion agency, Imereti business association, utility "
            "companies, a local university (venue)"
        ),
        "summary": (
            "On 16 October 2025 Kutaisi presented 11 investment sites to 310 participants, "
            "including 140 investors from Georgia and abroad. The forum led to 63 business "
            "meetings and three memoranda of understanding, and showed which information "
            "investors need first."
        ),
        "body": """## About the forum

This was the third investment forum organised by the city and the first with a full day of site
visits. It took place on a local university campus and was open to domestic and foreign
investors, banks, developers and business associations.

## Programme

- **morning:** the city's economic profile, the investment map with 11 sites, incentives
  offered by national agencies, and three investors already working in Kutaisi talking about
  their experience;
- **afternoon:** 63 pre-arranged one-to-one meetings between investors, the city and local
  companies;
- **next day:** site visits by bus to the logistics zone near the airport, two former
  industrial sites and a hotel plot in the centre.

## Who came

310 participants, including 140 investors: 92 from Georgia and 48 from abroad, mostly from
Türkiye, Poland, Germany, Israel and Azerbaijan. About a third of the investors were interested
in logistics and warehousing near the airport, a quarter in food processing and the rest in
tourism and real estate.

## What investors asked

We recorded all questions at the meetings. The five most frequent were:

1. Is the land title clear, and who exactly owns the site?
2. What power and water capacity is available at the plot boundary, and when?
3. Can we find skilled workers, and can the city help train them?
4. How long do permits take in practice, not on paper?
5. Which incentives are available locally and nationally, and who decides on them?

## Follow-up

Three memoranda of understanding were signed: for a logistics warehouse near the airport, a
fruit-processing plant and a 120-room hotel. The city's investment officer follows up every
contact within two weeks, and after the forum the site data were updated with the capacity of
each utility.

## Costs

- venue and technical support: GEL 18,000
- transport for site visits: GEL 9,000
- materials and interpretation: GEL 21,000
- promotion: GEL 30,000
- **total: GEL 78,000**, 55% from the municipal budget and 45% from sponsorship.""",
        "lessons": """- Pre-arranged one-to-one meetings were rated the most useful part;
  arrange them weeks ahead.
- Bring the utility companies: investors' questions on capacity need answers on the spot.
- Site visits turn interest into decisions – two of the three memoranda concern sites that
  investors visited.
- Publish the questions and your answers afterwards; it shows investors that the city listens.""",
        "results": [
            ("Investors attending", "55 (2023)", "140"),
            ("One-to-one meetings", "20 (2023)", "63"),
            ("Memoranda of understanding signed", "1 (2023)", "3"),
        ],
        "contact": ("Giorgi Lomidze", "moderator@demo.test"),
        "status": "published",
        "published": "2025-11-25",
        "translation_of": None,
        "related": [3, 16],
    },
    # 29
    {
        "title": "Public-private partnerships for municipalities: a step-by-step guide",
        "kind": "guide",
        "language": "en",
        "country": "GE",
        "authority": None,
        "authors": ["facilitator.ge@demo.test", "levan.gelashvili@demo.test"],
        "themes": ["financing-investment", "local-economic-development"],
        "sdgs": [9, 11, 17],
        "stage": "implemented",
        "years": (2023, 2024),
        "budget": None,
        "funding": "Prepared within the Mayors for Economic Growth programme",
        "partners": (
            "National PPP agency (review); Batumi and Kutaisi municipalities (case material)"
        ),
        "summary": (
            "A practical guide for municipal staff on when a public-private partnership makes "
            "sense, which models suit small projects, and how to prepare, tender and manage a "
            "PPP. It draws on projects in Batumi and Kutaisi and on mistakes seen across the "
            "network."
        ),
        "body": """## When to consider a PPP

A PPP is a long-term contract in which a private partner designs, builds, finances or operates
a public asset or service and takes on part of the risk. It makes sense when:

- the service can be described by its results, for example "parking spaces available 24/7" or
  "a set lighting level on every street";
- the private partner can manage a risk – construction, demand or operation – better than the
  municipality;
- the project is large enough to justify the preparation costs; below about GEL 1 million, an
  ordinary contract is usually better.

## Common models for municipalities

- **Concession** – the partner builds or renovates and collects fees from users (parking,
  markets, sports centres).
- **Availability payment** – the municipality pays a fixed fee as long as the asset meets
  agreed standards (street lighting, school buildings).
- **Lease and operate** – the municipality provides a building or land, and the partner invests
  and runs a service.
- **Energy performance contract** – the partner invests in efficiency and is repaid from the
  savings.

## Seven steps

1. Define the need and the results you want.
2. Compare options – traditional procurement or PPP – with a simple value-for-money test.
3. Check the legal framework and consult the national PPP agency early.
4. Prepare a feasibility study: demand, costs, risks and affordability for the budget.
5. Allocate risks in a risk matrix, each to the party best able to manage it.
6. Tender competitively, with clear output standards and evaluation criteria.
7. Manage the contract: a named contract manager, performance reports, penalties and an exit
   plan.

## Examples from Georgia

- Batumi: a 15-year parking concession with a share of revenue for the city and a cap on
  tariffs.
- Kutaisi: renovation of a covered market by a private operator under a 20-year lease with
  investment commitments.

## Typical mistakes

Starting with a partner instead of a need; signing a memorandum with one company before any
tender; underestimating the staff time needed for contract management; and accepting guarantees
that shift all the risk back to the municipality.""",
        "lessons": """- The value-for-money test is the most useful step: half of the projects
  we reviewed were better done through ordinary procurement.
- Budget for advisers – good preparation typically costs 2–5% of the investment.
- Name a contract manager before signing, not after problems start.""",
        "results": [
            ("Municipal staff trained with the guide", "0", "64"),
            ("Municipalities taking part in the training", "0", "21"),
            ("PPP projects prepared with the guide", "0", "6"),
        ],
        "contact": ("Nino Beridze", "facilitator.ge@demo.test"),
        "status": "published",
        "published": "2024-09-10",
        "translation_of": None,
        "related": [42, 0],
    },
    # 30
    {
        "title": "Գյումրու 11 դպրոցների ջերմամեկուսացումը",
        "kind": "case_study",
        "language": "hy",
        "country": "AM",
        "authority": "Gyumri",
        "authors": ["anna.petrosyan@demo.test"],
        "themes": ["energy", "green-recovery"],
        "sdgs": [4, 7, 13],
        "stage": "scaled",
        "years": (2020, 2024),
        "budget": (720000000, "AMD"),
        "funding": (
            "Պետական սուբվենցիոն ծրագիր (50%), համայնքային բյուջե (30%), ԵՄ «Քաղաքապետերը հանուն "
            "տնտեսական աճի» ծրագրի դրամաշնորհ (20%)"
        ),
        "partners": (
            "Անկախ էներգաաուդիտորներ, Շիրակի մարզպետարան, համայնքապետարանի կրթության բաժին, "
            "դպրոցների տնօրինություններ"
        ),
        "summary": (
            "2020–2024 թվականներին Գյումրին ջերմամեկուսացրեց 11 դպրոց, որտեղ սովորում է 6 900 "
            "աշակերտ։ Գազի սպառումը նվազեց 43 տոկոսով, իսկ ձմռանը դասասենյակների միջին "
            "ջերմաստիճանը 14-ից բարձրացավ մինչև 20 աստիճան։"
        ),
        "body": """## Համատեքստ

Գյումրու դպրոցների մեծ մասը կառուցվել է 1960–1980-ական թվականներին, իսկ 1988 թվականի
երկրաշարժից հետո շատերը վերանորոգվել են առանց ջերմամեկուսացման։ Ձմռանը դասասենյակներում
ջերմաստիճանը հաճախ չէր գերազանցում 14 աստիճանը, և երեխաները դասերին նստում էին վերարկուներով։
Համայնքը տարեկան ավելի քան 1,2 մլն խորանարդ մետր գազ էր ծախսում միայն այս 11 դպրոցի ջեռուցման
համար։ Հանրային քննարկումների ժամանակ ծնողներն ու ուսուցիչները դպրոցների ջեռուցումը նշում էին
որպես առաջնահերթ խնդիր։

## Ինչ արեցինք

- 2020 թվականին անկախ էներգաաուդիտորներն ուսումնասիրեցին 18 դպրոց, որոնցից ընտրվեցին
  խնայողության ամենամեծ ներուժ ունեցող 11-ը։
- Ջերմամեկուսացվեցին պատերն ու տանիքները, փոխարինվեցին պատուհաններն ու մուտքի դռները։
- Տեղադրվեցին եղանակից կախված կարգավորվող ջեռուցման հանգույցներ և ջերմաչափեր յուրաքանչյուր
  հարկում։
- Լուսավորությունը փոխարինվեց LED լամպերով։
- Աշխատանքներն իրականացվեցին երեք փուլով, հիմնականում ամառային արձակուրդների ընթացքում, որպեսզի
  դասերը չընդհատվեն։

## Ինչպես է աշխատում

Յուրաքանչյուր դպրոցում նշանակվել է էներգետիկ պատասխանատու, որն ամեն ամիս գրանցում է գազի և
էլեկտրաէներգիայի սպառումը։ Տվյալները հավաքվում են համայնքապետարանի կրթության բաժնում, իսկ
տարեկան հաշվետվությունը հրապարակվում է համայնքի կայքում։ Հանգստյան օրերին և գիշերը ջեռուցման
հանգույցները ավտոմատ կերպով նվազեցնում են ջերմաստիճանը։

## Ծախսեր և ժամկետներ

- Պատերի և տանիքների ջերմամեկուսացում՝ 390 մլն դրամ
- Պատուհաններ և դռներ՝ 170 մլն դրամ
- Ջեռուցման համակարգեր՝ 125 մլն դրամ
- LED լուսավորություն՝ 35 մլն դրամ

Ընդհանուր արժեքը 720 մլն դրամ է, որից 360 մլն դրամը տրամադրվել է պետական սուբվենցիոն ծրագրից,
216 մլն դրամը՝ համայնքային բյուջեից, 144 մլն դրամը՝ ԵՄ «Քաղաքապետերը հանուն տնտեսական աճի»
ծրագրի դրամաշնորհից։

## Արդյունքներ

Գազի տարեկան սպառումը 1,21 մլն խորանարդ մետրից նվազեց մինչև 0,69 մլն խորանարդ մետր, ինչը
համայնքին տարեկան խնայում է մոտ 75 մլն դրամ։ Ածխաթթու գազի արտանետումները կրճատվել են տարեկան
մոտ 1 000 տոննայով։ 2025 թվականին ծրագիրը կշարունակվի ևս 6 մանկապարտեզում՝ նույն մեթոդով և
նույն ֆինանսավորման սխեմայով։""",
        "lessons": """- Էներգաաուդիտը ցույց տվեց, որ ամենաշատ ջերմությունը կորչում է
  տանիքներից, ուստի աշխատանքները սկսեցինք տանիքներից։
- Աշխատանքները պետք է պլանավորել ամառային արձակուրդների համար, իսկ մրցույթը հայտարարել գարնանը։
- Առանց ջեռուցման հանգույցի կարգավորման ջերմամեկուսացումը միայն կիսով չափ արդյունք է տալիս։
- Սպառման ամսական տվյալները համոզեցին ավագանուն ծրագիրը տարածել նաև մանկապարտեզների վրա։""",
        "results": [
            ("Գազի սպառումը 11 դպրոցում", "1,21 մլն մ³/տարի", "0,69 մլն մ³/տարի"),
            ("Դասասենյակների միջին ջերմաստիճանը ձմռանը", "14°C", "20°C"),
            ("CO₂ արտանետումներ", "2 350 տ/տարի", "1 340 տ/տարի"),
        ],
        "contact": ("Anna Petrosyan", "anna.petrosyan@demo.test"),
        "status": "published",
        "published": "2024-12-03",
        "translation_of": None,
        "related": [37, 18],
    },
    # 31
    {
        "title": "Դիլիջանի արահետները՝ 5 երթուղի, 68 կմ և տեղացի զբոսավարներ",
        "kind": "case_study",
        "language": "hy",
        "country": "AM",
        "authority": "Dilijan",
        "authors": ["davit.sargsyan@demo.test"],
        "themes": ["tourism", "smes-jobs"],
        "sdgs": [8, 12, 15],
        "stage": "implemented",
        "years": (2022, 2024),
        "budget": (54000000, "AMD"),
        "funding": (
            "ԵՄ դրամաշնորհ «Քաղաքապետերը հանուն տնտեսական աճի» ծրագրի շրջանակում (60%), "
            "համայնքային բյուջե (40%)"
        ),
        "partners": (
            "«Դիլիջան» ազգային պարկ, տեղացի զբոսավարների հասարակական կազմակերպություն, համայնքի "
            "հյուրատներ"
        ),
        "summary": (
            "Դիլիջան համայնքը ազգային պարկի հետ համատեղ նշագծեց 5 արահետ՝ 68 կմ ընդհանուր "
            "երկարությամբ, կառուցեց 4 կացարան և պատրաստեց 22 տեղացի զբոսավար։ Արահետներից օգտվող "
            "զբոսաշրջիկների թիվը երեք տարում ավելացավ մոտ չորս անգամ։"
        ),
        "body": """## Համատեքստ

Դիլիջանը հայտնի է իր անտառներով և հանքային ջրերով, սակայն զբոսաշրջիկների մեծ մասը գալիս էր
ընդամենը մեկ օրով՝ Երևանից կամ Սևանից։ Արահետները նշագծված չէին, քարտեզներ չկային, և առանց
տեղացի ուղեկցորդի անտառ մտնելը վտանգավոր էր։ Տեղական տնտեսական զարգացման ծրագրի քննարկումներին
հյուրատների սեփականատերերը նշեցին, որ զբոսաշրջիկներին ավելի երկար պահելու համար անհրաժեշտ է
ակտիվ հանգստի առաջարկ։

## Ինչ արեցինք

- Ազգային պարկի և տեղացի զբոսավարների հետ ընտրեցինք 5 երթուղի՝ 6, 10, 14, 16 և 22 կմ
  երկարությամբ, տարբեր դժվարության։
- Տեղադրեցինք 180 ցուցանակ և նշագծեցինք արահետները միջազգային ստանդարտով։
- Կառուցեցինք 4 փայտե կացարան և 9 հանգստի գոտի։
- Պատրաստեցինք տպագիր քարտեզ և արահետների թվային քարտեզներ բջջային հավելվածների համար։
- Դասընթաց անցկացրինք 22 տեղացի զբոսավարի համար, այդ թվում՝ առաջին օգնության և անվտանգության
  վերաբերյալ։

## Ինչպես է աշխատում

Արահետներն անվճար են։ Ազգային պարկը պատասխանատու է անտառային հատվածների պահպանության համար, իսկ
համայնքը՝ ցուցանակների և կացարանների։ Զբոսավարները միավորվել են հասարակական կազմակերպությունում
և ամեն գարուն ստուգում են արահետները։ Հյուրատները զբոսաշրջիկներին առաջարկում են «արահետային
փաթեթ», որը ներառում է տրանսֆեր, ճաշ և զբոսավարի ծառայություն։

## Ծախսեր և ժամկետներ

- Նշագծում և ցուցանակներ՝ 16 մլն դրամ
- Կացարաններ և հանգստի գոտիներ՝ 21 մլն դրամ
- Քարտեզներ և բջջային հավելված՝ 7 մլն դրամ
- Զբոսավարների դասընթացներ՝ 5 մլն դրամ
- Արահետների մաքրում և վերանորոգում՝ 5 մլն դրամ

Ընդհանուր արժեքը 54 մլն դրամ է, որից 32,4 մլն դրամը ստացվել է ԵՄ դրամաշնորհից, իսկ 21,6 մլն
դրամը՝ համայնքային բյուջեից։ Աշխատանքները սկսվեցին 2022 թվականի գարնանը և ավարտվեցին 2024
թվականին։

## Արդյունքներ

Արահետներից օգտվող զբոսաշրջիկների թիվը 2021 թվականի 4 500-ից 2024 թվականին հասավ 17 800-ի։
Հյուրատներում միջին գիշերակացը 1,4-ից աճեց մինչև 2,2 գիշեր, իսկ զբոսավարներից 9-ն այժմ ամբողջ
սեզոնի ընթացքում լիովին զբաղված են։ Երկու արահետի սկզբնակետերում տեղացի ընտանիքները բացել են
փոքր սրճարաններ։""",
        "lessons": """- Արահետները պետք է նախագծել ազգային պարկի հետ միասին՝ հենց սկզբից, այլ
  ոչ թե վերջում։
- Տեղացի զբոսավարների պատրաստումն ամենաարդյունավետ ներդրումն էր, քանի որ նրանք դարձան
  արահետների լավագույն գովազդը։
- Զբոսաշրջիկների հաշվիչներ տեղադրեք առաջին տարվանից, որպեսզի արդյունքները չափելի լինեն։
- Հյուրատների հետ համատեղ փաթեթները երկարացնում են զբոսաշրջիկների մնալու տևողությունը։""",
        "results": [
            ("Զբոսաշրջիկներ արահետներում (տարեկան)", "4 500", "17 800"),
            ("Պատրաստված տեղացի զբոսավարներ", "3", "22"),
            ("Միջին գիշերակացը հյուրատներում", "1,4 գիշեր", "2,2 գիշեր"),
        ],
        "contact": ("Davit Sargsyan", "davit.sargsyan@demo.test"),
        "status": "published",
        "published": "2025-05-13",
        "translation_of": None,
        "related": [5, 21],
    },
    # 32
    {
        "title": "Եղեգնաձոր համայնքի տեղական տնտեսական զարգացման ծրագիր 2025–2028",
        "kind": "ledp",
        "language": "hy",
        "country": "AM",
        "authority": "Yeghegnadzor",
        "authors": ["facilitator.am@demo.test"],
        "themes": ["local-economic-development", "agriculture", "tourism"],
        "sdgs": [2, 8, 11],
        "stage": "implemented",
        "years": (2025, 2028),
        "budget": (1850000000, "AMD"),
        "funding": (
            "Համայնքային բյուջե (25%), պետական սուբվենցիաներ (40%), միջազգային դոնորներ (20%), "
            "մասնավոր ներդրումներ (15%)"
        ),
        "partners": (
            "Եղեգնաձորի ավագանի, Վայոց ձորի մարզպետարան, տեղացի գինեգործներ և ֆերմերներ, համայնքի "
            "հյուրատներ"
        ),
        "summary": (
            "Խոշորացված Եղեգնաձոր համայնքի առաջին տեղական տնտեսական զարգացման ծրագիրը "
            "կենտրոնանում է գինեգործության և գյուղատնտեսության, գինու և էկոզբոսաշրջության, ինչպես "
            "նաև փոքր բիզնեսի և երիտասարդների զբաղվածության վրա։ Ծրագիրը ներառում է 13 նախագիծ՝ "
            "1,85 մլրդ դրամ ընդհանուր արժեքով, և 12 ցուցանիշ։"
        ),
        "body": """## Համատեքստ

Համայնքների խոշորացումից հետո Եղեգնաձորն այժմ ընդգրկում է քաղաքը և շրջակա գյուղերը։ Վայոց ձորի
մարզը հայտնի է խաղողով, գինով և պատմական հուշարձաններով, սակայն գյուղատնտեսական արտադրանքի մեծ
մասը վաճառվում է առանց վերամշակման, իսկ զբոսաշրջիկները հիմնականում կանգ են առնում միայն
Արենիում և Նորավանքում։ Երիտասարդների արտագաղթը շարունակում է մնալ համայնքի հիմնական
մարտահրավերը։

## Ինչպես պատրաստվեց ծրագիրը

- Ստեղծվեց 20 անդամից բաղկացած աշխատանքային խումբ, որում ընդգրկված էին համայնքապետարանի,
  ավագանու, ֆերմերների, գինեգործների, հյուրատների սեփականատերերի, դպրոցների և երիտասարդների
  ներկայացուցիչներ։
- Հարցում անցկացվեց 150 ձեռնարկատիրոջ և ֆերմերի շրջանում։
- Կազմակերպվեց 5 հանրային քննարկում, որոնցից 3-ը՝ գյուղերում, և դրանց մասնակցեց ընդհանուր
  առմամբ 310 մարդ։
- Պատրաստվեցին համայնքի տնտեսական նկարագիրը և SWOT վերլուծությունը։

## Վերլուծության հիմնական եզրակացությունները

Համայնքի ուժեղ կողմերն են խաղողագործության և գինեգործության երկարամյա ավանդույթները, հարուստ
պատմամշակութային ժառանգությունը և Երևանից ընդամենը երկու ժամվա ճանապարհը։ Թույլ կողմերից են
ոռոգման ցանցի մաշվածությունը, սառնարանային պահեստների բացակայությունը և որակավորված կադրերի
պակասը։ Հարցմանը մասնակցած ձեռնարկատերերի կեսից ավելին որպես հիմնական խոչընդոտ նշեց աշխատուժի
պակասը, իսկ ֆերմերները՝ արտադրանքի իրացման դժվարությունները։

## Առաջնահերթություններ

1. **Գինեգործություն և գյուղատնտեսություն**՝ փոքր գինատների աջակցություն, սառնարանային
   պահեստներ, կաթիլային ոռոգում։
2. **Գինու և էկոզբոսաշրջություն**՝ արահետներ, գինու երթուղի, հյուրատների որակի չափանիշներ։
3. **Փոքր բիզնես և երիտասարդներ**՝ ձեռնարկատիրական դասընթացներ, փոքր դրամաշնորհներ, պրակտիկա
   տեղական ընկերություններում։

## Ֆինանսավորում

13 նախագծի ընդհանուր արժեքը 1,85 մլրդ դրամ է, որից 25%-ը նախատեսվում է համայնքային բյուջեից,
40%-ը՝ պետական սուբվենցիաներից, 20%-ը՝ միջազգային դոնորներից, 15%-ը՝ մասնավոր ներդրումներից։
Առաջին երկու տարում իրականացվելու են այն նախագծերը, որոնց համար արդեն կան նախագծանախահաշվային
փաստաթղթեր և համաֆինանսավորում։

## Մոնիտորինգ

Ծրագիրն ունի 12 ցուցանիշ՝ ելակետային արժեքներով։ Համայնքապետարանի տնտեսական զարգացման բաժինը
յուրաքանչյուր տարի մինչև մարտի 1-ը պատրաստում է մոնիտորինգի հաշվետվություն, որը քննարկվում է
ավագանու նիստում և հրապարակվում համայնքի կայքում։ Առաջին հաշվետվությունը՝ 2025 թվականի
արդյունքներով, ներկայացվել է 2026 թվականի մարտին։""",
        "lessons": """- Գյուղերում անցկացված քննարկումներին ավելի շատ ֆերմերներ մասնակցեցին,
  քան քաղաքում։
- Խոշորացված համայնքում կարևոր է, որ յուրաքանչյուր բնակավայր տեսնի իր տեղը ծրագրում։
- 12 ցուցանիշը բավարար է, եթե յուրաքանչյուրի համար կա տվյալների հստակ աղբյուր։""",
        "results": [
            ("Հանրային քննարկումների մասնակիցներ", "0", "310"),
            ("Ելակետային արժեքներով ցուցանիշներ", "0", "12"),
            ("Ծրագրում ներառված նախագծեր", "0", "13"),
        ],
        "contact": ("Armen Hakobyan", "facilitator.am@demo.test"),
        "status": "submitted",
        "published": None,
        "translation_of": None,
        "related": [24, 36],
    },
    # 33
    {
        "title": "Vanadzor: separate collection of packaging waste in three districts",
        "kind": "case_study",
        "language": "en",
        "country": "AM",
        "authority": "Vanadzor",
        "authors": ["facilitator.am@demo.test"],
        "themes": ["green-recovery", "urban-planning"],
        "sdgs": [11, 12],
        "stage": "pilot",
        "years": (2025, None),
        "budget": (96000000, "AMD"),
        "funding": "EU Mayors for Economic Growth grant (75%), community budget (25%)",
        "partners": (
            "Vanadzor community utility company, two regional recycling companies, a glass "
            "bottling plant, 9 schools and volunteer groups"
        ),
        "summary": (
            "Vanadzor placed 180 sets of containers for plastic, paper and glass in three "
            "districts with 21,000 residents and built a small baling station. In the first nine "
            "months 210 tonnes of recyclables were collected and sold to recycling companies."
        ),
        "body": """## Context

All of Vanadzor's municipal waste – about 26,000 tonnes a year – goes to a landfill that is
close to capacity. Packaging makes up roughly a fifth of household waste, and two recycling
companies in the region were ready to buy clean, baled plastic and paper but could not find
enough of it. Waste reduction is a priority of both the community's LEDP and its green recovery
plan.

## What we did

- selected three districts with a mix of apartment blocks and private houses, covering 21,000
  residents;
- installed 180 container sets at 180 collection points – blue for paper and cardboard, yellow
  for plastic and metal, green for glass;
- converted a municipal warehouse into a sorting and baling station with a hydraulic press;
- bought a used compactor truck for separate collection;
- ran an awareness campaign in 9 schools and on the community's social media, with door-to-door
  visits by volunteers.

## How it works

The utility company empties the sorted containers twice a week on a fixed route. At the station
two workers remove contaminants and bale the material, which is sold to recycling companies
under one-year contracts; glass goes to a bottling plant. Sales revenue goes back into the
operation. Contamination is measured monthly by weighing the rejected material.

## Costs and timeline

- 540 containers at AMD 80,000 each: AMD 43.2 million
- baling press and sorting shed: AMD 24.8 million
- used compactor truck: AMD 21 million
- awareness campaign: AMD 7 million
- **total: AMD 96 million** – AMD 72 million from an EU Mayors for Economic Growth grant and
  AMD 24 million from the community budget.

The containers were installed in March 2025.

## First results

In the first nine months residents separated 210 tonnes of recyclables, and waste sent to
landfill from the three districts fell by 9%. Contamination is still high at 22%, mostly food
waste in the plastic containers; the target for 2026 is 15%. Sales revenue covered about 40% of
operating costs.""",
        "lessons": """- Start in districts where building managers are active – they were our
  best allies.
- Container colours and clear pictograms matter more than leaflets.
- Agree prices and quality requirements with buyers before buying equipment.
- Measure contamination from day one; it tells you where to repeat the campaign.""",
        "results": [
            ("Recyclables collected", "0", "210 t (9 months)"),
            ("Contamination of sorted material", "—", "22%"),
            ("Residents with separate collection", "0", "21,000"),
            ("Change in landfilled waste, pilot districts", "0%", "−9%"),
        ],
        "contact": ("Armen Hakobyan", "facilitator.am@demo.test"),
        "status": "changes_requested",
        "published": None,
        "translation_of": None,
        "related": [25, 6],
    },
    # 34
    {
        "title": "Areni: a farmers' cooperative with shared cold storage for grapes and apricots",
        "kind": "case_study",
        "language": "en",
        "country": "AM",
        "authority": "Areni",
        "authors": ["facilitator.am@demo.test"],
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 8, 12],
        "stage": "implemented",
        "years": (2023, 2024),
        "budget": (118000, "USD"),
        "funding": (
            "EU Mayors for Economic Growth grant (60%), cooperative members (20%), community "
            "budget (20%)"
        ),
        "partners": (
            "Areni community, Vayots Dzor regional administration, regional agricultural "
            "extension centre, two local wineries"
        ),
        "summary": (
            "52 farmers in Areni community share a 150-tonne cold store, a sorting line and a "
            "packing area in a renovated community warehouse. Apricot losses after harvest fell "
            "from 28% to 9%, and members now sell later in the season at higher prices."
        ),
        "body": """## Context

Farmers in Areni and the neighbouring villages grow grapes for local wineries and apricots for
fresh sale. Apricots ripen within three weeks in July; without cold storage, farmers had to
sell immediately to traders at low prices, and more than a quarter of the crop was lost. The
community's LEDP put post-harvest infrastructure at the top of its agricultural measures.

## What we did

- helped 14 farmers register a cooperative in 2023; by the end of 2024 it had 52 members, 11 of
  them women;
- renovated an unused community warehouse and leased it to the cooperative for 15 years at a
  symbolic rent;
- installed two cold rooms with a total capacity of 150 tonnes and humidity control;
- bought a sorting and grading line and packing equipment;
- installed a 15 kW solar system to cut the electricity costs of refrigeration.

## How it works

Members deliver fruit on the day it is picked. The cooperative sorts it by size and quality,
stores it and sells it in batches to supermarkets in Yerevan and to exporters, and – for grapes
– to two wineries under annual contracts. Members pay a fee per kilogram stored, and profits
are shared in proportion to deliveries. An agronomist from the regional extension centre
advises on harvest timing and quality standards.

## Costs and timeline

- warehouse renovation: USD 38,000
- refrigeration equipment: USD 46,000
- sorting and packing line: USD 22,000
- 15 kW solar system: USD 12,000
- **total: USD 118,000** – USD 70,800 from an EU Mayors for Economic Growth grant, USD 23,600
  from cooperative members and USD 23,600 from the community budget.

Renovation started in autumn 2023, and the cold store opened for the 2024 harvest.

## Results

In 2024 the cooperative stored 310 tonnes of fruit over the season. Post-harvest losses of
apricots fell from 28% to 9%, and the average price received by members rose from AMD 250 to
AMD 410 per kilogram because they could sell after the peak.""",
        "lessons": """- A small founding group whose members trust each other is better than a
  large cooperative on paper.
- Contracts with buyers signed before the harvest made the cold store profitable in its first
  year.
- Solar panels on the roof cut the electricity bill for refrigeration by about a third.
- A long-term lease of community property is a strong contribution from a community with a
  small budget.""",
        "results": [
            ("Cooperative members", "14", "52"),
            ("Post-harvest losses of apricots", "28%", "9%"),
            ("Average price for apricots", "AMD 250/kg", "AMD 410/kg"),
            ("Fruit stored per season", "0 t", "310 t"),
        ],
        "contact": ("Armen Hakobyan", "facilitator.am@demo.test"),
        "status": "published",
        "published": "2025-03-25",
        "translation_of": None,
        "related": [11, 44],
    },
    # 35
    {
        "title": "Вебинар «Как финансировать проекты зелёного восстановления в общинах»: итоги",
        "kind": "event_report",
        "language": "ru",
        "country": "AM",
        "authority": None,
        "authors": ["facilitator.am@demo.test"],
        "themes": ["green-recovery", "financing-investment", "energy"],
        "sdgs": [7, 13, 17],
        "stage": "implemented",
        "years": (2024, 2024),
        "budget": None,
        "funding": "Программа «Мэры за экономический рост»",
        "partners": (
            "Специалисты общин Гюмри и Дилижана, кредитный аналитик коммерческого банка, "
            "фасилитаторы сети в Азербайджане и Грузии"
        ),
        "summary": (
            "12 марта 2024 года 96 специалистов из 41 муниципалитета Армении, Азербайджана и "
            "Грузии обсудили, как готовить проекты по энергоэффективности и возобновляемой "
            "энергетике к финансированию. В отчёте – ключевые выводы, вопросы участников и "
            "материалы вебинара."
        ),
        "body": """## О вебинаре

Вебинар провела сеть «Мэры за экономический рост» для муниципалитетов Южного Кавказа. Рабочим
языком был русский, который понимают специалисты во всех трёх странах, с синхронным переводом
на английский. Продолжительность – 2 часа 30 минут. Участники заранее прислали 47 вопросов, и
программа была составлена с их учётом.

## Программа

1. **Что такое проекты зелёного восстановления и кто их финансирует** – обзор грантов, льготных
   кредитов, энергосервисных договоров и государственных программ.
2. **Опыт Гюмри** – утепление 11 школ: как энергоаудит превратился в приложение к заявке на
   финансирование.
3. **Опыт Дилижана** – небольшие солнечные станции на муниципальных зданиях.
4. **Как говорить с банком** – что кредитный аналитик хочет видеть в проекте: базовое
   потребление, расчёт экономии, денежный поток, гарантии.
5. **Вопросы и ответы.**

## Ключевые выводы

- Без энергоаудита и данных о потреблении за 2–3 года проект не рассматривают ни банки, ни
  доноры.
- Небольшие муниципалитеты выигрывают, объединяя похожие проекты в один пакет, например
  утепление нескольких детских садов.
- Софинансирование из местного бюджета даже в размере 10–20% заметно повышает шансы заявки.
- Экономию нужно считать консервативно: завышенные расчёты – самая частая причина отказа.
- Ответственный за энергоменеджмент нужен муниципалитету и после завершения проекта: именно он
  подтверждает экономию.

## Вопросы участников

Чаще всего спрашивали, можно ли использовать гранты для подготовки проектной документации, как
учитывать рост тарифов в расчёте окупаемости и как работать с энергосервисными компаниями, если
на местном рынке их почти нет. Ответы экспертов на вопросы, которые не успели обсудить,
опубликованы на форуме сети.

## Участники и оценка

В вебинаре участвовали 96 человек из 41 муниципалитета: 38 – из Армении, 31 – из Грузии и 27 –
из Азербайджана; 54% участников – женщины. Средняя оценка полезности – 4,6 из 5. Запись,
презентации и шаблон расчёта экономии доступны в библиотеке сети.""",
        "lessons": """- Практические примеры коллег из соседних стран вызвали больше вопросов,
  чем теоретическая часть.
- Общий рабочий язык ускоряет обсуждение, но перевод на английский нужен для приглашённых
  экспертов.
- Полтора часа на выступления и час на вопросы – оптимальный формат.""",
        "results": [
            ("Участники", "0", "96"),
            ("Муниципалитеты", "0", "41"),
            ("Средняя оценка полезности", "—", "4,6 из 5"),
        ],
        "contact": ("Armen Hakobyan", "facilitator.am@demo.test"),
        "status": "published",
        "published": "2024-04-11",
        "translation_of": None,
        "related": [45, 30],
    },
    # 36
    {
        "title": "Training curriculum: monitoring your LEDP in five modules",
        "kind": "training",
        "language": "en",
        "country": "AM",
        "authority": None,
        "authors": ["facilitator.am@demo.test", "anna.petrosyan@demo.test"],
        "themes": ["local-economic-development"],
        "sdgs": [8, 16, 17],
        "stage": "scaled",
        "years": (2023, 2025),
        "budget": (12500, "EUR"),
        "funding": "Mayors for Economic Growth programme",
        "partners": (
            "Economic development teams of Gyumri and Dilijan (pilot), the national statistical "
            "committee (data module)"
        ),
        "summary": (
            "A five-module course for municipal staff on choosing indicators, collecting data, "
            "writing an annual monitoring report and using it to update the action plan. Piloted "
            "in Gyumri and Dilijan, it has since been delivered to 64 staff from 29 Armenian "
            "communities."
        ),
        "body": """## Who it is for

Economic development officers, finance staff and members of LEDP working groups. No prior
training in statistics is needed. Each module takes three hours and can be delivered in person
or online; participants bring their own LEDP and work on it during the course.

## Modules

1. **Indicators and baselines.** Output, outcome and impact indicators; choosing the 10–15 you
   can measure; setting baselines and realistic targets. *Exercise:* review the indicator table
   of your own LEDP and remove what you cannot measure.
2. **Data sources.** What the statistical committee, the tax service, the employment agency and
   your own departments already collect; simple surveys of businesses; data broken down by sex
   and age. *Exercise:* fill in a data-source sheet for each indicator.
3. **The annual monitoring report.** A six-page structure: progress of projects, indicators,
   budget execution, problems and proposals. *Exercise:* draft the indicator section with last
   year's data.
4. **Reviewing the action plan.** Deciding what to keep, change or drop, and involving the
   working group and the council. *Exercise:* role play of a working-group meeting.
5. **Communicating results.** One-page summaries, infographics and public meetings. *Exercise:*
   prepare a one-page summary for residents.

## Materials

A facilitator's handbook, slides, exercise sheets, an indicator template and examples of
monitoring reports from Gyumri and Dilijan, all available in Armenian, English and Russian.

## Delivery so far

After a pilot with the Gyumri and Dilijan teams in 2023, the course was run four times in
2024–2025 for 64 staff from 29 communities; 41 of the participants were women. Participants
rated it 4.7 out of 5 on average.

## Costs

- curriculum design and handbook: €6,000
- pilot sessions: €4,500
- translation into Armenian and Russian: €2,000
- **total: €12,500**, covered by the Mayors for Economic Growth programme.""",
        "lessons": """- Working on participants' own LEDPs keeps the course practical; generic
  examples were quickly forgotten.
- Module 2 matters most: most indicators fail because nobody knows where the data come from.
- Invite finance staff as well as economists – budget execution is half of the report.
- Follow up three months later; communities that received feedback on a draft report were twice
  as likely to publish one.""",
        "results": [
            ("Staff trained", "0", "64"),
            ("Communities publishing an annual monitoring report", "6", "21"),
            ("Average participant rating", "—", "4.7 / 5"),
        ],
        "contact": ("Armen Hakobyan", "facilitator.am@demo.test"),
        "status": "published",
        "published": "2026-09-08",
        "translation_of": None,
        "related": [20, 10],
    },
    # 37
    {
        "title": "Template: terms of reference for energy audits of public buildings",
        "kind": "template",
        "language": "en",
        "country": "AM",
        "authority": "Gyumri",
        "authors": ["anna.petrosyan@demo.test"],
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 13],
        "stage": "implemented",
        "years": (2020, 2020),
        "budget": None,
        "funding": "Gyumri community budget",
        "partners": "Independent energy auditors; education department of Gyumri municipality",
        "summary": (
            "The terms of reference Gyumri used in 2020 to procure energy audits of 18 schools: "
            "scope, data to collect, calculation methods, report structure and deliverables. "
            "Archived in 2025, when a national standard template became mandatory."
        ),
        "body": """> **Archived.** Since 2025 public bodies in Armenia must use the national
> standard terms of reference for energy audits. This template is kept for reference and for
> members in other countries.

## Purpose

Energy audits are the basis of any school or kindergarten retrofit and of most funding
applications. Our first audits in 2018 were hard to compare: each auditor used a different
method and report format. We wrote these terms of reference so that all audits answer the same
questions and can be used directly in project fiches.

## Scope of the audit

- building description: year of construction, floor area, heated volume, and construction of
  walls, roof, floor and windows;
- energy consumption for the last three years by source (gas, electricity, other), corrected
  for heating degree-days;
- measurements on site: thermal imaging of the building envelope, indoor temperatures and
  heating system efficiency;
- at least three packages of measures (basic, medium and deep) with costs, savings and simple
  payback;
- CO₂ emission reductions for each package;
- a one-page summary for decision-makers.

## Deliverables and timing

1. Inception note with the data request – week 1.
2. Site visits and measurements – weeks 2–4, during the heating season.
3. Draft report – week 6.
4. Final report and an Excel file with all calculations – week 8.

## Qualification requirements

A certified energy auditor with at least three audits of public buildings in the last five
years, plus an engineer for heating systems. Price is weighted at 60%, methodology and team at
40%.

## Tips

Ask for the Excel calculations, not only the PDF report; ask for prices from at least two
suppliers for the main measures; and have school staff present during site visits – they know
where it is cold.""",
        "lessons": """- Comparable audits allowed us to rank 18 schools and choose the 11 with
  the largest savings.
- Audits must be done in the heating season; thermal imaging in summer is useless.
- Asking for three packages of measures helped the council decide how deep the retrofit should
  go.""",
        "results": [
            ("Buildings audited with the template", "0", "18"),
            ("Average audit cost per building", "AMD 1.9 million", "AMD 1.2 million"),
            ("Audit reports used in funding applications", "—", "11"),
        ],
        "contact": ("Anna Petrosyan", "anna.petrosyan@demo.test"),
        "status": "archived",
        "published": "2023-03-07",
        "translation_of": None,
        "related": [30],
    },
    # 38
    {
        "title": "Şəkidə qadın sahibkarlığı proqramı: təlim, mentorluq və kiçik qrantlar",
        "kind": "case_study",
        "language": "az",
        "country": "AZ",
        "authority": "Sheki",
        "authors": ["gunel.huseynova@demo.test"],
        "themes": ["gender-equality", "smes-jobs", "tourism"],
        "sdgs": [5, 8],
        "stage": "scaled",
        "years": (2021, 2024),
        "budget": (168000, "AZN"),
        "funding": (
            "«İqtisadi Artım üçün Merlər» proqramı çərçivəsində Avropa İttifaqının qrantı (70%), "
            "yerli büdcə və tərəfdaşların vəsaiti (30%)"
        ),
        "partners": (
            "Şəkidəki KOB inkişaf mərkəzi, yerli bank (mikrokreditlər), Şəki sənətkarlar birliyi, "
            "bələdiyyə"
        ),
        "summary": (
            "2021–2024-cü illərdə Şəkidə 120 qadın biznes təlimi keçib, mentor dəstəyi alıb, "
            "onlardan 38-i kiçik qrant qazanıb. Nəticədə 45 yeni biznes açılıb və ya qeydiyyatdan "
            "keçib, 2024-cü ildə isə proqram Qəbələ və Oğuz rayonlarına da genişləndirilib."
        ),
        "body": """## Kontekst

Şəkidə qeydiyyatdan keçmiş kiçik müəssisələrin yalnız təxminən beşdə birinə qadınlar rəhbərlik
edirdi. Halbuki şəhərdə bir çox qadın evdə təkəlduz tikir, Şəki halvası və başqa şirniyyatlar
hazırlayır, qonaq qəbul edirdi, lakin bu fəaliyyət qeyri-rəsmi qalırdı. Yerli iqtisadi inkişaf
planı üzrə fokus qruplarında qadınlar üç əsas maneəni qeyd etdilər: biznes biliklərinin azlığı,
başlanğıc kapitalın olmaması və bazara çıxışın çətinliyi.

## Nə etdik

- Hər mərhələdə 40 qadın üçün 10 həftəlik təlim kursu təşkil etdik: biznes planı, qiymətin
  hesablanması, vergi və qeydiyyat, onlayn satış, turistlərlə iş.
- Hər iştirakçıya yerli sahibkarlar arasından mentor təyin etdik.
- Ən yaxşı biznes planları üçün 3 000 manatadək kiçik qrant müsabiqəsi keçirdik.
- Məhsulların satışı üçün şəhər mərkəzində mövsümi sərgi-yarmarka və ortaq onlayn vitrin
  yaratdıq.
- Dərslər zamanı kiçik uşaqlar üçün baxım guşəsi təşkil etdik.

## Necə işləyir

Proqram hər mərhələdə mart ayında elan olunur. İştirakçılar müsahibə əsasında seçilir; üstünlük
kəndlərdə yaşayan qadınlara, tək analara və artıq konkret ideyası olanlara verilir. Kursun
sonunda iştirakçılar biznes planlarını bələdiyyə, KOB inkişaf mərkəzi və yerli bankın
nümayəndələrindən ibarət münsiflər heyəti qarşısında təqdim edirlər. Qrantlar iki hissədə, xərc
sənədləri əsasında ödənilir.

## Xərclər və müddət

- Təlim və mentorluq: 42 000 manat
- 38 kiçik qrant: 114 000 manat
- Sərgilər və marketinq: 12 000 manat

Layihənin ümumi dəyəri 168 000 manatdır: bunun 117 600 manatı Avropa İttifaqının qrantı, 50 400
manatı isə yerli büdcə və tərəfdaşların vəsaiti hesabına ödənilib. Proqram 2021-ci ildən
2024-cü ilədək üç mərhələdə həyata keçirilib.

## Nəticələr

120 qadın təlimi başa vurub, 45 yeni biznes açılıb və ya qeydiyyatdan keçib, 96 iş yeri
yaradılıb. İki ildən sonra bu bizneslərin 87%-i fəaliyyətini davam etdirir. Ən çox yaradılan
bizneslər təkəlduz emalatxanaları, halva və şirniyyat sexləri, qonaq evləri və tikiş
atelyeləridir. 2024-cü ildə proqram Qəbələ və Oğuz rayonlarına da genişləndirilib.""",
        "lessons": """- Uşaq baxımı guşəsi olmasaydı, bir çox qadın kursa qatıla bilməzdi.
- Mentorların özləri kiçik biznesdən başlamış sahibkarlar olduqda məsləhətlər daha praktik
  olur.
- Qrantların hissə-hissə, sənəd əsasında ödənilməsi biznes planına əməl olunmasını təmin edir.
- Ortaq sərgi və onlayn vitrin turist axını ilə birləşəndə satışlar daha sürətlə artır.""",
        "results": [
            ("Təlim keçmiş qadınlar", "0", "120"),
            ("Açılmış və ya qeydiyyatdan keçmiş bizneslər", "0", "45"),
            ("Yaradılmış iş yerləri", "0", "96"),
            ("İki ildən sonra fəaliyyət göstərən bizneslər", "—", "87%"),
        ],
        "contact": ("Günel Hüseynova", "gunel.huseynova@demo.test"),
        "status": "published",
        "published": "2025-02-11",
        "translation_of": None,
        "related": [27, 41],
    },
    # 39
    {
        "title": (
            "Sheki: a women's entrepreneurship programme with training, mentoring and small grants"
        ),
        "kind": "case_study",
        "language": "en",
        "country": "AZ",
        "authority": "Sheki",
        "authors": ["gunel.huseynova@demo.test"],
        "themes": ["gender-equality", "smes-jobs", "tourism"],
        "sdgs": [5, 8],
        "stage": "scaled",
        "years": (2021, 2024),
        "budget": (168000, "AZN"),
        "funding": (
            "European Union grant under the Mayors for Economic Growth programme (70%), local "
            "budget and partners (30%)"
        ),
        "partners": (
            "SME development centre in Sheki, a local bank (microloans), Sheki craftsmen's union, "
            "the municipality"
        ),
        "summary": (
            "Between 2021 and 2024, 120 women in Sheki took a business course and received "
            "mentoring, and 38 of them won small grants. As a result 45 new businesses opened or "
            "registered, and in 2024 the programme was extended to Gabala and Oghuz districts."
        ),
        "body": """## Context

Women ran only about one in five registered small businesses in Sheki. Yet many women in the
town embroider tekelduz, make Sheki halva and other sweets or host guests at home – all
informally. In focus groups for the local economic development plan, women named three main
barriers: limited business knowledge, no start-up capital and difficult access to markets.

## What we did

- organised a 10-week course for 40 women in each round: business planning, pricing, taxes and
  registration, online sales and working with tourists;
- assigned each participant a mentor from among local business owners;
- ran a competition for small grants of up to AZN 3,000 for the best business plans;
- set up a seasonal fair in the town centre and a shared online shop window for the
  participants' products;
- organised a childcare corner for small children during classes.

## How it works

Each round is announced in March. Participants are selected by interview, with priority for
women from villages, single mothers and women who already have a concrete idea. At the end of
the course participants present their business plans to a jury of the municipality, the SME
development centre and a local bank. Grants are paid in two instalments against receipts.

## Costs and timeline

- training and mentoring: AZN 42,000
- 38 small grants: AZN 114,000
- fairs and marketing: AZN 12,000

The total of AZN 168,000 was covered by a European Union grant (AZN 117,600) and by the local
budget and partners (AZN 50,400). The programme ran in three rounds from 2021 to 2024.

## Results

120 women completed the course, 45 new businesses opened or registered, and 96 jobs were
created. Two years on, 87% of these businesses are still operating. The most common are
tekelduz embroidery workshops, halva and confectionery makers, guesthouses and tailoring
studios. In 2024 the programme was extended to Gabala and Oghuz districts.""",
        "lessons": """- Without the childcare corner, many women could not have attended the
  course.
- Advice is more practical when the mentors themselves started as small businesses.
- Paying grants in instalments against receipts keeps businesses on track with their plans.
- Sales grow fastest when the joint fair and online shop are linked to the flow of tourists.""",
        "results": [
            ("Women trained", "0", "120"),
            ("Businesses opened or registered", "0", "45"),
            ("Jobs created", "0", "96"),
            ("Businesses still operating after two years", "—", "87%"),
        ],
        "contact": ("Günel Hüseynova", "gunel.huseynova@demo.test"),
        "status": "published",
        "published": "2025-03-18",
        "translation_of": 38,
        "related": [38, 27],
    },
    # 40
    {
        "title": "Gəncədə sahibkarlar üçün «bir pəncərə» xidməti: onlayn müraciət və 5 günə cavab",
        "kind": "case_study",
        "language": "az",
        "country": "AZ",
        "authority": "Ganja",
        "authors": ["rashad.aliyev@demo.test"],
        "themes": ["innovation-digital", "smes-jobs"],
        "sdgs": [8, 9, 16],
        "stage": "pilot",
        "years": (2024, 2025),
        "budget": (86000, "AZN"),
        "funding": "Yerli büdcə (50%), Avropa İttifaqının qrantı (50%)",
        "partners": (
            "Şəhər icra hakimiyyətinin aidiyyəti şöbələri, yerli İT şirkəti, Gəncə sahibkarlar "
            "assosiasiyası"
        ),
        "summary": (
            "Gəncədə sahibkarların ən çox müraciət etdiyi dörd icazə növü üzrə vahid onlayn "
            "portal və şəhər mərkəzində «bir pəncərə» ofisi yaradıldı. İlk 12 ayda 1 460 "
            "müraciətə baxıldı, orta cavab müddəti isə 21 gündən 5 iş gününə endi."
        ),
        "body": """## Kontekst

Gəncədə kiçik sahibkarlar açıq məkanda reklam, mövsümi ticarət yeri, torpaqdan müvəqqəti
istifadə və tədbir keçirmək üçün icazə almaqda çətinlik çəkirdilər. Sənədlər müxtəlif şöbələrə
ayrı-ayrılıqda təqdim olunurdu, cavabı isə orta hesabla üç həftə gözləmək lazım gəlirdi.
Sahibkarlarla keçirilən görüşlərdə bu məsələ biznes mühitinin əsas problemlərindən biri kimi
qeyd olundu.

## Nə etdik

- Dörd icazə növü üzrə prosesləri təhlil etdik və 9 artıq addımı ləğv etdik.
- Vahid onlayn portal yaratdıq: sahibkar müraciəti onlayn təqdim edir, sənədləri yükləyir və
  statusunu izləyir.
- Şəhər mərkəzində onlayn müraciət edə bilməyənlər üçün «bir pəncərə» ofisi açdıq.
- Şöbələr arasında daxili razılaşdırmanı elektron formaya keçirdik və hər mərhələ üçün müddət
  müəyyən etdik.
- 24 əməkdaş üçün təlim keçirdik.

## Necə işləyir

Müraciət daxil olduqdan sonra sistem onu avtomatik olaraq məsul şöbəyə yönləndirir. Hər hansı
mərhələnin müddəti keçdikdə rəhbərliyə xəbərdarlıq göndərilir. Sahibkar hər addım barədə SMS
alır, cavab isə ən geci 5 iş günü ərzində verilir. Ofisdə iki əməkdaş müraciətlərin
doldurulmasına kömək edir, xüsusən də yaşlı sahibkarlara.

## Xərclər və müddət

- Onlayn portalın hazırlanması: 38 000 manat
- Ofisin təmiri və avadanlıq: 22 000 manat
- Əməkdaşların təlimi: 9 000 manat
- Məlumatlandırma kampaniyası: 7 000 manat
- Birinci il üçün texniki dəstək: 10 000 manat

Layihənin ümumi dəyəri 86 000 manatdır: yarısı yerli büdcədən, yarısı isə Avropa İttifaqının
qrantı hesabına. Layihə 2024-cü ilin aprelində başladı, portal və ofis 2024-cü ilin oktyabrında
istifadəyə verildi.

## İlk nəticələr

İlk 12 ayda 1 460 müraciətə baxıldı, onların 64%-i onlayn təqdim olundu. Orta cavab müddəti 21
gündən 5 iş gününə endi, natamam sənədlərə görə imtinaların payı isə 27%-dən 8%-ə qədər azaldı.
2026-cı ildə portala daha üç icazə növünün əlavə edilməsi planlaşdırılır.""",
        "lessons": """- Əvvəlcə prosesi sadələşdirin, sonra rəqəmsallaşdırın: artıq addımlar
  elektron sistemdə də artıq qalır.
- Onlayn xidmət olsa belə, yaşlı sahibkarlar üçün fiziki ofis lazımdır.
- Müddətlərə avtomatik nəzarət istənilən göstərişdən daha təsirli oldu.
- Sahibkarlardan mütəmadi olaraq rəy toplayın: portalın ilk versiyasına 14 dəyişiklik onların
  təklifi ilə edildi.""",
        "results": [
            ("Orta cavab müddəti", "21 gün", "5 iş günü"),
            ("Onlayn təqdim olunan müraciətlər", "0%", "64%"),
            ("Natamam sənədlərə görə imtinalar", "27%", "8%"),
            ("İlk 12 ayda baxılan müraciətlər", "—", "1 460"),
        ],
        "contact": ("Rashad Aliyev", "rashad.aliyev@demo.test"),
        "status": "published",
        "published": "2026-01-20",
        "translation_of": None,
        "related": [23],
    },
    # 41
    {
        "title": "Kənd turizmi üzrə təlim proqramı: qonaq evi sahibləri üçün 6 modul",
        "kind": "training",
        "language": "az",
        "country": "AZ",
        "authority": "Shamakhi",
        "authors": ["facilitator.az@demo.test"],
        "themes": ["tourism", "smes-jobs"],
        "sdgs": [4, 8],
        "stage": "pilot",
        "years": (2025, 2026),
        "budget": (24000, "AZN"),
        "funding": "Yerli büdcə (40%), «İqtisadi Artım üçün Merlər» proqramı (60%)",
        "partners": (
            "Şamaxı və İsmayıllı turizm informasiya mərkəzləri, yerli şərab evləri, təcrübəli "
            "qonaq evi sahibləri"
        ),
        "summary": (
            "Şamaxı və İsmayıllıda qonaq evi sahibləri üçün hazırlanmış altı modullu təlim "
            "proqramı – qonaqpərvərlik standartlarından onlayn rezervasiyaya qədər. 2025–2026-cı "
            "illərin pilot mərhələsində 28 qonaq evi iştirak etdi."
        ),
        "body": """## Kimin üçündür

Proqram kənd yerlərində qonaq evi işlədən və ya açmaq istəyən ailələr üçündür və turizm təhsili
tələb etmir. Hər modul bir gün davam edir: nəzəri hissə qısa saxlanılır, vaxtın çox hissəsi
praktiki tapşırıqlara ayrılır.

## Modullar

1. **Qonaqpərvərlik standartları** – otaqların hazırlanması, qonağın qarşılanması, şikayətlərlə
   iş.
2. **Gigiyena və təhlükəsizlik** – mətbəx, qida təhlükəsizliyi, yanğın təhlükəsizliyi, ilk
   yardım.
3. **Onlayn rezervasiya** – rezervasiya platformalarında profil yaratmaq, keyfiyyətli foto
   çəkmək, rəylərə cavab vermək.
4. **Yerli məhsul və menyu** – yerli məhsullardan menyu hazırlamaq, şərab və bal kimi
   məhsulları qonaqlara təqdim etmək.
5. **Qiymət və maliyyə** – xərclərin hesablanması, mövsümə görə qiymətlər, sadə uçot, vergi
   qeydiyyatı.
6. **Marşrutlar və əməkdaşlıq** – qonaqlara yerli marşrutlar təklif etmək, bələdçilər, şərab
   evləri və sənətkarlarla ortaq paketlər.

## Necə keçirilir

Təlimlər 7 nəfərlik qruplarda, növbə ilə müxtəlif qonaq evlərində keçirilir ki, iştirakçılar
bir-birinin təcrübəsini yerində görsünlər. Hər modulun sonunda iştirakçılar öz qonaq evi üçün
kiçik fəaliyyət planı hazırlayırlar. Təlimdən iki ay sonra məşqçi hər qonaq evinə baş çəkir,
planın icrasını yoxlayır və məsləhət verir.

## Təlimçilər

Təlimləri turizm sahəsində təcrübəsi olan iki məşqçi, eləcə də uğurlu qonaq evi sahibləri
aparır. Onlayn rezervasiya modulunu bu platformalarla işləmiş gənc mütəxəssis keçir, gigiyena
modulunda isə rayon sanitariya xidmətinin əməkdaşı iştirak edir.

## Pilot mərhələ

2025-ci ilin payızından 2026-cı ilin yazınadək Şamaxı və İsmayıllıdan 28 qonaq evi dörd qrupda
təlim keçdi. Onların 21-i artıq onlayn platformalarda qeydiyyatdadır, halbuki əvvəllər yalnız
6-sı qeydiyyatda idi. İştirakçıların yarıdan çoxu qonaq evini idarə edən qadınlardır.

## Xərclər

- Kurikulumun hazırlanması: 6 000 manat
- Dörd qrup üçün təlimlər: 12 000 manat
- Materiallar: 3 000 manat
- Məşqçinin izləmə səfərləri: 3 000 manat

Ümumi xərc 24 000 manat təşkil edib.""",
        "lessons": """- Təlimi qonaq evlərində keçirmək sinif otağından daha faydalı oldu.
- Onlayn rezervasiya modulu ən çox tələb olunan modul idi; ona iki gün ayırmaq lazımdır.
- İzləmə səfərləri olmasaydı, planların çoxu kağız üzərində qalardı.""",
        "results": [
            ("Təlimdə iştirak edən qonaq evləri", "0", "28"),
            ("Onlayn platformalarda qeydiyyatda olan qonaq evləri", "6", "21"),
        ],
        "contact": ("Leyla Mammadova", "facilitator.az@demo.test"),
        "status": "submitted",
        "published": None,
        "translation_of": None,
        "related": [43, 31],
    },
    # 42
    {
        "title": (
            "Lankaran: a wholesale market and cold chain for vegetable and citrus growers (concept)"
        ),
        "kind": "case_study",
        "language": "en",
        "country": "AZ",
        "authority": "Lankaran",
        "authors": ["facilitator.az@demo.test"],
        "themes": ["agriculture", "financing-investment"],
        "sdgs": [2, 8, 9],
        "stage": "idea",
        "years": (2026, None),
        "budget": (1450000, "AZN"),
        "funding": (
            "To be confirmed: private operator (PPP), state agricultural support programme, "
            "municipal land contribution"
        ),
        "partners": (
            "Lankaran regional agrarian development centre, greenhouse growers' association, "
            "exporters of fresh produce"
        ),
        "summary": (
            "A concept for a 2.5-hectare wholesale market with 1,200 tonnes of cold storage and a "
            "packhouse, to be built as a public-private partnership on municipal land. It is "
            "based on consultations with 86 growers; a pre-feasibility study is complete, and the "
            "search for a private partner starts in 2027."
        ),
        "body": """## Problem

The Lankaran region grows a large share of Azerbaijan's greenhouse vegetables, as well as
citrus fruit and tea. Most small growers sell to intermediaries at the farm gate, often on the
day they harvest, because there is no cold storage or packing nearby. At consultations in 2026
growers estimated that they lose 15–25% of the value of their crop through low farm-gate prices
and spoilage, and exporters said they cannot find consistent volumes of graded produce.

## Proposed solution

A wholesale market on a 2.5-hectare municipal plot near the main road to Baku, with:

- 1,200 tonnes of cold storage in six chambers, including controlled-atmosphere rooms for
  citrus;
- a packhouse with a washing, grading and packing line;
- a trading hall for 60 growers and buyers;
- a small laboratory for the residue tests that export markets require.

## Possible model

The municipality would provide the land under a long-term lease, a private operator would build
and run the market under a 20-year contract, and growers would pay fees for storage and
trading. A state agricultural support programme may co-finance the equipment. The municipality
would keep the right to set maximum fees for small growers.

## Estimated costs

- construction of the market and trading hall: AZN 620,000
- cold storage: AZN 480,000
- packhouse line: AZN 230,000
- access road and utilities: AZN 120,000
- **total: AZN 1,450,000**, not counting the land contributed by the municipality.

## Next steps

1. A detailed feasibility study, including demand from exporters and supermarket chains – first
   half of 2027.
2. Agreement on the model with the national agricultural agency.
3. Market sounding with potential private operators, followed by an open tender.

## Open questions

How to keep fees affordable for the smallest growers; whether a growers' cooperative could take
a share in the operating company; and how to avoid competing with existing private cold stores.""",
        "lessons": """- Growers wanted storage and grading more than a new place to trade.
- Exporters' requirements for volumes, grading and testing should shape the design from the
  start.
- Involving the regional agrarian centre early gave us reliable production data.""",
        "results": [
            ("Growers consulted", "0", "86"),
            ("Exporters interviewed", "0", "7"),
            ("Pre-feasibility study", "none", "completed"),
        ],
        "contact": ("Leyla Mammadova", "facilitator.az@demo.test"),
        "status": "draft",
        "published": None,
        "translation_of": None,
        "related": [34, 29],
    },
    # 43
    {
        "title": "Guide: setting up a destination management organisation in a small town",
        "kind": "guide",
        "language": "en",
        "country": "AZ",
        "authority": "Gabala",
        "authors": ["facilitator.az@demo.test", "gunel.huseynova@demo.test"],
        "themes": ["tourism", "local-economic-development"],
        "sdgs": [8, 12, 17],
        "stage": "implemented",
        "years": (2022, 2024),
        "budget": (62000, "AZN"),
        "funding": "Membership fees (45%), local budget (35%), EU grant (20%)",
        "partners": (
            "Gabala hotels, guesthouses and restaurants, a local guides' group, the tourism unit "
            "of the district executive authority"
        ),
        "summary": (
            "Based on Gabala's experience, this guide explains how hotels, guesthouses, "
            "restaurants, guides and the local authority can set up a joint destination "
            "management organisation (DMO), fund it from membership fees and use it to fill the "
            "off-season. Gabala's DMO now has 34 member businesses."
        ),
        "body": """## Why a DMO

In a small tourist town no single business can afford marketing, visitor information and events
on its own, and the local authority rarely has tourism staff. Gabala's hotels were full in
summer and during the ski season, but occupancy in November–March was below 20%. A DMO brings
everyone together to work on shared problems.

## Six steps

1. **Agree who is in.** Start with 10–15 committed businesses and the local authority. In
   Gabala the founders were four hotels, three guesthouses, two restaurants, a guides' group
   and the tourism unit of the executive authority.
2. **Choose a legal form.** A public association is simple to register and can receive grants
   and membership fees. Write the statutes so that businesses hold the majority on the board.
3. **Set a funding model.** Gabala uses three membership tiers – AZN 300, 600 and 1,200 a year,
   depending on size – plus a fixed contribution from the local budget and project grants.
4. **Agree the first tasks.** Keep to three or four: a joint calendar of events, a visitor
   information point, one common website and social media, and basic data on visitors and
   occupancy.
5. **Hire staff.** Two people are enough to start: a manager and a communications and events
   officer.
6. **Measure and report.** Members want to see results, so publish occupancy, visitor numbers
   and event attendance every quarter.

## Gabala's first two years

- 34 member businesses by the end of 2024;
- nine joint events a year, five of them in the off-season, including an autumn harvest
  festival and a winter music weekend;
- hotel occupancy in November–March up from 18% to 31%.

## Costs of the first two years

- staff: AZN 38,000
- events and marketing: AZN 18,000
- visitor information point and website: AZN 6,000
- **total: AZN 62,000** – 45% from membership fees, 35% from the local budget and 20% from an
  EU grant.

## Common pitfalls

Letting the DMO become a department of the local authority, trying to do everything in the
first year, and not sharing data with members.""",
        "lessons": """- A business majority on the board gave members a sense of ownership and
  kept the fees coming in.
- Off-season events need at least two years to become known; don't judge them after one season.
- Simple quarterly data convinced hesitant hotels to join.""",
        "results": [
            ("Member businesses", "0", "34"),
            ("Hotel occupancy, November–March", "18%", "31%"),
            ("Joint events per year", "2", "9"),
        ],
        "contact": ("Leyla Mammadova", "facilitator.az@demo.test"),
        "status": "published",
        "published": "2025-02-25",
        "translation_of": None,
        "related": [41, 26],
    },
    # 44
    {
        "title": (
            "Ismayilli: drip irrigation and a water users' group for hazelnut and orchard farmers"
        ),
        "kind": "case_study",
        "language": "en",
        "country": "AZ",
        "authority": "Ismayilli",
        "authors": ["facilitator.az@demo.test"],
        "themes": ["agriculture", "green-recovery"],
        "sdgs": [2, 6, 13],
        "stage": "pilot",
        "years": (2024, 2026),
        "budget": (210000, "AZN"),
        "funding": (
            "EU Mayors for Economic Growth grant (60%), farmers' contributions (25%), municipal "
            "budget (15%)"
        ),
        "partners": (
            "Water users' group of three villages, district agricultural extension service, a "
            "local solar installer"
        ),
        "summary": (
            "46 farmers in three villages of Ismayilli switched 74 hectares of hazelnut groves "
            "and orchards from furrow to drip irrigation, fed by a solar-powered pumping station "
            "run by their own water users' group. Water use per hectare fell by 43% and hazelnut "
            "yields rose by 22%."
        ),
        "body": """## Context

Hazelnuts and fruit are the main source of income in the villages of Ismayilli district, but
summers are becoming hotter and drier. Farmers irrigated by flooding furrows from a shared
canal, and those at the end of the canal often received no water in July and August. Disputes
over water were frequent, and the diesel pump that fed the canal was expensive to run.

## What we did

- organised a water users' group of 46 farmers in three villages, with elected leaders and
  written rules on water turns and fees;
- installed drip lines, filters and fertigation units on 74 hectares;
- built a 40 kW solar-powered pumping station to replace the diesel pump;
- lined two storage ponds to hold water for the night and for cloudy days;
- hired an agronomist for two seasons to train farmers in irrigation scheduling.

## How it works

The water users' group runs the pumping station and the ponds. Each farmer has a fixed schedule
for his or her block, and water use is recorded by meters at the entry to each block. Members
pay a fee per hectare that covers maintenance and a reserve for replacing the drip lines after
eight to ten years. The municipality provided the land for the pumping station and the ponds,
and mediates disputes.

## Costs and timeline

- drip lines and filters for 74 ha: AZN 140,000
- solar pumping station: AZN 42,000
- lining of storage ponds: AZN 18,000
- agronomist and training: AZN 10,000
- **total: AZN 210,000** – 60% from an EU Mayors for Economic Growth grant, 25% from farmers'
  contributions and 15% from the municipal budget.

The system was installed in spring 2025 after a year of preparation; the pilot runs until the
end of the 2026 season.

## First-season results

In 2025 water use fell from about 6,800 to 3,900 m³ per hectare per season, hazelnut yields
rose from 1.8 to 2.2 tonnes per hectare, and no farmer at the end of the system was left
without water. Diesel costs of about AZN 11,000 a year disappeared.""",
        "lessons": """- Organise the water users' group before buying equipment; the rules
  matter more than the pipes.
- The farmers' own contribution, even at 25%, made sure that they maintain the system.
- One demonstration plot convinced hesitant farmers more than any training.
- Plan the replacement of drip lines from the start and build it into the fee.""",
        "results": [
            ("Area under drip irrigation", "0 ha", "74 ha"),
            ("Water use per hectare per season", "6,800 m³", "3,900 m³"),
            ("Hazelnut yield", "1.8 t/ha", "2.2 t/ha"),
        ],
        "contact": ("Leyla Mammadova", "facilitator.az@demo.test"),
        "status": "submitted",
        "published": None,
        "translation_of": None,
        "related": [34, 42],
    },
    # 45
    {
        "title": "Training curriculum: from project idea to bankable green investment",
        "kind": "training",
        "language": "en",
        "country": "AZ",
        "authority": None,
        "authors": ["facilitator.az@demo.test", "rashad.aliyev@demo.test"],
        "themes": ["green-recovery", "financing-investment", "energy"],
        "sdgs": [7, 13, 17],
        "stage": "implemented",
        "years": (2024, 2024),
        "budget": (18000, "EUR"),
        "funding": "Mayors for Economic Growth programme",
        "partners": (
            "Economic development officers from Ganja, Sheki and Lankaran (pilot participants); "
            "an energy-efficiency engineer and a bank credit analyst (co-trainers)"
        ),
        "summary": (
            "A three-day course that takes municipal teams from a green project idea – energy "
            "efficiency, solar power, lighting or waste – to a project fiche that a bank or donor "
            "can assess. Piloted in Azerbaijan in 2024 with 38 participants, who produced 14 "
            "project fiches."
        ),
        "body": """## Who it is for

Teams of two or three people from each municipality or local executive authority: an economic
development officer, an engineer or utility manager, and someone from the finance department.
Each team brings one real project idea.

## Six sessions over three days

1. **Problem and baseline.** Describing the current situation with data: energy use, costs and
   the condition of the asset. *Output:* a baseline sheet.
2. **Options and life-cycle costs.** Comparing at least two technical options over 15–20 years,
   not only by investment cost. *Output:* an options table.
3. **Savings and cash flow.** Calculating savings conservatively, the payback period and the
   effect of tariff changes. *Output:* a simple cash-flow model.
4. **Funding mix.** Grants, loans, energy performance contracts and public-private
   partnerships, and what each requires from the municipality. *Output:* a financing plan.
5. **Risks and procurement.** The main technical, financial and social risks, and how to manage
   them through procurement. *Output:* a risk table.
6. **Pitching to a financier.** Each team presents its project in seven minutes to a panel that
   includes a bank credit analyst. *Output:* a two-page project fiche.

## Materials

Trainer notes, slides in Azerbaijani, English and Russian, a cash-flow template, the project
fiche template and two worked examples: LED street lighting and the insulation of a
kindergarten.

## Pilot results

In November 2024, 38 participants from 14 municipalities took part in the course in Ganja. All
14 teams completed a project fiche; by mid-2025 five had been submitted to funders, and two – a
solar system for a water pumping station and LED lighting for a district – had received
financing commitments totalling AZN 420,000.

## Costs

- curriculum and materials: €7,500
- pilot delivery (venue, trainers, travel): €9,000
- translation: €1,500
- **total: €18,000**, funded by the Mayors for Economic Growth programme.""",
        "lessons": """- Real projects make the course useful; hypothetical cases produce
  hypothetical fiches.
- The bank analyst's feedback was the most valued part – invite financiers, not only trainers.
- Teams with a finance officer produced much better cash-flow models.
- Plan follow-up coaching: fiches need two or three more rounds before they are submitted.""",
        "results": [
            ("Participants trained", "0", "38"),
            ("Project fiches completed", "0", "14"),
            ("Fiches submitted to funders", "0", "5"),
            ("Investment with financing commitments", "AZN 0", "AZN 420,000"),
        ],
        "contact": ("Leyla Mammadova", "facilitator.az@demo.test"),
        "status": "published",
        "published": "2025-08-19",
        "translation_of": None,
        "related": [35, 10],
    },
]
