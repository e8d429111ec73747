"""Check actors_blind2's docs/ against recorded sha256s, and rebuild them from their source (stdlib only).

    python3 build_docs.py                   # check docs/ only
    python3 build_docs.py GIT_DIR [OUT]     # rebuild from US-Department-of-the-Treasury/home.treasury.gov, then check

Source: **press releases of the US Department of the Treasury**, as the Markdown files
(`content/news/press-releases/`) of the repository US-Department-of-the-Treasury/home.treasury.gov at `SOURCE_COMMIT`
(works of the United States Government, in the public domain; the repository's LICENSE adds a CC0 1.0 waiver
worldwide). Each source file's sha256 is checked. Layout: the front matter's title as the headline on line 1, then
one block per Markdown paragraph (blank-line separated); the "*(Archived Content)*" label, emphasis marks, links'
addresses, footnote marks ("[[1]](...)") and HTML tags dropped; non-breaking and zero-width spaces made spaces, HTML
entities written as characters, whitespace runs made one space. The text stops at a release's "###" end mark, also
when it ends a block (some releases are one block: their source file has no paragraph breaks, and that is kept).
The first `FIRST_BLOCKS` blocks are kept. Nothing else is changed.
"""

import hashlib
import html
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "0bac2ea18e2cb11c1e1df78ce60a990a26e70183"
FIRST_BLOCKS = 12
PR = "content/news/press-releases/"
ARTICLES = {  # local file -> the release's file in the repository
    "01_gore-inflation-bonds-1998.txt": PR + "1998-07-08-rr2581.md",
    "02_oneill-paige-financial-education-2002.txt": PR + "2002-05-16-po3104.md",
    "03_haiti-debt-2010.txt": PR + "2010-07-30-tg796.md",
    "04_gm-exit-2012.txt": PR + "2012-12-19-tg1810.md",
    "05_sinaloa-cartel-2014.txt": PR + "2014-01-16-jl2259.md",
    "06_canada-fatca-2014.txt": PR + "2014-02-05-jl2285.md",
    "07_us-uk-financial-innovation-2019.txt": PR + "2019-05-29-sm698.md",
    "08_new-york-gun-violence-grant-2021.txt": PR + "2021-12-28-jy0548.md",
    "09_mnuchin-sunday-shows-2020.txt": PR + "2020-03-16-sm942.md",
    "10_indonesia-energy-transition-2023.txt": PR + "2023-02-16-jy1278.md",
}
SOURCE_SHA256 = {  # local file -> its source file's sha256 at SOURCE_COMMIT
    "01_gore-inflation-bonds-1998.txt": "af9fea7d2c4d1ecd2cf7545f506ed276a3223d90fa1a95d6ee1ebce499593dd9",
    "02_oneill-paige-financial-education-2002.txt": "dac92847d5238d750c558ec26be1846a648c06bb40c16d139d0806509c7e0083",
    "03_haiti-debt-2010.txt": "76e8af640c6e2c0f3450229a85f3c3406a179eb918721cba0eca98cd4151b6ee",
    "04_gm-exit-2012.txt": "d177998796c7403e22957de57cf542b87a766b40255cd87f24e0ee003bac5dfa",
    "05_sinaloa-cartel-2014.txt": "82c55f7827bb14acd83acfaea677a36ed36a5c82ccf8ab4b3452a54bf72c645d",
    "06_canada-fatca-2014.txt": "2836a2bfa68d6c41b181b7705e1a05d07de875007512d47a37f90bdb5c1f0670",
    "07_us-uk-financial-innovation-2019.txt": "6c413ddd051ac2f660110c6887fe602920e7a42723773b4faeaba5229344ab3c",
    "08_new-york-gun-violence-grant-2021.txt": "d84a5e38062ed60ec0b3908dc015abecf062a23e121a79713eb61e8b93f00ea4",
    "09_mnuchin-sunday-shows-2020.txt": "a973663ace2acd6dea39e25d46c2b2996eb6537a64e0fd889bc7f38e4cd74602",
    "10_indonesia-energy-transition-2023.txt": "a61674bfabe33a5c1059dae9466b952d591ab173fb8995d14ec01e3f1c1921e1",
}
SHA256 = {  # local file -> sha256
    "01_gore-inflation-bonds-1998.txt": "bbde7af79ac1207222c4aae925f83f7d0de4dff8b515b8a30b578b5b182676ae",
    "02_oneill-paige-financial-education-2002.txt": "9e655a2a69af3c2cf86b9b2905511f376cb37fb06fd68a08d7702f6e38139a75",
    "03_haiti-debt-2010.txt": "e6075261b77b199e7f2e682ea2377d927576743766e2653455133fd180585881",
    "04_gm-exit-2012.txt": "6f5eb757582e87b5d29280b818426fd95587ad7319ef575902bd210b52001a58",
    "05_sinaloa-cartel-2014.txt": "20d7018cc5f3284cc6a7d0c0ce4c43b8a5ec4240c6aab104e9ca7aadd7a53cb6",
    "06_canada-fatca-2014.txt": "9284990efe51cf54e8a4dc4c7867b14327adac47e220ccf402bc283452c48c4a",
    "07_us-uk-financial-innovation-2019.txt": "c785837f6e45eee2611a67378788fe745a7f1dfa4a2994c080b838f5104f515c",
    "08_new-york-gun-violence-grant-2021.txt": "dbdc4a7efb84610fca0ae6d4af87411185519fbf494469ee649a64d91881555a",
    "09_mnuchin-sunday-shows-2020.txt": "554898478c3928a5376b4751281a128e2c4770f13cd0f096a1f56c06a7b7893a",
    "10_indonesia-energy-transition-2023.txt": "c1e705607db5d7b172ac8d5485d15a1a05d2484220086873736e95168b7d8a00",
}

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
FOOTNOTE = re.compile(r"\[\[\d+\]\]\([^)]*\)")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
TAG = re.compile(r"<[^>]+>")
END = re.compile(r"(?:^| )#{3,}$")  # a release's end mark
EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)")


