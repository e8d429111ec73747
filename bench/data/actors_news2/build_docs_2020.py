"""Check the third batch of docs/ (16-20) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_2020.py                     # check docs/16_* .. 20_* only
    python3 build_docs_2020.py GIT_DIR [OUT]       # rebuild from a clone of vanatteveldt/wikinews, then check

GIT_DIR is a clone (bare or not) of https://github.com/vanatteveldt/wikinews holding commit `SOURCE_COMMIT`, whose
data/wikinews_2020.csv holds the English Wikinews articles of 2020 (url, date, title, text), scraped from the
site. Each document is laid out like the first batch and actors-dev: the headline (the title) on line 1, then the
dateline and every paragraph of the text as blocks separated by a blank line, runs of white space in a paragraph
made one space. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batch

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
SOURCE_FILE = "data/wikinews_2020.csv"
ARTICLES = {  # local file -> the article's URL in the CSV
    "16_baby-finds-drugs-playground.txt": "https://en.wikinews.org//wiki/11-month_old_baby_finds_illegal_drugs_in_playground_in_British_Columbia,_Canadian_police_report",
    "17_sola-airport-parking-fire.txt": "https://en.wikinews.org//wiki/Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway",
    "18_argentina-abortion-bill.txt": "https://en.wikinews.org//wiki/Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days",
    "19_london-knife-attack.txt": "https://en.wikinews.org//wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London",
    "20_philippines-network-shut-down.txt": "https://en.wikinews.org//wiki/Philippines%27_largest_television_network_shut_down_by_government",
}
SHA256 = {
    "16_baby-finds-drugs-playground.txt": "0ca70a9a8b1c09787b3e2de25a6a7fea4a76cee4bb49ce537eb419657366d31c",
    "17_sola-airport-parking-fire.txt": "b6de2404fa867bbcf3455bc5612190e36ce515d450b093fbe7ff8dbd76739720",
    "18_argentina-abortion-bill.txt": "ca4451c58393c0ad466beb31b6e40445df32bfc8acb934bbb9b3e5f8ceb287df",
    "19_london-knife-attack.txt": "435f8c7f771f61e2b0af2aea1b4fb3014acbd9f2b61b51c260e3f5ed1b086d3f",
    "20_philippines-network-shut-down.txt": "8190cc352db16a33a964d28f6515c9118a611dc18b9ea72c1967d722b08d1449",
}


def main() -> int:
    return wikinews_batch(HERE / "docs", SOURCE_COMMIT, SOURCE_FILE, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
