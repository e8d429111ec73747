"""Check the twenty-first batch of docs/ (154-159) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch21.py                   # check docs/154_* .. 159_* only
    python3 build_docs_batch21.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`): 154-158 come from data/wikinews_2019.csv,
159 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`: headline, then the dateline and every
paragraph as blocks separated by a blank line, runs of white space made one space). No free source in a house style
not used yet was found in round 37's search, so the batch takes English Wikinews articles on topics no batch has: an
oceanographer's death, a state legislature's make-up, a same-sex marriage law, an engineer killed at a railway
station, a study of a superbug, face coverings on public transport. Picked (helper ha19, round 38), among the 2019
and 2020 articles of 1,000-2,800 characters that no earlier batch and not actors-dev used, by a count of verbs of
saying and quote marks, skipping topics a batch has (rugby, COVID-19 announcements, deaths of politicians, crashes,
fires), before docbot was run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "154_walter-munk-dies.txt": WIKI + "Pioneering_oceanographer_Walter_Munk_dies_of_pneumonia_in_California",
        "155_nevada-female-legislature.txt": WIKI
        + "Nevada_becomes_first_state_in_U.S._with_majority-female_legislature",
        "156_taiwan-same-sex-marriage.txt": WIKI + "Taiwan%27s_legislature_first_in_Asia_to_legalize_same-sex_marriage",
        "157_waterloo-travelator-death.txt": WIKI
        + "Engineer_killed_while_working_on_travelator_at_London_Waterloo_station",
        "158_superbug-e-coli-handwashing.txt": WIKI + "Wash_your_hands_or_else_spread_superbug_E._coli,_say_scientists",
    },
    "data/wikinews_2020.csv": {
        "159_england-face-coverings-transport.txt": WIKI
        + "Face_coverings_to_be_mandatory_on_public_transport_in_England_from_June_15,_transport_secretary_declares",
    },
}
SHA256 = {
    "154_walter-munk-dies.txt": "26d7730ad00f0ec337d5f6d0b5d305b1f9228654212657e4732071ed88a3c010",
    "155_nevada-female-legislature.txt": "427ddf26e03eca9bafdd9e01048eecd85b7f30b7079bc8b56a84785723a48d42",
    "156_taiwan-same-sex-marriage.txt": "b8e8549465fd08fcfd1bafefa206dae1c5e33987f343b679e1c762db0d392002",
    "157_waterloo-travelator-death.txt": "c3de066ba87190e957a3642b0889873eb354636a5076c221fcfd2b83473dbcb1",
    "158_superbug-e-coli-handwashing.txt": "597bfdbccd3175f06cdf62fb414ea1bc4ef6fb035147f0749b3fa7948b2f4fcc",
    "159_england-face-coverings-transport.txt": "06b2ecded8b559b5a01aba83a8bddfa6c4ab0cb7b9c669a50fe8a62013ae5fb4",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
