"""Check the fourth batch of docs/ (21-27) against recorded sha256s, and rebuild it from its sources (stdlib only).

    python3 build_docs_batch4.py                   # check docs/21_* .. 27_* only
    python3 build_docs_batch4.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

GIT_DIR is a clone (bare or not) of https://github.com/vanatteveldt/wikinews holding commit `SOURCE_COMMIT`: 21-25
come from its data/wikinews_2019.csv, 26-27 from data/wikinews_2020.csv (English Wikinews articles scraped from the
site; url, date, title, text). Each document is laid out like the second and third batches: the headline (the
title) on line 1, then the dateline and every paragraph of the text as blocks separated by a blank line, runs of
white space in a paragraph made one space. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "21_us-border-wall-emergency.txt": WIKI
        + "President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall",
        "22_hagia-sophia-mosque-pledge.txt": WIKI
        + "Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque",
        "23_african-free-trade-area.txt": WIKI + "Benin,_Nigeria_join_African_Union_continental_free_trade_bloc",
        "24_saudi-oil-drone-attacks.txt": WIKI + "Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks",
        "25_dark-web-site-arrests.txt": WIKI
        + "Hundreds_arrested_for_%27dark_web%27_child_porn_by_international_task_force",
    },
    "data/wikinews_2020.csv": {
        "26_australia-toilet-paper-limits.txt": WIKI + "Stores_in_Australia_lower_toilet_paper_limits_per_transaction",
        "27_tesco-polish-stores-sale.txt": WIKI
        + "British_supermarket_chain_Tesco_to_sell_its_Polish_branch_to_Salling_Group_A/S",
    },
}
SHA256 = {
    "21_us-border-wall-emergency.txt": "abb52b7853b5ca49c9ce629883a8ddeb339e8800a9ddec8135c2f4deb41c460e",
    "22_hagia-sophia-mosque-pledge.txt": "4c88d71a2b3743c0e9cc538a429325deeb6933bf0cfafa1cbddfbd548d5eec0b",
    "23_african-free-trade-area.txt": "d8f85af4e83b7a56e86597ea86ff38de06fdd6b320ba52ae7ce5d83681d193f4",
    "24_saudi-oil-drone-attacks.txt": "300f7e3cfeb2d2c3d44f8873f02a2723de758f597572f223234c98975eb03aa0",
    "25_dark-web-site-arrests.txt": "637721435a0f65ef59dc05fbde1a044817051a083a0f74f838dd27852cf5aa6d",
    "26_australia-toilet-paper-limits.txt": "d1184ffec32843fbafdc6e17efed16545e1602a113914217f23cd0071e8ee920",
    "27_tesco-polish-stores-sale.txt": "851f5615d36b036b0f80ccbb7399783ee32e10264c24a82d6e48268998b99a13",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
