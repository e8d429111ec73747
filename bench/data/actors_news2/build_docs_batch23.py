"""Check the twenty-third batch of docs/ (166-171) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch23.py                   # check docs/166_* .. 171_* only
    python3 build_docs_batch23.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`): 166-170 come from data/wikinews_2019.csv,
171 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`: headline, then the dateline and every
paragraph as blocks separated by a blank line, runs of white space made one space). As in rounds 38 and 39, English
Wikinews articles on topics no batch has: a party's nomination of a princess withdrawn, a wrecked submarine found, a
science prize announced, an all-women railway crew, a magazine's person of the year, a marathon record. Picked
(helper ha21, round 40), among the 2019 and 2020 articles of 1,000-2,800 characters that no earlier batch and not
actors-dev used, by a count of verbs of saying and quote marks, skipping topics a batch has (rugby, COVID-19,
deaths of politicians, crashes, fires, storms, impeachment, astronomy, elections, tribes), before docbot was run on
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
        "166_thai-princess-nomination.txt": WIKI
        + "Thai_political_party_withdraws_nomination_of_princess_for_prime_minister",
        "167_nobel-physics-2019.txt": WIKI + "Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics",
        "168_kosgei-marathon-record.txt": WIKI + "Kenya%27s_Brigid_Kosgei_sets_new_world_record_at_Chicago_Marathon",
        "169_lost-52-submarine-wreck.txt": WIKI + "Lost_52_Project_announces_discovery_of_wrecked_sub_near_Okinawa",
        "170_thunberg-person-of-the-year.txt": WIKI + "Greta_Thunberg_named_2019_Time_Person_of_the_Year",
    },
    "data/wikinews_2020.csv": {
        "171_all-women-train-crew.txt": WIKI
        + "Indian_Railway:_all-women_crew_steers_Tippu_Express_ahead_of_International_Women%27s_Day",
    },
}
SHA256 = {
    "166_thai-princess-nomination.txt": "28627bd73712d9e0cf54879d87c04d30c6265477d68e853b594b717001195e46",
    "167_nobel-physics-2019.txt": "a7e8bf07cd00bb7a38f92a437501c0559aa7298c526b2c8a44f67c966e1fc489",
    "168_kosgei-marathon-record.txt": "25fdda73edb37d1235ac37be10da88196285a55816d6bf079c0fadce5fbfe331",
    "169_lost-52-submarine-wreck.txt": "cb1894493e8c4ef3872c08f05ed15ce8ce088afc056b5527301df06d7404899a",
    "170_thunberg-person-of-the-year.txt": "77927f5318329d8c371a0702c88699d61557fc3c89615b87e7e5940e71c2d4d0",
    "171_all-women-train-crew.txt": "16c15ef79b7004b368a2845dafc24ad0e4d173704c8b9cdaebcc0a428a8b81a9",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
