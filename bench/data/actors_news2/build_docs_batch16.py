"""Check the sixteenth batch of docs/ (114-121) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch16.py                   # check docs/114_* .. 121_* only
    python3 build_docs_batch16.py GIT_DIR [OUT]     # rebuild from a clone of littleflute/voanews1, then check

The source is not Wikinews: transcripts of Voice of America's five-minute radio newscasts ("VOA NEWS", November 2020 -
February 2021), one HTML page a day (`YYYY/MM/DD/i.html`) in the repository littleflute/voanews1 at `SOURCE_COMMIT`. A
newscast is laid out as the earlier batches are: the page's heading and date as the headline, then each `<br><br>` block
of the transcript as a paragraph (tags dropped, HTML entities decoded, runs of white space made one space). Material VOA
produces is in the public domain, the reports of Associated Press correspondents it airs are not: so each report a VOA
anchor hands to an AP or Reuters correspondent ("AP's X reports.") is left out, from the block after that hand-over to
the correspondent's sign-off ("X, Washington."), and only the anchor's own stories are kept. Picked (helper ha10, round
33) among the newscasts that decode as UTF-8, by a count of quote marks and verbs of saying in their first 16 blocks
(those kept), before docbot was run on any of them. Nothing else is changed; the transcripts' slips ("For two day",
"people seen me") are kept.
"""

import html
import pathlib
import re
import subprocess
import sys

from recorded import check, rebuild_arguments

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "8bf9c199f83073314e7b25958f3e06ce7984d02d"
ARTICLES = {  # local file -> the newscast's page in the repository
    "114_voa-newscast-2020-12-10.txt": "2020/12/10/i.html",
    "115_voa-newscast-2020-12-22.txt": "2020/12/22/i.html",
    "116_voa-newscast-2021-01-25.txt": "2021/01/25/i.html",
    "117_voa-newscast-2021-01-26.txt": "2021/01/26/i.html",
    "118_voa-newscast-2021-02-02.txt": "2021/02/02/i.html",
    "119_voa-newscast-2021-02-09.txt": "2021/02/09/i.html",
    "120_voa-newscast-2021-02-20.txt": "2021/02/20/i.html",
    "121_voa-newscast-2021-02-22.txt": "2021/02/22/i.html",
}
FIRST_BLOCKS = 16  # the headline and the first 15 blocks kept: about 400 words, a size one annotator reads closely
SHA256 = {
    "114_voa-newscast-2020-12-10.txt": "fadd122d9618202f13b861f7d5e414ae5de4d5bf0a803baa1a05782b268f200a",
    "115_voa-newscast-2020-12-22.txt": "54a7625b599ba8db2030e18afe4c926d25704bd910d1318c96d89fdd778e8d8b",
    "116_voa-newscast-2021-01-25.txt": "b1984c6d6e4a6b0afcd864b7695445f1303aab94d7f379f9f768b615a83bb820",
    "117_voa-newscast-2021-01-26.txt": "eca05aee6a37e0ccf6f2e23ac97cd8efa5ba450da220989f8594155ddb678a2e",
    "118_voa-newscast-2021-02-02.txt": "4da44773794817a8e62974a749557832bfd3745961e9754c78d64b620f58c614",
    "119_voa-newscast-2021-02-09.txt": "9611dc2deaef78a1ba1da63183459f0897314678f6841c6d248d88c548d61f5e",
    "120_voa-newscast-2021-02-20.txt": "cb5cf3d0c6a99e97bf69077b22f4f227bdee14fe9d4482b79f42bab3ea284c57",
    "121_voa-newscast-2021-02-22.txt": "655c0f7d506c40d5829537847ac0d463f45b5167228a633cfbaf8e25718f3d2d",
}
# the anchor's hand-over to a wire service's correspondent: "AP's Sagar Meghani reports.", "We get more from AP
# Washington correspondent X.", "Reuters Libby Hogan reports."
HAND_OVER = re.compile(r"\b(?:AP|Reuters)\b(?:'s)?(?: [a-zA-Z]+)*? [A-Z][\w.'-]+ [A-Z][\w.'-]+(?: [a-z]+)*\.$")
SIGN_OFF = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+, [A-Z][\w.' -]*\.$")  # "Sagar Meghani, Washington."


def plain(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, white space made one space."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def layout(page: str) -> str:
    """The headline ("VOA NEWS, <date>"), then the anchor's blocks of the transcript, one blank line between them,
    the first `FIRST_BLOCKS` blocks only."""
    heading = plain(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))  # type: ignore[union-attr]
    date = plain(re.search(r"</h1>(.*?)<p", page, re.S).group(1))  # type: ignore[union-attr]
    body = re.search(r"<td>(.*?)</td>", page, re.S).group(1)  # type: ignore[union-attr]
    kept, in_report = [], False
    for block in (plain(b) for b in body.split("<br><br>")):
        if not block:
            continue
        if in_report:
            in_report = not SIGN_OFF.match(block)
            continue
        kept.append(block)
        in_report = bool(HAND_OVER.search(block))
    return "\n\n".join([f"{heading}, {date}", *kept][:FIRST_BLOCKS]) + "\n"


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
