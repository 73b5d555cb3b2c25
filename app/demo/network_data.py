"""Demo content for the network: the Local Economic Development Plans (LEDPs) of the twelve
pilot communities and the projects of their portfolios.

Plain data, read by the demo loader. Authorities are English names from data.AUTHORITIES,
contacts are emails from data.PEOPLE, themes are slugs of the library's themes (see
migration 0006's THEMES) and a project's priority is an index into its authority's LEDP priorities.
Places, programmes and institutions are real; the plans, projects and figures are invented."""

# One LEDP per pilot community, keyed by the English name of the authority: title, period
# (first and last year), status, adoption date (ISO; None while in preparation), whether it
# follows the M4EG LEDP methodology, vision (Markdown) and 2 to 4 priorities, each with
# objectives and indicators as (name, unit, baseline, target, target year, measurements),
# the measurements being (ISO date, value) pairs, oldest first.
LEDPS = {
    "Dilijan": {
        "title": "Local Economic Development Plan of Dilijan Community 2022-2026",
        "period": (2022, 2026),
        "status": "revision",
        "adopted_on": "2022-06-10",
        "follows_methodology": True,
        "vision": (
            "Dilijan is Armenia's **green resort town**: a place where year-round tourism, "
            "education and creative industries provide good jobs, while the forests and clean air "
            "that bring visitors are protected. The plan is being updated in 2026 to extend it to "
            "2030."
        ),
        "priorities": [
            {
                "title": "Year-round sustainable tourism",
                "objectives": (
                    "Extend the tourist season beyond the summer months through trails, events and "
                    "better visitor services, while protecting the national park."
                ),
                "indicators": [
                    (
                        "Tourist arrivals",
                        "visitors per year",
                        95_000,
                        140_000,
                        2026,
                        [("2023-12-31", 108_000), ("2024-12-31", 117_000), ("2025-12-31", 126_000)],
                    ),
                    (
                        "Share of arrivals outside June-September",
                        "%",
                        28,
                        40,
                        2026,
                        [("2024-12-31", 31), ("2025-12-31", 33)],
                    ),
                ],
            },
            {
                "title": "Local enterprise and crafts",
                "objectives": (
                    "Help guesthouses, craft makers and food producers to improve quality, go "
                    "online and sell to visitors and the town's schools and training centres."
                ),
                "indicators": [
                    (
                        "Registered guesthouses and B&Bs",
                        "businesses",
                        64,
                        95,
                        2026,
                        [("2023-12-31", 71), ("2024-12-31", 80), ("2025-12-31", 86)],
                    ),
                ],
            },
            {
                "title": "Clean environment and energy",
                "objectives": (
                    "Reduce waste and the energy bills of community buildings so that Dilijan "
                    "keeps its image as a clean, green resort."
                ),
                "indicators": [
                    (
                        "Household waste sorted for recycling",
                        "%",
                        3,
                        20,
                        2026,
                        [("2024-12-31", 6), ("2025-12-31", 11)],
                    ),
                    (
                        "Community buildings with renewable energy",
                        "buildings",
                        1,
                        10,
                        2026,
                        [("2025-12-31", 2)],
                    ),
                ],
            },
        ],
    },
    "Gyumri": {
        "title": "Local Economic Development Plan of Gyumri Community 2024-2028",
        "period": (2024, 2028),
        "status": "implementation",
        "adopted_on": "2024-02-22",
        "follows_methodology": True,
        "vision": (
            "Gyumri turns its heritage and its talent into jobs. By 2028 the city is known for "
            "**technology, crafts and cultural tourism**, its historic Kumayri district is alive "
            "again, and young people see a future in the city rather than abroad."
        ),
        "priorities": [
            {
                "title": "Technology and creative industries",
                "objectives": (
                    "Grow the IT and creative sectors by linking education, start-up support and "
                    "affordable workspace."
                ),
                "indicators": [
                    (
                        "People employed in IT companies",
                        "jobs",
                        1300,
                        2200,
                        2028,
                        [("2024-12-31", 1420), ("2025-12-31", 1580)],
                    ),
                    (
                        "Start-ups created through municipal programmes",
                        "start-ups",
                        0,
                        60,
                        2028,
                        [("2024-12-31", 9), ("2025-12-31", 21), ("2026-06-30", 27)],
                    ),
                ],
            },
            {
                "title": "Heritage-led regeneration of Kumayri",
                "objectives": (
                    "Restore buildings and public spaces of the historic district and put them to "
                    "economic use for tourism, crafts and services."
                ),
                "indicators": [
                    (
                        "Historic buildings restored and in active use",
                        "buildings",
                        12,
                        40,
                        2028,
                        [("2024-12-31", 15), ("2025-12-31", 19)],
                    ),
                    (
                        "Tourist arrivals",
                        "visitors per year",
                        160_000,
                        240_000,
                        2028,
                        [("2024-12-31", 171_000), ("2025-12-31", 185_000)],
                    ),
                ],
            },
            {
                "title": "Inclusive labour market",
                "objectives": (
                    "Raise the participation of women, young people and people with disabilities "
                    "in paid work through training and support services such as childcare."
                ),
                "indicators": [
                    (
                        "Registered unemployed",
                        "persons",
                        6900,
                        5200,
                        2028,
                        [("2024-12-31", 6700), ("2025-12-31", 6380)],
                    ),
                    (
                        "Employment rate of women aged 15-64",
                        "%",
                        47,
                        54,
                        2028,
                        [("2025-12-31", 48.6)],
                    ),
                ],
            },
            {
                "title": "Efficient urban services",
                "objectives": (
                    "Modernise street lighting, transport and community buildings to reduce costs "
                    "and emissions."
                ),
                "indicators": [
                    (
                        "Electricity and heat used by community buildings and street lighting",
                        "MWh per year",
                        14_200,
                        11_000,
                        2028,
                        [("2025-12-31", 13_100)],
                    ),
                ],
            },
        ],
    },
    "Ganja": {
        "title": "Socio-Economic Development Programme of Ganja City 2025-2029",
        "period": (2025, 2029),
        "status": "adopted",
        "adopted_on": "2025-09-18",
        "follows_methodology": False,
        "vision": (
            "Ganja builds on its role as the **industrial and academic centre of western "
            "Azerbaijan**. The city aims to attract manufacturing and agri-processing investment, "
            "create jobs for its graduates and offer residents modern, green urban services."
        ),
        "priorities": [
            {
                "title": "Industry and agri-processing investment",
                "objectives": (
                    "Prepare serviced land and investor services that attract manufacturing and "
                    "food processing firms to the city."
                ),
                "indicators": [
                    (
                        "Private investment in manufacturing and processing",
                        "million AZN per year",
                        42,
                        80,
                        2029,
                        [("2025-12-31", 47)],
                    ),
                    (
                        "Jobs in new and expanded industrial firms",
                        "jobs",
                        0,
                        2500,
                        2029,
                        [("2025-12-31", 310)],
                    ),
                ],
            },
            {
                "title": "Skills for graduates and small firms",
                "objectives": (
                    "Help graduates of the city's universities and colleges, and women who run "
                    "small businesses, to find work or grow a firm in Ganja."
                ),
                "indicators": [
                    (
                        "Graduates employed within a year of graduation",
                        "%",
                        44,
                        60,
                        2029,
                        [("2025-12-31", 46)],
                    ),
                    ("Women-led registered businesses", "businesses", 1900, 2600, 2029, []),
                ],
            },
            {
                "title": "Green and liveable city",
                "objectives": (
                    "Expand green spaces, modernise public transport and improve water and waste "
                    "services."
                ),
                "indicators": [
                    ("Green space per resident", "m²", 6.1, 9, 2029, []),
                    (
                        "Households with a 24-hour water supply",
                        "%",
                        72,
                        95,
                        2029,
                        [("2025-12-31", 75)],
                    ),
                ],
            },
        ],
    },
    "Sheki": {
        "title": "Local Economic Development Plan of Sheki 2023-2027",
        "period": (2023, 2027),
        "status": "implementation",
        "adopted_on": "2023-04-12",
        "follows_methodology": True,
        "vision": (
            "Sheki, with its **UNESCO-listed historic centre**, grows as a destination for "
            "cultural and nature tourism and as a centre of silk, crafts and hazelnut processing. "
            "New jobs keep young people in the city and bring income to the mountain villages."
        ),
        "priorities": [
            {
                "title": "Heritage tourism and hospitality",
                "objectives": (
                    "Improve visitor services, the quality of accommodation and the links to the "
                    "mountain villages so that visitors stay longer."
                ),
                "indicators": [
                    (
                        "Average length of stay",
                        "nights",
                        1.6,
                        2.3,
                        2027,
                        [("2023-12-31", 1.7), ("2024-12-31", 1.8), ("2025-12-31", 2.0)],
                    ),
                    (
                        "Foreign tourist arrivals",
                        "visitors per year",
                        41_000,
                        70_000,
                        2027,
                        [("2023-12-31", 46_000), ("2024-12-31", 53_000), ("2025-12-31", 59_000)],
                    ),
                ],
            },
            {
                "title": "Crafts, silk and food products",
                "objectives": (
                    "Revive silk weaving and traditional crafts and add value to hazelnuts, fruit "
                    "and halva for domestic and export markets."
                ),
                "indicators": [
                    (
                        "Craft and food micro-enterprises registered",
                        "businesses",
                        230,
                        320,
                        2027,
                        [("2024-12-31", 262), ("2025-12-31", 284)],
                    ),
                    (
                        "Hazelnuts processed locally",
                        "tonnes per year",
                        400,
                        3000,
                        2027,
                        [("2025-12-31", 520)],
                    ),
                ],
            },
            {
                "title": "Women's and youth employment",
                "objectives": (
                    "Open new sources of income for women and young people, particularly in the "
                    "villages around the city."
                ),
                "indicators": [
                    (
                        "Women-led businesses registered",
                        "businesses",
                        310,
                        420,
                        2027,
                        [("2024-12-31", 347), ("2025-12-31", 372)],
                    ),
                ],
            },
        ],
    },
    "Batumi": {
        "title": "Local Economic Development Plan of Batumi 2024-2028",
        "period": (2024, 2028),
        "status": "implementation",
        "adopted_on": "2024-07-05",
        "follows_methodology": True,
        "vision": (
            "Batumi grows from a summer resort into a **year-round city of services, tourism and "
            "knowledge**. Investment goes to sustainable mobility, good public space and "
            "businesses that employ residents in every season."
        ),
        "priorities": [
            {
                "title": "Year-round tourism and events",
                "objectives": (
                    "Reduce seasonality by developing conference, health and cultural tourism and "
                    "the events that bring visitors in the low season."
                ),
                "indicators": [
                    (
                        "Visitors from October to April",
                        "visitors",
                        620_000,
                        900_000,
                        2028,
                        [("2025-04-30", 688_000), ("2026-04-30", 745_000)],
                    ),
                ],
            },
            {
                "title": "Sustainable mobility and public space",
                "objectives": (
                    "Move more trips to public transport, walking and cycling and improve the "
                    "quality of streets and parks."
                ),
                "indicators": [
                    (
                        "Public transport trips",
                        "million trips per year",
                        38,
                        50,
                        2028,
                        [("2024-12-31", 40.1), ("2025-12-31", 42.6)],
                    ),
                    ("Cycle lanes", "km", 24, 55, 2028, [("2024-12-31", 29), ("2025-12-31", 36)]),
                ],
            },
            {
                "title": "Skills, jobs and inclusion",
                "objectives": (
                    "Build skills in ICT, hospitality and languages, support digital start-ups and "
                    "remove barriers, such as the lack of childcare, that keep women out of work."
                ),
                "indicators": [
                    (
                        "Residents trained in digital and hospitality skills",
                        "persons",
                        0,
                        3000,
                        2028,
                        [("2024-12-31", 420), ("2025-12-31", 1150), ("2026-06-30", 1520)],
                    ),
                    (
                        "Employment rate of women aged 15-64",
                        "%",
                        41,
                        48,
                        2028,
                        [("2024-12-31", 42.0), ("2025-12-31", 43.4)],
                    ),
                ],
            },
        ],
    },
    "Kutaisi": {
        "title": "Local Economic Development Plan of Kutaisi 2022-2026",
        "period": (2022, 2026),
        "status": "revision",
        "adopted_on": "2022-03-30",
        "follows_methodology": True,
        "vision": (
            "Kutaisi uses its airport, universities and heritage to become **western Georgia's "
            "centre of logistics, education and tourism**, offering residents stable jobs and a "
            "city centre full of life. The plan is under revision for the period 2027-2031."
        ),
        "priorities": [
            {
                "title": "Airport-linked tourism",
                "objectives": (
                    "Turn airport passengers into visitors who stay in Kutaisi and Imereti, with "
                    "better services, heritage sites and transport links."
                ),
                "indicators": [
                    (
                        "Overnight stays in registered accommodation",
                        "nights",
                        210_000,
                        340_000,
                        2026,
                        [("2023-12-31", 241_000), ("2024-12-31", 268_000), ("2025-12-31", 291_000)],
                    ),
                ],
            },
            {
                "title": "Investment and manufacturing",
                "objectives": (
                    "Attract manufacturing and logistics firms to the free industrial zone and "
                    "former industrial sites, and connect them with local suppliers and colleges."
                ),
                "indicators": [
                    (
                        "Jobs in the free industrial zone and brownfield sites",
                        "jobs",
                        1900,
                        3000,
                        2026,
                        [("2023-12-31", 2100), ("2024-12-31", 2280), ("2025-12-31", 2450)],
                    ),
                ],
            },
            {
                "title": "Skills and entrepreneurship",
                "objectives": (
                    "Support start-ups and small firms, especially those led by women, and align "
                    "vocational training with employers' needs."
                ),
                "indicators": [
                    (
                        "New businesses registered",
                        "firms per year",
                        1850,
                        2300,
                        2026,
                        [("2023-12-31", 1930), ("2024-12-31", 2010), ("2025-12-31", 2090)],
                    ),
                    (
                        "Vocational graduates employed within six months",
                        "%",
                        48,
                        65,
                        2026,
                        [("2024-12-31", 53), ("2025-12-31", 57)],
                    ),
                ],
            },
            {
                "title": "Energy-efficient city",
                "objectives": (
                    "Cut the energy use of municipal buildings and street lighting and prepare the "
                    "city's first sustainable energy and climate action plan."
                ),
                "indicators": [
                    (
                        "Energy use of municipal buildings",
                        "MWh per year",
                        9800,
                        8300,
                        2026,
                        [("2024-12-31", 9650), ("2025-12-31", 9590)],
                    ),
                ],
            },
        ],
    },
    "Telavi": {
        "title": "Local Economic Development Plan of Telavi Municipality 2025-2028",
        "period": (2025, 2028),
        "status": "adopted",
        "adopted_on": "2025-02-20",
        "follows_methodology": True,
        "vision": (
            "Telavi is the **heart of Kakheti's wine country**. The municipality wants small "
            "wineries, farms and guesthouses to grow together, so that wine tourism and agri-food "
            "bring jobs to the town and to the villages of the Alazani valley."
        ),
        "priorities": [
            {
                "title": "Wine tourism and hospitality",
                "objectives": (
                    "Develop wine routes, visitor services and events that spread visitors across "
                    "the town and the villages."
                ),
                "indicators": [
                    (
                        "Visitors to the municipality",
                        "visitors per year",
                        210_000,
                        300_000,
                        2028,
                        [("2025-12-31", 228_000)],
                    ),
                    (
                        "Family wineries open to visitors",
                        "wineries",
                        58,
                        90,
                        2028,
                        [("2025-12-31", 66), ("2026-06-30", 71)],
                    ),
                ],
            },
            {
                "title": "Agri-food processing and market access",
                "objectives": (
                    "Help farmers and small wineries to store, process, certify and sell their "
                    "products at better prices."
                ),
                "indicators": [
                    (
                        "Producers with food safety or organic certification",
                        "producers",
                        35,
                        80,
                        2028,
                        [("2025-12-31", 41)],
                    ),
                ],
            },
            {
                "title": "Women and youth in the rural economy",
                "objectives": (
                    "Increase the income of women and young people in the villages through "
                    "training, childcare and access to finance."
                ),
                "indicators": [
                    (
                        "Women-led agri and tourism businesses supported",
                        "businesses",
                        0,
                        120,
                        2028,
                        [("2025-12-31", 22), ("2026-06-30", 37)],
                    ),
                ],
            },
        ],
    },
    "Cahul": {
        "title": "Local Economic Development Plan of Cahul 2024-2027",
        "period": (2024, 2027),
        "status": "implementation",
        "adopted_on": "2024-03-14",
        "follows_methodology": True,
        "vision": (
            "By 2027 Cahul is the **economic hub of southern Moldova**: a city where small firms "
            "grow, young people find skilled jobs at home and the farms of the Prut valley sell "
            "processed products to the European market. The municipality works in partnership with "
            "business, the university and the diaspora."
        ),
        "priorities": [
            {
                "title": "Entrepreneurship and SME growth",
                "objectives": (
                    "Increase the number and survival of small firms by improving access to "
                    "advice, premises and finance, with a focus on women and young entrepreneurs."
                ),
                "indicators": [
                    (
                        "Active SMEs registered in the municipality",
                        "firms",
                        1180,
                        1400,
                        2027,
                        [("2024-12-31", 1215), ("2025-12-31", 1262)],
                    ),
                    (
                        "Businesses supported by the municipal business hub",
                        "firms",
                        0,
                        300,
                        2027,
                        [("2025-12-31", 74), ("2026-06-30", 131)],
                    ),
                ],
            },
            {
                "title": "Agri-food value chains",
                "objectives": (
                    "Add value to the fruit, vegetable and wine production of the Cahul area "
                    "through storage, processing and direct sales."
                ),
                "indicators": [
                    (
                        "Cold storage capacity available to small producers",
                        "tonnes",
                        600,
                        2600,
                        2027,
                        [("2025-06-30", 600), ("2026-06-30", 850)],
                    ),
                    (
                        "Local producers selling at the municipal market",
                        "producers",
                        140,
                        220,
                        2027,
                        [("2024-12-31", 152), ("2025-12-31", 171)],
                    ),
                ],
            },
            {
                "title": "Skills and youth employment",
                "objectives": (
                    "Match vocational and university training with the needs of local employers "
                    "and reduce the emigration of young people."
                ),
                "indicators": [
                    (
                        "Registered unemployed young people (16-29)",
                        "persons",
                        410,
                        300,
                        2027,
                        [("2024-12-31", 392), ("2025-12-31", 361)],
                    ),
                    (
                        "Graduates of dual vocational programmes",
                        "persons per year",
                        35,
                        90,
                        2027,
                        [("2025-07-31", 41), ("2026-07-31", 48)],
                    ),
                ],
            },
            {
                "title": "Green and attractive city",
                "objectives": (
                    "Cut the energy costs of public buildings and improve the public spaces that "
                    "make the city attractive for residents and investors."
                ),
                "indicators": [
                    (
                        "Energy use of municipal buildings",
                        "MWh per year",
                        5400,
                        4100,
                        2027,
                        [("2024-12-31", 5310), ("2025-12-31", 5120)],
                    ),
                ],
            },
        ],
    },
    "Ungheni": {
        "title": "Local Economic Development Plan of Ungheni 2023-2027",
        "period": (2023, 2027),
        "status": "implementation",
        "adopted_on": "2023-05-25",
        "follows_methodology": True,
        "vision": (
            "Ungheni uses its place on the EU border to become a **gateway town for trade, "
            "logistics and services**. By 2027 the municipality offers ready sites for investors, "
            "a skilled workforce and a lively riverside centre that keeps young families in the "
            "town."
        ),
        "priorities": [
            {
                "title": "Investment and the border economy",
                "objectives": (
                    "Attract manufacturing and logistics investment to the free economic zone and "
                    "municipal sites, and help local suppliers join their value chains."
                ),
                "indicators": [
                    (
                        "Jobs in the free economic zone and municipal industrial sites",
                        "jobs",
                        4100,
                        5200,
                        2027,
                        [("2023-12-31", 4180), ("2024-12-31", 4390), ("2025-12-31", 4620)],
                    ),
                    (
                        "Local firms supplying companies in the zone",
                        "firms",
                        22,
                        45,
                        2027,
                        [("2024-12-31", 27), ("2025-12-31", 31)],
                    ),
                ],
            },
            {
                "title": "Workforce and inclusion",
                "objectives": (
                    "Raise the employment of women and young people through training, childcare "
                    "and career services matched to employers' needs."
                ),
                "indicators": [
                    (
                        "Employment rate of women aged 20-64",
                        "%",
                        38,
                        46,
                        2027,
                        [("2024-12-31", 39.5), ("2025-12-31", 41.2)],
                    ),
                    (
                        "Children in municipal early-childhood places",
                        "places",
                        1450,
                        1700,
                        2027,
                        [("2024-09-01", 1480), ("2025-09-01", 1560)],
                    ),
                ],
            },
            {
                "title": "Riverside town centre and tourism",
                "objectives": (
                    "Regenerate the Prut riverside and the town centre to support services, "
                    "cross-border tourism and local trade."
                ),
                "indicators": [
                    (
                        "Overnight stays in registered accommodation",
                        "nights",
                        9800,
                        15_000,
                        2027,
                        [("2024-12-31", 10_900), ("2025-12-31", 12_100)],
                    ),
                ],
            },
        ],
    },
    "Poltava": {
        "title": "Economic Development and Recovery Programme of Poltava 2023-2027",
        "period": (2023, 2027),
        "status": "implementation",
        "adopted_on": "2023-08-31",
        "follows_methodology": False,
        "vision": (
            "Poltava offers a **safe base for businesses relocating from frontline regions** and "
            "for the people who moved with them. The city keeps its energy supply resilient, "
            "creates jobs for residents and displaced people, and grows its agri-food and "
            "engineering industries."
        ),
        "priorities": [
            {
                "title": "Business relocation and investment",
                "objectives": (
                    "Provide premises, permits and services for relocated and new firms, "
                    "especially in engineering and food processing."
                ),
                "indicators": [
                    (
                        "Relocated enterprises operating in the city",
                        "enterprises",
                        38,
                        90,
                        2027,
                        [("2023-12-31", 47), ("2024-12-31", 58), ("2025-12-31", 66)],
                    ),
                    (
                        "Jobs created by relocated and new investors",
                        "jobs",
                        0,
                        3500,
                        2027,
                        [("2024-12-31", 1180), ("2025-12-31", 1940)],
                    ),
                ],
            },
            {
                "title": "Energy resilience and efficiency",
                "objectives": (
                    "Secure heat and power for public services during outages and reduce the "
                    "energy use of municipal buildings."
                ),
                "indicators": [
                    (
                        "Schools and hospitals with backup or own generation",
                        "buildings",
                        24,
                        110,
                        2027,
                        [("2023-12-31", 51), ("2024-12-31", 78), ("2025-12-31", 92)],
                    ),
                    (
                        "Heat consumption of municipal buildings",
                        "Gcal per year",
                        118_000,
                        96_000,
                        2027,
                        [("2024-12-31", 113_500), ("2025-12-31", 108_900)],
                    ),
                ],
            },
            {
                "title": "Employment of residents and displaced people",
                "objectives": (
                    "Help internally displaced people, veterans and women into work through "
                    "training, job matching and childcare."
                ),
                "indicators": [
                    (
                        "Internally displaced people employed through city programmes",
                        "persons",
                        0,
                        2000,
                        2027,
                        [("2024-12-31", 540), ("2025-12-31", 1020), ("2026-06-30", 1290)],
                    ),
                ],
            },
        ],
    },
    "Slavske": {
        "title": "Local Economic Development Plan of Slavske Hromada 2027-2030",
        "period": (2027, 2030),
        "status": "preparation",
        "adopted_on": None,
        "follows_methodology": True,
        "vision": (
            "Slavske hromada wants to become a **four-season mountain destination** whose villages "
            "live from tourism, local food and forest products all year, with public services that "
            "residents and the families who found refuge here can rely on. The draft plan goes to "
            "public consultation in early 2027."
        ),
        "priorities": [
            {
                "title": "Four-season mountain tourism",
                "objectives": (
                    "Extend the season beyond skiing with trails, cycling, wellness and events, "
                    "and improve visitor services."
                ),
                "indicators": [
                    ("Tourist tax revenue", "thousand UAH per year", 4200, 7500, 2030, []),
                    ("Share of overnight stays outside December-March", "%", 35, 50, 2030, []),
                ],
            },
            {
                "title": "Local products and small business",
                "objectives": (
                    "Help small producers of dairy products, berries, honey and wood products to "
                    "process and sell them locally and online."
                ),
                "indicators": [
                    ("Active registered entrepreneurs", "entrepreneurs", 610, 760, 2030, []),
                ],
            },
            {
                "title": "Services for residents and displaced families",
                "objectives": (
                    "Improve water, wastewater and energy services in the villages and help "
                    "displaced families to find work and settle in the hromada."
                ),
                "indicators": [
                    ("Households connected to treated wastewater systems", "%", 18, 60, 2030, []),
                    (
                        "Displaced people in employment or self-employment",
                        "persons",
                        240,
                        500,
                        2030,
                        [],
                    ),
                ],
            },
        ],
    },
    "Vinnytsia": {
        "title": "Local Economic Development Plan of Vinnytsia 2024-2027",
        "period": (2024, 2027),
        "status": "implementation",
        "adopted_on": "2023-12-21",
        "follows_methodology": True,
        "vision": (
            "Vinnytsia aims to be the **most comfortable city in Ukraine to live, work and invest "
            "in**: a city of resilient energy, modern industry and digital public services, which "
            "welcomes displaced people and relocated businesses and gives them room to grow."
        ),
        "priorities": [
            {
                "title": "Industrial parks and investment",
                "objectives": (
                    "Develop industrial parks and investor services to attract manufacturing, "
                    "agri-processing and relocated enterprises."
                ),
                "indicators": [
                    (
                        "Companies located in the city's industrial parks",
                        "companies",
                        14,
                        35,
                        2027,
                        [("2024-12-31", 19), ("2025-12-31", 25), ("2026-06-30", 28)],
                    ),
                    (
                        "Jobs in industrial parks",
                        "jobs",
                        2200,
                        5000,
                        2027,
                        [("2024-12-31", 2850), ("2025-12-31", 3520)],
                    ),
                ],
            },
            {
                "title": "Resilient and efficient energy",
                "objectives": (
                    "Modernise district heating and public buildings and add local renewable "
                    "generation so that services keep working during outages."
                ),
                "indicators": [
                    (
                        "Heat losses in district heating networks",
                        "%",
                        17,
                        11,
                        2027,
                        [("2024-12-31", 16.1), ("2025-12-31", 14.8)],
                    ),
                    (
                        "Solar capacity installed on municipal buildings",
                        "MW",
                        1.2,
                        8,
                        2027,
                        [("2024-12-31", 2.6), ("2025-12-31", 4.1)],
                    ),
                ],
            },
            {
                "title": "Human capital and inclusion",
                "objectives": (
                    "Train residents and displaced people for jobs in demand and support women's "
                    "and veterans' entrepreneurship."
                ),
                "indicators": [
                    (
                        "Residents completing retraining programmes",
                        "persons",
                        0,
                        4000,
                        2027,
                        [("2024-12-31", 860), ("2025-12-31", 1930)],
                    ),
                    (
                        "Grants to women- and veteran-led businesses",
                        "grants",
                        0,
                        250,
                        2027,
                        [("2024-12-31", 46), ("2025-12-31", 118)],
                    ),
                ],
            },
            {
                "title": "Digital city services",
                "objectives": (
                    "Expand online public services and open data for residents and businesses."
                ),
                "indicators": [
                    (
                        "Municipal services available online",
                        "services",
                        110,
                        180,
                        2027,
                        [("2024-12-31", 128), ("2025-12-31", 146)],
                    ),
                ],
            },
        ],
    },
}

