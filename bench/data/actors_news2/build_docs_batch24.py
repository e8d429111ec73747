"""Check the twenty-fourth batch of docs/ (172-177) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch24.py                   # check docs/172_* .. 177_* only
    python3 build_docs_batch24.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`): 172-175 come from data/wikinews_2019.csv,
176-177 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`: headline, then the dateline and every
paragraph as blocks separated by a blank line, runs of white space made one space). As in rounds 38-40, English
Wikinews articles on topics no batch has: a head of state's consent to suspend a parliament, a governor's resignation
after protests, a court ruling on a men-only military draft, a jet-powered flight across a channel, protesters at a
parliament's doors, a stabbing in a park. Picked (helper ha24, round 41), among the 2019 and 2020 articles of
1,200-3,200 characters that no earlier batch and not actors-dev used, by a count of verbs of saying and quote marks,
skipping topics a batch has (rugby, COVID-19, deaths, crashes, fires, storms, impeachment, astronomy, elections,
tribes), before docbot was run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "172_queen-suspends-parliament.txt": WIKI
        + "Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline",
        "173_puerto-rico-governor-resigns.txt": WIKI + "Puerto_Rico_governor_announces_resignation_following_protests",
        "174_men-only-draft-ruling.txt": WIKI
        + "Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution",
        "175_hoverboard-channel-crossing.txt": WIKI
        + "French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard",
    },
    "data/wikinews_2020.csv": {
        "176_serbian-parliament-protests.txt": WIKI
        + "Serbian_protesters_try_to_storm_Parliament;_fourth_day_of_protests",
        "177_reading-stabbing.txt": WIKI + "Three_killed,_three_others_injured_in_stabbing_attack_in_Reading,_UK",
    },
}
SHA256 = {
    "172_queen-suspends-parliament.txt": "6f9705b3d680346d44af69dc5c37b1fcbf3e82ae72e990f9dac3df48c39fe99c",
    "173_puerto-rico-governor-resigns.txt": "32b06a6caabb928912c86175d7d01ee6f85fbeda72301ef589c51c8f5e87bed4",
    "174_men-only-draft-ruling.txt": "2bb8470b80f857664f3e5e189f2c551d32f76ff4dd9293deb39a9fc9866fca4d",
    "175_hoverboard-channel-crossing.txt": "c291cf1494cccba825fa88c70ee29717edd22ed652f0f43b836a76e48b58a9ea",
    "176_serbian-parliament-protests.txt": "4be135f9f55166e359a564875b74bd4fa5b5c323869e556ae4a0be7235371ef2",
    "177_reading-stabbing.txt": "8b4b582353f93a6b4916afae65d5f107addca2b9d12e111763c5f29ef3d6cb92",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
