"""Check the twenty-second batch of docs/ (160-165) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch22.py                   # check docs/160_* .. 165_* only
    python3 build_docs_batch22.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`): 160-164 come from data/wikinews_2019.csv,
165 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`: headline, then the dateline and every
paragraph as blocks separated by a blank line, runs of white space made one space). As in round 38, English Wikinews
articles on topics no batch has: a former intelligence officer's death, a butterfly census, a migrant rescue ship
renamed, scheduled power cuts by a utility, a court ruling on citizenship, a lawsuit over a ballot law. Picked
(helper ha20, round 39), among the 2019 and 2020 articles of 1,000-2,800 characters that no earlier batch and not
actors-dev used, by a count of verbs of saying and quote marks, skipping topics a batch has (rugby, COVID-19,
deaths of politicians, crashes, fires, storms, impeachment, astronomy), before docbot was run on any of them.
Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "160_tony-mendez-dies.txt": WIKI
        + "Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78",
        "161_monarch-butterfly-census.txt": WIKI
        + "Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear",
        "162_rescue-ship-renamed.txt": WIKI + "German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler",
        "163_california-power-outages.txt": WIKI + "Scheduled_power_outages_in_Northern_California_begin",
        "164_american-samoa-citizenship.txt": WIKI
        + "US_Federal_judge_rules_American_Samoans_are_citizens,_then_delays_implementation_pending_appeal",
    },
    "data/wikinews_2020.csv": {
        "165_montana-ballot-law-suit.txt": WIKI + "Native_American_groups_sue_US_state_of_Montana_over_ballot_law",
    },
}
SHA256 = {
    "160_tony-mendez-dies.txt": "98418d0212755eec26d8d526bc32ae431075d13e0e9db6d047391592a47148ff",
    "161_monarch-butterfly-census.txt": "d0c2ae55feb28f8a07abed5654ff5911741ea770eb0bf4de1df21035515297ae",
    "162_rescue-ship-renamed.txt": "600e0c0a7adb9741098a019279de4c588d0f57b756c0d9b0999201250998a3fb",
    "163_california-power-outages.txt": "f422f54399d3a0ce0e9dac9dcd1d934d5ecbe28f5221f3e4d3389010aa4b2b0b",
    "164_american-samoa-citizenship.txt": "26792e4fb2be26a26fce436142d62e4f8f7a4e38e7305a9b2e1ee9a5b3680116",
    "165_montana-ballot-law-suit.txt": "5dd54cc0ee41c4f73f36738e8282af170e5b450764b44e22ac8259974aed5476",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
