"""Check the twentieth batch of docs/ (146-153) against recorded sha256s, and rebuild it from its sources (stdlib only).

    python3 build_docs_batch20.py                   # check docs/146_* .. 153_* only
    python3 build_docs_batch20.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second to fifth and twelfth to fifteenth batches' (vanatteveldt/wikinews at `SOURCE_COMMIT`):
146-152 come from data/wikinews_2019.csv, 153 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`:
headline, then the dateline and every paragraph as blocks separated by a blank line, runs of white space made one
space). No free source in a house style not used yet was found in time (see the README), so the batch takes English
Wikinews articles on topics no batch has: a vintage bomber's crash, a hurricane, a mosque attack suspect in court, a
highway pileup, a hotel fire, a House subpoena, a congressman's death, a rugby union match. Picked (helper ha18,
round 37), among the 2019 and 2020 articles no earlier batch and not actors-dev used, by a count of verbs of saying
and quote marks (the eight highest, a second rugby report left out), before docbot was run on any of them. Nothing
else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "146_connecticut-b17-crash.txt": WIKI
        + "World_War_II_era_plane_crashes_in_Connecticut,_US,_killing_at_least_seven",
        "147_hurricane-dorian-bahamas.txt": WIKI + "Hurricane_Dorian_leaves_trail_of_destruction_in_the_Bahamas",
        "148_christchurch-suspect-court.txt": WIKI
        + "New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch",
        "149_florida-highway-pileup.txt": WIKI + "Florida_highway_pileup,_fire_kills_five_children,_two_truck_drivers",
        "150_karol-bagh-hotel-fire.txt": WIKI + "Hotel_fire_kills_at_least_seventeen_in_Karol_Bagh,_New_Delhi",
        "151_house-subpoena-ukraine-envoy.txt": WIKI
        + "U.S._House_issues_subpoena_to_secretary_of_state_as_special_envoy_to_Ukraine_resigns",
        "152_elijah-cummings-dies.txt": WIKI + "US_Representative_Elijah_Cummings_dies_at_age_68",
    },
    "data/wikinews_2020.csv": {
        "153_caloundra-wynnum-rugby.txt": WIKI
        + "Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union_season",
    },
}
SHA256 = {
    "146_connecticut-b17-crash.txt": "d2ac156ca6d7d40b343d55fede83d61ec8bfffa45ef4cba80b8ffe295e1728a1",
    "147_hurricane-dorian-bahamas.txt": "a688fa0ba7c748e9799d8085cdc61da7081685e804aaba41e73a591b50e63781",
    "148_christchurch-suspect-court.txt": "d3c27b39e1f0ba01af906a7883dd66ec0d0f0bd47dad275df9aa6e58c08e071d",
    "149_florida-highway-pileup.txt": "40bb5293892f552274759c183b0b57f315804581b6a43fa680205ba161998b4e",
    "150_karol-bagh-hotel-fire.txt": "069e5137c0993272d60684f55b59d0e5eaf0f40589355a1a0d7c31f7d6b3baef",
    "151_house-subpoena-ukraine-envoy.txt": "d407f46f5c6b0109fe914a88da3d0cec22aa47652f1ff44dc2603220d1aada4e",
    "152_elijah-cummings-dies.txt": "d60512b2a0ea2df1995c0c3957732e8fb8cf38cd82924eb7913263200783fbf0",
    "153_caloundra-wynnum-rugby.txt": "8d27c87c09c8a9c63ac386133c2e2bb6c67d078ba3328d8e2ccfba9f37ef3c01",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