# The projects of the pilot portfolios. description is Markdown; themes are theme slugs; sdgs
# are the numbers of the Sustainable Development Goals; priority is an index into the
# authority's LEDP priorities, None for a project not tied to the plan; stage is one of idea,
# concept, feasibility, ready (ready for activation: seeking investment), funded,
# implementation, completed, dropped; cost (None when not yet estimated) and funding (secured
# amounts by source: municipal, national, donor, ifi, private) are in currency; years are the
# first and last year of work, None when not yet planned; contact is a member's email.
PROJECTS = [
    {
        "authority": "Dilijan",
        "title": "Dilijan forest trails and winter activities programme",
        "description": (
            "Dilijan attracted visitors mainly in summer; in winter many guesthouses closed and "
            "seasonal workers lost their income. The forests around the town offer great potential "
            "for hiking, snowshoeing and nature education, but the trails were unmarked and poorly "
            "maintained.\n\n"
            "Working with the national park, the project marked and repaired 65 km of **trails** "
            "around Dilijan and Haghartsin, installed signs and shelters, trained 24 local guides "
            "(11 of them women) and launched a **winter programme** of guided walks, snowshoe "
            "trips and a winter festival in Old Dilijan.\n\n"
            "The project was completed in 2024. In the 2024-2025 season, visitor numbers from "
            "December to March rose by 18% and 12 guesthouses stayed open all year for the first "
            "time. The community and the national park now share the cost of maintaining the "
            "trails."
        ),
        "themes": ["tourism", "green-recovery"],
        "sdgs": [8, 15],
        "priority": 0,
        "stage": "completed",
        "cost": 140_000,
        "currency": "EUR",
        "funding": {"municipal": 20_000, "donor": 120_000},
        "partners": (
            "Dilijan National Park, Tourism Committee of Armenia, local guides' association"
        ),
        "location": "Dilijan National Park, Haghartsin",
        "years": (2023, 2024),
        "contact": "davit.sargsyan@demo.test",
    },
    {
        "authority": "Dilijan",
        "title": "Old Dilijan crafts quarter for women artisans",
        "description": (
            "Dilijan has a strong tradition of woodcarving, carpet weaving and felt making, kept "
            "alive mostly by women working at home. Their products are sold informally and earn "
            "little, and visitors find few places where they can see crafts being made.\n\n"
            "The project renovates two community buildings next to Sharambeyan Street in Old "
            "Dilijan into a **crafts quarter** with six shared workshops, a shop and a small "
            "exhibition space. It provides equipment, training in design, pricing and online "
            "sales, and a childcare corner during courses. A cooperative of artisans will manage "
            "the space.\n\n"
            "The quarter is expected to support 40 artisans, at least 30 of them women, and to "
            "create 12 jobs. The community and a local hotel have committed EUR 50,000; **EUR "
            "210,000 is still needed**."
        ),
        "themes": ["gender-equality", "tourism", "smes-jobs"],
        "sdgs": [5, 8],
        "priority": 1,
        "stage": "ready",
        "cost": 260_000,
        "currency": "EUR",
        "funding": {"municipal": 30_000, "private": 20_000},
        "partners": (
            "Dilijan artisans' cooperative (being registered), a local hotel, Tavush regional "
            "administration"
        ),
        "location": "Old Dilijan, Sharambeyan Street",
        "years": (2027, 2028),
        "contact": "davit.sargsyan@demo.test",
    },
    {
        "authority": "Dilijan",
        "title": "Separate waste collection and composting station",
        "description": (
            "Dilijan's waste went to an open dumpsite and almost nothing was recycled. Litter "
            "along roads and rivers damages the image of a resort town that sells clean air and "
            "nature.\n\n"
            "The project introduces **separate collection** of plastic, paper and glass at 120 "
            "container points, a small sorting and baling station, and a **composting site** for "
            "green and food waste from hotels, restaurants and the market. An information campaign "
            "runs in schools and with the hospitality sector, and the community council has "
            "adopted a new waste fee that rewards sorting.\n\n"
            "The containers were installed in 2025 and the station started operating in 2026. The "
            "goal is to sort 20% of household waste by the end of 2026 and to reduce the volume "
            "sent to the dumpsite by a third."
        ),
        "themes": ["green-recovery"],
        "sdgs": [11, 12],
        "priority": 2,
        "stage": "implementation",
        "cost": 95_000_000,
        "currency": "AMD",
        "funding": {"municipal": 15_000_000, "donor": 80_000_000},
        "partners": "Tavush regional administration, hotels' association, schools of Dilijan",
        "location": "Dilijan",
        "years": (2025, 2026),
        "contact": "davit.sargsyan@demo.test",
    },
    {
        "authority": "Dilijan",
        "title": "Solar power plants on community buildings",
        "description": (
            "Electricity bills for Dilijan's schools, kindergartens, community hall and water "
            "pumps take a growing share of the community budget, and power cuts in winter disrupt "
            "services in the villages.\n\n"
            "The concept foresees **rooftop solar power plants** with a total capacity of about "
            "250 kW on eight community buildings in Dilijan and Teghut, using Armenia's "
            "net-metering rules, and battery storage for the water pumping station. Annual savings "
            "are estimated at EUR 38,000, which would repay the investment in under five years.\n\n"
            "The community is preparing the technical designs and looking for a grant or a soft "
            "loan. The project also trains community staff to monitor energy use, so that savings "
            "can be tracked and reinvested."
        ),
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 13],
        "priority": 2,
        "stage": "concept",
        "cost": 180_000,
        "currency": "EUR",
        "funding": {},
        "partners": "To be identified; discussions with the Armenian Territorial Development Fund",
        "location": "Dilijan and Teghut",
        "years": (2027, 2027),
        "contact": "davit.sargsyan@demo.test",
    },
    {
        "authority": "Dilijan",
        "title": "Remote-work residence for digital professionals",
        "description": (
            "Dilijan already hosts an international school and a large training centre, and many "
            "professionals from Yerevan and abroad would like to work from the town for weeks or "
            "months. Yet there is little affordable mid-term accommodation with reliable internet "
            "and workspace.\n\n"
            "The idea is to convert a disused Soviet-era holiday building into a **co-living and "
            "co-working residence** with about 30 rooms, shared offices and meeting rooms, run by "
            "a private partner under a concession. Residents would use local guesthouses, cafés "
            "and guides and could take part in community life.\n\n"
            "The cost is a first estimate. Before going further, the community wants to test "
            "demand with a pilot in existing guesthouses and to learn from network members that "
            "have tried similar schemes."
        ),
        "themes": ["innovation-digital", "tourism", "financing-investment"],
        "sdgs": [8, 9],
        "priority": 1,
        "stage": "idea",
        "cost": 900_000,
        "currency": "EUR",
        "funding": {},
        "partners": "Possible private operator (to be found through a concession)",
        "location": "Dilijan",
        "years": None,
        "contact": "davit.sargsyan@demo.test",
    },
    {
        "authority": "Gyumri",
        "title": "Kumayri craft and design centre in a restored merchant's house",
        "description": (
            "The Kumayri historic district holds some 1,600 buildings of black and red tuff, but "
            "many have stood empty since the 1988 earthquake. Gyumri's craftspeople, known across "
            "Armenia for blacksmithing, pottery and woodwork, lack workshops and a place to sell "
            "to visitors.\n\n"
            "The project restores a two-storey 19th-century merchant's house owned by the "
            "community and turns it into a **craft and design centre** with eight workshops, a "
            "shop, a café and a courtyard for events. Workshops are rented at low cost to artisans "
            "and young designers, with training in product design and e-commerce.\n\n"
            "The design is approved by the heritage authorities. The centre is expected to host 30 "
            "artisans, create 25 jobs and attract 20,000 visitors a year. The community and the "
            "national government have committed EUR 350,000; **EUR 750,000 is sought** from donors "
            "or investors."
        ),
        "themes": ["tourism", "urban-planning", "smes-jobs"],
        "sdgs": [8, 11],
        "priority": 1,
        "stage": "ready",
        "cost": 1_100_000,
        "currency": "EUR",
        "funding": {"municipal": 150_000, "national": 200_000},
        "partners": (
            "Ministry of Economy of Armenia, Shirak regional administration, Gyumri crafts "
            "associations"
        ),
        "location": "Kumayri historic district, Gyumri",
        "years": (2027, 2029),
        "contact": "anna.petrosyan@demo.test",
    },
    {
        "authority": "Gyumri",
        "title": "Gyumri start-up studio and IT skills bootcamps",
        "description": (
            "Gyumri has a growing technology sector, with more than 1,300 people working in IT "
            "companies, but the supply of trained people is not keeping up with demand, and few "
            "local start-ups reach the stage where they can attract investment.\n\n"
            "The project runs intensive **IT bootcamps** in software testing, web development and "
            "data analysis, and a **start-up studio** that takes 15 teams a year through a "
            "six-month programme with mentoring, cloud credits and a small grant. Local IT "
            "companies co-finance the bootcamps and hire their graduates.\n\n"
            "Launched in 2025, the programme has trained 180 people so far, 44% of them women, and "
            "supported 21 start-ups. The target is 500 trained people and 45 start-ups by 2027."
        ),
        "themes": ["innovation-digital", "smes-jobs"],
        "sdgs": [4, 8, 9],
        "priority": 0,
        "stage": "implementation",
        "cost": 420_000,
        "currency": "EUR",
        "funding": {"municipal": 70_000, "donor": 250_000, "private": 100_000},
        "partners": "Gyumri Technology Center, Enterprise Incubator Foundation, local IT companies",
        "location": "Gyumri",
        "years": (2025, 2027),
        "contact": "anna.petrosyan@demo.test",
    },
    {
        "authority": "Gyumri",
        "title": "Women in tech: digital skills training with childcare and job placement",
        "description": (
            "Many women in Gyumri have a university degree but no paid job, often because of "
            "caring responsibilities and the lack of flexible work. At the same time, IT and "
            "outsourcing companies in the city are looking for staff in software testing, customer "
            "support and digital marketing.\n\n"
            "The project offers six-month **digital skills courses** for 150 women, held in the "
            "afternoons with **free childcare** in the same building, followed by paid internships "
            "and remote-work placements with partner companies. A network of women mentors from "
            "the local IT sector supports participants after the course.\n\n"
            "At least 90 participants are expected to find paid work within a year of finishing. "
            "The community provides the premises and AMD 6 million; **AMD 42 million is still "
            "needed**."
        ),
        "themes": ["gender-equality", "innovation-digital", "smes-jobs"],
        "sdgs": [5, 8],
        "priority": 2,
        "stage": "ready",
        "cost": 48_000_000,
        "currency": "AMD",
        "funding": {"municipal": 6_000_000},
        "partners": "Gyumri IT companies, Gyumri Technology Center, women's NGOs of Shirak",
        "location": "Gyumri",
        "years": (2027, 2028),
        "contact": "anna.petrosyan@demo.test",
    },
    {
        "authority": "Gyumri",
        "title": "LED street lighting in the Mush and Ani districts",
        "description": (
            "Large parts of the Mush and Ani districts, built mostly after the 1988 earthquake, "
            "had no working street lighting, and residents, especially women and older people, "
            "avoided going out after dark. The few old lamps that remained used a lot of "
            "electricity.\n\n"
            "The project installed 3,100 **LED lamps** on new and existing poles along 48 km of "
            "streets, with a central control system that switches and dims the lights by schedule "
            "and reports faults. The works were completed in 2025.\n\n"
            "The community now uses 62% less electricity for lighting in the two districts, saving "
            "about AMD 45 million a year, and uses the savings to extend the system to other parts "
            "of the city. In a survey, residents said they feel safer walking in the evening."
        ),
        "themes": ["energy", "urban-planning"],
        "sdgs": [7, 11],
        "priority": 3,
        "stage": "completed",
        "cost": 210_000_000,
        "currency": "AMD",
        "funding": {"municipal": 50_000_000, "national": 60_000_000, "donor": 100_000_000},
        "partners": (
            "Ministry of Territorial Administration and Infrastructure, community street lighting "
            "service"
        ),
        "location": "Mush and Ani districts, Gyumri",
        "years": (2024, 2025),
        "contact": "anna.petrosyan@demo.test",
    },
    {
        "authority": "Gyumri",
        "title": "Multi-purpose indoor sports arena",
        "description": (
            "Residents and sports clubs have long asked for a covered arena where Gyumri could "
            "hold basketball, wrestling and boxing competitions, and concerts in winter.\n\n"
            "The idea is a **multi-purpose indoor arena** for about 3,000 spectators, possibly on "
            "the site of a former factory in the north of the city, built and operated in "
            "partnership with a private investor. Supporters argue that it would bring events and "
            "visitors to the city; critics point to the high running costs.\n\n"
            "The idea has no cost estimate yet and is not part of the LEDP. The community will "
            "consider it further only after a pre-feasibility study of demand, operating costs and "
            "possible partners."
        ),
        "themes": ["urban-planning"],
        "sdgs": [3, 11],
        "priority": None,
        "stage": "idea",
        "cost": None,
        "currency": "EUR",
        "funding": {},
        "partners": "Gyumri sports clubs",
        "location": "Gyumri, northern industrial area",
        "years": None,
        "contact": "anna.petrosyan@demo.test",
    },
    {
        "authority": "Ganja",
        "title": "Ganja agri-processing park with shared cold storage",
        "description": (
            "The farms of the Ganja-Dashkasan region produce large volumes of fruit, vegetables "
            "and grapes, but most leave the region unprocessed, and local producers lack storage "
            "to sell outside the harvest season.\n\n"
            "The project develops the first phase of an **agri-processing park** on 22 ha of city "
            "land in the Kapaz district: internal roads, utilities, a wastewater treatment plant, "
            "and a **shared cold storage and packing facility** of 5,000 tonnes. Plots will be "
            "leased to processing companies on long terms, and a private partner will operate the "
            "cold store.\n\n"
            "The feasibility study and design are complete. The park is expected to host 10 to 12 "
            "firms and create 900 jobs. The city and the national government have committed AZN "
            "4.5 million; **the remaining AZN 10 million is sought** from investors and "
            "international financial institutions."
        ),
        "themes": ["agriculture", "local-economic-development", "financing-investment"],
        "sdgs": [2, 8, 9],
        "priority": 0,
        "stage": "ready",
        "cost": 14_500_000,
        "currency": "AZN",
        "funding": {"municipal": 1_500_000, "national": 3_000_000},
        "partners": (
            "Ministry of Economy of Azerbaijan, Ministry of Agriculture, Azerbaijan State Agrarian "
            "University"
        ),
        "location": "Kapaz district, Ganja",
        "years": (2027, 2029),
        "contact": "rashad.aliyev@demo.test",
    },
    {
        "authority": "Ganja",
        "title": "Youth business incubator at the agrarian university",
        "description": (
            "Ganja has tens of thousands of students at its universities and colleges, but fewer "
            "than half of graduates find a job in their field within a year, and many leave for "
            "Baku.\n\n"
            "The project runs a **business incubator** in a renovated building of the Azerbaijan "
            "State Agrarian University. It offers 30 incubation places, a food technology lab for "
            "testing new products, training in business planning and help with applications for "
            "state start-up grants. Mentors from local firms and the diaspora support each team "
            "for six months.\n\n"
            "Opened in 2025, the incubator has admitted its first 22 teams, mostly in agri-tech, "
            "food products and digital services; nine are led by women. By 2027 it aims to support "
            "90 start-ups and help create 250 jobs."
        ),
        "themes": ["smes-jobs", "innovation-digital", "agriculture"],
        "sdgs": [4, 8, 9],
        "priority": 1,
        "stage": "implementation",
        "cost": 520_000,
        "currency": "EUR",
        "funding": {"municipal": 80_000, "national": 140_000, "donor": 300_000},
        "partners": (
            "Azerbaijan State Agrarian University, Small and Medium Business Development Agency "
            "(KOBIA)"
        ),
        "location": "Ganja",
        "years": (2025, 2027),
        "contact": "rashad.aliyev@demo.test",
    },
    {
        "authority": "Ganja",
        "title": "Electric buses on two main city routes",
        "description": (
            "Public transport in Ganja relies mainly on old diesel minibuses that pollute the air "
            "in the city centre, are uncomfortable and do not keep to reliable timetables.\n\n"
            "The project would introduce 15 **electric buses** on two main routes linking the "
            "railway station, the city centre and the university area, with a depot charging "
            "station and new bus stops with passenger information. Operation would be contracted "
            "to a company under a service contract with quality standards and accessible "
            "vehicles.\n\n"
            "A feasibility study, financed by the city, is comparing electric and hybrid options "
            "and checking the capacity of the power grid. Expected results include 2,400 tonnes of "
            "CO2 saved each year and better service for the 40,000 passengers who use the two "
            "routes every day."
        ),
        "themes": ["green-recovery", "energy", "urban-planning"],
        "sdgs": [7, 11, 13],
        "priority": 2,
        "stage": "feasibility",
        "cost": 4_200_000,
        "currency": "EUR",
        "funding": {"municipal": 120_000},
        "partners": "Ministry of Digital Development and Transport, city transport operators",
        "location": "Ganja",
        "years": (2027, 2028),
        "contact": "rashad.aliyev@demo.test",
    },
    {
        "authority": "Ganja",
        "title": "Women's business resource centre",
        "description": (
            "Women lead only about one in five registered businesses in Ganja, and many women with "
            "home-based activities, such as sewing, baking or beauty services, do not register "
            "because they lack information, contacts and access to credit.\n\n"
            "The project opens a **women's business resource centre** in the city's SME support "
            "office. It offers business training, legal and tax advice, help with applications for "
            "state grants and microloans, and a mentoring circle with established businesswomen. "
            "Courses are held at times that suit mothers, with **childcare** available on site.\n\n"
            "Funding was secured in 2026 and the centre opens in early 2027. It aims to train 400 "
            "women and help 120 of them register or grow a business within two years."
        ),
        "themes": ["gender-equality", "smes-jobs"],
        "sdgs": [5, 8],
        "priority": 1,
        "stage": "funded",
        "cost": 180_000,
        "currency": "EUR",
        "funding": {"municipal": 40_000, "donor": 140_000},
        "partners": (
            "Small and Medium Business Development Agency (KOBIA), UNDP, women entrepreneurs' "
            "associations"
        ),
        "location": "Nizami district, Ganja",
        "years": (2026, 2028),
        "contact": "rashad.aliyev@demo.test",
    },
    {
        "authority": "Ganja",
        "title": "Khan's Garden restoration and Ganjachay green corridor",
        "description": (
            "Khan's Garden, the historic park in the centre of Ganja, is the city's most popular "
            "green space, but its irrigation channels, paths and lighting are worn out and many "
            "old trees are dying. Ganja has only about 6 m² of green space per resident, and "
            "summers are increasingly hot.\n\n"
            "The concept restores the garden's historic layout and irrigation, replaces the "
            "lighting with LED, adds shaded play areas and accessible paths, and creates a 2.5 km "
            "**green corridor** with trees and a cycle path along the Ganjachay river that links "
            "the garden with the main squares.\n\n"
            "The city is preparing the technical design. The project will improve the quality of "
            "life in the centre, reduce summer heat and support cafés and visitor services along "
            "the corridor."
        ),
        "themes": ["urban-planning", "green-recovery", "tourism"],
        "sdgs": [11, 13, 15],
        "priority": 2,
        "stage": "concept",
        "cost": 2_600_000,
        "currency": "AZN",
        "funding": {},
        "partners": "Ministry of Ecology and Natural Resources, Ganja city parks service",
        "location": "Ganja city centre",
        "years": (2027, 2029),
        "contact": "rashad.aliyev@demo.test",
    },
    {
        "authority": "Sheki",
        "title": "Yukhari Bash visitor information and interpretation centre",
        "description": (
            "Since the historic centre of Sheki with the Khan's Palace joined the UNESCO World "
            "Heritage List in 2019, visitor numbers have grown fast, but tourists arrived with "
            "little information and most left after a short visit to the palace.\n\n"
            "The project opened a **visitor information and interpretation centre** at the "
            "entrance to the Yukhari Bash historic reserve, with exhibits on the city's history, "
            "silk and crafts, free maps, guided walks in four languages and an online booking "
            "service for guesthouses and craft workshops.\n\n"
            "The centre opened in 2024. In 2025 it welcomed 52,000 visitors, and the average stay "
            "in Sheki rose from 1.7 to 2.0 nights. Eighteen local guides, ten of them women, now "
            "work with the centre."
        ),
        "themes": ["tourism", "urban-planning"],
        "sdgs": [8, 11],
        "priority": 0,
        "stage": "completed",
        "cost": 310_000,
        "currency": "AZN",
        "funding": {"municipal": 60_000, "national": 250_000},
        "partners": (
            "State Tourism Agency of Azerbaijan, Yukhari Bash State Historical and Architectural "
            "Reserve"
        ),
        "location": "Yukhari Bash, Sheki",
        "years": (2023, 2024),
        "contact": "gunel.huseynova@demo.test",
    },
    {
        "authority": "Sheki",
        "title": "Silk weaving and natural dyeing workshop for women artisans",
        "description": (
            "Sheki was once a major silk centre, and the art of making the kelaghayi silk "
            "headscarf is recognised by UNESCO as intangible heritage. Today only a few older "
            "women still know the weaving and dyeing techniques, while young women in the city "
            "have few job opportunities.\n\n"
            "The project sets up a **silk weaving and natural dyeing workshop** with looms and a "
            "dye room, trains 60 women over two years, and helps them sell through the visitor "
            "centre, hotels and online shops. A social enterprise run by the trainees will manage "
            "the workshop, which will also be open to visitors.\n\n"
            "The expected results are 25 permanent jobs for women, new products for the tourism "
            "market and the transfer of the craft to a new generation. **About EUR 200,000 is "
            "still needed.**"
        ),
        "themes": ["gender-equality", "smes-jobs", "tourism"],
        "sdgs": [5, 8, 12],
        "priority": 1,
        "stage": "ready",
        "cost": 240_000,
        "currency": "EUR",
        "funding": {"municipal": 25_000, "private": 15_000},
        "partners": "Sheki craftswomen's association, local silk producers, Sheki hotels",
        "location": "Sheki",
        "years": (2027, 2028),
        "contact": "gunel.huseynova@demo.test",
    },
    {
        "authority": "Sheki",
        "title": "Hazelnut drying and processing cooperative",
        "description": (
            "Sheki and its villages produce thousands of tonnes of hazelnuts, but most farmers dry "
            "them in their yards and sell unshelled nuts to traders at low prices. Poor drying "
            "causes mould and aflatoxin problems that keep the nuts out of export markets.\n\n"
            "The project sets up a **cooperative drying, shelling and sorting facility** with a "
            "capacity of 3,000 tonnes a year, a quality laboratory and a packing line for roasted "
            "nuts and hazelnut paste for local halva and confectionery makers. A cooperative of "
            "140 farmers will own and run it.\n\n"
            "The business plan and site are ready. The facility would raise farmers' prices by "
            "20-30% and create 30 permanent and 80 seasonal jobs. The cooperative and the Agrarian "
            "Credit and Development Agency have committed EUR 150,000; **about EUR 530,000 is "
            "sought**."
        ),
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 8],
        "priority": 1,
        "stage": "ready",
        "cost": 680_000,
        "currency": "EUR",
        "funding": {"private": 90_000, "national": 60_000},
        "partners": "Sheki hazelnut growers' cooperative, Agrarian Credit and Development Agency",
        "location": "Sheki, northern outskirts",
        "years": (2027, 2028),
        "contact": "gunel.huseynova@demo.test",
    },
    {
        "authority": "Sheki",
        "title": "Guesthouse network in the mountain villages",
        "description": (
            "Visitors to Sheki rarely go beyond the city, although the villages of Kish, Bash "
            "Goynuk and Oxud offer old churches, forests and traditional food. Many village women "
            "already host guests informally but cannot reach tourists or meet basic standards.\n\n"
            "The project helps 35 village households, most of them run by women, to set up "
            "**registered guesthouses**. It provides small grants for bathrooms and kitchens, "
            "training in hospitality, food safety and foreign languages, and a joint **online "
            "booking platform** linked to the visitor centre. Guides develop walking routes "
            "between the villages.\n\n"
            "In 2025 the first 20 guesthouses were registered and hosted more than 1,900 guests. "
            "By the end of 2026 the network aims to reach 35 guesthouses and 5,000 guest nights a "
            "year."
        ),
        "themes": ["tourism", "gender-equality", "innovation-digital"],
        "sdgs": [5, 8, 10],
        "priority": 2,
        "stage": "implementation",
        "cost": 145_000,
        "currency": "EUR",
        "funding": {"municipal": 25_000, "donor": 120_000},
        "partners": "Sheki visitor centre, village municipalities, Azerbaijan Tourism Board",
        "location": "Kish, Bash Goynuk and Oxud villages",
        "years": (2025, 2026),
        "contact": "gunel.huseynova@demo.test",
    },
    {
        "authority": "Sheki",
        "title": "Solar water heating for schools and the central hospital",
        "description": (
            "Schools, kindergartens and the central hospital in Sheki heat water with gas and "
            "electric boilers, which is costly, and hot water is often unavailable in school "
            "washrooms.\n\n"
            "The idea is to install **solar water heating systems** on the roofs of 12 schools and "
            "kindergartens and the central hospital, with the municipality buying the equipment "
            "and a local firm installing and maintaining it. The sunny climate of the "
            "Sheki-Zagatala region would allow the systems to cover most hot water needs from "
            "spring to autumn.\n\n"
            "The cost is a rough estimate. The idea is not linked to the LEDP, which does not "
            "cover energy; the municipality would like to learn from network members that have run "
            "similar programmes before deciding whether to take it further."
        ),
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 13],
        "priority": None,
        "stage": "idea",
        "cost": 160_000,
        "currency": "EUR",
        "funding": {},
        "partners": "Sheki education department, central hospital",
        "location": "Sheki",
        "years": None,
        "contact": "gunel.huseynova@demo.test",
    },
    {
        "authority": "Batumi",
        "title": "Twenty electric buses and a solar charging depot",
        "description": (
            "Batumi's buses carry about 40 million passengers a year, but over half of the fleet "
            "are diesel vehicles more than 15 years old, which add to noise and air pollution "
            "along the coast.\n\n"
            "The project buys 20 **electric buses**, builds a charging depot with 20 chargers "
            "under a solar canopy, and upgrades the passenger information system on five core "
            "routes. The municipal bus company operates the fleet; the purchase is financed by a "
            "loan from an international financial institution with municipal co-financing.\n\n"
            "The first ten buses entered service in 2026 and the other ten arrive in 2027. The "
            "project will save about 2,000 tonnes of CO2 a year and make the core routes more "
            "comfortable and reliable, helping the city reach 50 million public transport trips a "
            "year by 2028."
        ),
        "themes": ["green-recovery", "energy", "urban-planning"],
        "sdgs": [7, 11, 13],
        "priority": 1,
        "stage": "implementation",
        "cost": 9_600_000,
        "currency": "EUR",
        "funding": {"municipal": 1_600_000, "ifi": 8_000_000},
        "partners": "Municipal bus company, an international financial institution (loan)",
        "location": "Batumi",
        "years": (2025, 2027),
        "contact": "levan.gelashvili@demo.test",
    },
    {
        "authority": "Batumi",
        "title": "Congress and events centre for the low season",
        "description": (
            "Batumi receives most of its visitors between June and September. In the low season "
            "hotels run at about a third of their capacity and thousands of hospitality workers "
            "lose their jobs, while the city has no venue for large conferences and trade "
            "fairs.\n\n"
            "The project studies the development of a **congress and events centre** for up to "
            "2,000 participants on a former industrial site near the port, to be built and "
            "operated through a **public-private partnership**. The municipality would provide the "
            "site and the access infrastructure.\n\n"
            "A feasibility study and market assessment are under way. If confirmed, the centre "
            "could bring 60,000 additional visitors a year in the low season and support around "
            "400 year-round jobs in hotels and services."
        ),
        "themes": ["tourism", "financing-investment"],
        "sdgs": [8, 9, 17],
        "priority": 0,
        "stage": "feasibility",
        "cost": 12_000_000,
        "currency": "EUR",
        "funding": {"municipal": 250_000},
        "partners": (
            "Georgian National Tourism Administration, Adjara tourism department, private "
            "investors (PPP)"
        ),
        "location": "Batumi, port area",
        "years": (2028, 2030),
        "contact": "levan.gelashvili@demo.test",
    },
    {
        "authority": "Batumi",
        "title": "Tech and hospitality skills academy for young people",
        "description": (
            "Young people in Batumi often work in hotels and restaurants for a few months a year "
            "and have few options in the off season. Employers, for their part, report a shortage "
            "of skilled staff in both hospitality and ICT.\n\n"
            "The project ran a **skills academy** with the state university and the national "
            "innovation agency, offering courses in programming, digital marketing, hotel "
            "management and foreign languages, with internships in local companies. Courses were "
            "free and held in the evenings to suit working students and young parents.\n\n"
            "In 2024 and 2025, 1,150 people completed a course, 57% of them women, and 410 found "
            "year-round employment or started freelance work. The most successful courses now "
            "continue at the university with municipal support."
        ),
        "themes": ["innovation-digital", "smes-jobs"],
        "sdgs": [4, 5, 8],
        "priority": 2,
        "stage": "completed",
        "cost": 1_150_000,
        "currency": "GEL",
        "funding": {"municipal": 350_000, "donor": 800_000},
        "partners": (
            "Batumi Shota Rustaveli State University, Georgia's Innovation and Technology Agency"
        ),
        "location": "Batumi",
        "years": (2024, 2025),
        "contact": "levan.gelashvili@demo.test",
    },
    {
        "authority": "Batumi",
        "title": "Extended-hours childcare centres for working parents",
        "description": (
            "Many women in Batumi work in hotels, shops and restaurants on evening and weekend "
            "shifts, when municipal kindergartens are closed. Without childcare, mothers cut their "
            "hours or leave work, and employers struggle to staff the season.\n\n"
            "The project opens two **childcare centres with extended hours** (7:00 to 22:00, seven "
            "days a week) for 160 children in the Khimshiashvili and Aghmashenebeli districts, in "
            "renovated municipal buildings. Fees depend on family income, and hotels and other "
            "employers can buy places for their staff.\n\n"
            "The designs are ready and the buildings are available. The centres will allow about "
            "150 parents to work full-time and will create 45 jobs. The municipality has committed "
            "GEL 400,000 and **seeks GEL 1.5 million** from donors and employers."
        ),
        "themes": ["gender-equality", "smes-jobs"],
        "sdgs": [4, 5, 8],
        "priority": 2,
        "stage": "ready",
        "cost": 1_900_000,
        "currency": "GEL",
        "funding": {"municipal": 400_000},
        "partners": "Batumi kindergarten agency, Batumi hotels' association",
        "location": "Khimshiashvili and Aghmashenebeli districts, Batumi",
        "years": (2027, 2028),
        "contact": "levan.gelashvili@demo.test",
    },
    {
        "authority": "Batumi",
        "title": "Protected cycle network from the boulevard to the Chorokhi river",
        "description": (
            "Batumi's cycle lanes are concentrated along the seafront boulevard and do not connect "
            "the residential districts with schools, workplaces and the centre. As a result, most "
            "daily trips are made by car or minibus, and the streets are congested.\n\n"
            "The project builds 19 km of **protected cycle lanes** and shared paths forming a "
            "network between the new boulevard, the residential districts and the Chorokhi river, "
            "with 40 bike-sharing stations, safe crossings and cycle parking at schools.\n\n"
            "The technical design is complete. The network is expected to triple daily cycling "
            "trips to 15,000 and reduce car traffic on key streets. The municipality has committed "
            "EUR 500,000 and **seeks EUR 1.8 million** in grant or loan finance."
        ),
        "themes": ["urban-planning", "green-recovery"],
        "sdgs": [3, 11, 13],
        "priority": 1,
        "stage": "ready",
        "cost": 2_300_000,
        "currency": "EUR",
        "funding": {"municipal": 500_000},
        "partners": "Batumi transport department, Batumi bike-sharing service",
        "location": "Batumi, from the boulevard to the Chorokhi river",
        "years": (2027, 2028),
        "contact": "levan.gelashvili@demo.test",
    },
    {
        "authority": "Kutaisi",
        "title": "Covered market hall at the Green Bazaar",
        "description": (
            "Kutaisi's Green Bazaar is the largest food market in western Georgia, where hundreds "
            "of farmers from Imereti sell their produce. Its stalls, drainage and sanitary "
            "facilities were in poor condition, and food safety rules could not be met.\n\n"
            "The project builds a **covered market hall** with 320 stalls, cold rooms for farmers, "
            "a waste sorting point, toilets and a parking area, while keeping an open-air section "
            "for seasonal sellers. Stall fees for small farmers are capped.\n\n"
            "Works began in 2025 and will finish in 2027. The city council decided on the project "
            "outside the LEDP, which has no agriculture priority; it will be linked to the plan in "
            "the revision now under way."
        ),
        "themes": ["agriculture", "smes-jobs", "urban-planning"],
        "sdgs": [2, 8, 11],
        "priority": None,
        "stage": "implementation",
        "cost": 4_800_000,
        "currency": "GEL",
        "funding": {"municipal": 1_800_000, "national": 3_000_000},
        "partners": "Municipal Development Fund of Georgia, Imereti farmers' associations",
        "location": "Kutaisi city centre",
        "years": (2025, 2027),
        "contact": "moderator@demo.test",
    },
    {
        "authority": "Kutaisi",
        "title": "Industrial and logistics park on the former automobile plant site",
        "description": (
            "Kutaisi's former automobile plant once employed thousands of people. Today large "
            "parts of the site are empty, with derelict buildings, while investors looking for "
            "industrial space near the airport and the east-west highway cannot find ready "
            "sites.\n\n"
            "The project converts 14 ha of the former plant into a **serviced industrial and "
            "logistics park**: site clearance and soil testing, new roads, water, sewerage and "
            "power, and the renovation of two halls for rent as ready-built factory space. "
            "Enterprise Georgia will help market the site to investors.\n\n"
            "The design and environmental assessment are complete. The park can host 12 to 15 "
            "companies and about 1,000 jobs. The city and the national government have committed "
            "EUR 1.1 million; **EUR 5.4 million is sought** from investors and international "
            "financial institutions."
        ),
        "themes": ["local-economic-development", "financing-investment", "urban-planning"],
        "sdgs": [8, 9, 11],
        "priority": 1,
        "stage": "ready",
        "cost": 6_500_000,
        "currency": "EUR",
        "funding": {"municipal": 400_000, "national": 700_000},
        "partners": "Enterprise Georgia, Municipal Development Fund of Georgia",
        "location": "Avtokarkhana district, Kutaisi",
        "years": (2027, 2030),
        "contact": "moderator@demo.test",
    },
    {
        "authority": "Kutaisi",
        "title": "Heritage shuttle and trail from the airport to Bagrati, Gelati and Sataplia",
        "description": (
            "More than a million passengers a year use Kutaisi International Airport, but most go "
            "straight to Tbilisi, Batumi or the mountains. Few know that Bagrati Cathedral, Gelati "
            "Monastery and the Sataplia caves are less than half an hour away.\n\n"
            "The project creates a **heritage shuttle and trail**: a scheduled electric minibus "
            "service from the airport to the city centre and the three sites, a digital guide in "
            "six languages, signage, and a walking route through the old town with information "
            "points. Guesthouses and wineries along the route join a common offer for transit "
            "passengers.\n\n"
            "The design and operating model are ready. The project aims to turn 40,000 passengers "
            "a year into visitors who stay at least one night. The city and a private operator "
            "cover EUR 180,000; **EUR 600,000 is sought**."
        ),
        "themes": ["tourism", "innovation-digital", "green-recovery"],
        "sdgs": [8, 11],
        "priority": 0,
        "stage": "ready",
        "cost": 780_000,
        "currency": "EUR",
        "funding": {"municipal": 120_000, "private": 60_000},
        "partners": (
            "Georgian National Tourism Administration, airport operator, Imereti guesthouses and "
            "wineries"
        ),
        "location": "Kutaisi and surroundings",
        "years": (2027, 2028),
        "contact": "moderator@demo.test",
    },
    {
        "authority": "Kutaisi",
        "title": "Dual training centre in logistics and mechatronics",
        "description": (
            "Investors in Kutaisi's free industrial zone and logistics firms near the airport "
            "cannot find enough technicians, while many young people who finish vocational school "
            "stay unemployed because their training does not match employers' needs.\n\n"
            "The project equips a **dual training centre** at a public vocational college, with "
            "workshops in mechatronics, warehouse logistics and industrial electrics. Students "
            "spend at least half of their time in partner companies. The programme aims for 40% "
            "young women in all courses and offers transport from the villages and a monthly "
            "stipend.\n\n"
            "Financing from the national budget, a donor and employers was secured in 2026. The "
            "centre will train 300 students a year from 2027, and at least 65% of graduates are "
            "expected to find work within six months."
        ),
        "themes": ["smes-jobs", "gender-equality", "local-economic-development"],
        "sdgs": [4, 5, 8],
        "priority": 2,
        "stage": "funded",
        "cost": 1_300_000,
        "currency": "EUR",
        "funding": {"national": 500_000, "donor": 650_000, "private": 150_000},
        "partners": (
            "Ministry of Education, Science and Youth, a public vocational college, companies of "
            "the free industrial zone"
        ),
        "location": "Kutaisi",
        "years": (2026, 2028),
        "contact": "moderator@demo.test",
    },
    {
        "authority": "Kutaisi",
        "title": "Grants and mentoring for women entrepreneurs",
        "description": (
            "Women in Kutaisi run many small businesses in services, food and crafts, but they "
            "receive only a small share of business loans and state grants. A city survey showed "
            "that lack of collateral and of business networks held them back.\n\n"
            "The city ran a **grant and mentoring scheme** for women entrepreneurs: 60 grants of "
            "up to GEL 6,000 for equipment, business training, one-to-one mentoring with "
            "experienced businesswomen and joint marketing at city fairs. The selection committee "
            "gave extra points to women from villages, displaced women and single mothers.\n\n"
            "By the end of 2024 all 60 businesses were still operating and together had created 74 "
            "new jobs. The city has since made the scheme part of its annual budget."
        ),
        "themes": ["gender-equality", "smes-jobs", "financing-investment"],
        "sdgs": [5, 8],
        "priority": 2,
        "stage": "completed",
        "cost": 450_000,
        "currency": "GEL",
        "funding": {"municipal": 150_000, "donor": 300_000},
        "partners": "Kutaisi businesswomen's network, UN Women",
        "location": "Kutaisi",
        "years": (2023, 2024),
        "contact": "moderator@demo.test",
    },
    {
        "authority": "Telavi",
        "title": "Telavi visitor centre and Kakheti wine route signage",
        "description": (
            "Telavi is the starting point for most visitors to Kakheti, yet the town lacked a "
            "proper visitor centre, and family wineries in the villages were hard to find without "
            "a local guide.\n\n"
            "The project opens a **visitor centre** in the historic centre near Batonis Tsikhe, "
            "with information, a tasting room for small producers and bicycle rental, and installs "
            "signs and maps for a 90 km **wine route** through Tsinandali, Kurdgelauri, "
            "Vardisubani and Ikalto. A simple website lists the wineries that welcome visitors and "
            "their opening hours.\n\n"
            "The visitor centre opened in spring 2026 and the signage will be completed by the end "
            "of the year. The route is expected to bring more visitors to 40 family wineries and "
            "to spread tourism income beyond the town."
        ),
        "themes": ["tourism", "local-economic-development"],
        "sdgs": [8, 11],
        "priority": 0,
        "stage": "implementation",
        "cost": 620_000,
        "currency": "GEL",
        "funding": {"municipal": 170_000, "national": 450_000},
        "partners": "Georgian National Tourism Administration, Kakheti wine producers",
        "location": "Telavi, Tsinandali, Kurdgelauri, Vardisubani, Ikalto",
        "years": (2025, 2026),
        "contact": "tamar.kapanadze@demo.test",
    },
    {
        "authority": "Telavi",
        "title": "Shared winery for small grape growers",
        "description": (
            "Small grape growers in Telavi municipality sell most of their harvest to large "
            "wineries at prices that barely cover their costs, because they cannot afford the "
            "equipment to make and bottle their own wine.\n\n"
            "The project sets up a **shared winery** in Kurdgelauri with pressing, fermentation "
            "and bottling equipment, a cold room and a certified laboratory. Members of a "
            "cooperative rent capacity by the tonne, and an adviser helps them meet food safety "
            "and export rules and develop their own brands.\n\n"
            "The site and the cooperative are in place. The winery would serve 60 small producers, "
            "enable 25 new wine brands and create 12 jobs. The cooperative and the municipality "
            "cover EUR 80,000; **EUR 260,000 is sought** from donors or investors."
        ),
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 8, 12],
        "priority": 1,
        "stage": "ready",
        "cost": 340_000,
        "currency": "EUR",
        "funding": {"municipal": 30_000, "private": 50_000},
        "partners": "Kurdgelauri grape growers' cooperative, Rural Development Agency",
        "location": "Kurdgelauri",
        "years": (2027, 2028),
        "contact": "tamar.kapanadze@demo.test",
    },
    {
        "authority": "Telavi",
        "title": "Village kindergartens and agri-business training for women",
        "description": (
            "Several villages of Telavi municipality have no kindergarten, and women spend their "
            "days caring for young children and working unpaid on family farms. Few women own land "
            "or run a registered business.\n\n"
            "The concept foresees **three village kindergartens** for 120 children in renovated "
            "public buildings in Kondoli, Vardisubani and Ikalto, combined with an **agri-business "
            "training programme for women** on greenhouse production, food processing, guesthouse "
            "management and access to grants from national rural development programmes.\n\n"
            "The municipality is preparing the designs and discussing co-financing with national "
            "agencies. The aim is to help 100 women earn their own income and to create 30 jobs in "
            "the kindergartens."
        ),
        "themes": ["gender-equality", "agriculture"],
        "sdgs": [4, 5, 8],
        "priority": 2,
        "stage": "concept",
        "cost": 1_450_000,
        "currency": "GEL",
        "funding": {"municipal": 40_000},
        "partners": "Rural Development Agency, women's groups of the villages",
        "location": "Kondoli, Vardisubani and Ikalto",
        "years": (2027, 2029),
        "contact": "tamar.kapanadze@demo.test",
    },
    {
        "authority": "Telavi",
        "title": "Nadikvari park rehabilitation",
        "description": (
            "Nadikvari park, on a hill above the centre of Telavi with views over the Alazani "
            "valley and the Caucasus, is a favourite place of residents and visitors, but its "
            "paths, lighting and viewing terraces need renovation.\n\n"
            "The project proposed a full **rehabilitation of the park** with a new amphitheatre, "
            "lighting, accessible paths and a café pavilion. It was not linked to the LEDP.\n\n"
            "The municipality dropped the project in 2025 after the national government announced "
            "that it would renovate the park through its own programme. The municipal resources "
            "were moved to the visitor centre and the wine route, which serve the plan's tourism "
            "priority."
        ),
        "themes": ["urban-planning", "tourism"],
        "sdgs": [11],
        "priority": None,
        "stage": "dropped",
        "cost": 900_000,
        "currency": "GEL",
        "funding": {},
        "partners": "",
        "location": "Nadikvari park, Telavi",
        "years": None,
        "contact": "tamar.kapanadze@demo.test",
    },
    {
        "authority": "Cahul",
        "title": "Cahul business hub for women and young entrepreneurs",
        "description": (
            "Cahul has about 1,200 active SMEs, but only one in three is led by a woman, and many "
            "young people who want to start a business leave for Chișinău or abroad. Until "
            "recently there was no place in the city where a new entrepreneur could get advice, "
            "rent a desk at low cost or meet investors.\n\n"
            "The project turns the unused upper floor of a municipal building into a **business "
            "hub** of 650 m² with a co-working space, an incubator for 20 start-ups, a meeting "
            "room and a supervised play corner so that parents can attend training. The hub offers "
            "free advice on registration, accounting and EU market rules, and mentoring with the "
            "local university.\n\n"
            "By 2027 the hub expects to have advised 300 firms and helped create 60 new "
            "businesses, at least half of them led by women or people under 30."
        ),
        "themes": ["smes-jobs", "gender-equality", "local-economic-development"],
        "sdgs": [5, 8],
        "priority": 0,
        "stage": "implementation",
        "cost": 380_000,
        "currency": "EUR",
        "funding": {"municipal": 60_000, "donor": 320_000},
        "partners": (
            'EU through M4EG, Cahul State University "B. P. Hasdeu", Organisation for SME '
            "Development (ODA)"
        ),
        "location": "Cahul city centre",
        "years": (2025, 2027),
        "contact": "vasile.munteanu@demo.test",
    },
    {
        "authority": "Cahul",
        "title": "Cold storage and sorting centre for fruit and vegetable producers",
        "description": (
            "Small farmers around Cahul grow apricots, plums, table grapes and vegetables but have "
            "nowhere to cool and sort their harvest. They sell to intermediaries at harvest time, "
            "when prices are lowest, and up to a quarter of the crop is lost.\n\n"
            "The municipality offers a 1.5 ha plot with road and power connections for a shared "
            "**cold storage and sorting centre** with 1,800 tonnes of controlled-atmosphere "
            "storage, a grading line and a packing hall. A producers' cooperative will run the "
            "centre under a long-term lease, with fees set for members and non-members.\n\n"
            "The design and permits are ready. Expected results: 150 producers served, "
            "post-harvest losses halved, 35 permanent and 60 seasonal jobs, and first deliveries "
            "to supermarket chains in Moldova and Romania. **About EUR 980,000 is sought** in "
            "grant or loan finance."
        ),
        "themes": ["agriculture", "smes-jobs", "financing-investment"],
        "sdgs": [2, 8, 12],
        "priority": 1,
        "stage": "ready",
        "cost": 1_250_000,
        "currency": "EUR",
        "funding": {"municipal": 120_000, "national": 150_000},
        "partners": (
            "Fruit growers' cooperative of southern Moldova, South Regional Development Agency"
        ),
        "location": "Cahul, northern industrial zone",
        "years": (2027, 2028),
        "contact": "vasile.munteanu@demo.test",
    },
    {
        "authority": "Cahul",
        "title": "Energy-efficient renovation of three kindergartens",
        "description": (
            "Three of Cahul's kindergartens were built in the 1970s and lose most of their heat "
            "through uninsulated walls, old windows and a worn heating system. The municipality "
            "spends over MDL 1.6 million a year to heat them, and rooms are often below 18°C in "
            "winter.\n\n"
            "The project insulates walls and roofs, replaces windows and doors, and installs heat "
            "substations with automatic control, LED lighting and **rooftop solar collectors** for "
            "hot water. The works follow an energy audit and cover about 4,300 m² used by 520 "
            "children and 90 staff, most of them women.\n\n"
            "Heat consumption is expected to fall by 55%, saving about MDL 900,000 a year and "
            "giving children and staff warmer rooms. Financing is secured; the works contract was "
            "tendered in 2026 and works start in spring 2027."
        ),
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 11, 13],
        "priority": 3,
        "stage": "funded",
        "cost": 14_800_000,
        "currency": "MDL",
        "funding": {"municipal": 2_200_000, "national": 3_600_000, "donor": 9_000_000},
        "partners": (
            "National Centre for Sustainable Energy, Eastern Europe Energy Efficiency and "
            "Environment Partnership (E5P)"
        ),
        "location": "Cahul",
        "years": (2026, 2027),
        "contact": "vasile.munteanu@demo.test",
    },
    {
        "authority": "Cahul",
        "title": "Dual vocational training in food processing and mechatronics",
        "description": (
            "Food processing, wine and automotive component firms in Cahul cannot find trained "
            "technicians, while many young people leave school without a qualification that local "
            "employers value.\n\n"
            "The project sets up two **dual vocational programmes**, in food processing and in "
            "mechatronics, at the Cahul vocational school. Students spend half of their time in "
            "partner companies. The budget covers modern training equipment, training for "
            "in-company tutors, and a stipend fund for students from low-income families, with "
            "outreach to girls for the technical course.\n\n"
            "The concept has been agreed with eight employers. The aim is 90 dual graduates a year "
            "by 2029, with at least 70% of them employed in local companies within six months of "
            "graduating."
        ),
        "themes": ["smes-jobs", "local-economic-development"],
        "sdgs": [4, 8],
        "priority": 2,
        "stage": "concept",
        "cost": 240_000,
        "currency": "EUR",
        "funding": {"municipal": 10_000},
        "partners": (
            "Cahul vocational school, eight local employers, Ministry of Education and Research"
        ),
        "location": "Cahul",
        "years": (2027, 2029),
        "contact": "vasile.munteanu@demo.test",
    },
    {
        "authority": "Cahul",
        "title": "Spa and wellness visitor route",
        "description": (
            "Cahul is known in Moldova for the thermal and mineral springs of the spa resort on "
            "the edge of the city, but spa guests rarely spend time or money in the city itself. "
            "There is no visitor information, no marked route linking the resort with the centre "
            "and the Prut, and few services for visitors.\n\n"
            "The idea is to create a **spa and wellness visitor route** with signage, a small "
            "visitor centre and a cycle path from the resort to the city centre and the lakes of "
            "the Lower Prut, and to work with hotels and guesthouses on joint packages.\n\n"
            "The idea is not yet part of the LEDP and has no cost estimate. The municipality wants "
            "to discuss it with the resort operators and the network before deciding whether to "
            "add tourism to the plan."
        ),
        "themes": ["tourism"],
        "sdgs": [8, 11],
        "priority": None,
        "stage": "idea",
        "cost": None,
        "currency": "EUR",
        "funding": {},
        "partners": "Spa resort operators, Cahul guesthouses",
        "location": "Cahul",
        "years": None,
        "contact": "vasile.munteanu@demo.test",
    },
    {
        "authority": "Ungheni",
        "title": "New nursery groups so that parents can return to work",
        "description": (
            "Ungheni has a waiting list of about 240 children under three for a municipal nursery "
            "place. Most of the parents waiting are mothers who cannot return to their jobs, while "
            "employers in the free economic zone report shortages of staff on production lines and "
            "in offices.\n\n"
            "The project builds a two-storey **nursery extension** to a municipal kindergarten, "
            "with six groups for 120 children, opening hours that match factory shifts (6:30 to "
            "19:00), a kitchen and an outdoor play area. The building is designed to near-zero "
            "energy standards, with a heat pump and solar panels.\n\n"
            "The design and building permit are ready. The extension will allow around 100 "
            "parents, mostly women, to return to work and will create 26 jobs. The municipality "
            "and the national government have committed EUR 150,000; **EUR 470,000 is sought**."
        ),
        "themes": ["gender-equality", "smes-jobs"],
        "sdgs": [4, 5, 8],
        "priority": 1,
        "stage": "ready",
        "cost": 620_000,
        "currency": "EUR",
        "funding": {"municipal": 90_000, "national": 60_000},
        "partners": (
            "Ministry of Education and Research, companies of the Ungheni free economic zone"
        ),
        "location": "Ungheni",
        "years": (2027, 2028),
        "contact": "elena.ciobanu@demo.test",
    },
    {
        "authority": "Ungheni",
        "title": "Serviced industrial plots next to the free economic zone",
        "description": (
            "Ungheni's free economic zone is almost full: its residents employ more than 4,000 "
            "people, and three investors looking for land in 2025 went to other towns because no "
            "serviced plots were available.\n\n"
            "The project prepares 18 ha of municipal land next to the zone for new investors. It "
            "builds an access road, water and sewerage networks and a 5 MW power connection, and "
            "divides the land into plots of 1 to 4 ha for manufacturing and logistics firms. The "
            "municipality will offer the plots on long-term leases, with incentives tied to the "
            "jobs created.\n\n"
            "A feasibility study, paid for by the municipality, is assessing demand, costs and the "
            "best management model. If confirmed, the site could host six to eight companies and "
            "800 jobs by 2030."
        ),
        "themes": ["local-economic-development", "financing-investment"],
        "sdgs": [8, 9],
        "priority": 0,
        "stage": "feasibility",
        "cost": 2_400_000,
        "currency": "EUR",
        "funding": {"municipal": 80_000},
        "partners": "Free economic zone administration, Moldova Investment Agency",
        "location": "Ungheni, industrial area by the free economic zone",
        "years": (2027, 2029),
        "contact": "elena.ciobanu@demo.test",
    },
    {
        "authority": "Ungheni",
        "title": "Prut riverside park and cycle link to the Eiffel Bridge",
        "description": (
            "The bank of the Prut in Ungheni is neglected and cut off from the town centre, "
            "although it lies next to the historic railway bridge built in the 1870s to a design "
            "by the Eiffel company, which could draw visitors from both sides of the border.\n\n"
            "The project creates a 3.5 km **riverside park and cycle route** with lighting, "
            "benches, a playground, an open-air stage and an information point on the bridge's "
            "history, and connects it with the town centre through a safe cycle lane. Trees are "
            "planted and drainage is improved to reduce flood risk.\n\n"
            "Works started in 2025 and the first section opened in summer 2026. The park is "
            "expected to attract 30,000 visits a year, support new cafés and bike rental, and make "
            "the centre more attractive to young families."
        ),
        "themes": ["urban-planning", "tourism", "green-recovery"],
        "sdgs": [11, 13],
        "priority": 2,
        "stage": "implementation",
        "cost": 870_000,
        "currency": "EUR",
        "funding": {"municipal": 170_000, "donor": 700_000},
        "partners": "EU, Ungheni district council, Iași county cross-border partners",
        "location": "Prut riverside, Ungheni",
        "years": (2025, 2027),
        "contact": "elena.ciobanu@demo.test",
    },
    {
        "authority": "Ungheni",
        "title": "Career and skills centre for young people",
        "description": (
            "Many young people in Ungheni left school without a clear idea of the jobs available "
            "locally, while companies in the free economic zone struggled to recruit technicians, "
            "machine operators and office staff.\n\n"
            "The project opened a **career and skills centre** in the municipal youth centre. It "
            "offers career guidance, short courses in digital skills, English and industrial "
            "operations, job fairs with local employers and paid internships. A counsellor helps "
            "young mothers and young people from the villages to find training schedules that suit "
            "them.\n\n"
            "The centre opened in 2024. In its first year 640 young people used its services, 210 "
            "completed a course and 118 found a job or internship, 56% of them young women. The "
            "municipality now pays the centre's running costs from its own budget."
        ),
        "themes": ["smes-jobs", "innovation-digital"],
        "sdgs": [4, 8],
        "priority": 1,
        "stage": "completed",
        "cost": 185_000,
        "currency": "EUR",
        "funding": {"municipal": 35_000, "donor": 150_000},
        "partners": (
            "National Employment Agency, companies of the free economic zone, Ungheni youth centre"
        ),
        "location": "Ungheni",
        "years": (2023, 2024),
        "contact": "elena.ciobanu@demo.test",
    },
    {
        "authority": "Ungheni",
        "title": "LED street lighting with remote control",
        "description": (
            "Street lighting in Ungheni relies on old sodium lamps, many streets in the outer "
            "districts are dark, and the electricity bill for public lighting keeps rising. Poor "
            "lighting was also a safety concern raised by women in the municipal survey.\n\n"
            "The project replaces 2,300 lamps with **LED fittings**, installs a remote control "
            "system that dims the lights late at night and reports faults, and adds lighting to 14 "
            "km of streets that have none.\n\n"
            "It is expected to cut the energy used for public lighting by 60% and save about MDL "
            "1.2 million a year. The project is not part of the current LEDP, which has no energy "
            "priority; the municipality intends to add energy efficiency when the plan is revised. "
            "Funding is secured from the municipal budget, a national energy efficiency programme "
            "and a donor grant."
        ),
        "themes": ["energy", "urban-planning"],
        "sdgs": [7, 11],
        "priority": None,
        "stage": "funded",
        "cost": 7_600_000,
        "currency": "MDL",
        "funding": {"municipal": 1_100_000, "national": 2_500_000, "donor": 4_000_000},
        "partners": "National Centre for Sustainable Energy, municipal street lighting enterprise",
        "location": "Ungheni",
        "years": (2026, 2027),
        "contact": "elena.ciobanu@demo.test",
    },
    {
        "authority": "Poltava",
        "title": "Cogeneration units and backup power for municipal boiler houses",
        "description": (
            "Attacks on Ukraine's power system have left Poltava's boiler houses and water pumps "
            "without electricity for hours or days, putting heat and water supply for tens of "
            "thousands of residents at risk.\n\n"
            "The project installs **gas-fired cogeneration units** with a total capacity of 9 MW "
            "at four of the largest municipal boiler houses, so that they can produce their own "
            "electricity and heat during outages and sell surplus power to the grid. It also "
            "replaces worn boilers and adds automatic controls.\n\n"
            "The first two units were commissioned in 2025. When complete at the end of 2026, the "
            "units will keep heat supply running for about 120,000 residents during blackouts and "
            "cut gas use per unit of heat by 15%."
        ),
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 9, 11],
        "priority": 1,
        "stage": "implementation",
        "cost": 6_200_000,
        "currency": "EUR",
        "funding": {"municipal": 900_000, "ifi": 3_800_000, "donor": 1_500_000},
        "partners": (
            "Municipal heat supply company, an international financial institution (loan), energy "
            "resilience donors"
        ),
        "location": "Poltava",
        "years": (2024, 2026),
        "contact": "irina.bondarenko@demo.test",
    },
    {
        "authority": "Poltava",
        "title": "Poltava industrial park: utilities for the first stage",
        "description": (
            "Since 2022 more than 60 enterprises have moved to Poltava from regions close to the "
            "front line, but many work in temporary premises, and new investors cannot find land "
            "with power and water connections.\n\n"
            "The project builds the **first stage of an industrial park** on 35 ha of municipal "
            "land: a 10 MW power connection, water and sewerage, internal roads and a shared "
            "administrative building with an investor service desk. Plots will be leased to "
            "manufacturers, with priority for relocated firms in engineering and food "
            "processing.\n\n"
            "The park is listed in the national register of industrial parks and the design has "
            "passed state review. It is expected to host 15 companies and 1,500 jobs. The city and "
            "the state programme for industrial parks cover EUR 1.5 million; **EUR 3.9 million is "
            "sought**."
        ),
        "themes": ["local-economic-development", "financing-investment"],
        "sdgs": [8, 9],
        "priority": 0,
        "stage": "ready",
        "cost": 5_400_000,
        "currency": "EUR",
        "funding": {"municipal": 600_000, "national": 900_000},
        "partners": (
            "Ministry of Economy of Ukraine, Poltava Oblast Military Administration, relocated "
            "enterprises"
        ),
        "location": "Poltava, Kyivskyi district",
        "years": (2027, 2029),
        "contact": "irina.bondarenko@demo.test",
    },
    {
        "authority": "Poltava",
        "title": "Employment and retraining centre for displaced people and veterans",
        "description": (
            "Poltava hosts tens of thousands of internally displaced people. Many of them, and "
            "many returning veterans, could not find work that matched their skills, while local "
            "employers reported shortages of welders, drivers, nurses and IT staff.\n\n"
            "The city opened an **employment and retraining centre** that combines job matching, "
            "career counselling, short retraining courses with local colleges and wage subsidies "
            "for the first months of employment. Psychologists and a legal adviser work with "
            "veterans and families, and a children's room lets parents attend courses.\n\n"
            "In 2023-2025, 2,700 people used the centre, 1,050 completed retraining and 1,020 "
            "found work, 61% of them women. The centre is now run by the city together with the "
            "State Employment Service."
        ),
        "themes": ["smes-jobs", "gender-equality", "local-economic-development"],
        "sdgs": [5, 8, 10],
        "priority": 2,
        "stage": "completed",
        "cost": 12_500_000,
        "currency": "UAH",
        "funding": {"municipal": 2_500_000, "donor": 10_000_000},
        "partners": "State Employment Service, Poltava colleges, veterans' organisations",
        "location": "Poltava",
        "years": (2023, 2025),
        "contact": "irina.bondarenko@demo.test",
    },
    {
        "authority": "Poltava",
        "title": "Childcare and after-school hubs for working parents",
        "description": (
            "Many women in Poltava, including displaced mothers who arrived without family "
            "support, cannot take full-time jobs because kindergartens are full and there is no "
            "care for schoolchildren in the afternoon. Every facility for children must also have "
            "a shelter.\n\n"
            "The project would open **four childcare and after-school hubs** in the Podilskyi and "
            "Shevchenkivskyi districts, in renovated municipal premises with equipped shelters, "
            "offering care from 7:00 to 19:00 for 360 children, with homework support and "
            "activities.\n\n"
            "A feasibility study is assessing demand, sites and running costs, including "
            "contributions from employers. The hubs could enable about 300 parents, most of them "
            "women, to take up or extend paid work."
        ),
        "themes": ["gender-equality", "smes-jobs"],
        "sdgs": [4, 5, 8],
        "priority": 2,
        "stage": "feasibility",
        "cost": 38_000_000,
        "currency": "UAH",
        "funding": {"municipal": 3_000_000},
        "partners": "Poltava education department, employers' association, UN Women",
        "location": "Podilskyi and Shevchenkivskyi districts, Poltava",
        "years": (2027, 2028),
        "contact": "irina.bondarenko@demo.test",
    },
    {
        "authority": "Poltava",
        "title": "Digital one-stop shop for investors",
        "description": (
            "Investors and relocated firms in Poltava have to deal with many city departments for "
            "land, building permits and utility connections, and information about available sites "
            "is scattered and out of date.\n\n"
            "The project creates a **digital one-stop shop for investors**: an online map of "
            "available land and premises with their connections and zoning, electronic "
            "applications for the main municipal permits, and a case manager in the investment "
            "office who follows each investor from the first enquiry to the opening.\n\n"
            "Funding was secured in 2026. The service aims to halve the time needed to obtain "
            "municipal permits and to handle at least 150 investor enquiries a year."
        ),
        "themes": ["innovation-digital", "financing-investment"],
        "sdgs": [9, 16],
        "priority": 0,
        "stage": "funded",
        "cost": 210_000,
        "currency": "EUR",
        "funding": {"municipal": 60_000, "donor": 150_000},
        "partners": "Poltava investment office, Ministry of Digital Transformation",
        "location": "Poltava",
        "years": (2026, 2027),
        "contact": "irina.bondarenko@demo.test",
    },
    {
        "authority": "Poltava",
        "title": "Accredited food testing laboratory for exporters",
        "description": (
            "Food processors in and around Poltava, including firms that relocated from the east, "
            "must send samples to Kyiv or abroad to test products for export to the EU, which "
            "costs time and money and delays shipments.\n\n"
            "The idea is an **accredited food testing laboratory** in Poltava, set up with a "
            "university and an association of processors, which would test for residues, "
            "contaminants and the quality parameters required by EU buyers, and advise small firms "
            "on food safety systems.\n\n"
            "The idea has no cost estimate yet. The city is checking interest among processors and "
            "would need a partner able to run the laboratory and obtain accreditation."
        ),
        "themes": ["agriculture", "smes-jobs"],
        "sdgs": [2, 9],
        "priority": 0,
        "stage": "idea",
        "cost": None,
        "currency": "EUR",
        "funding": {},
        "partners": "Poltava food processors, a Poltava university",
        "location": "Poltava",
        "years": None,
        "contact": "irina.bondarenko@demo.test",
    },
    {
        "authority": "Vinnytsia",
        "title": "District heating network modernisation, phase 2",
        "description": (
            "Vinnytsia's district heating system supplies most apartment buildings in the city, "
            "but many pipes are more than 30 years old and lose almost a sixth of the heat they "
            "carry. Leaks and breakdowns are frequent, and the system is vulnerable to power "
            "cuts.\n\n"
            "The second phase replaces 42 km of heating pipes with **pre-insulated pipes**, "
            "installs 260 **individual heat substations** with automatic control in apartment "
            "buildings, and adds backup generation at three boiler houses. The municipal heating "
            "company runs the project with a loan from an international financial institution and "
            "a grant.\n\n"
            "Works started in 2024 and are due to finish in 2027. Heat losses in the network are "
            "expected to fall to 11% and gas consumption by 20%."
        ),
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 11, 13],
        "priority": 1,
        "stage": "implementation",
        "cost": 14_500_000,
        "currency": "EUR",
        "funding": {"municipal": 1_500_000, "ifi": 11_000_000, "donor": 2_000_000},
        "partners": (
            "Municipal heating company, an international financial institution (loan), E5P (grant)"
        ),
        "location": "Vinnytsia",
        "years": (2024, 2027),
        "contact": "member@demo.test",
    },
    {
        "authority": "Vinnytsia",
        "title": "Solar power and batteries for schools, hospitals and the water utility",
        "description": (
            "During blackouts, Vinnytsia's schools and hospitals depend on diesel generators, "
            "which are costly, noisy and need constant fuel deliveries. The electricity bills of "
            "municipal buildings have also risen sharply.\n\n"
            "The project installs **rooftop solar power plants with battery storage**, 3.9 MW and "
            "4 MWh in total, on 28 schools, three hospitals and the main water pumping station. "
            "The systems supply the buildings during the day, keep critical loads running during "
            "outages, and sell surplus power to the grid.\n\n"
            "The technical designs are complete. The systems would save about EUR 520,000 a year "
            "and cut CO2 emissions by 3,000 tonnes. The city and a donor have committed EUR "
            "750,000; **EUR 2.35 million is sought**."
        ),
        "themes": ["energy", "green-recovery"],
        "sdgs": [7, 13],
        "priority": 1,
        "stage": "ready",
        "cost": 3_100_000,
        "currency": "EUR",
        "funding": {"municipal": 450_000, "donor": 300_000},
        "partners": "Vinnytsia education and health departments, municipal water utility",
        "location": "Vinnytsia",
        "years": (2027, 2028),
        "contact": "member@demo.test",
    },
    {
        "authority": "Vinnytsia",
        "title": "Industrial park extension: utilities for the second phase",
        "description": (
            "Vinnytsia's industrial park is almost fully occupied, with 28 companies, including "
            "several that moved from eastern Ukraine since 2022. New investors in food processing, "
            "engineering and building materials are looking for plots with power and water "
            "connections.\n\n"
            "The project extends the park by 40 ha with a 20 MW **power substation**, water and "
            "sewerage networks, a wastewater treatment plant and internal roads. It also prepares "
            "two ready-built halls for rent to smaller manufacturers.\n\n"
            "The design has passed state review. The second phase could host 12 more companies and "
            "2,000 jobs. The city and the state programme for industrial parks have committed EUR "
            "2 million; **EUR 2.8 million is sought** from investors or international financial "
            "institutions."
        ),
        "themes": ["local-economic-development", "financing-investment"],
        "sdgs": [8, 9],
        "priority": 0,
        "stage": "ready",
        "cost": 4_800_000,
        "currency": "EUR",
        "funding": {"municipal": 800_000, "national": 1_200_000},
        "partners": "Industrial park management company, Ministry of Economy of Ukraine",
        "location": "Vinnytsia industrial park",
        "years": (2027, 2029),
        "contact": "member@demo.test",
    },
    {
        "authority": "Vinnytsia",
        "title": "Business grants for veterans, displaced people and women",
        "description": (
            "Veterans returning from the front, displaced people and women who have become the "
            "main earners of their families want to start or grow businesses, but find it hard to "
            "get loans without collateral or a credit history.\n\n"
            "The city runs a **grant and mentoring programme**: grants of UAH 150,000 to 300,000 "
            "for equipment and premises, combined with business training, mentoring from "
            "experienced entrepreneurs and help with applications to national grant programmes. "
            "Half of the grants are reserved for women.\n\n"
            "Since 2024 the programme has awarded 118 grants, and the businesses supported have "
            "created about 260 jobs. The aim is 250 grants by the end of 2027."
        ),
        "themes": ["gender-equality", "smes-jobs", "financing-investment"],
        "sdgs": [5, 8, 10],
        "priority": 2,
        "stage": "implementation",
        "cost": 45_000_000,
        "currency": "UAH",
        "funding": {"municipal": 15_000_000, "donor": 30_000_000},
        "partners": "Vinnytsia veterans' hub, business associations, international donors",
        "location": "Vinnytsia",
        "years": (2024, 2027),
        "contact": "member@demo.test",
    },
    {
        "authority": "Vinnytsia",
        "title": "Open data portal and digital investor map",
        "description": (
            "Vinnytsia already offered many municipal services online, but data on land, utility "
            "connections, permits and the city budget were held by different departments and hard "
            "for investors and residents to use.\n\n"
            "The project launched an **open data portal** with more than 150 datasets and an "
            "interactive **investor map** showing available sites, their zoning and connections, "
            "and put 18 more municipal services online. Staff of municipal departments were "
            "trained to publish and update data.\n\n"
            "The portal went live in 2025. It now receives about 12,000 visits a month, and the "
            "investment office reports that investor enquiries through the map have doubled. The "
            "number of municipal services available online rose from 128 to 146."
        ),
        "themes": ["innovation-digital", "financing-investment"],
        "sdgs": [9, 16, 17],
        "priority": 3,
        "stage": "completed",
        "cost": 180_000,
        "currency": "EUR",
        "funding": {"municipal": 60_000, "donor": 120_000},
        "partners": "Ministry of Digital Transformation, Vinnytsia IT companies",
        "location": "Vinnytsia",
        "years": (2024, 2025),
        "contact": "member@demo.test",
    },
    {
        "authority": "Vinnytsia",
        "title": "Tram line extension to the western residential districts",
        "description": (
            "The new residential areas on the western edge of Vinnytsia have grown quickly, and "
            "many displaced families live there, but they are served only by crowded minibuses and "
            "have no tram connection with the city centre.\n\n"
            "The concept proposes a 6 km **tram line extension** with eight stops, a turning loop "
            "and 12 new low-floor trams, integrated with the existing tram network run by the "
            "municipal transport company.\n\n"
            "The project is not in the LEDP, which focuses on industry, energy, skills and digital "
            "services, and it would need a large loan. The city has commissioned a pre-feasibility "
            "study to compare it with an electric bus option before deciding how to proceed."
        ),
        "themes": ["urban-planning", "green-recovery"],
        "sdgs": [11, 13],
        "priority": None,
        "stage": "concept",
        "cost": 28_000_000,
        "currency": "EUR",
        "funding": {},
        "partners": "Municipal transport company",
        "location": "Vinnytsia, western residential districts",
        "years": (2028, 2031),
        "contact": "member@demo.test",
    },
    {
        "authority": "Slavske",
        "title": "Mountain trail network and visitor centre",
        "description": (
            "Slavske is known for skiing on Trostian and at Tysovets, but in summer many hotels "
            "stand half empty. Visitors who come for hiking find few marked trails, no maps and "
            "little information.\n\n"
            "The project marks and equips 120 km of **hiking and mountain bike trails** linking "
            "Slavske, Tukholka and Tysovets, with signs, rest areas and mountain shelters, and "
            "opens a **visitor centre** in Slavske with bike rental and a guide service. Local "
            "guides, including displaced people who settled in the hromada, are trained and "
            "certified.\n\n"
            "The route plan is agreed with the forest owners and the design is complete. The "
            "trails are expected to add 20,000 visitor nights a year outside the winter season. "
            "The hromada covers UAH 900,000 and **seeks UAH 8.9 million**."
        ),
        "themes": ["tourism", "green-recovery"],
        "sdgs": [8, 15],
        "priority": 0,
        "stage": "ready",
        "cost": 9_800_000,
        "currency": "UAH",
        "funding": {"municipal": 900_000},
        "partners": "State forest enterprise, Lviv regional tourism department, local guides",
        "location": "Slavske, Tukholka and Tysovets",
        "years": (2027, 2028),
        "contact": "taras.melnyk@demo.test",
    },
    {
        "authority": "Slavske",
        "title": "Dairy and berry processing hub for village producers",
        "description": (
            "Families in the villages of Slavske hromada keep cows and sheep and pick blueberries "
            "and mushrooms, but sell raw milk and berries at low prices to buyers from outside. "
            "Most of this work is done by women, who earn little from it.\n\n"
            "The concept foresees a **small processing hub** in Hrebeniv with a certified cheese "
            "dairy, a unit for freezing and drying berries and a shop for local products. A "
            "cooperative of producers would run it, with training in food safety, product design "
            "and online sales.\n\n"
            "The hromada is preparing the business plan with the producers and looking for a "
            "suitable building. The hub could involve 80 households and create 15 jobs, mainly for "
            "women."
        ),
        "themes": ["agriculture", "gender-equality", "smes-jobs"],
        "sdgs": [2, 5, 8],
        "priority": 1,
        "stage": "concept",
        "cost": 260_000,
        "currency": "EUR",
        "funding": {},
        "partners": "Village producers' groups, Lviv regional agriculture department",
        "location": "Hrebeniv",
        "years": (2027, 2028),
        "contact": "taras.melnyk@demo.test",
    },
    {
        "authority": "Slavske",
        "title": "Wastewater treatment plant for Slavske village",
        "description": (
            "Slavske village has no working wastewater treatment. Sewage from hotels and houses "
            "reaches the Opir river, which damages the environment that tourists come for and "
            "draws complaints from communities downstream.\n\n"
            "The project would build a **wastewater treatment plant** for 6,000 population "
            "equivalent, sized for the winter peak of visitors, and extend the sewer network to "
            "900 households and the main hotels. Hotels would pay a tariff that reflects their "
            "share of the load.\n\n"
            "The hromada has commissioned a feasibility study and an environmental assessment. The "
            "project would end the discharge of untreated sewage into the river and allow new "
            "hotels and guesthouses to connect to the network."
        ),
        "themes": ["green-recovery", "urban-planning"],
        "sdgs": [6, 11],
        "priority": 2,
        "stage": "feasibility",
        "cost": 2_100_000,
        "currency": "EUR",
        "funding": {"municipal": 60_000},
        "partners": "Hotel owners of Slavske, Lviv Oblast Military Administration",
        "location": "Slavske",
        "years": (2028, 2030),
        "contact": "taras.melnyk@demo.test",
    },
    {
        "authority": "Slavske",
        "title": "Coworking and learning space for displaced people and young residents",
        "description": (
            "In 2022 thousands of displaced people found shelter in Slavske hromada, many of them "
            "in hotels and guesthouses. Many wanted to keep working remotely or learn new skills, "
            "but the mountain villages had poor internet and no public workspace.\n\n"
            "The project turned a former library hall into a **coworking and learning space** with "
            "fast internet, a generator and batteries for power cuts, 30 workplaces, a children's "
            "corner and a room for courses. Local and displaced young people run courses in "
            "digital skills, English and business basics.\n\n"
            "The space opened in 2023. By the end of 2024 it had 420 regular users, 70% of them "
            "women, and 35 participants had started a business or found remote work. It now runs "
            "on a small hromada grant and membership fees."
        ),
        "themes": ["innovation-digital", "gender-equality", "smes-jobs"],
        "sdgs": [4, 8, 10],
        "priority": 2,
        "stage": "completed",
        "cost": 1_850_000,
        "currency": "UAH",
        "funding": {"municipal": 250_000, "donor": 1_600_000},
        "partners": (
            "Local youth council, displaced people's initiative group, international donors"
        ),
        "location": "Slavske",
        "years": (2023, 2024),
        "contact": "taras.melnyk@demo.test",
    },
]
