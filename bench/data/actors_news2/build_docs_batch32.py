"""Check the thirty-second batch of docs/ (214-218) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch32.py                   # check docs/214_* .. 218_* only
    python3 build_docs_batch32.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`, English Wikinews, CC BY 2.5): 214-216 come
from data/wikinews_2019.csv, 217-218 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`). Picked
(helper ha41, round 56), among the 2019 and 2020 articles of 1,500-3,000 characters that no earlier batch, actors-dev,
actors_blind2 or actors_press holds (checked by text, not read), for legislatures, parties and government departments
beside their countries ("the 116th United States Congress", "the House of Representatives", "Republicans", "his
Labour Party", "the United States Department of Defense", "The US State Department", "the Parliament of Iraq", "The
Foreign Ministry of Iraq"), statements read from a written statement or a video, reported through an outlet ("told
NPR", "According to the BBC", "NPR reported") and made by a spokesperson after her department: a Speaker elected, a
parliament suspended, a son of bin Laden killed, a parliament's vote to expel troops, a rally after an election.
Chosen and annotated before docbot was run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "214_pelosi-speaker-again.txt": WIKI + "Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in",
        "215_johnson-suspends-parliament.txt": WIKI
        + "UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches",
        "216_hamza-bin-laden-killed.txt": WIKI + "US_President_Trump_says_Osama_bin_Laden%27s_son_killed",
    },
    "data/wikinews_2020.csv": {
        "217_iraq-votes-to-expel-troops.txt": WIKI + "Iraqi_Parliament_votes_for_expulsion_of_United_States_troops",
        "218_stop-the-steal-rally.txt": WIKI
        + "Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump",
    },
}
SHA256 = {
    "214_pelosi-speaker-again.txt": "1217ae46a5e4db753e0025bd983853ba6f5997079f0a77d338da455f65665ed9",
    "215_johnson-suspends-parliament.txt": "8c386446521c248ae2842fe95705eeecda2d7f07e535efb7ce19e1b2fc10bde7",
    "216_hamza-bin-laden-killed.txt": "e26bed47ff3aa959ee05361bf19c264df3bd27efe7c84a4bc783609e351ccecf",
    "217_iraq-votes-to-expel-troops.txt": "470f522e5140696f965b90930410457e84f2ad6f81c0a1be0d50233714f9b424",
    "218_stop-the-steal-rally.txt": "e5fc615310edd318b5875fc7c73d5c0a77f130623635415cf99856b0dc031297",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