def layout(data: str) -> str:
    front = FRONT.match(data)
    assert front, "no front matter"
    title = re.search(r"^title: (.*)$", front.group(1), re.M)
    assert title
    headline = title.group(1).strip()
    if len(headline) > 1 and headline[0] == headline[-1] and headline[0] in "'\"":
        headline = headline[1:-1].replace(headline[0] * 2, headline[0])
    blocks = [headline]
    for raw in re.split(r"\n\s*\n", data[front.end() :]):
        text = html.unescape(TAG.sub(" ", LINK.sub(r"\1", FOOTNOTE.sub(" ", raw))))
        text = EMPHASIS.sub("", text)
        text = " ".join(text.replace("\u00a0", " ").replace("\u200b", " ").split())
        end = END.search(text)
        if end:
            text = text[: end.start()].rstrip()
        if text and text != "(Archived Content)":
            blocks.append(text)
        if end:
            break
    return "\n\n".join(blocks[: FIRST_BLOCKS + 1]) + "\n"


def main() -> int:
    out = HERE / "docs"
    if len(sys.argv) > 1:
        git_dir = sys.argv[1]
        out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else out
        out.mkdir(parents=True, exist_ok=True)
        for name, source in ARTICLES.items():
            data = subprocess.run(
                ["git", "--git-dir", git_dir, "show", f"{SOURCE_COMMIT}:{source}"], capture_output=True, check=True
            ).stdout
            digest = hashlib.sha256(data).hexdigest()
            if SOURCE_SHA256 and SOURCE_SHA256.get(name) != digest:
                print(f"{source}: sha256 {digest} is not the recorded one", file=sys.stderr)
                return 1
            (out / name).write_text(layout(data.decode("utf-8")), encoding="utf-8")
            if not SOURCE_SHA256:
                print(f"source {name} {digest}")
    bad = 0
    for name in ARTICLES:
        path = out / name
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"
        if SHA256 and SHA256.get(name) != digest:
            print(f"{name}: sha256 {digest} is not the recorded one", file=sys.stderr)
            bad += 1
        elif not SHA256:
            print(f"doc {name} {digest}")
    if not bad:
        print(f"{len(ARTICLES)} documents checked")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
