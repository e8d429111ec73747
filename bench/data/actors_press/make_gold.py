#!/usr/bin/env python3
"""Write gold.json for actors_press, a TUNING set of US federal press releases and official statements (stdlib only).

The annotations were written by helper ha40 (issue 16, round 55) by reading the 12 texts in docs/ (see README.md for
their sources and licence) and committed before docbot was run on any of them; helper ha42 (round 57) added texts
13-17 the same way (gold committed before docbot ran on them). The format and the conventions are
those of ../shared/eval/actors-dev and actors_news2 (bench/data/actors_gold.py numbers the sentences with the same
crude splitter and writes gold.json), so actors-dev's score.py scores this set unchanged.

    python3 make_gold.py        # writes gold.json beside this file

Calls particular to these texts:
- A press office's own shapes are statements of the official named: '"...," said EPA Administrator X.' and its
  quotation continued; "X issued / made the following statement:" (the lead-in) and each sentence of the quotation
  paragraphs under it, a paragraph opened by a quote mark and not closed continuing into the next; a text headed
  "Statement from/of X on ..." whose body is the quotation (its headline is an optional statement); "X's statement
  on ...:" as a lead-in; and "X, Y and Z made the announcement" (each required).
- A headline that announces, releases or names a statement is optional; "the EPA released a report / Year in
  Review" is optional, as a report's release was in actors_news2; "he discussed" after a visit is soft (optional).
- A speaker's office in the title after the name ("assistant administrator for the Office of Water", "Assistant
  Attorney General X of the Justice Department's National Security Division") is an optional employer's statement;
  the speaker's department is required only where it acts itself.
- Contact lines' press officers, the regional offices (EPA Region 5 and 8) and a farm toured are optional actors;
  the United States (named by "U.S." and "America") is optional throughout; "Bush Administration", "Obama
  Administration", "Trump administration" and "Biden-Harris Administration" are neutral.
- US states, cities, counties, districts, a hurricane, laws, programmes and rules (ENERGY STAR, Superfund, the
  BEACH Act, the Lead and Copper Rule), reports (the Annual Energy Outlook), military bases and the Capitol are traps.
- Two sentences of 07 repeat 06's word for word (the EPA's national quotation in each region's release): optional
  in 07, since a listing gives a speaker's repeated text once (marked so after the first run showed it).
- (13-17) "Under Secretary Ross's Leadership" (a subheadline: under his leadership) names no Under Secretary; "A today
  announced new resources / the appointment of B" is A's statement (required), as 01's grants were; "Joined by B, A
  announced" makes only A the speaker (B optional); the lead-in "According to a statement by <office>, X:" is
  optional, the quotation paragraphs under it required; posts and awards ("Opioid Coordinator", "Legislator of the
  Year", "Commissioner of Agriculture and Consumer Services") are traps; "House" (of a hearing) and "Beth" (a wife
  named once by her given name) are neutral.
- Sentences the splitter cut after an initial or "U.S." are optional where the rest of the statement is a sentence of
  its own; two-word sentences ("It's enough.") are optional (the scorer matches three tokens or more).
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/data: actors_gold.py, shared with actors_news2 and actors_blind2
from actors_gold import CTY, ORG, PER, R, write_gold

D01, D02 = "01_usda-economic-impact-grants", "02_dol-community-college-grants"
D03, D04 = "03_epa-beach-grants", "04_epa-energy-star-industry"
D05, D06 = "05_epa-first-100-days-statement", "06_epa-region8-year-in-review"
D07, D08 = "07_epa-region5-year-in-review", "08_epa-region2-farm-visit"
D09, D10 = "09_doe-bodman-energy-outlook-statement", "10_doj-colombian-nationals-sentenced"
D11, D12 = "11_doj-garland-january-6-statement", "12_usda-vilsack-violence-statement"
# added by ha42 (round 57), gold written before docbot ran on them
D13, D14 = "13_doc-gutierrez-transition-statement", "14_nasa-weaver-house-hearing-statement"
D15, D16 = "15_doj-sessions-opioid-tools", "16_usda-perdue-names-nrcs-chief"
D17 = "17_doc-ross-2018-review"
OPT = True

EPA = "United States Environmental Protection Agency"
DOJ = "United States Department of Justice"
DOC = "United States Department of Commerce"
# name, kind, aliases (as they appear in the texts), documents (file stems), optional
A = [
    ("Mike Johanns", PER, ["Mike Johanns", "Johanns", "Agriculture Secretary Mike Johanns"], [D01]),
    ("United States Department of Agriculture", ORG, ["USDA", "Department of Agriculture"], [D01, D16]),
    ("Hilda L. Solis", PER, ["Hilda L. Solis", "Solis"], [D02]),
    ("Martha Kanter", PER, ["Martha Kanter", "Under Secretary of Education Martha Kanter"], [D02]),
    ("Jill Biden", PER, ["Jill Biden", "Dr. Jill Biden"], [D02]),
    ("Barack Obama", PER, ["Obama", "President Obama"], [D02, D14]),
    ("Joshua Lamont", PER, ["Joshua Lamont"], [D02], OPT),
    ("Sara Gast", PER, ["Sara Gast"], [D02], OPT),
    ("United States Department of Labor", ORG, ["Labor Department"], [D02], OPT),
    ("United States Department of Education", ORG, ["Education Department"], [D02], OPT),
    (
        EPA,
        ORG,
        ["EPA", "U.S. Environmental Protection Agency", "Environmental Protection Agency", "U.S. EPA"],
        [D03, D04, D05, D06, D07, D08],
    ),
    ("Benjamin Grumbles", PER, ["Benjamin Grumbles"], [D03]),
    ("Office of Water", ORG, ["Office of Water"], [D03], OPT),
    ("Stacie Keller", PER, ["Stacie Keller"], [D03], OPT),
    ("United States Congress", ORG, ["Congress"], [D03, D14]),
    (
        "Michael S. Regan",
        PER,
        ["Michael S. Regan", "Regan", "Administrator Regan", "EPA Administrator Michael S. Regan"],
        [D04, D05],
    ),
    ("EPA Press Office", ORG, ["EPA Press Office"], [D04], OPT),
    ("EPA Office of Public Engagement", ORG, ["EPA Office of Public Engagement"], [D05], OPT),
    ("Joe Biden", PER, ["President Biden"], [D05]),
    ("Andrew Wheeler", PER, ["Andrew Wheeler", "EPA Administrator Andrew Wheeler"], [D06, D07]),
    ("Donald Trump", PER, ["President Trump"], [D06, D07, D15, D17]),
    ("Gregory Sopkin", PER, ["Gregory Sopkin", "EPA Regional Administrator Gregory Sopkin"], [D06]),
    ("EPA Region 8", ORG, ["EPA Region 8", "Region 8"], [D06], OPT),
    ("Kurt Thiede", PER, ["Kurt Thiede", "Regional Administrator Kurt Thiede"], [D07]),
    ("EPA Region 5", ORG, ["EPA Region 5", "Region 5"], [D07], OPT),
    (
        "Michael Martucci",
        PER,
        ["Michael Martucci", "Martucci", "Mike Martucci", "Regional Administrator Michael Martucci"],
        [D08],
    ),
    ("Nikita Joshi", PER, ["Nikita Joshi"], [D08], OPT),
    ("Gary Glowaczewski", PER, ["Gary Glowaczewski"], [D08]),
    ("R & G Produce", ORG, ["R & G Produce"], [D08]),
    ("Peaceful Valley Dairy", ORG, ["Peaceful Valley Dairy"], [D08], OPT),
    (
        "Samuel Bodman",
        PER,
        ["Samuel Bodman", "Samuel W. Bodman", "Bodman", "Energy Secretary Samuel Bodman"],
        [D09],
    ),
    ("United States Department of Energy", ORG, ["Department of Energy"], [D09]),
    ("Energy Information Administration", ORG, ["Energy Information Administration", "EIA"], [D09]),
    ("Jonathan Shradar", PER, ["Jonathan Shradar"], [D09], OPT),
    (
        "Andres Fernando Medina Rodriguez",
        PER,
        ["Andres Fernando Medina Rodriguez", "Medina Rodriguez"],
        [D10],
    ),
    (
        "Ciro Alfonso Gutierrez Ballesteros",
        PER,
        ["Ciro Alfonso Gutierrez Ballesteros", "Gutierrez Ballesteros"],
        [D10],
    ),
    ("Matthew G. Olsen", PER, ["Matthew G. Olsen", "Olsen"], [D10]),
    ("Markenzy Lapointe", PER, ["Markenzy Lapointe"], [D10]),
    ("Robert Wells", PER, ["Robert Wells"], [D10]),
    (DOJ, ORG, ["Justice Department", "Department of Justice"], [D10, D11, D15]),
    ("National Security Division", ORG, ["National Security Division"], [D10, D11], OPT),
    ("Federal Bureau of Investigation", ORG, ["FBI"], [D10, D11]),
    ("FBI National Security Branch", ORG, ["FBI National Security Branch"], [D10], OPT),
    ("FARC", ORG, ["FARC", "Las Fuerzas Armadas Revolucionarias"], [D10]),
    ("33rd Front", ORG, ["33rd Front"], [D10]),
    ("Colombia", CTY, ["Colombia", "Colombian"], [D10]),
    ("Venezuela", CTY, ["Venezuela"], [D10], OPT),
    ("United States Army", ORG, ["U.S. Army"], [D10], OPT),
    (
        "Merrick B. Garland",
        PER,
        ["Merrick B. Garland", "Garland", "Attorney General Merrick B. Garland"],
        [D11],
    ),
    ("Tom Vilsack", PER, ["Vilsack", "Agriculture Secretary Vilsack"], [D12]),
    (
        "United States",
        CTY,
        ["U.S.", "America", "American", "Americans"],
        [D01, D03, D04, D05, D06, D08, D10, D11, D12, D13, D14, D15, D16, D17],
        OPT,
    ),
    # ha42's five texts (13-17)
    ("Carlos M. Gutierrez", PER, ["Carlos M. Gutierrez", "Gutierrez", "Secretary Gutierrez"], [D13]),
    (DOC, ORG, ["Department of Commerce", "U.S. Department of Commerce"], [D13, D17]),
    ("National Aeronautics and Space Administration", ORG, ["NASA"], [D14]),
    ("David Weaver", PER, ["David Weaver"], [D14]),
    ("NASA Office of Communications", ORG, ["Office of Communications"], [D14], OPT),
    ("Neil Armstrong", PER, ["Neil Armstrong"], [D14]),
    ("Gene Cernan", PER, ["Gene Cernan"], [D14]),
    (
        "Jeff Sessions",
        PER,
        ["Jeff Sessions", "Sessions", "Attorney General Sessions", "Attorney General Jeff Sessions"],
        [D15],
    ),
    (
        "Robert Patterson",
        PER,
        ["Robert Patterson", "Patterson", "Acting DEA Administrator Robert Patterson"],
        [D15],
    ),
    ("Drug Enforcement Administration", ORG, ["DEA"], [D15]),
    ("Sonny Perdue", PER, ["Sonny Perdue", "Perdue", "Secretary Perdue"], [D16]),
    ("Matthew J. Lohr", PER, ["Lohr"], [D16]),
    ("Natural Resources Conservation Service", ORG, ["Natural Resources Conservation Service", "NRCS"], [D16]),
    ("Valley Pike Farm", ORG, ["Valley Pike Farm"], [D16], OPT),
    ("Virginia House of Delegates", ORG, ["Virginia House of Delegates"], [D16], OPT),
    ("Farm Credit of the Virginias", ORG, ["Farm Credit of the Virginias"], [D16], OPT),
    ("Wilbur Ross", PER, ["Wilbur Ross", "Ross", "Secretary of Commerce Wilbur Ross", "Secretary Ross"], [D17]),
    ("Bureau of Industry and Security", ORG, ["Bureau of Industry and Security", "BIS"], [D17]),
    ("ZTE", ORG, ["ZTE"], [D17]),
]

NEUTRAL = [
    "Bush Administration",
    "Obama Administration",
    "Trump administration",
    "Biden-Harris Administration",
    "Trump Administration",
    "House",
    "Beth",
]

TRAPS = {
    "places": [
        "WASHINGTON",
        "Washington",
        "Louisiana",
        "Mississippi",
        "DENVER",
        "CHICAGO",
        "Colorado",
        "Montana",
        "North Dakota",
        "South Dakota",
        "Utah",
        "Wyoming",
        "Illinois",
        "Indiana",
        "Michigan",
        "Minnesota",
        "Ohio",
        "Wisconsin",
        "Great Lakes",
        "Orange County",
        "New York",
        "Westtown",
        "Pine Island",
        "California",
        "Buffalo",
        "Texas",
        "Cúcuta",
        "Southern District of Florida",
        "Capitol",
        "Mars",
        "Louisville",
        "Kentucky",
        "Tennessee",
        "West Virginia",
        "Appalachian",
        "Virginia",
        "Shenandoah Valley",
    ],
    "events, laws, programmes and reports": [
        "Katrina",
        "Economic Impact Initiative",
        "American Jobs Act",
        "Memorial Day",
        "BEACH Act",
        "ENERGY STAR",
        "ENERGY STAR Challenge for Industry",
        "Diesel Emissions Reduction Act",
        "PFAS",
        "Superfund",
        "National Priorities List",
        "Lead and Copper Rule",
        "National Agriculture Day",
        "Annual Energy Outlook",
        "30th Army Brigade Base",
        "Opioid Coordinator",
        "DEA Field Division",
        "Legislator of the Year",
        "Knowledge Center Director",
        "Commissioner of Agriculture and Consumer Services",
        "Economic and National Security",
        "Protecting Growth",
        "Preventing Disaster",
        "Critical Administration Goals",
    ],
}

_HEADLINE = "opt:a headline announcing or naming a statement"
_RELEASE = "opt:a report released"
_CUT = "opt:cut by the splitter, the rest a sentence of its own"
_EMPLOYER = "opt:the speaker's office in the title"
_SHORT = "opt:too short for the scorer to match"
S = {
    D01: {1: [("United States Department of Agriculture", _HEADLINE)], 5: [("Mike Johanns", R)]}
    | {n: [("Mike Johanns", R)] for n in (7, 8)},
    D02: {
        2: [("Hilda L. Solis", "opt:by title only"), ("Martha Kanter", "opt:by title only")],
        3: [("Hilda L. Solis", "opt:by title only"), ("Martha Kanter", "opt:by title only")],
        7: [("Hilda L. Solis", _CUT)],
        8: [("Hilda L. Solis", R), ("Martha Kanter", R)],
    },
    D03: {6: [("Benjamin Grumbles", R), ("Office of Water", _EMPLOYER)], 7: [("Benjamin Grumbles", R)]},
    D04: {11: [("Michael S. Regan", R)], 13: [("Michael S. Regan", R)]},
    D05: {1: [("Michael S. Regan", _HEADLINE)], 4: [("Michael S. Regan", _CUT)]}
    | {n: [("Michael S. Regan", R)] for n in range(5, 13)},
    D06: {1: [("EPA Region 8", _HEADLINE)], 4: [(EPA, _RELEASE)]}
    | {n: [("Andrew Wheeler", R)] for n in (6, 7, 8, 9)}
    | {n: [("Gregory Sopkin", R)] for n in (10, 11)},
    D07: {6: [(EPA, _RELEASE)]}
    | {n: [("Andrew Wheeler", R)] for n in (8, 9)}
    # the same sentences as 06's (the EPA's national quotation in each region's release): a listing gives a
    # speaker's repeated text once, under its first document, so only 06's can be required
    | {n: [("Andrew Wheeler", "opt:the same sentence as in 06, listed once")] for n in (7, 10)}
    | {n: [("Kurt Thiede", R)] for n in (11, 12)},
    D08: {5: [("Michael Martucci", "opt:he discussed")], 11: [("Michael Martucci", "opt:he discussed")]}
    | {n: [("Michael Martucci", R)] for n in (6, 7, 8)}
    | {12: [("Gary Glowaczewski", R), ("R & G Produce", "opt:the speaker's farm, in his title")]},
    D09: {
        1: [("Samuel Bodman", _HEADLINE)],
        2: [("Samuel Bodman", _HEADLINE)],
        3: [("Energy Information Administration", _RELEASE)],
    }
    | {n: [("Samuel Bodman", R)] for n in (4, 5, 6, 7)},
    D10: {
        11: [("Matthew G. Olsen", _CUT)],
        12: [("Matthew G. Olsen", _CUT), ("National Security Division", _EMPLOYER), (DOJ, _EMPLOYER)],
        13: [
            ("Matthew G. Olsen", R),
            ("Markenzy Lapointe", R),
            ("Robert Wells", R),
            ("FBI National Security Branch", _EMPLOYER),
            ("Federal Bureau of Investigation", _EMPLOYER),
        ],
    },
    D11: {
        1: [("Merrick B. Garland", _HEADLINE)],
        2: [("Merrick B. Garland", _HEADLINE)],
        4: [("Merrick B. Garland", _CUT)],
        12: [("Merrick B. Garland", _CUT)],
        16: [
            ("Federal Bureau of Investigation", "opt:continues to request"),
            ("Merrick B. Garland", "opt:the statement's tail after its quotation"),
        ],
    }
    | {n: [("Merrick B. Garland", R)] for n in (5, 6, 8, 9, 10, 11, 13, 14, 15)},
    D12: {1: [("Tom Vilsack", _HEADLINE)], 2: [("Tom Vilsack", _HEADLINE)], 7: [("Tom Vilsack", _SHORT)]}
    | {n: [("Tom Vilsack", R)] for n in (3, 4, 5, 6, 8, 9, 10, 11, 12)},
    # ha42's texts
    D13: {3: [("Carlos M. Gutierrez", _CUT)]} | {n: [("Carlos M. Gutierrez", R)] for n in (4, 5, 6)},
    D14: {
        1: [("National Aeronautics and Space Administration", _HEADLINE)],
        2: [("David Weaver", "opt:the lead-in"), ("NASA Office of Communications", _EMPLOYER)],
    }
    | {n: [("David Weaver", R)] for n in (3, 4, 5, 6)},
    D15: {
        1: [("Jeff Sessions", _HEADLINE), ("Robert Patterson", _HEADLINE)],
        3: [("Jeff Sessions", R), ("Robert Patterson", "opt:joined the announcement")],
        4: [("Jeff Sessions", _CUT)],
    }
    | {n: [("Jeff Sessions", R)] for n in (2, 5, 6, 7, 8, 9, 10)},
    D16: {1: [("Sonny Perdue", _HEADLINE)], 3: [("Sonny Perdue", R)], 4: [("Sonny Perdue", _CUT)]}
    | {n: [("Sonny Perdue", R)] for n in (7, 8)}
    | {n: [("Matthew J. Lohr", R)] for n in (15, 16)},
    D17: {n: [("Wilbur Ross", R)] for n in (6, 7)},
}


def main() -> int:
    corpus = {
        "docs": "docs/ beside this file (17 press releases and official statements of US federal departments and "
        "agencies, 2005-2025: USDA, the Labor Department, the EPA, the Energy Department, the Justice "
        "Department, the Commerce Department and NASA; works of the United States Government, public domain; see "
        "README.md)",
        "source": "each text as stored in a public web page (its address in README.md), the release's opening "
        "blocks as the page gives them",
    }
    counts = write_gold(HERE, A, S, TRAPS, NEUTRAL, corpus, __doc__ or "")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
