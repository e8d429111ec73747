"""Check the fifteenth batch of docs/ (106-113) against recorded sha256s, and rebuild it from its sources (stdlib only).

    python3 build_docs_batch15.py                   # check docs/106_* .. 113_* only
    python3 build_docs_batch15.py GIT_DIR [OUT]     # rebuild from a clone of vanatteveldt/wikinews, then check

The source is the second to fifth and twelfth to fourteenth batches' (vanatteveldt/wikinews at `SOURCE_COMMIT`):
106-112 come from data/wikinews_2019.csv, 113 from data/wikinews_2020.csv, laid out as they are (`recorded.layout`:
headline, then the dateline and every paragraph as blocks separated by a blank line, runs of white space made one
space). Picked (helper ha9, round 32), among the 2019 and 2020 articles no earlier batch and not actors-dev used, from
the titles and a count of verbs of saying and quote marks, before docbot was run on any of them. Nothing else is
changed.
"""

import pathlib
import sys

from recorded import wikinews_batches

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
WIKI = "https://en.wikinews.org//wiki/"
ARTICLES = {  # source file -> {local file -> the article's URL in the CSV}
    "data/wikinews_2019.csv": {
        "106_karaj-cargo-plane-crash.txt": WIKI + "Iranian_cargo_plane_crashes_into_Karaj_houses",
        "107_jolo-cathedral-bombs.txt": WIKI + "Bombs_kill_at_least_20_at_cathedral_in_Mindanao,_Philippines",
        "108_doris-day-dies.txt": WIKI + "Actor_Doris_Day_dies_at_97",
        "109_robert-mugabe-dies.txt": WIKI + "Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95",
        "110_qandeel-baloch-brother-sentenced.txt": WIKI
        + "Brother_of_murdered_Pakistani_social_media_star_sentenced_to_life",
        "111_antarctica-upside-down-rivers.txt": WIKI
        + "Scientists_describe_how_%27upside-down_rivers%27_of_warm_water_break_Antarctica%27s_ice_shelf",
        "112_london-bridge-bystanders.txt": WIKI
        + "Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk",
    },
    "data/wikinews_2020.csv": {
        "113_chadwick-boseman-tributes.txt": WIKI + "Tributes_paid_to_recently_deceased_US_actor_Chadwick_Boseman",
    },
}
SHA256 = {
    "106_karaj-cargo-plane-crash.txt": "d081e8f12e1a36e318f62ef3cb4297701e54a4db63a812e23e481cfef46ce710",
    "107_jolo-cathedral-bombs.txt": "3eac133d547a732c0d453bbc8ac352d861f5a8b5193306601e3aa081f1ef3fc0",
    "108_doris-day-dies.txt": "6c9cb367221c7bef96a2d8de56c71d14924569f8dfbda8a8aff657514a6d0f15",
    "109_robert-mugabe-dies.txt": "33fad773db0c2960fc280149b97be1d9431bec31d23d11db038979d469f87255",
    "110_qandeel-baloch-brother-sentenced.txt": "637e5ba487ad7d3a0c0ff3871d9f711e379873a6ec2ddaf3b73af17a8f8c92e5",
    "111_antarctica-upside-down-rivers.txt": "9171067e3ab42541509d4ff81adbbcd2381ffb33103061bc5858672d30f56446",
    "112_london-bridge-bystanders.txt": "d8329882000eacdcff1078afa53249d5c4d0981e10d043017e88d19b975b7139",
    "113_chadwick-boseman-tributes.txt": "68d7e6d4d2d485272314084a09de5dacc91ca63c85894afe47cfeb2291cd6571",
}


def main() -> int:
    return wikinews_batches(HERE / "docs", SOURCE_COMMIT, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
