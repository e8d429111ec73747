"""Check the thirteenth batch of docs/ (90-97) against recorded sha256s, and rebuild it from its sources (stdlib only).

    python3 build_docs_batch13.py                   # check docs/90_* .. 97_* only
    python3 build_docs_batch13.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second to fifth and twelfth batches' (vanatteveldt/wikinews at `SOURCE_COMMIT`): 90-96 come from
data/wikinews_2019.csv, 97 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`: headline, then the
dateline and every paragraph as blocks separated by a blank line, runs of white space made one space). Picked (helper
ha5, round 30), among the 2019 and 2020 articles no earlier batch and not actors-dev used, from the titles and a count
of verbs of saying and quote marks, before docbot was run on any of them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "90_magnitogorsk-building-collapse.txt": WIKI
        + "Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead",
        "91_el-paso-shooting.txt": WIKI + "Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead",
        "92_anti-brexit-march.txt": WIKI + "Thousands_march_in_anti-Brexit_protest,_London",
        "93_scottish-court-prorogation.txt": WIKI + "Scottish_court_finds_suspension_of_UK_parliament_unlawful",
        "94_kaczynski-child-abuse-penalties.txt": WIKI
        + "Polish_leader_Jaroslaw_Kaczynski_promises_stricter_punishments_for_child_abusers",
        "95_ford-emissions-investigation.txt": WIKI
        + "US_Department_of_Justice_investigating_Ford_over_emissions_testing_problems",
        "96_hirtenberger-defence-acquired.txt": WIKI
        + "Hungarian_state-owned_enterprise_acquires_Hirtenberger_Defence_Group",
    },
    "data/wikinews_2020.csv": {
        "97_delhi-cow-urine-party.txt": WIKI + "200_in_New_Delhi,_India_drink_cow_urine_to_fight_off_COVID-19",
    },
}
SHA256 = {
    "90_magnitogorsk-building-collapse.txt": "96900dc33d75201fec17851255db50d27d4883817c98f584e02376a1e86c6dd9",
    "91_el-paso-shooting.txt": "618e2753e287d64e93cef573be7e5f48fd978cde99c53018d79491a251a6fa83",
    "92_anti-brexit-march.txt": "d1e88527174f322a2b683c3d6692e1fe01c123f35906858e3a5d364341f67b00",
    "93_scottish-court-prorogation.txt": "70ed3e88e4ad3e1e5d8d59b37eebc4f3ae213eea111cb94644c561a527a4c65c",
    "94_kaczynski-child-abuse-penalties.txt": "6031cd7371ea035a1c9411907fc9c5c6f19021dbd08603def0b8e18596d592f9",
    "95_ford-emissions-investigation.txt": "41c6666651187a6822d941a121c474daf20ebd540a4f2cac599dc43ace5b40fd",
    "96_hirtenberger-defence-acquired.txt": "91d7a623cd2c2e4817453a289c394f6485d25eb6850d605dee0eaef9fc35f1dc",
    "97_delhi-cow-urine-party.txt": "ec2836b0ea1ef0b998ea9559e010543afdcb34908737a0365b9ca99323096aa7",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
