"""Check the twenty-fifth batch of docs/ (178-182) against recorded sha256s, and rebuild it from its source (stdlib).

    python3 build_docs_batch25.py                   # check docs/178_* .. 182_* only
    python3 build_docs_batch25.py GIT_DIR [OUT]     # rebuild from a clone of littleflute/voanews1, then check

The sixteenth batch's source, commit and layout (`build_docs_batch16.py`: Voice of America's radio newscast
transcripts, public domain, one HTML page a day; the anchor's stories only, the reports of AP and Reuters
correspondents left out; the first `FIRST_BLOCKS` blocks), other days. Picked (helper ha26, round 42) among the 72
newscasts the sixteenth batch left that decode as UTF-8, the five first by a count of quote marks and verbs of saying
in their kept blocks (quote marks + 2 x "said", "says", "told", "stated", "added", "announced"), before docbot was
run on any of them. Nothing else is changed.
"""

import subprocess
import sys

from build_docs_batch16 import HERE, SOURCE_COMMIT, layout
from recorded import check, rebuild_arguments

ARTICLES = {  # local file -> the newscast's page in the repository
    "178_voa-newscast-2020-12-05.txt": "2020/12/5/i.html",
    "179_voa-newscast-2020-12-29.txt": "2020/12/29/i.html",
    "180_voa-newscast-2021-01-27.txt": "2021/01/27/i.html",
    "181_voa-newscast-2021-02-08.txt": "2021/02/08/i.html",
    "182_voa-newscast-2021-02-17.txt": "2021/02/17/i.html",
}
SHA256 = {
    "178_voa-newscast-2020-12-05.txt": "71376c0cad11ca5b6732a14968c0decd6c0200ba92ddc955e47c30dcffa180c5",
    "179_voa-newscast-2020-12-29.txt": "f0e5b49124aa35cac15fbf67f7c5dbb57c4135267b41554c18ed2de73cc8ca76",
    "180_voa-newscast-2021-01-27.txt": "df1ba76c233014a4e73186c31c1547bf2d18edaf6116fa8c8173dcd9df7a5777",
    "181_voa-newscast-2021-02-08.txt": "7701b77531e39a5e189e4c5c6c3fbb5b0dc2a1f47edd0157737864661f6c3f28",
    "182_voa-newscast-2021-02-17.txt": "6af167c4cb208357f322878e1d7b93e7786a38dec8c576c00f7a97db92ca3898",
}


def main() -> int:
    out = HERE / "docs"
    if rebuild := rebuild_arguments(out):
        git_dir, out = rebuild
        for file_name, page_path in ARTICLES.items():
            page = subprocess.run(
                ["git", "--git-dir", git_dir, "show", f"{SOURCE_COMMIT}:{page_path}"], capture_output=True, check=True
            ).stdout.decode("utf-8")
            (out / file_name).write_text(layout(page), encoding="utf-8")
    return check(out, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
