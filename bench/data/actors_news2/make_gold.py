"""Write gold.json for actors_news2 from the hand annotations below (stdlib only).

The annotations were written by reading the 10 Wikinews articles in docs/ (see README.md for their sources and
licence) before docbot was run on them. The format and the conventions are those of ../shared/eval/actors-dev
(its make_gold.py docstring); sentences are numbered per document by the same crude splitter (paragraphs are
blank-line blocks, the headline is paragraph 1; a sentence ends at . ! ? with an optional closing quote, before a
capital, a digit or an opening quote), and gold.json stores each statement sentence verbatim, so actors-dev's
score.py scores this set unchanged.

    python3 make_gold.py        # writes gold.json beside this file

Calls particular to these texts:
- Facilities and programmes that also act (Kennedy Space Center and Johnson Space Center, the Andy Warhol
  Photographic Legacy Program, PlayStation VR, Houston and the State of Texas as a community) and places that are
  also a polity (Hong Kong) are neutral: listing them is neither required nor an error.
- Museums, galleries and planetariums that only receive a shuttle part or hold an exhibit are optional actors; the
  Museum of Flight, which bid for a shuttle and is the subject of a statement, is required.
- Gods, fictional characters, ships, spacecraft, missions, games, prizes, events and websites used as places are
  traps; so are deities named in a list and the shuttles' names.
- Second batch (11-15): countries named only as places are actors as actors-dev's conventions say (required,
  except France, optional since the first batch, and England); "Police" alone and "police revealed" give optional
  statements of the named force; Blenheim Palace, the White House and Northamptonshire are neutral; firms named as
  examples of "German firms including ... have announced" are optional speakers.
- A pull quote (a first-person sentence without quote marks at the head of a paragraph) is an optional statement of
  the person the article is about.
- Third batch (16-20, Wikinews 2020): a local police force named as a source ("according to Kamloops Police") is an
  actor of its own beside the national force; a statistics database quoted with "according to" and airports are
  neutral; a country's government or network referred to as "the network", "the president", "the archbishop" right
  after its name is a descriptive reference (optional) except where the role was given to the person in the sentence
  before (then required, as a pronoun would be); quotations thanked for or accused with are soft (optional); an
  attribution line whose pull quote the scrape lost ("—The mayor of London, X") is an optional statement; a store
  brand ("outside a Boots store") and a car maker named only in a model's name are optional actors.
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
DOCS = HERE / "docs"

D01, D02, D03 = "01_mecca-crane-collapse", "02_hajj-stampede", "03_greek-court-ancient-worship"
D04, D05 = "04_hong-kong-legislative-election", "05_hackers-attack-scientology-website"
D06, D07 = "06_scientology-freewinds-claims", "07_ozone-warming-crops"
D08, D09, D10 = "08_nasa-retired-shuttles", "09_warhol-photo-legacy", "10_fan-expo-canada"
# the second batch (Wikinews 2019, see build_docs_2019.py): annotated before docbot was first run on it
D11, D12, D13 = "11_escape-room-fire-poland", "12_germany-bans-iranian-airline", "13_tunisia-face-veil-decree"
D14, D15 = "14_gold-toilet-theft", "15_uk-us-diplomatic-immunity"
# the third batch (Wikinews 2020, see build_docs_2020.py): annotated before docbot was first run on it
D16, D17, D18 = "16_baby-finds-drugs-playground", "17_sola-airport-parking-fire", "18_argentina-abortion-bill"
D19, D20 = "19_london-knife-attack", "20_philippines-network-shut-down"
BATCHES = {
    "first ten (GUM)": [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10],
    "second batch (Wikinews 2019)": [D11, D12, D13, D14, D15],
    "third batch (Wikinews 2020)": [D16, D17, D18, D19, D20],
}

PER, CTY, ORG = "person", "country", "organisation"
OPT = True
# name, kind, aliases (as they appear in the texts), documents (file stems), optional
A = [
    # ---- people
    ("Suleiman al-Amr", PER, ["Suleiman al-Amr", "al-Amr", "General Suleiman al-Amr"], [D01]),
    ("Khaled Al-Maeena", PER, ["Khaled Al-Maeena", "Al-Maeena"], [D01]),
    ("Shiu Ka-chun", PER, ["Shiu Ka-chun"], [D04]),
    ("Edward Yiu", PER, ["Edward Yiu"], [D04]),
    ("Tom Cruise", PER, ["Tom Cruise", "Cruise", "Scientologist Tom Cruise"], [D05]),
    ("Matthew Ingram", PER, ["Matthew Ingram", "Ingram"], [D05]),
    ("Valeska Paris", PER, ["Valeska Paris", "Paris"], [D06]),
    ("Albert Jaquier", PER, ["Albert Jaquier"], [D06]),
    ("Colette Heald", PER, ["Colette Heald", "Heald"], [D07]),
    ("AS Heagle", PER, ["AS Heagle", "Heagle"], [D07]),
    (
        "Charles Bolden",
        PER,
        ["Charles Bolden", "Bolden", "Administrator Bolden", "NASA Administrator Charles Bolden"],
        [D08],
    ),
    ("John Cornyn", PER, ["John Cornyn", "Cornyn", "Senator John Cornyn"], [D08]),
    ("Chris Gregoire", PER, ["Chris Gregoire", "Gregoire"], [D08]),
    ("Bonnie Dunbar", PER, ["Bonnie Dunbar"], [D08], OPT),
    ("Yuri Gagarin", PER, ["Yuri Gagarin", "Gagarin"], [D08]),
    ("Andy Warhol", PER, ["Andy Warhol", "Warhol"], [D09]),
    ("Kristen Wilkins", PER, ["Kristen Wilkins", "Wilkins"], [D09]),
    ("Kathryn Waters", PER, ["Kathryn Waters", "Waters"], [D09]),
    ("Stan Lee", PER, ["Stan Lee", "Lee"], [D10]),
    ("Mark Hamill", PER, ["Mark Hamill", "Hamill"], [D10]),
    ("Margaret Atwood", PER, ["Margaret Atwood", "Atwood"], [D10]),
    ("Johnnie Christmas", PER, ["Johnnie Christmas"], [D10]),
    ("Kevin Conroy", PER, ["Kevin Conroy"], [D10]),
    # ---- countries
    ("Saudi Arabia", CTY, ["Saudi Arabia", "Saudi"], [D01, D02]),
    ("Greece", CTY, ["Greece", "Greek", "Greeks"], [D03, D12]),
    ("China", CTY, ["China", "Beijing"], [D04], OPT),
    ("United Kingdom", CTY, ["United Kingdom", "UK"], [D05, D06, D07, D15]),
    ("Australia", CTY, ["Australia", "Australian"], [D06]),
    ("Switzerland", CTY, ["Switzerland"], [D06]),
    ("France", CTY, ["France", "French"], [D06, D12], OPT),  # a place only in D12 too
    ("United States", CTY, ["United States", "US", "U.S.", "American"], [D07, D08, D09, D10, D12, D14, D15]),
    # optional: an adjective only in 10; in 16 a place only, kept optional so one entry serves both batches
    ("Canada", CTY, ["Canada", "Canadian"], [D10, D16], OPT),
    ("Brazil", CTY, ["Brazil", "Brazillian"], [D10]),
    # ---- organisations
    ("Civil Defense Authority", ORG, ["Civil Defense Authority"], [D01]),
    ("al-Ikhbariya", ORG, ["al-Ikhbariya"], [D01]),
    ("Saudi Gazette", ORG, ["Saudi Gazette"], [D01]),
    ("Saudi Interior Ministry", ORG, ["Saudi Interior Ministry", "Interior Ministry"], [D02]),
    ("Greek Ministry of Culture", ORG, ["Greek Ministry of Culture", "Ministry of Culture"], [D03]),
    ("Greek Orthodox Church", ORG, ["Greek Orthodox Church"], [D03]),
    ("Legislative Council", ORG, ["Legislative Council"], [D04]),
    (
        "Church of Scientology",
        ORG,
        ["Church of Scientology", "Scientology", "Church", "The Church of Scientology"],
        [D05, D06],
    ),
    ("Wikinews", ORG, ["Wikinews"], [D05, D09]),
    ("Anonymous", ORG, ["Anonymous"], [D05], OPT),
    ("4chan", ORG, ["4chan"], [D05], OPT),
    ("YouTube", ORG, ["YouTube"], [D05]),
    ("Gawker.com", ORG, ["Gawker.com", "Gawker"], [D05]),
    ("The Globe and Mail", ORG, ["The Globe and Mail", "Globe and Mail"], [D05]),
    ("Operation Clambake", ORG, ["Operation Clambake"], [D05], OPT),
    ("BBC News", ORG, ["BBC News", "BBC"], [D05]),
    ("Hitwise UK", ORG, ["Hitwise UK", "Hitwise"], [D05]),
    ("Sea Org", ORG, ["Sea Org"], [D06]),
    ("Australian Broadcasting Corporation", ORG, ["Australian Broadcasting Corporation"], [D06]),
    ("Massachusetts Institute of Technology", ORG, ["Massachusetts Institute of Technology"], [D07]),
    ("Colorado State University", ORG, ["Colorado State University"], [D07]),
    ("University of Sheffield", ORG, ["University of Sheffield"], [D07]),
    ("Nature Climate Change", ORG, ["Nature Climate Change"], [D07], OPT),
    ("The Huffington Post", ORG, ["The Huffington Post", "Huffington Post"], [D07]),
    ("U.S. Department of Agriculture", ORG, ["U.S. Department of Agriculture", "Department of Agriculture"], [D07]),
    (
        "U.S. Environmental Protection Agency",
        ORG,
        ["U.S. Environmental Protection Agency", "Environmental Protection Agency"],
        [D07],
    ),
    ("Croucher Foundation", ORG, ["Croucher Foundation"], [D07]),
    ("US National Science Foundation", ORG, ["US National Science Foundation", "National Science Foundation"], [D07]),
    ("US National Park Service", ORG, ["US National Park Service", "National Park Service"], [D07]),
    ("NASA", ORG, ["NASA"], [D08]),
    ("Smithsonian", ORG, ["Smithsonian"], [D08], OPT),
    ("National Air and Space Museum", ORG, ["National Air and Space Museum"], [D08], OPT),
    ("Intrepid Sea-Air-Space Museum", ORG, ["Intrepid Sea-Air-Space Museum"], [D08], OPT),
    ("California Science Center", ORG, ["California Science Center"], [D08], OPT),
    ("Republican Party", ORG, ["Republican Party", "Republican"], [D08], OPT),
    ("Museum of Flight", ORG, ["Museum of Flight", "The Museum of Flight"], [D08]),
    ("Adler Planetarium", ORG, ["Adler Planetarium"], [D08], OPT),
    ("Evergreen Aviation & Space Museum", ORG, ["Evergreen Aviation & Space Museum"], [D08], OPT),
    ("Texas A&M", ORG, ["Texas A&M"], [D08], OPT),
    (
        "National Museum of the U.S. Air Force",
        ORG,
        ["National Museum of the U.S. Air Force", "National Museum"],
        [D08],
        OPT,
    ),
    ("U.S. Space and Rocket Center", ORG, ["U.S. Space and Rocket Center", "Space and Rocket Center"], [D08], OPT),
    ("University of Southern Indiana", ORG, ["University of Southern Indiana", "USI"], [D09]),
    ("McCutchan Art Center", ORG, ["McCutchan Art Center", "Pace Galleries"], [D09], OPT),
    ("Andy Warhol Foundation for the Visual Arts", ORG, ["Andy Warhol Foundation for the Visual Arts"], [D09]),
    ("Ubisoft", ORG, ["Ubisoft"], [D10]),
    ("Microsoft", ORG, ["Microsoft"], [D10]),
    ("Cloud9", ORG, ["Cloud9"], [D10]),
    ("Immortals", ORG, ["Immortals"], [D10]),
    # ---- second batch: people
    ("Andrzej Duda", PER, ["Andrzej Duda", "Duda", "President Andrzej Duda"], [D11]),
    ("Joachim Brudziński", PER, ["Joachim Brudziński", "Brudzinski", "Interior Minister Joachim Brudziński"], [D11]),
    ("Tomasz Kubiak", PER, ["Tomasz Kubiak"], [D11]),
    ("Monika Kosiec", PER, ["Monika Kosiec", "Kosiec"], [D11]),
    ("Piotr Jedlinski", PER, ["Piotr Jedlinski"], [D11]),
    ("Mike Pompeo", PER, ["Mike Pompeo"], [D12, D15]),
    ("Hamid Arabnejad Khanooki", PER, ["Hamid Arabnejad Khanooki"], [D12]),
    ("Angela Merkel", PER, ["Angela Merkel"], [D12]),
    ("Steffen Seibert", PER, ["Steffen Seibert"], [D12]),
    ("Richard Grenell", PER, ["Richard Grenell"], [D12]),
    ("Bashar al-Assad", PER, ["Bashar al-Assad", "al-Assad"], [D12]),
    ("Donald Trump", PER, ["Donald Trump"], [D12, D14]),
    ("Barack Obama", PER, ["Barack Obama"], [D12]),
    ("Youssef Chahed", PER, ["Youssef Chahed", "Chahed"], [D13]),
    ("Jamel Msallem", PER, ["Jamel Msallem"], [D13]),
    ("Samir Dilou", PER, ["Samir Dilou"], [D13]),
    ("Souhail Alouini", PER, ["Souhail Alouini"], [D13]),
    ("Zine El Abidine Ben Ali", PER, ["Zine El Abidine Ben Ali"], [D13]),
    ("Steven Jones", PER, ["Steven Jones", "Detective Inspector Steven Jones"], [D14]),
    ("Maurizio Cattelan", PER, ["Maurizio Cattelan", "Cattelan"], [D14]),
    ("Dominic Hare", PER, ["Dominic Hare"], [D14]),
    (
        "Boris Johnson",
        PER,
        ["Boris Johnson", "Johnson", "Prime Minister Boris Johnson", "Prime Minister Johnson"],
        [D15, D19],
    ),
    ("Anne Sacoolas", PER, ["Anne Sacoolas", "Sacoolas"], [D15]),
    ("Harry Dunn", PER, ["Harry Dunn", "Dunn"], [D15]),
    ("Jonathan Socoolas", PER, ["Jonathan Socoolas"], [D15]),
    ("Nick Adderley", PER, ["Nick Adderley"], [D15]),
    ("Stephen Mold", PER, ["Stephen Mold"], [D15]),
    ("Dominic Raab", PER, ["Dominic Raab"], [D15]),
    ("Charlotte Charles", PER, ["Charlotte Charles", "Charles"], [D15]),
    # ---- second batch: countries
    ("Poland", CTY, ["Poland"], [D11]),
    ("Germany", CTY, ["Germany", "German"], [D12]),
    ("Iran", CTY, ["Iran", "Iranian"], [D12]),
    ("Syria", CTY, ["Syria", "Syrian"], [D12]),
    ("Spain", CTY, ["Spain"], [D12]),
    ("Italy", CTY, ["Italy", "Italian"], [D12, D14]),
    ("Denmark", CTY, ["Denmark"], [D12]),
    ("Netherlands", CTY, ["Netherlands"], [D12]),
    ("Tunisia", CTY, ["Tunisia", "Tunisian"], [D13]),
    ("Iraq", CTY, ["Iraq"], [D13], OPT),  # only inside an organisation's name
    ("Algeria", CTY, ["Algeria"], [D13]),
    ("Morocco", CTY, ["Morocco"], [D13]),
    ("England", CTY, ["England"], [D14, D19], OPT),  # a place only
    # ---- second batch: organisations
    ("State Fire Brigade", ORG, ["State Fire Brigade"], [D11]),
    ("Agence France-Presse", ORG, ["Agence France-Presse"], [D11, D13]),
    ("PAP", ORG, ["PAP"], [D11]),
    ("Mahan Air", ORG, ["Mahan Air", "Mahan"], [D12]),
    ("Federal Aviation Office", ORG, ["Federal Aviation Office of Germany", "Federal Aviation Office"], [D12]),
    ("Rudaw", ORG, ["Rudaw"], [D12]),
    ("Islamic Revolutionary Guard Corps", ORG, ["Islamic Revolutionary Guard Corps", "Revolutionary Guards"], [D12]),
    ("European Union", ORG, ["European Union"], [D12]),
    ("Deutsche Bahn", ORG, ["Deutsche Bahn"], [D12]),
    ("Deutsche Telekom", ORG, ["Deutsche Telekom"], [D12]),
    ("Daimler", ORG, ["Daimler"], [D12]),
    ("Siemens", ORG, ["Siemens"], [D12]),
    ("Reuters", ORG, ["Reuters"], [D12]),
    ("Islamic State of Iraq and the Levant", ORG, ["Islamic State of Iraq and the Levant"], [D13]),
    (
        "Tunisian League for the Defence of Human Rights",
        ORG,
        ["Tunisian League for the Defence of Human Rights"],
        [D13],
    ),
    ("Tunisian Parliament", ORG, ["Tunisian Parliament", "Parliament"], [D13]),
    ("Thames Valley Police", ORG, ["Thames Valley Police"], [D14]),
    ("The New York Times", ORG, ["The New York Times", "New York Times"], [D14]),
    ("Royal Air Force", ORG, ["Royal Air Force"], [D15]),
    ("US Air Force", ORG, ["US Air Force"], [D15]),
    ("Northamptonshire Police", ORG, ["Northamptonshire police"], [D15], OPT),  # written in lower case
    ("US Embassy", ORG, ["US Embassy"], [D15]),
    (
        "United States Department of State",
        ORG,
        ["United States Department of State", "State Department"],
        [D15],
    ),
    ("Daily Mail", ORG, ["Daily Mail"], [D15]),
    # ---- third batch (Wikinews 2020): people
    ("Gary Gray", PER, ["Gary Gray", "Constable Gary Gray"], [D16]),
    ("Daniel Dubé", PER, ["Daniel Dubé", "Detective Constable Daniel Dubé"], [D16]),
    ("Bob Hughes", PER, ["Bob Hughes"], [D16]),
    ("Michaela Jyrkkanen", PER, ["Michaela Jyrkkanen"], [D16]),
    ("Sukhpreet Klaire", PER, ["Sukhpreet Klaire", "Dr Sukhpreet Klaire"], [D16]),
    ("Nils-Erik Haagenrud", PER, ["Nils-Erik Haagenrud"], [D17]),
    ("Erna Solberg", PER, ["Erna Solberg", "Solberg", "Prime Minister Erna Solberg"], [D17]),
    ("Alberto Fernández", PER, ["Alberto Fernández", "Fernández", "President Fernández"], [D18]),
    ("Mariela Belski", PER, ["Mariela Belski"], [D18]),
    ("Jorge Eduardo Scheinig", PER, ["Jorge Eduardo Scheinig", "Monsenor Jorge Eduardo Scheinig"], [D18]),
    ("Sudesh Amman", PER, ["Sudesh Amman", "Amman"], [D19]),
    ("Alexis Boon", PER, ["Alexis Boon"], [D19]),
    ("Sadiq Khan", PER, ["Sadiq Khan", "Khan"], [D19]),
    ("Ferdinand Marcos", PER, ["Ferdinand Marcos"], [D20]),
    ("Rodrigo Duterte", PER, ["Rodrigo Duterte", "Duterte", "President Rodrigo Duterte"], [D20]),
    ("Jose Calida", PER, ["Jose Calida", "Solicitor General Jose Calida"], [D20]),
    ("Carlo Katigbak", PER, ["Carlo Katigbak", "Katigbak"], [D20]),
    ("Harry Roque", PER, ["Harry Roque"], [D20]),
    # ---- third batch: countries
    ("Norway", CTY, ["Norway", "Norwegian"], [D17]),
    ("Ireland", CTY, ["Ireland"], [D17]),
    ("Argentina", CTY, ["Argentina", "Argentine", "Argentinian"], [D18]),
    ("Uruguay", CTY, ["Uruguay"], [D18]),
    ("Guyana", CTY, ["Guyana"], [D18]),
    ("Cuba", CTY, ["Cuba"], [D18]),
    ("Philippines", CTY, ["Philippines", "Philippine"], [D20]),
    # ---- third batch: organisations
    ("Kamloops Police", ORG, ["Kamloops Police"], [D16]),
    ("Royal Canadian Mounted Police", ORG, ["Royal Canadian Mounted Police", "RCMP", "Kamloops RCMP"], [D16]),
    ("CBC", ORG, ["CBC"], [D16]),
    ("Ask Wellness Society", ORG, ["Ask Wellness Society"], [D16]),
    ("Kamloops This Week", ORG, ["Kamloops This Week"], [D16]),
    ("B.C. Coroners Service", ORG, ["B.C. Coroners Service", "Coroners Service"], [D16]),
    ("The Mustard Seed Kamloops", ORG, ["The Mustard Seed Kamloops", "Mustard Seed Kamloops"], [D16]),
    ("NRK", ORG, ["NRK"], [D17]),
    ("Rogaland Fire and Rescue", ORG, ["Rogaland Fire and Rescue"], [D17]),
    ("Oslo Fire and Rescue", ORG, ["Oslo Fire and Rescue"], [D17]),
    ("Opel", ORG, ["Opel"], [D17], OPT),  # only in a car model's name
    ("National Congress", ORG, ["National Congress"], [D18]),
    ("Amnesty International", ORG, ["Amnesty International"], [D18]),
    ("PA Media", ORG, ["PA Media"], [D19]),
    ("Boots", ORG, ["Boots"], [D19], OPT),  # a store named as a place
    ("Metropolitan Police Counter Terrorism Command", ORG, ["Metropolitan Police Counter Terrorism Command"], [D19]),
    ("Metropolitan Police", ORG, ["Metropolitan Police"], [D19], OPT),  # only inside the command's name
    ("ABS-CBN", ORG, ["ABS-CBN", "ABS-CBN Corporation"], [D20]),
    ("ABS-CBN News Channel", ORG, ["ABS-CBN News Channel"], [D20], OPT),  # a channel of the network
    ("Congress of the Philippines", ORG, ["Congress of the Philippines", "Congress"], [D20]),
    ("National Telecommunications Commission", ORG, ["National Telecommunications Commission", "NTC"], [D20]),
    ("Senate", ORG, ["Senate"], [D20]),
]

# Ambiguous between a facility, a programme or a place and an actor: neither required nor an error.
NEUTRAL = [
    "Hong Kong",
    "Kennedy Space Center",
    "KSC",
    "Johnson Space Center",
    "JSC",
    "Houston",
    "State of Texas",
    "Andy Warhol Photographic Legacy Program",
    "USI Art Collections",
    "PlayStation VR",
    "NCLAN",
    "Udvar-Hazy Center",
    # second batch
    "European",
    "Blenheim Palace",
    "Blenheim",
    "White House",
    "Northamptonshire",
    # third batch
    "Canadian Public Health Infobase",
    "Stavanger Airport",
    "Sola Airport",
]

# Capitalised words and phrases of the texts that are not actors: none may be listed as an actor.
TRAPS = {
    "sentence openers and common words": [
        "A",
        "The",
        "There",
        "Had",
        "As",
        "Construction",
        "Photos",
        "According",
        "Those",
        "Muslims",
        "This",
        "Last",
        "Prior",
        "Due",
        "Today",
        "Many",
        "Young",
        "Also",
        "In",
        "At",
        "Though",
        "Writing",
        "He",
        "Lawsuits",
        "One",
        "Theres",
        "Prompted",
        "Someone",
        "It",
        "Some",
        "Posts",
        "Critics",
        "Traffic",
        "She",
        "Here",
        "They",
        "On",
        "Several",
        "By",
        "Depending",
        "Results",
        "However",
        "Despite",
        "An",
        "Ozone",
        "Not",
        "Finally",
        "Other",
        "Visitors",
        "Like",
        "While",
        "These",
        "Since",
        "Hundreds",
        "Various",
        "Crossing",
        "Gameplay",
        "After",
        "Both",
        "Even",
        "From",
        "Ground-level",
        # second batch
        "Escape",
        "Following",
        "President",
        "Police",
        "State",
        "Mayor",
        "Interior Minister",
        "Other",
        "With",
        "Secretary of State",
        "Ambassador",
        "Reportedly",
        "Speaking",
        "Previously",
        "That",
        "Maybe",
        "We",
        "Prime Minister",
        "Yesterday",
        "Another",
        "Our",
        "When",
        "Who",
        "I",
        "Back",
        "Detective Inspector",
        "Normally",
        "Foreign Secretary",
        "Police and Crime Commissioner",
        "TV",
    ],
    "days, months": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "September",
        "October",
        "BST",
        "UTC",
    ],
    "titles without a name": ["Governor", "Senator", "Administrator", "Administration"],
    "places not used as a government": [
        "Mecca",
        "Grand Mosque",
        "Jamarat Bridge",
        "Al-Ghaza Hotel",
        "Masjid Al-Haram",
        "Taikoo",
        "Hong Kong Island",
        "Internet",
        "Clearwater",
        "Florida",
        "Flag Land Base",
        "Sydney",
        "Cape Canaveral",
        "Orbiter Processing Facility-1",
        "Washington Dulles International Airport",
        "New York City",
        "Los Angeles",
        "California",
        "Texas",
        "Seattle",
        "Washington",
        "Pacific Northwest",
        "Chicago",
        "Illinois",
        "McMinnville",
        "Oregon",
        "Wright-Patterson Air Force Base",
        "Ohio",
        "Huntsville",
        "Alabama",
        "Kennedy Space Center Visitor Complex",
        "Evansville",
        "Indiana",
        "Toronto",
        "Metro Toronto Convention Centre",
        "North America",
        "Bat Cave",
        # second batch
        "Koszalin",
        "North Poland",
        "Europe",
        "Middle East",
        "Middle Eastern",
        "Tunis",
        "African",
        "Cheltenham",
        "Oxfordshire",
        "Watford",
        "London",
        "John Radcliffe Hospital",
        "RAF Croughton",
    ],
    "gods, characters, works, products, vehicles, events, laws, groups and other non-actors": [
        "Hajj",
        "Islam",
        "Islamic",
        "Muslim",
        "Satan",
        "Zeus",
        "Hera",
        "Poseidon",
        "Aphrodite",
        "Athena",
        "Wicca",
        "Hellenic",
        "Christian",
        "Social Welfare",
        "Insurgency Wiki",
        "History",
        "Gigaloader",
        "Scientology.org",
        "GMT",
        "Lifestyle-Religion",
        "Freewinds",
        "Rehabilitation Project Force",
        "Scientologist",
        "Clean Air Act",
        "Space Shuttle",
        "Space Shuttle Columbia",
        "Columbia",
        "STS-1",
        "Space Shuttle Atlantis",
        "Atlantis",
        "STS-135",
        "Space Shuttle Enterprise",
        "Enterprise",
        "Space Shuttle Discovery",
        "Discovery",
        "STS-133",
        "Space Shuttle Endeavour",
        "Endeavour",
        "STS-134",
        "Space Shuttle Challenger",
        "Challenger",
        "Space Shuttle Program",
        "Vostok 1",
        "Texans",
        "Polaroids",
        "Fan Expo Canada",
        "Booker Prize",
        "Angel Catbird",
        "Batman",
        "Batman: The Animated Series",
        "Star Wars",
        "Joker",
        "Batman: Arkham VR",
        "Bruce Wayne",
        "Nightwing",
        "Northern Arena Esports Championship",
        "Counter-Strike: Global Offensive",
        # second batch
        "God",
        "Presidency",
        "America",
        "Volvo",
        "Volvo XC90",
        # third batch
        "British Columbia",
        "B.C.",
        "Kamloops",
        "McDonald Park",
        "COVID-19",
        "Ontario",
        "New York State",
        "Quebec",
        "CERB",
        "Canada Emergency Response Benefit",
        "Vancouver",
        "Kiss & Fly",
        "UTC",
        "Opel Zafira",
        "Cork",
        "Stavanger",
        "Oslo",
        "Johan Sverdrup",
        "Twitter",
        "Tuesday",
        "Wednesday",
        "Sunday",
        "Monday",
        "Latin American",
        "Catholic",
        "Spanish",
        "Century",
        "London",
        "Streatham High Road",
        "Streatham",
        "Jannah",
        "Radio Control Law",
        "Republic Act",
        "Lenten Break",
        "Senators",
        "FM",
        "AM",
    ],
}

R = "req"
# doc stem -> {sentence number (this file's splitter, 1 = headline): [(actor, "req" | "opt:<why>")]}
S = {
    D01: {
        3: [("Civil Defense Authority", R), ("Saudi Arabia", "opt:country of the speaking authority")],
        4: [("Suleiman al-Amr", R), ("Civil Defense Authority", "opt:employer of the speaker")],
        5: [("Suleiman al-Amr", R)],
        9: [("Khaled Al-Maeena", R), ("Saudi Gazette", "opt:employer of the speaker")],
        10: [("Khaled Al-Maeena", R)],
    },
    D02: {
        3: [("Saudi Interior Ministry", R), ("Saudi Arabia", "opt:country of the speaking ministry")],
    },
    D03: {
        8: [("Greek Orthodox Church", "opt:soft verb (estimates)")],
    },
    D05: {
        3: [("Wikinews", "opt:has learned, reporting a posting")],
        5: [("Church of Scientology", "opt:attempts, no verb of saying")],
        6: [("Gawker.com", "opt:named as an example of the sites that stated")],
        7: [("Matthew Ingram", R), ("The Globe and Mail", "opt:employer of the speaker")],
        8: [("Matthew Ingram", R)],
        9: [("Matthew Ingram", R)],
        19: [("Operation Clambake", "opt:posts on the site's message board")],
    },
    D06: {
        1: [("Valeska Paris", "opt:unnamed in the headline (an Australian woman claims)")],
        3: [("Valeska Paris", R)],
        7: [("Valeska Paris", R)],
        8: [("Valeska Paris", R)],
        9: [("Valeska Paris", "opt:first-person sentence without quote marks or attribution")],
        11: [("Valeska Paris", R)],
        12: [("Valeska Paris", R)],
        13: [("Valeska Paris", R)],
        15: [("Church of Scientology", R)],
        17: [("Church of Scientology", R)],
        18: [("Church of Scientology", "opt:block quote introduced in the previous paragraph")],
        19: [("Church of Scientology", "opt:block quote introduced in the previous paragraph")],
        20: [("Church of Scientology", R)],
        21: [("Church of Scientology", R)],
    },
    D07: {
        8: [("Colette Heald", R)],
        11: [("Colette Heald", R)],
        13: [("U.S. Department of Agriculture", "opt:title fragment the splitter cuts off")],
        14: [("U.S. Department of Agriculture", R)],
        15: [("AS Heagle", "opt:results of a paper by him show")],
        18: [("U.S. Environmental Protection Agency", "opt:title fragment the splitter cuts off")],
        19: [("U.S. Environmental Protection Agency", R)],
        22: [("Colette Heald", R)],
        23: [("Colette Heald", R)],
        24: [("Colette Heald", R)],
        25: [("Colette Heald", R)],
    },
    D08: {
        1: [("NASA", R)],
        6: [("Charles Bolden", R), ("NASA", "opt:employer of the speaker")],
        16: [("Charles Bolden", R)],
        17: [("Charles Bolden", R)],
        18: [("Charles Bolden", R)],
        19: [("Charles Bolden", R)],
        21: [("John Cornyn", "opt:title fragment the splitter cuts off")],
        22: [("John Cornyn", R)],
        23: [("John Cornyn", R)],
        24: [("John Cornyn", R)],
        25: [("John Cornyn", R), ("Charles Bolden", "opt:reported inside Cornyn's statement")],
        26: [("John Cornyn", R)],
        28: [("Chris Gregoire", R)],
        29: [("Chris Gregoire", R)],
        30: [("Chris Gregoire", R)],
        31: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        32: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        33: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        34: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        39: [("NASA", "opt:offering, an action")],
    },
    D09: {
        9: [("Kristen Wilkins", R)],
        11: [("Kathryn Waters", "opt:expressed interest, no verb of saying")],
    },
    D11: {
        7: [("Andrzej Duda", R), ("Joachim Brudziński", R)],
        8: [("Joachim Brudziński", R)],
        9: [("Andrzej Duda", R)],
        10: [("Tomasz Kubiak", R)],
        11: [("Monika Kosiec", R)],
        12: [("Monika Kosiec", R)],
        13: [("PAP", R)],
        15: [("Piotr Jedlinski", "opt:declared a day of mourning, an act")],
    },
    D12: {
        1: [("Germany", "opt:headline, citing")],
        3: [("Germany", "opt:unnamed officials")],
        5: [("Mike Pompeo", R), ("United States", "opt:employer of the speaker")],
        6: [("United States", "opt:soft verb (encouraging)")],
        7: [("Germany", R)],
        8: [("Rudaw", R)],
        10: [
            ("Steffen Seibert", R),
            ("Angela Merkel", "opt:employer of the speaker"),
            ("Germany", "opt:country of the speaker"),
        ],
        11: [("Richard Grenell", R), ("United States", "opt:employer of the speaker")],
        12: [("United States", R)],
        17: [
            ("Deutsche Bahn", "opt:named as an example of the firms that announced"),
            ("Deutsche Telekom", "opt:named as an example of the firms that announced"),
            ("Daimler", "opt:named as an example of the firms that announced"),
            ("Siemens", "opt:named as an example of the firms that announced"),
            ("Germany", "opt:German firms"),
        ],
        20: [("Reuters", R), ("Germany", "opt:unnamed government source, reported by Reuters")],
    },
    D13: {
        5: [("Tunisia", "opt:unnamed government official")],
        10: [("Islamic State of Iraq and the Levant", R)],
        11: [("Jamel Msallem", R), ("Tunisian League for the Defence of Human Rights", "opt:employer of the speaker")],
        12: [("Samir Dilou", R), ("Tunisian Parliament", "opt:employer of the speaker")],
        14: [("Souhail Alouini", R), ("Tunisian Parliament", "opt:employer of the speaker")],
        15: [("Algeria", "opt:soft verb (cited)"), ("Morocco", "opt:soft verb (cited)")],
    },
    D14: {
        3: [("Thames Valley Police", R)],
        10: [("Steven Jones", R), ("Thames Valley Police", "opt:employer of the speaker")],
        11: [("Steven Jones", R), ("Thames Valley Police", "opt:employer of the speaker")],
        14: [("Dominic Hare", "opt:placed the value, an estimate")],
        17: [("Thames Valley Police", "opt:Police, the force not named")],
        18: [("Maurizio Cattelan", R)],
        19: [("Maurizio Cattelan", R)],
        21: [("Dominic Hare", R)],
    },
    D15: {
        1: [("United Kingdom", R)],
        3: [("Boris Johnson", "opt:joined the calls"), ("United Kingdom", "opt:officials asking")],
        7: [("Boris Johnson", R)],
        8: [("Boris Johnson", R)],
        9: [("Boris Johnson", R)],
        10: [("Boris Johnson", R)],
        11: [("Boris Johnson", R)],
        19: [("Anne Sacoolas", R)],
        21: [("Northamptonshire Police", "opt:police revealed, the force not named")],
        22: [("Nick Adderley", R)],
        23: [("Nick Adderley", R), ("Stephen Mold", R)],
        24: [("US Embassy", "opt:descriptive reference (the embassy)")],
        25: [("Dominic Raab", R)],
        26: [("United States Department of State", R)],
        27: [("Charlotte Charles", R)],
        28: [("Charlotte Charles", R)],
        29: [("Charlotte Charles", R)],
        30: [("Charlotte Charles", R)],
        31: [("Charlotte Charles", R)],
    },
    D16: {
        2: [("Kamloops Police", R)],
        4: [("Royal Canadian Mounted Police", R)],
        5: [("Royal Canadian Mounted Police", R)],
        6: [("Gary Gray", R), ("Royal Canadian Mounted Police", "opt:employer of the speaker")],
        8: [("Daniel Dubé", R)],
        9: [("Daniel Dubé", R)],
        10: [("Bob Hughes", R), ("Ask Wellness Society", "opt:employer of the speaker")],
        11: [("B.C. Coroners Service", "opt:the head of a sentence the splitter cut after B.C.")],
        12: [("B.C. Coroners Service", R)],
        14: [
            ("Michaela Jyrkkanen", "opt:soft verb (disagreed)"),
            ("The Mustard Seed Kamloops", "opt:employer of the speaker"),
        ],
        16: [("Sukhpreet Klaire", R)],
    },
    D17: {
        5: [("NRK", R)],
        9: [("Nils-Erik Haagenrud", R), ("Rogaland Fire and Rescue", "opt:employer of the speaker")],
        10: [("Rogaland Fire and Rescue", "opt:request reported as an action")],
        14: [("Erna Solberg", "opt:a post asking for places to eat")],
    },
    D18: {
        2: [("Alberto Fernández", R)],
        3: [("Alberto Fernández", "opt:descriptive reference (the president)")],
        4: [("Alberto Fernández", R)],
        7: [("Alberto Fernández", R)],
        8: [("Argentina", R)],
        10: [("Alberto Fernández", R)],
        11: [("Alberto Fernández", R)],
        12: [("Mariela Belski", R), ("Amnesty International", "opt:employer of the speaker")],
        13: [("Jorge Eduardo Scheinig", "opt:soft verb (criticised)")],
        14: [("Jorge Eduardo Scheinig", R)],
    },
    D19: {
        14: [("Sudesh Amman", R)],
        15: [("Sadiq Khan", "opt:attribution line of a pull quote the scrape lost")],
        16: [("Alexis Boon", R), ("Metropolitan Police Counter Terrorism Command", "opt:employer of the speaker")],
        17: [("Alexis Boon", R)],
        18: [("Alexis Boon", R)],
        19: [("Alexis Boon", R)],
        21: [("Sadiq Khan", "opt:soft verb (thanked)")],
        22: [("Sadiq Khan", R)],
        23: [("Boris Johnson", R)],
        24: [("Boris Johnson", R)],
    },
    D20: {
        15: [("ABS-CBN", "opt:they've said, inside a clause"), ("Rodrigo Duterte", "opt:soft verb (accused)")],
        16: [("Jose Calida", "opt:a petition filed, accusing")],
        18: [("Carlo Katigbak", R), ("ABS-CBN", "opt:employer of the speaker")],
        19: [
            ("Harry Roque", R),
            ("Carlo Katigbak", "opt:soft verb (apologized)"),
            ("Rodrigo Duterte", "opt:employer of the speaker"),
        ],
        20: [("ABS-CBN", "opt:descriptive reference (the network)")],
    },
}

_SPLIT = re.compile(r'(?<=[.!?])(["\u201d\']?)\s+(?=["\u201c\']?[A-Z0-9])')


def sentences(path: pathlib.Path) -> list[tuple[int, int, str]]:
    """(paragraph, sentence, text) of one document by the gold's splitter (actors-dev's)."""
    out = []
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    for pi, paragraph in enumerate(paragraphs, 1):
        start, si = 0, 0
        for match in [*_SPLIT.finditer(paragraph), None]:
            end = len(paragraph) if match is None else match.start() + len(match.group(1))
            text = paragraph[start:end].strip()
            if text:
                si += 1
                out.append((pi, si, text))
            if match is not None:
                start = match.end()
    return out


def main() -> int:
    names = {a[0] for a in A}
    assert len(names) == len(A), "duplicate actor names"
    files = {p.stem: p for p in sorted(DOCS.glob("*.txt"))}
    missing = set(S) - set(files)
    assert not missing, f"documents missing from {DOCS}: {missing}"
    texts = {stem: path.read_text(encoding="utf-8") for stem, path in files.items()}
    actors, alias_owner = [], {}
    for row in A:
        name, kind, aliases, docs = row[:4]
        optional = len(row) > 4 and row[4]
        for d in docs:
            assert d in files, (name, d)
        for alias in aliases:
            owner = alias_owner.setdefault(alias.casefold(), name)
            assert owner == name, f"alias {alias!r} of {name} is also an alias of {owner}"
            # an alias is a form found in the texts; only the canonical name may be absent from them
            assert alias == name or any(alias in texts[d] for d in docs), (name, alias)
        actors.append(
            {
                "name": name,
                "kind": kind,
                "aliases": aliases,
                "documents": len(docs),
                "docs": [d + ".txt" for d in docs],
                "optional": bool(optional),
            }
        )
    statements = []
    for stem, marks in S.items():
        split = sentences(files[stem])
        for number, who in sorted(marks.items()):
            pi, _, text = split[number - 1]
            for actor, how in who:
                assert actor in names, (stem, number, actor)
                row = next(a for a in A if a[0] == actor)
                assert stem in row[3], f"{actor} speaks in {stem} but is not listed in it"
                statements.append(
                    {
                        "actor": actor,
                        "doc": stem + ".txt",
                        "paragraph": pi,
                        "text": text,
                        "optional": how != R,
                        **({"why": how[4:]} if how != R else {}),
                    }
                )
    traps = sorted({t for group in TRAPS.values() for t in group}, key=str.casefold)
    clash = [t for t in traps + NEUTRAL if t.casefold() in alias_owner]
    assert not clash, f"traps or neutral names that are also aliases: {clash}"
    absent = [t for t in traps + NEUTRAL if not any(t in text for text in texts.values())]
    assert not absent, f"traps or neutral names that do not occur in the texts: {absent}"
    gold = {
        "corpus": {
            "docs": "docs/ beside this file (20 English Wikinews articles, 2006-2020, CC BY 2.5; see README.md)",
            "source": "01-10: GUM (amir-zeldes/gum @ 72ce5ac1) news documents not used in actors-dev; 11-15: "
            "Wikinews 2019 articles and 16-20: Wikinews 2020 articles, as scraped in vanatteveldt/wikinews @ 34725417",
            "files": sorted(p.name for p in files.values()),
            "batches": {batch: [d + ".txt" for d in stems] for batch, stems in BATCHES.items()},
        },
        "notes": [
            " ".join(line.split())
            for line in (__doc__ or "").split("Calls particular to these texts:")[1].split("\n- ")[1:]
        ],
        "actors": actors,
        "neutral": NEUTRAL,
        "traps": traps,
        "trap_groups": TRAPS,
        "statements": statements,
        "counts": {
            "actors": len(actors),
            "required_actors": sum(not a["optional"] for a in actors),
            "persons": sum(a["kind"] == PER for a in actors),
            "countries": sum(a["kind"] == CTY for a in actors),
            "organisations": sum(a["kind"] == ORG for a in actors),
            "statements": len(statements),
            "required_statements": sum(not s["optional"] for s in statements),
            "traps": len(traps),
        },
    }
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(gold["counts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
