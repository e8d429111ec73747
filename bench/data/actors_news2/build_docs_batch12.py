"""Check the twelfth batch of docs/ (82-89) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch12.py                   # check docs/82_* .. 89_* only
    python3 build_docs_batch12.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second to fifth batches' (vanatteveldt/wikinews at `SOURCE_COMMIT`, data/wikinews_2019.csv),
laid out as they are (`recorded.layout`: headline, then the dateline and every paragraph as blocks separated by a
blank line, runs of white space made one space). Picked, among the 2019 and 2020 articles no earlier batch and not
actors-dev used, from the titles and a count of verbs of saying and quote marks, before docbot was run on any of
them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batch

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # local file -> the article's URL in data/wikinews_2019.csv
    "82_gdansk-mayor-stabbed.txt": WIKI + "Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage",
    "83_paris-police-rape-verdict.txt": WIKI + "Paris_court_jails_two_police_in_high-profile_rape_case",
    "84_california-boat-fire.txt": WIKI + "Dozens_dead_in_California_boat_fire",
    "85_kurds-assad-deal.txt": WIKI
    + "Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast",
    "86_turpin-parents-sentenced.txt": WIKI + "California_court_sentences_parents_who_kept_their_children_in_captivity",
    "87_hong-kong-bill-withdrawn.txt": WIKI + "Hong_Kong_leader_announces_withdrawal_of_extradition_bill",
    "88_khashoggi-fiancee-un.txt": WIKI
    + "Fianc%C3%A9e_of_murdered_Saudi_journalist_demands_justice_at_UN_General_Assembly",
    "89_rouhani-persian-gulf.txt": WIKI + "Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf",
}
SHA256 = {
    "82_gdansk-mayor-stabbed.txt": "556c8515159b7bbf2127199db4ed7ef2fb41b9b6ed6579e51b8336e86482f54b",
    "83_paris-police-rape-verdict.txt": "1b00e2e214b3c15d26f33182066472e8f4c799a3e1fb11ea9f64d60dea8a667d",
    "84_california-boat-fire.txt": "2606cc223a57ca51815e17cddd36275c6d114ffcee20b851c79614f3265be3d9",
    "85_kurds-assad-deal.txt": "cbe3f71d7591554fbcb8088744106c0701268388de6ca0d5f389ec33f1f561b7",
    "86_turpin-parents-sentenced.txt": "6a951b7338128c77715bbc39161ec888e9ee84e413e34beedf5ed60c7a4e9d0a",
    "87_hong-kong-bill-withdrawn.txt": "81a961c0a5ab9cd47c114318f210b4ac2d88a3280d672aa0c1ee3e0957cb9489",
    "88_khashoggi-fiancee-un.txt": "738f4ef5787876fec7e21c40199ed781c459135a1afede67d157e2cfbb50eb36",
    "89_rouhani-persian-gulf.txt": "4497f054de0bbf8c280ce6ecd168f0f07442c66add6a99e9d42997f09255d453",
}


def main() -> int:
    return wikinews_batch(HERE / "docs", SOURCE_COMMIT, "data/wikinews_2019.csv", ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
