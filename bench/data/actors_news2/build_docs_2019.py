"""Check the second batch of docs/ (11-15) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_2019.py                     # check docs/11_* .. 15_* only
    python3 build_docs_2019.py GIT_DIR [OUT]       # rebuild from a clone of vanatteveldt/wikinews, then check

GIT_DIR is a clone (bare or not) of https://github.com/vanatteveldt/wikinews holding commit `SOURCE_COMMIT`, whose
data/wikinews_2019.csv holds the English Wikinews articles of 2019 (url, date, title, text), scraped from the
site. Each document is laid out like the first batch and actors-dev: the headline (the title) on line 1, then the
dateline and every paragraph of the text as blocks separated by a blank line, runs of white space in a paragraph
made one space. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batch

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
SOURCE_FILE = "data/wikinews_2019.csv"
ARTICLES = {  # local file -> the article's URL in the CSV
    "11_escape-room-fire-poland.txt": "https://en.wikinews.org//wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland",
    "12_germany-bans-iranian-airline.txt": "https://en.wikinews.org//wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27",
    "13_tunisia-face-veil-decree.txt": "https://en.wikinews.org//wiki/Tunisian_Prime_Minister_signs_decree_to_ban_face_veils_in_public_institutions,_government_offices",
    "14_gold-toilet-theft.txt": "https://en.wikinews.org//wiki/Arrests_made_in_theft_of_gold_toilet_in_England",
    "15_uk-us-diplomatic-immunity.txt": "https://en.wikinews.org//wiki/UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision",
}
SHA256 = {
    "11_escape-room-fire-poland.txt": "03500b16884fd9dcb7f3e8fa2d3438fdefbf7c0976afc76c36ac37e5c22c9f72",
    "12_germany-bans-iranian-airline.txt": "d088f5cdbffe47c5eeaff9a6aa6686e2aa189f15e4b385fe0d41d2d0f41984c9",
    "13_tunisia-face-veil-decree.txt": "5a12a28845662b77652a520f86fb57c3cedb210609bbe9c0565aa8ff3191b962",
    "14_gold-toilet-theft.txt": "5994c02063d98b40550842aef7f64029cbea8168bd509acee164f10d8bf442f9",
    "15_uk-us-diplomatic-immunity.txt": "2e39eb8c7dbf6467214db6ef2e921c7d1b1a695cc6753be57174b128b73cfcfc",
}


def main() -> int:
    return wikinews_batch(HERE / "docs", SOURCE_COMMIT, SOURCE_FILE, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
