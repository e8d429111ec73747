"""Check the fourteenth batch of docs/ (98-105) against recorded sha256s, and rebuild it from its sources (stdlib only).

    python3 build_docs_batch14.py                   # check docs/98_* .. 105_* only
    python3 build_docs_batch14.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second to fifth, twelfth and thirteenth batches' (vanatteveldt/wikinews at `SOURCE_COMMIT`): 98-104
come from data/wikinews_2019.csv, 105 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`: headline,
then the dateline and every paragraph as blocks separated by a blank line, runs of white space made one space).
Picked (helper ha7, round 31), among the 2019 and 2020 articles no earlier batch and not actors-dev used, from the
titles and a count of verbs of saying and quote marks, before docbot was run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "98_pope-abuse-reporting-rules.txt": WIKI
        + "Pope_Francis_instructs_reporting_of_sexual_abuse_to_higher_church_authorities",
        "99_ebola-treatments-trial.txt": WIKI + "Scientists_report_two_life-saving_treatments_for_Ebola",
        "100_g7-amazon-fires.txt": WIKI + "World_leaders_call_to_address_Amazon_rainforest_fires_at_G7",
        "101_storm-area-51.txt": WIKI
        + "Millions_don%27t_turn_up_to_%27storm%27_US_airbase_for_extraterrestrial_evidence",
        "102_new-south-wales-abortion.txt": WIKI + "New_South_Wales_decriminalizes_abortion",
        "103_us-troops-syria-withdrawal.txt": WIKI + "US_President_Trump_announces_troop_withdrawal_from_Syria",
        "104_carrie-lam-video-speech.txt": WIKI
        + "Hong_Kong%27s_Carrie_Lam_delivers_speech_on_video_after_protests_in_legislature",
    },
    "data/wikinews_2020.csv": {
        "105_iran-trump-arrest-warrant.txt": WIKI
        + "Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol%27s_aid",
    },
}
SHA256 = {
    "98_pope-abuse-reporting-rules.txt": "ec118aca60cd1263c6a7196efd2745c25423d71603aade26d63faba8568d2996",
    "99_ebola-treatments-trial.txt": "a0b26f1da576c11b70b4c9542884a9e945746dd7fb0e304f8082edc783aaa5ed",
    "100_g7-amazon-fires.txt": "397b8929836618e43723a22218f49cfaf30d5ccd8bded682a2212954078418e8",
    "101_storm-area-51.txt": "1c4238ea6f4507e2376fdf9eb6e765a3cb4c498aef6299c696c049d530963afd",
    "102_new-south-wales-abortion.txt": "e1cd095db69838160dbd350640b26536a282b2c2e287deb0a64a13709a4dc4fd",
    "103_us-troops-syria-withdrawal.txt": "eca0fdfbff4fdc51417948324959238ab75df8136a90c1ee0f2735d9283fabf6",
    "104_carrie-lam-video-speech.txt": "169313712ce583dca542525fbc0e417edbc1af37bd3456d2fd8281d326649232",
    "105_iran-trump-arrest-warrant.txt": "10b263ff62252ebbe0739307c6cfc897a4891ff568e86438ef128def36d04d4e",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
