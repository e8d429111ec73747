"""Check the thirtieth batch of docs/ (204-208) against recorded sha256s, and rebuild it from its sources (stdlib
only).

    python3 build_docs_batch30.py                   # check docs/204_* .. 208_* only
    python3 build_docs_batch30.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second batch's (vanatteveldt/wikinews at `SOURCE_COMMIT`, English Wikinews, CC BY 2.5): 204-205 come
from data/wikinews_2019.csv, 206-208 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`). Picked
(helper ha36, round 51), among the 2019 and 2020 articles of 1,500-3,500 characters that no earlier batch, actors-dev
or actors_blind2 holds (checked by text, not read), for statements over a social network ("wrote X on Twitter", a
quotation split around its speaker), bodies speaking ("the commission said", "the X campaign criticized",
"according to the National Disaster Response Force"), speakers named by title only ("the local health minister"), a
tribe and its office, and a monarch's family names: a national security advisor ousted, a buffalo herd released, a
sultan's death, a passenger flight's crash, a debate cancelled. Chosen and annotated before docbot was run on any of
them. Nothing else is changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "204_trump-ousts-bolton.txt": WIKI + "US_president_Trump_ousts_national_security_advisor_Bolton",
        "205_arapaho-buffalo-herd.txt": WIKI + "Northern_Arapaho_Tribe_welcomes_buffalo_herd_in_Wyoming,_United_States",
    },
    "data/wikinews_2020.csv": {
        "206_sultan-qaboos-dies.txt": WIKI + "Sultan_Qaboos_of_Oman_dies",
        "207_calicut-flight-crash.txt": WIKI + "Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India",
        "208_second-debate-cancelled.txt": WIKI + "Second_US_Biden-Trump_debate_cancelled_amid_safety_controversy",
    },
}
SHA256 = {
    "204_trump-ousts-bolton.txt": "19d96b9f386dbb21f509d9ad7be30fc845f9ff5d8aec3109b62a5abfbd7557fe",
    "205_arapaho-buffalo-herd.txt": "3887a90ec52d97d4e35b0a8b9d2b2faf7b67ef01663d8fcfe2ea1a99cfeb5d8b",
    "206_sultan-qaboos-dies.txt": "7f96829384121731ba3c4c4f8f6853e28d1d6c12030d81bbab9a5187af549eba",
    "207_calicut-flight-crash.txt": "a42fc5d27221eb673caf3c7827910e34a44716bbf1a3efc0267b464948b7621f",
    "208_second-debate-cancelled.txt": "e466cf6f3031128af336b55f1d1183db5a555848ca45d975735e2140c3f9891f",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
