"""Demo content: real places of the M4EG countries, invented people."""

# code, English name
COUNTRIES = [("AM", "Armenia"), ("AZ", "Azerbaijan"), ("GE", "Georgia"), ("MD", "Moldova"),
             ("UA", "Ukraine")]  # fmt: skip

# country, English name, local name, region, kind, population, year joined
AUTHORITIES = [
    ("AM", "Gyumri", "Գյումրի", "Shirak", "city", 112000, 2017),
    ("AM", "Vanadzor", "Վանաձոր", "Lori", "city", 75000, 2017),
    ("AM", "Dilijan", "Դիլիջան", "Tavush", "town", 16000, 2019),
    ("AM", "Goris", "Գորիս", "Syunik", "town", 20000, 2018),
    ("AM", "Yeghegnadzor", "Եղեգնաձոր", "Vayots Dzor", "town", 7500, 2021),
    ("AM", "Areni", "Արենի", "Vayots Dzor", "rural", 5500, 2022),
    ("AZ", "Ganja", "Gəncə", "Ganja-Dashkasan", "city", 335000, 2017),
    ("AZ", "Sheki", "Şəki", "Sheki-Zagatala", "city", 68000, 2018),
    ("AZ", "Lankaran", "Lənkəran", "Lankaran-Astara", "city", 87000, 2018),
    ("AZ", "Gabala", "Qəbələ", "Sheki-Zagatala", "town", 14000, 2020),
    ("AZ", "Shamakhi", "Şamaxı", "Mountainous Shirvan", "town", 33000, 2021),
    ("AZ", "Ismayilli", "İsmayıllı", "Mountainous Shirvan", "rural", 20000, 2022),
    ("GE", "Kutaisi", "ქუთაისი", "Imereti", "city", 130000, 2017),
    ("GE", "Batumi", "ბათუმი", "Adjara", "city", 170000, 2017),
    ("GE", "Telavi", "თელავი", "Kakheti", "town", 19000, 2018),
    ("GE", "Zugdidi", "ზუგდიდი", "Samegrelo-Zemo Svaneti", "city", 42000, 2019),
    ("GE", "Akhaltsikhe", "ახალციხე", "Samtskhe-Javakheti", "town", 17000, 2020),
    ("GE", "Tsageri", "ცაგერი", "Racha-Lechkhumi and Kvemo Svaneti", "rural", 9000, 2022),
    ("MD", "Bălți", "Bălți", "Bălți", "city", 102000, 2017),
    ("MD", "Cahul", "Cahul", "Cahul", "city", 30000, 2017),
    ("MD", "Ungheni", "Ungheni", "Ungheni", "city", 30000, 2018),
    ("MD", "Soroca", "Soroca", "Soroca", "town", 22000, 2019),
    ("MD", "Comrat", "Comrat", "Gagauzia", "town", 20000, 2020),
    ("MD", "Cimișlia", "Cimișlia", "Cimișlia", "rural", 11000, 2022),
    ("UA", "Vinnytsia", "Вінниця", "Vinnytsia oblast", "city", 370000, 2017),
    ("UA", "Chernivtsi", "Чернівці", "Chernivtsi oblast", "city", 265000, 2017),
    ("UA", "Zhytomyr", "Житомир", "Zhytomyr oblast", "city", 260000, 2018),
    ("UA", "Poltava", "Полтава", "Poltava oblast", "city", 280000, 2018),
    ("UA", "Mukachevo", "Мукачево", "Zakarpattia oblast", "city", 85000, 2019),
    ("UA", "Slavske", "Славське", "Lviv oblast", "rural", 17000, 2022),
]

# email, name, role, country, authority (English name or None), position, language
PEOPLE = [
    ("admin@demo.test", "Maria Popescu", "admin", "MD", None, "Programme manager", "en"),
    ("facilitator@demo.test", "Olena Kovalenko", "facilitator", "UA", None,
     "Network facilitator, Ukraine", "en"),
    ("facilitator.am@demo.test", "Armen Hakobyan", "facilitator", "AM", None,
     "Network facilitator, Armenia", "hy"),
    ("facilitator.az@demo.test", "Leyla Mammadova", "facilitator", "AZ", None,
     "Network facilitator, Azerbaijan", "az"),
    ("facilitator.ge@demo.test", "Nino Beridze", "facilitator", "GE", None,
     "Network facilitator, Georgia", "ka"),
    ("facilitator.md@demo.test", "Ion Rusu", "facilitator", "MD", None,
     "Network facilitator, Moldova", "ro"),
    ("moderator@demo.test", "Giorgi Lomidze", "moderator", "GE", "Kutaisi",
     "Communications officer", "ka"),
    ("member@demo.test", "Andrii Shevchenko", "member", "UA", "Vinnytsia",
     "Head of economic development", "en"),
    ("anna.petrosyan@demo.test", "Anna Petrosyan", "member", "AM", "Gyumri", "Deputy mayor", "hy"),
    ("davit.sargsyan@demo.test", "Davit Sargsyan", "member", "AM", "Dilijan", "Mayor", "hy"),
    ("rashad.aliyev@demo.test", "Rashad Aliyev", "member", "AZ", "Ganja",
     "Economic development officer", "az"),
    ("gunel.huseynova@demo.test", "Günel Hüseynova", "member", "AZ", "Sheki",
     "Tourism and SMEs officer", "az"),
    ("tamar.kapanadze@demo.test", "Tamar Kapanadze", "member", "GE", "Telavi",
     "Head of the economic development service", "ka"),
    ("levan.gelashvili@demo.test", "Levan Gelashvili", "member", "GE", "Batumi", "Deputy mayor",
     "ka"),
    ("elena.ciobanu@demo.test", "Elena Ciobanu", "member", "MD", "Ungheni", "Mayor", "ro"),
    ("vasile.munteanu@demo.test", "Vasile Munteanu", "member", "MD", "Cahul",
     "Local economic development specialist", "ro"),
    ("irina.bondarenko@demo.test", "Iryna Bondarenko", "member", "UA", "Poltava",
     "Investment attraction officer", "uk"),
    ("taras.melnyk@demo.test", "Taras Melnyk", "member", "UA", "Slavske", "Head of the hromada",
     "uk"),
]  # fmt: skip

# Sign-ups waiting for approval, so facilitators see the approval queue.
PENDING = [
    ("oksana.lysenko@demo.test", "Oksana Lysenko", "UA", "Zhytomyr", "Energy manager", "uk"),
    ("natia.kiknadze@demo.test", "Natia Kiknadze", "GE", "Zugdidi", "Gender focal point", "ka"),
]
