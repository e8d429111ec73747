"""Check the twenty-ninth batch of docs/ (199-203) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch29.py                   # check docs/199_* .. 203_* only
    python3 build_docs_batch29.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`, English Wikinews, CC BY 2.5): 199-201 come
from data/wikinews_2019.csv, 202-203 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`). Picked
(helper ha34, round 49), among the 2019 and 2020 articles of 1,500-3,500 characters that no earlier batch, actors-dev
or actors_blind2 holds (checked by text, not read), for the statement shapes earlier rounds left ("according to X"
after a quotation, a quotation before its attribution, a quotation continued over sentences), speakers with long
names and titles, and police and news outlets as sources: a serial killer's guilty pleas, a governor's resignation,
an impeachment inquiry, the naming of a disease, a fire at a historic hotel. Chosen and annotated before docbot was
run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "199_toronto-killer-guilty-pleas.txt": WIKI
        + "Toronto_serial_killer_Bruce_McArthur_pleads_guilty_to_eight_murders",
        "200_puerto-rico-governor-resigns.txt": WIKI
        + "Puerto_Rico%27s_governor_Rossell%C3%B3_resigns,_new_governor_sworn_in",
        "201_impeachment-inquiry-announced.txt": WIKI + "US_Speaker_Pelosi_announces_Trump_impeachment_investigation",
    },
    "data/wikinews_2020.csv": {
        "202_covid-19-disease-named.txt": WIKI + "World_Health_Organization_names_new_coronavirus_COVID-19",
        "203_welsh-hall-fire.txt": WIKI + "Fire_at_historic_Welsh_ex-hotel_Bontddu_Hall_kills_one",
    },
}
SHA256 = {
    "199_toronto-killer-guilty-pleas.txt": "9bcb2ba5897716b337bb830bc3971526a4c7f169d1a4020d7582aece03093e44",
    "200_puerto-rico-governor-resigns.txt": "6c318b0eae387ea3437385b1ee3cd6315e7add6c19c8977c00a203aafe0634d9",
    "201_impeachment-inquiry-announced.txt": "a47a1b34a89b1ae79c00a0f4b762dafdb278717873931828d56d9930d8daaf2f",
    "202_covid-19-disease-named.txt": "14c302d5c7d1cb6a7883d9998983abe73cb05e0f9c12c5677202e2e862d94d9a",
    "203_welsh-hall-fire.txt": "a00692d5c2efb943665dfba9c5bf373ccd11437cc4d5dac5074f738233ba586a",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
