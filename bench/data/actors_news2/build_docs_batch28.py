"""Check the twenty-eighth batch of docs/ (194-198) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch28.py                   # check docs/194_* .. 198_* only
    python3 build_docs_batch28.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`, English Wikinews, CC BY 2.5): 194-197 come
from data/wikinews_2019.csv, 198 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`). Picked (helper
ha33, round 48), among the 2019 and 2020 articles of 1,500-3,500 characters that no earlier batch, actors-dev or
actors_blind2 holds (checked by text, not read), for officials named after their titles ("Commerce Secretary X",
"Taliban spokesperson X", "Senate minority leader X"), statements of bodies and a one-word company: a car bomb at an
Afghan base, a vote of contempt of Congress, a European court's ruling on a social network, a rocket attack on an
Iraqi base, a federal agency's letter opening a presidential transition. Chosen and annotated before docbot was run on
any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "194_maidan-wardak-car-bomb.txt": WIKI
        + "Car_bomb_ramming_attack_kills_dozens_at_military_base_in_Maidan_Wardak,_Afghanistan",
        "195_cabinet-officers-contempt.txt": WIKI
        + "US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress",
        "196_ecj-facebook-ruling.txt": WIKI
        + "European_Court_of_Justice_says_Facebook_must_remove_%27illegal%27_posts_globally",
        "197_iraqi-air-base-rockets.txt": WIKI
        + "Coalition_authorities_report_no_casualties_from_missile_strike_on_Iraqi_air_base",
    },
    "data/wikinews_2020.csv": {
        "198_presidential-transition-letter.txt": WIKI
        + "US_federal_agency_announces_plans_to_begin_presidential_transition_process_following_Trump_election_loss",
    },
}
SHA256 = {
    "194_maidan-wardak-car-bomb.txt": "3bd638974cbd17f89b3cfd638cf5806771bee2e43b733a0d7f41b1828aee66d9",
    "195_cabinet-officers-contempt.txt": "dac648c8859e3de57bdb78ba473cf804f6adddf787feae514554aedfc7aa0cb2",
    "196_ecj-facebook-ruling.txt": "a47642171a2a3561d198e83ee40a4df8c5732ba77e3b71456b7c1b39b5e7fde2",
    "197_iraqi-air-base-rockets.txt": "60e32efa4e0169fb78ab9ae963027665b8c948ee078312609668e085e6cee9fa",
    "198_presidential-transition-letter.txt": "8b083014fda88ce86716c06ec0fcf6a97fb195bd65cc138f40f7cfe2620fef01",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
