"""Check the thirty-first batch of docs/ (209-213) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch31.py                   # check docs/209_* .. 213_* only
    python3 build_docs_batch31.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`, English Wikinews, CC BY 2.5): 209-210 come
from data/wikinews_2019.csv, 211-213 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`). Picked
(helper ha38, round 53), among the 2019 and 2020 articles of 1,500-3,500 characters that no earlier batch, actors-dev
or actors_blind2 holds (checked by text, not read), for bodies that speak under an acronym given in brackets ("The
California Department of Corrections and Rehabilitation (CDCR)", "(CalFire)", "(PG&E)") and then as "the Department",
"the company", "the board", "They"; a government's statement posted on Twitter; officials and authorities left
unnamed; a motion that "reads"; attorneys general of states: sixteen states suing over a border emergency, an assassin
stabbed in prison, a helicopter crash, a president's death, a jackal killed with explosives. Chosen and annotated
before docbot was run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "209_states-sue-border-emergency.txt": WIKI
        + "Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall",
        "210_sirhan-stabbed.txt": WIKI + "Kennedy_assassin_Sirhan_Sirhan_stabbed_in_California_prison",
    },
    "data/wikinews_2020.csv": {
        "211_fairfield-helicopter-crash.txt": WIKI
        + "Power_firm_helicopter_strikes_cables,_crashes_near_Fairfield,_California",
        "212_nkurunziza-dies.txt": WIKI + "Burundi_President_Pierre_Nkurunziza_dies_aged_55",
        "213_tamil-nadu-jackal.txt": WIKI + "Police_arrest_twelve_after_explosives_kill_jackal_in_Tamil_Nadu,_India",
    },
}
SHA256 = {
    "209_states-sue-border-emergency.txt": "dff0524c086d554088a3651482a707dde463ba5e061590ff9665bb67631e9c0c",
    "210_sirhan-stabbed.txt": "61c4a67af488398305090c2872c45b625543f5938810b82844c4e9d86bb63d33",
    "211_fairfield-helicopter-crash.txt": "bc922283d12d76818a2772c92e2d048ae4a84b629a21d968ed27cd13df907c4a",
    "212_nkurunziza-dies.txt": "d0b4dafc9aec6beda889a5689512d039a02e22ae64975cf24f168981f272eeb2",
    "213_tamil-nadu-jackal.txt": "adf62371bb6ef974e0182e0c3f931b39f73802b896b03d1c11d5c78ae7d47d9f",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
