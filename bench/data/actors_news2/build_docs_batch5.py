"""Check the fifth batch of docs/ (28-33) against recorded sha256s, and rebuild it from its sources (stdlib only).

    python3 build_docs_batch5.py                   # check docs/28_* .. 33_* only
    python3 build_docs_batch5.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

GIT_DIR is a clone (bare or not) of https://github.com/vanatteveldt/wikinews holding commit `SOURCE_COMMIT`: 28-30
come from its data/wikinews_2019.csv, 31-33 from data/wikinews_2020.csv. Laid out like the second to fourth batches
(headline, then the dateline and every paragraph as blocks separated by a blank line, runs of white space made one
space); the three long interviews keep only their first blocks (`FIRST_BLOCKS`, the headline counted). Nothing else
is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "28_youth-suicide-gun-study.txt": WIKI
        + "US_study_finds_correlation_between_youth_suicide,_household_gun_ownership",
        "29_neurosurgery-student-olympiad.txt": WIKI
        + "Students_compete_in_second_international_Neurosurgery_Olympiad_in_Tyumen,_Russia",
        "30_penguin-sex-ratio-interview.txt": WIKI
        + "Male_Magellanic_penguins_pine_for_pairings:_Wikinews_interviews_biologist_Natasha_Gownaris",
    },
    "data/wikinews_2020.csv": {
        "31_campaign-trail-june-2020.txt": WIKI + "On_the_campaign_trail_in_the_USA,_June_2020",
        "32_rocky-linux-interview.txt": WIKI
        + "Gregory_Kurtzer_discusses_plans_for_Rocky_Linux_with_Wikinews_as_Red_Hat_announces_moving_focus_away"
        + "_from_CentOS",
        "33_hydrogen-life-interview.txt": WIKI
        + "%27Earth-based_life_can_survive_in_hydrogen-rich_atmospheres%27:_MIT_professor_Dr_Seager_tells_Wikinews"
        + "_about_her_research_on_organisms_thriving_in_oxygen-less_environment",
    },
}
FIRST_BLOCKS = {
    "30_penguin-sex-ratio-interview.txt": 21,
    "32_rocky-linux-interview.txt": 24,
    "33_hydrogen-life-interview.txt": 21,
}
SHA256 = {
    "28_youth-suicide-gun-study.txt": "c2d379e5e34b97ded6c6dcdd56a4fa86b87050915142b2d3b37e4e9169402a8d",
    "29_neurosurgery-student-olympiad.txt": "c521d29b78a81cb555c5d1c32c92970d8d345bae4509bcc81c2fa22abe718b08",
    "30_penguin-sex-ratio-interview.txt": "2d5d376321fb6639db6efffc97407a3070f0760129f6feb8c833bb8c9691f5a4",
    "31_campaign-trail-june-2020.txt": "144bd955f8dd9b8eeb53dc9c4a2a12cb8a2f086de4360087779ee73350daa918",
    "32_rocky-linux-interview.txt": "aa224987272ea682af38c38db26e8040ac4c1529d985772c9d5fda55f372e785",
    "33_hydrogen-life-interview.txt": "6e67c6dfbe51633263382717ae78a8d53b7e4ca19b281c337d77a689080b77bd",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256, FIRST_BLOCKS)


if __name__ == "__main__":
    sys.exit(main())
