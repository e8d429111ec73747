#!/usr/bin/env python3
"""Write gold.json for actors_blind2, a BLIND news set for docbot's actors, from the hand annotations below (stdlib).

The annotations were written by helper hu17 (issue 16) by reading the 10 US Treasury press releases in docs/ (see
README.md for their source and licence), and committed before docbot was run on any of them. Sentences are numbered
per document by actors-dev's splitter (paragraphs are blank-line blocks, the headline is paragraph 1; a sentence ends
at . ! ? with an optional closing quote, before a capital, a digit or an opening quote). The splitter is crude
("U.S.", "Dr.", "Adam J." end a "sentence"); gold.json stores each statement sentence verbatim, and actors-dev's
scorer matches by token overlap.

    python3 make_gold.py        # writes gold.json beside this file

Conventions: actors-dev's (README.md there, and its make_gold.py docstring), unchanged:
- actors: every named person, organisation and country; a country's adjective and demonym are its aliases; a city
  or region used as a place is a trap; aliases are forms found in the texts.
- optional actors: named only inside another name or a title, or a lowercase/generic body.
- statements: required when the named actor is the subject of a verb of saying (say, announce, note, state, call
  for ...), an "X announces" headline, a pronoun or bare continuation of the actor's words in the same paragraph,
  or a quotation placed before its attribution in the same paragraph; optional for soft verbs, employers of a named
  speaker, and pieces the crude splitter cuts off an attribution ("Massad.", "Yellen said.").

Calls particular to these texts:
- The US Department of the Treasury is one organisation under all its forms ("Treasury", "the Treasury
  Department", "U.S. Department of the Treasury"); "Treasury" announcing in a headline or a sentence is its
  statement. HM Treasury (UK) is a separate organisation.
- People honoured on savings bonds (Helen Keller, Martin Luther King, Jr. ...) are named persons, so actors, although
  they say nothing; the drug traffickers designated in 05 likewise.
- New York City acting (receiving a grant, "has demonstrated", "has invested") is an organisation (a city
  government), with "the City of New York" and "New York" as aliases.
- Administrations named after their presidents or mayors ("the Biden-Harris Administration", "the de Blasio
  administration", "the Administration"), the "International Financial Institutions (IFIs)" as a class of bodies,
  the "Financial Innovation Partnership (FIP)" (a partnership between two departments), "the Federal government",
  "Nez Perce" (a people and a nation), "Treasuries" and the "Just Energy Transition Partnership (JETP)" (a
  programme of several governments) are neutral; the JETP's Secretariat, a body that coordinates and supports, is
  an organisation ("the Secretariat" its alias).
- 09 gives the secretary's words in bulleted quotation paragraphs after a paragraph saying he "joined X on Y to
  discuss" them: a block quote introduced in the paragraph before, so optional by actors-dev's conventions (none of
  09's statements is required); the interviewers and broadcasters are actors, the programmes ("Fox News Sunday",
  "This Week") traps, "the President" and "the Speaker" unnamed.
- Laws, programmes, bonds, funds' facilities, awards, wars, titles alone, places, dates and sentence openers are
  traps. The nicknames "Mayo" and "Chapo" are aliases of their persons.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/data: actors_gold.py, shared with actors_news2
from actors_gold import CTY, ORG, PER, R, write_gold

OPT = True
_EMPLOYER = "opt:employer of the speaker"
_BLOCK = "opt:a quotation paragraph introduced in the paragraph before ('joined X to discuss')"
_CUT = "opt:a piece of the attribution, cut by the splitter"

D01 = "01_gore-inflation-bonds-1998"
D02 = "02_oneill-paige-financial-education-2002"
D03 = "03_haiti-debt-2010"
D04 = "04_gm-exit-2012"
D05 = "05_sinaloa-cartel-2014"
D06 = "06_canada-fatca-2014"
D07 = "07_us-uk-financial-innovation-2019"
D08 = "08_new-york-gun-violence-grant-2021"
D09 = "09_mnuchin-sunday-shows-2020"
D10 = "10_indonesia-energy-transition-2023"
TREASURY = "U.S. Department of the Treasury"

# name, kind, aliases (as they appear in the texts), documents (file stems), optional
A = [
    # ---- 01: the vice president and the secretary introduce I-bonds honouring eight Americans
    ("Al Gore", PER, ["Vice President Gore", "Gore"], [D01]),
    ("Robert Rubin", PER, ["Treasury Secretary Rubin", "Secretary Rubin", "Rubin"], [D01]),
    ("Helen Keller", PER, ["Helen Keller", "Ms. Keller", "Keller"], [D01]),
    ("Hector Garcia", PER, ["Hector Garcia", "Dr. Hector Garcia"], [D01]),
    (
        "Martin Luther King, Jr.",
        PER,
        ["Martin Luther King, Jr.", "Martin Luther King", "Dr. Martin Luther King", "Dr. King", "King"],
        [D01],
    ),
    ("Chief Joseph", PER, ["Chief Joseph", "Chief Joseph-Nez Perce Chief"], [D01]),
    ("George Marshall", PER, ["George Marshall", "General George Marshall", "Marshall"], [D01]),
    ("Albert Einstein", PER, ["Albert Einstein", "Einstein"], [D01]),
    ("Marian Anderson", PER, ["Marian Anderson"], [D01]),
    ("Spark Matsunaga", PER, ["Spark Matsunaga"], [D01]),
    ("Metropolitan Opera", ORG, ["Metropolitan Opera"], [D01]),
    ("Bureau of Labor Statistics", ORG, ["Bureau of Labor Statistics"], [D01]),
    ("American GI Forum", ORG, ["American GI forum"], [D01], OPT),  # lower-case "forum" in the text
    ("U.S. Army", ORG, ["U.S. Army"], [D01], OPT),  # inside a title ("U.S. Army Chief of Staff")
    # ---- 02: financial education in schools
    ("Paul O’Neill", PER, ["Paul O’Neill", "Treasury Secretary Paul O’Neill", "Secretary O’Neill", "O’Neill"], [D02]),
    ("Rod Paige", PER, ["Rod Paige", "Education Secretary Rod Paige", "Secretary Paige", "Paige"], [D02]),
    ("Rosario Marin", PER, ["Rosario Marin", "Treasurer Rosario Marin", "Treasurer Marin", "Marin"], [D02]),
    ("Bill Hansen", PER, ["Bill Hansen"], [D02]),
    ("Sheila Bair", PER, ["Sheila Bair"], [D02]),
    ("Judy Chapa", PER, ["Judy Chapa"], [D02]),
    ("U.S. Department of Education", ORG, ["Education Department"], [D02]),
    # ---- 03: Haiti's debt
    ("Haiti", CTY, ["Haiti"], [D03]),
    ("Tim Geithner", PER, ["Tim Geithner", "Treasury Secretary Tim Geithner", "Secretary Geithner", "Geithner"], [D03]),
    ("Barack Obama", PER, ["President Obama", "Obama"], [D03]),
    ("Inter-American Development Bank", ORG, ["Inter-American Development Bank", "IDB"], [D03]),
    (
        "International Fund for Agricultural Development",
        ORG,
        ["International Fund for Agricultural Development", "IFAD"],
        [D03],
    ),
    ("International Monetary Fund", ORG, ["International Monetary Fund", "IMF"], [D03]),
    ("International Development Association", ORG, ["International Development Association", "IDA"], [D03]),
    ("World Bank", ORG, ["World Bank"], [D03]),
    # ---- 04: GM
    ("General Motors", ORG, ["General Motors", "GM"], [D04]),
    ("AIG", ORG, ["AIG"], [D04]),
    ("Timothy G. Massad", PER, ["Timothy G. Massad", "Massad"], [D04]),
    # ---- 05: Sinaloa Cartel
    (
        "Ismael Zambada Garcia",
        PER,
        ["Ismael “Mayo” Zambada Garcia", "Ismael Zambada Garcia", "Zambada Garcia", "Mayo"],
        [D05],
    ),
    ("Jose Guadalupe Tapia Quintero", PER, ["Jose Guadalupe Tapia Quintero", "Tapia Quintero"], [D05]),
    (
        "Joaquin Guzman Loera",
        PER,
        ["Joaquin “Chapo” Guzman Loera", "Joaquin Guzman Loera", "Guzman Loera", "Chapo"],
        [D05],
    ),
    ("Sinaloa Cartel", ORG, ["Sinaloa Cartel"], [D05]),
    ("Adam J. Szubin", PER, ["Adam J. Szubin", "Szubin"], [D05]),
    ("Office of Foreign Assets Control", ORG, ["Office of Foreign Assets Control", "OFAC"], [D05]),
    ("Drug Enforcement Administration", ORG, ["Drug Enforcement Administration", "DEA"], [D05]),
    ("Doug Coleman", PER, ["Doug Coleman", "Coleman"], [D05]),
    ("Phoenix Field Division", ORG, ["Phoenix Field Division"], [D05], OPT),  # a division of the DEA
    ("OCDETF Strike Force", ORG, ["OCDETF Strike Force"], [D05], OPT),  # a multi-agency task force
    ("Mexico", CTY, ["Mexico"], [D05]),
    # ---- 06: FATCA agreements
    ("Canada", CTY, ["Canada"], [D06, D10]),
    ("Hungary", CTY, ["Hungary"], [D06]),
    ("Italy", CTY, ["Italy"], [D06, D10]),
    ("Mauritius", CTY, ["Mauritius"], [D06]),
    ("Robert B. Stack", PER, ["Robert B. Stack", "Stack"], [D06]),
    ("Internal Revenue Service", ORG, ["IRS"], [D06]),
    # ---- 07: US-UK Financial Innovation Partnership
    ("United Kingdom", CTY, ["United Kingdom", "UK", "Britain"], [D07, D10]),
    ("HM Treasury", ORG, ["HM Treasury"], [D07]),
    ("Heath Tarbert", PER, ["Heath Tarbert"], [D07]),
    ("John Glen", PER, ["John Glen"], [D07]),
    ("International Trade Administration", ORG, ["International Trade Administration"], [D07]),
    ("Gilbert B. Kaplan", PER, ["Gilbert B. Kaplan", "Kaplan"], [D07]),
    (
        "U.S. Department of Commerce",
        ORG,
        ["U.S. Department of Commerce", "Department of Commerce", "U.S. Commerce Department", "Commerce Department"],
        [D07],
    ),
    ("Graham Stuart", PER, ["Graham Stuart", "Graham Stuart MP"], [D07]),
    (
        "Department for International Trade",
        ORG,
        ["UK Department for International Trade", "Department for International Trade", "DIT"],
        [D07],
    ),
    (
        "U.S.-UK Financial Regulatory Working Group",
        ORG,
        ["U.S.-UK Financial Regulatory Working Group", "Financial Regulatory Working Group"],
        [D07],
        OPT,
    ),
    # ---- 08: New York City's grant
    (
        "New York City Mayor’s Office of Criminal Justice",
        ORG,
        ["New York City Mayor’s Office of Criminal Justice", "Mayor’s Office of Criminal Justice", "NYC-MOCJ", "MOCJ"],
        [D08],
    ),
    ("New York City", ORG, ["New York City", "City of New York", "New York"], [D08]),
    (
        "Janet L. Yellen",
        PER,
        ["Janet L. Yellen", "Secretary of the Treasury Janet L. Yellen", "Yellen"],
        [D08],
    ),
    ("Bill de Blasio", PER, ["Bill de Blasio", "Mayor Bill de Blasio", "de Blasio"], [D08]),
    ("Marcos Gonzalez Soler", PER, ["Marcos Gonzalez Soler"], [D08]),
    ("Joe Biden", PER, ["Biden"], [D08], OPT),  # only in "the Biden-Harris Administration"
    ("Kamala Harris", PER, ["Harris"], [D08], OPT),  # likewise
    ("Commission on Social Impact Partnerships", ORG, ["Commission on Social Impact Partnerships"], [D08]),
    (
        "Federal Interagency Council on Social Impact Partnerships",
        ORG,
        ["Federal Interagency Council on Social Impact Partnerships"],
        [D08],
    ),
    ("U.S. Department of Justice", ORG, ["U.S. Department of Justice", "Department of Justice"], [D08]),
    # ---- 09: the secretary on two Sunday television programmes
    (
        "Steven T. Mnuchin",
        PER,
        ["Steven T. Mnuchin", "Secretary Steven T. Mnuchin", "Secretary Mnuchin", "Mnuchin"],
        [D09],
    ),
    ("Chris Wallace", PER, ["Chris Wallace"], [D09]),
    ("Jonathan Karl", PER, ["Jonathan Karl"], [D09]),
    ("ABC", ORG, ["ABC"], [D09]),
    ("Google", ORG, ["Google"], [D09]),
    ("Fox News", ORG, ["Fox News"], [D09], OPT),  # only inside the programme's name "Fox News Sunday"
    ("Small Business Administration", ORG, ["SBA"], [D09], OPT),  # only as "more SBA lending"
    # ---- 10: Indonesia's Just Energy Transition Partnership
    ("Indonesia", CTY, ["Indonesia", "Government of Indonesia", "GOI"], [D10]),
    ("International Partners Group", ORG, ["International Partners Group", "IPG"], [D10]),
    (
        "JETP Secretariat",
        ORG,
        ["JETP Secretariat", "Secretariat for the Just Energy Transition Partnership", "Secretariat"],
        [D10],
    ),
    ("Ministry of Energy and Mineral Resources", ORG, ["Ministry of Energy and Mineral Resources", "MEMR"], [D10]),
    ("Asian Development Bank", ORG, ["Asian Development Bank"], [D10]),
    ("Japan", CTY, ["Japan"], [D10]),
    ("Denmark", CTY, ["Denmark"], [D10]),
    ("France", CTY, ["France"], [D10]),
    ("Germany", CTY, ["Germany"], [D10]),
    ("Norway", CTY, ["Norway"], [D10]),
    ("European Union", ORG, ["European Union"], [D10]),
    ("Rachmat Kaimuddin", PER, ["Rachmat Kaimuddin", "Deputy Coordinating Minister Rachmat Kaimuddin"], [D10]),
    ("Coordinating Ministry for Maritime Affairs and Investment", ORG, ["MARVES"], [D10], OPT),  # in titles only
    ("Dadan Kusdiana", PER, ["Dadan Kusdiana"], [D10]),
    ("Nani Hendiarti", PER, ["Nani Hendiarti"], [D10]),
    ("Alexia Latortue", PER, ["Alexia Latortue", "Assistant Secretary Alexia Latortue"], [D10]),
    ("Rick Duke", PER, ["Rick Duke"], [D10]),
    ("U.S. Department of State", ORG, ["U.S. Department of State", "Department of State"], [D10]),
    ("Tomoyoshi Yahagi", PER, ["Tomoyoshi Yahagi"], [D10]),
    ("Ministry of Finance of Japan", ORG, ["Ministry of Finance of Japan", "Ministry of Finance"], [D10]),
    ("Glasgow Financial Alliance for Net Zero", ORG, ["Glasgow Financial Alliance for Net Zero", "GFANZ"], [D10]),
    ("G20", ORG, ["G20"], [D10], OPT),  # only in the event's name "G20 Leaders' Summit"
    # ---- in several
    (
        TREASURY,
        ORG,
        [
            "U.S. Department of the Treasury",
            "Department of the Treasury",
            "Treasury Department",
            "Treasury",
            "Departments of Treasury",
            "U.S. Treasury",
        ],
        [D01, D02, D03, D04, D05, D06, D07, D08, D10],
    ),
    (
        "United States",
        CTY,
        ["United States", "U.S.", "America", "American", "Americans"],
        [D01, D02, D03, D04, D05, D06, D07, D09, D10],
    ),
    ("U.S. Congress", ORG, ["U.S. Congress", "Congress"], [D03, D06, D09]),
]
# 08 names the United States only inside names ("U.S. Department of ...") and as "this country"; 04 names Congress
# only in a report's title ("Report to Congress"): optional there, as separate entries would clash, the gold keeps one
# entry each and these documents are listed above only where the actor is required.

NEUTRAL = [
    "Nez Perce",
    "International Financial Institutions",
    "IFIs",
    "IFI",
    "Administration",
    "Biden-Harris Administration",
    "Biden-Harris administration",
    "de Blasio administration",
    "Financial Innovation Partnership",
    "FIP",
    "Partnership",
    "Federal",
    "Treasuries",
    "Just Energy Transition Partnership",
    "JETP",
]

TRAPS = {
    "sentence openers and common words": [
        "Now",
        "These",
        "The",
        "Six",
        "Even",
        "Individuals",
        "Investors",
        "Ownership",
        "Studies",
        "Financial education",
        "Topics",
        "Following",
        "Other",
        "They",
        "Today",
        "This",
        "In",
        "Similarly",
        "For",
        "When",
        "On",
        "With",
        "Overall",
        "Including",
        "According",
        "Moreover",
        "Earlier",
        "Last",
        "Since",
        "Pursuant",
        "Penalties",
        "Criminal",
        "Governments",
        "Under",
        "By",
        "Each",
        "Updates",
        "Technology",
        "Dialogue",
        "Obviously",
        "Investments",
        "Collaboration",
        "Agreements",
        "Watch",
        "Industry",
        "To",
    ],
    "titles alone": [
        "Vice President",
        "Treasury Secretary",
        "Education Secretary",
        "Treasurer",
        "Education Deputy Secretary",
        "Assistant Secretary for Financial Stability",
        "Special Agent in Charge",
        "Senior Lieutenant",
        "Deputy Assistant Secretary for International Tax Affairs",
        "Acting Under Secretary for International Affairs",
        "Economic Secretary",
        "Minister for Investment",
        "Under Secretary for International Trade",
        "MP",
        "Mayor",
        "Secretary of the Treasury",
        "President",
        "Senator",
        "Congressman",
        "Secretaries",
        "Speaker",
        "Assistant Secretary",
        "Deputy Coordinating Minister",
        "Deputy Director General",
        "Deputy Special Envoy for Climate",
        "Deputy Minister for Environmental Management and Forestry",
        "Deputy Coordinating Minister for Infrastructure and Transportation",
        "Director General",
        "Chief of Staff",
        "Treasury Assistant Secretary for Financial Institutions",
        "Secretary of State and Defense",
        "Treasury Deputy Assistant Secretary for Financial Education",
        "Director General for New, Renewable Energy and Energy Conservation",
    ],
    "places": [
        "WASHINGTON",
        "Washington",
        "DC",
        "Culiacan",
        "Sinaloa",
        "Arizona",
        "California",
        "Tijuana",
        "Baja California",
        "Bali",
        "Oval Office",
    ],
    "laws, programmes, products, plans and documents": [
        "Series I Inflation-Indexed Savings Bonds",
        "I-Bonds",
        "I-Bond",
        "I-bonds",
        "Consumer Price Index",
        "CPI-U",
        "Marshall plan",
        "Theory of Relativity",
        "Bank on Your Schools",
        "FY 10 Supplemental Appropriations Act",
        "Supplemental Appropriations Act",
        "Post-Catastrophe Debt Reduction",
        "PCDR",
        "PCDR Trust",
        "TG-796",
        "Troubled Asset Relief Program",
        "TARP",
        "Kingpin Act",
        "Foreign Narcotics Kingpin Designation Act",
        "United States Code",
        "Title 18",
        "Foreign Account Tax Compliance Act",
        "FATCA",
        "IGAs",
        "IGA",
        "FFIs",
        "Model 1",
        "Model 2",
        "Model IGAs",
        "Regulatory Engagement",
        "Commercial Engagement",
        "Cure Violence",
        "Social Impact Partnerships to Pay for Results Act",
        "SIPPRA",
        "American Dream",
        "Braille",
        "Fox News Sunday",
        "This Week",
        "TravelOrder",
        "Pay for Results Act",
        "Social Impact Partnerships",
        "Urban Consumers",
        "Physics",
        "Renewable Energy and Energy Conservation",
    ],
    "awards, wars, holidays and months": [
        "Nobel Peace Prize",
        "Nobel Prize",
        "World War II",
        "January",
        "April",
        "May",
        "July",
        "June",
        "September",
        "November",
        "December",
        "G20 Leaders’ Summit",
    ],
    "groups of people": ["Latino", "Mexican-Americans", "African American", "Native American"],
    "headline fragments": [
        "VICE PRESIDENT GORE INTRODUCES NEW INFLATION-INDEXED SAVINGS BONDS",
        "Bonds Honor Eight Distinguished Americans",
        "Achievement of Debt Relief",
        "Other Donors",
        "Action Targets Senior Lieutenant",
        "Narcotics Transportation",
        "Offshore Tax Evasion",
        "Federal Commitments",
        "Gun Violence",
        "Financial Education",
        "Sunday Shows",
        "State of the Economy",
        "Legislative Deal to Support Businesses",
        "Financial Markets",
        "Working with Congress",
        "Private Sector",
        "Economy",
        "Legislative Deal",
        "Support Businesses",
        "International Partners",
        "Energy Transformation",
    ],
}

S = {
    D01: {
        3: [("Al Gore", R)],
        4: [("Al Gore", R)],  # his words continued in the paragraph (no quotation marks in the source)
        16: [("Robert Rubin", R)],
        17: [("Robert Rubin", R)],
        19: [(TREASURY, "opt:a rate announced by the Treasury Department")],
    },
    D02: {
        1: [("Paul O’Neill", R), ("Rod Paige", R)],  # "Secretaries O'Neill and Paige Call for ..." headline
        3: [("Paul O’Neill", R)],
        4: [("Paul O’Neill", R)],
        5: [("Paul O’Neill", R)],
        6: [("Rod Paige", R), ("U.S. Department of Education", _EMPLOYER)],
        7: [("Rod Paige", R)],
        8: [("Rod Paige", R)],
        12: [("Rosario Marin", R), (TREASURY, _EMPLOYER)],
        13: [("Rosario Marin", R)],
        14: [("Paul O’Neill", R)],
        15: [("Paul O’Neill", R)],
        16: [("Paul O’Neill", R)],
        20: [("Paul O’Neill", R)],
        21: [("Paul O’Neill", R)],
    },
    D03: {
        3: [(TREASURY, _CUT)],
        4: [(TREASURY, R)],
        5: [("Tim Geithner", R)],
        7: [("Tim Geithner", R)],
        8: [("Tim Geithner", R)],
        9: [(TREASURY, R)],
        10: [(TREASURY, 'opt:what Treasury noted, cut by the splitter at "U.S."')],
        11: [("Tim Geithner", "opt:praised")],
        12: [("Tim Geithner", R)],
        13: [("Tim Geithner", R)],
        20: [("World Bank", R)],
    },
    D04: {
        1: [(TREASURY, R)],
        2: [(TREASURY, _CUT)],
        3: [(TREASURY, R)],
        10: [(TREASURY, R)],
        13: [("Timothy G. Massad", R)],
        14: [("Timothy G. Massad", R)],
        15: [("Timothy G. Massad", _CUT)],
        16: [("Timothy G. Massad", R)],
    },
    D05: {
        2: [(TREASURY, _CUT)],
        3: [(TREASURY, R)],
        5: [("Adam J. Szubin", R), ("Office of Foreign Assets Control", _EMPLOYER)],
        6: [("Adam J. Szubin", _CUT)],
        7: [("Adam J. Szubin", R)],
        12: [("Doug Coleman", R), ("Drug Enforcement Administration", _EMPLOYER)],
        13: [("Doug Coleman", R)],
    },
    D06: {
        1: [("United States", _CUT)],
        2: [("United States", R)],  # "U.S. Announces Agreement With Canada ..." headline, cut after "U.S."
        3: [(TREASURY, _CUT)],
        4: [(TREASURY, R)],
        5: [(TREASURY, "opt:announced, in a subordinate clause")],
        8: [("Robert B. Stack", R), (TREASURY, _EMPLOYER)],
        9: [("Robert B. Stack", _CUT)],
        10: [("Robert B. Stack", R)],
    },
    D07: {
        6: [("Heath Tarbert", R)],
        7: [("Heath Tarbert", R)],
        8: [("Heath Tarbert", _CUT), (TREASURY, _EMPLOYER)],
        9: [("John Glen", R)],
        10: [("John Glen", R), ("HM Treasury", _EMPLOYER)],
        11: [("Gilbert B. Kaplan", R), ("International Trade Administration", "opt:the speaker's agency")],
        12: [("Gilbert B. Kaplan", R)],
        13: [("Gilbert B. Kaplan", _CUT), ("U.S. Department of Commerce", _EMPLOYER)],
        14: [("Graham Stuart", R)],
        15: [("Graham Stuart", R)],
    },
    D08: {
        1: [(TREASURY, R)],
        3: [(TREASURY, _CUT)],
        4: [(TREASURY, R)],
        6: [("Janet L. Yellen", R)],
        7: [("Janet L. Yellen", _CUT)],
        8: [("Janet L. Yellen", R)],
        9: [("Janet L. Yellen", R)],
        10: [("Bill de Blasio", R)],
        11: [("Bill de Blasio", R)],
        12: [("Bill de Blasio", R)],
        13: [("Marcos Gonzalez Soler", R)],
        14: [("Marcos Gonzalez Soler", R), ("New York City Mayor’s Office of Criminal Justice", _EMPLOYER)],
        15: [("Marcos Gonzalez Soler", R)],
    },
    D09: {
        3: [("Steven T. Mnuchin", "opt:joined X to discuss")],
        4: [("Steven T. Mnuchin", _BLOCK)],
        5: [("Steven T. Mnuchin", _BLOCK)],
        6: [("Steven T. Mnuchin", _BLOCK)],
        7: [("Steven T. Mnuchin", _BLOCK)],
        8: [("Steven T. Mnuchin", _BLOCK)],
        10: [("Steven T. Mnuchin", "opt:joined X to continue discussing")],
        11: [("Steven T. Mnuchin", _BLOCK)],
        12: [("Steven T. Mnuchin", _BLOCK)],
        13: [("Steven T. Mnuchin", _BLOCK)],
        14: [("Steven T. Mnuchin", _BLOCK)],
        15: [("Steven T. Mnuchin", _BLOCK)],
        16: [("Steven T. Mnuchin", _BLOCK)],
        17: [("Steven T. Mnuchin", _BLOCK)],
        18: [("Steven T. Mnuchin", _BLOCK)],
        19: [("Steven T. Mnuchin", _BLOCK)],
        20: [("Steven T. Mnuchin", _BLOCK)],
        21: [("Steven T. Mnuchin", _BLOCK)],
        22: [("Steven T. Mnuchin", _BLOCK)],
        23: [("Steven T. Mnuchin", _BLOCK)],
    },
    D10: {
        7: [("Rachmat Kaimuddin", R)],
        8: [("Rachmat Kaimuddin", R), ("Coordinating Ministry for Maritime Affairs and Investment", _EMPLOYER)],
        13: [("Alexia Latortue", R)],
        14: [("Alexia Latortue", R)],
        15: [("United States", "opt:invited X to"), ("Japan", "opt:invited X to"), ("Indonesia", "opt:invited X to")],
        16: [("Tomoyoshi Yahagi", R)],
        17: [("Tomoyoshi Yahagi", R)],
        19: [("Rick Duke", R)],
        20: [("Rick Duke", R)],
    },
}


def main() -> int:
    corpus = {
        "docs": "docs/ beside this file (10 press releases of the US Department of the Treasury, 1998-2023, "
        "public domain; see README.md)",
        "source": "US-Department-of-the-Treasury/home.treasury.gov @ 0bac2ea1, content/news/press-releases/",
    }
    print(json.dumps(write_gold(HERE, A, S, TRAPS, NEUTRAL, corpus, __doc__ or "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
