"""Check the sixth batch of docs/ (34-41) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch6.py                   # check docs/34_* .. 41_* only
    python3 build_docs_batch6.py GIT_DIR [OUT]     # rebuild from a clone of airKlizz/WikinewsSum, then check

GIT_DIR is a clone (bare or not) of https://github.com/airKlizz/WikinewsSum holding commit `SOURCE_COMMIT`, whose
`endataset.json` (one JSON object a line) holds 101 English Wikinews articles of November 2004 - January 2005 as
wikitext (`text`: the article's paragraphs). The wikitext is made plain text (`plain`): links and {{w|...}} templates
keep their label, other templates, file links, comments and bold/italic quotes go, HTML entities are decoded, and the
scrape's damaged opening "{{byline|date" plus the cut word it is glued to ("datehe BBC") is dropped. Laid out like the
other batches: headline, then each paragraph (a non-empty line of the wikitext) as a block, separated by a blank
line, runs of white space made one space; lines left without a letter and interlanguage links are dropped.
"""

import html
import json
import pathlib
import re
import sys
from collections.abc import Callable

from recorded import check, rebuild_arguments, recorded_source

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "1d985031625909c908766812e8a18d0c88116ec8"
SOURCE_FILE = "endataset.json"
SOURCE_SHA256 = "b97cd37746b3e8b378335d0e7b6e9f3b68197f8dc6bf6fbfe3bcabaa5b5e367b"  # of endataset.json at that commit
ARTICLES = {  # local file -> the article's title in endataset.json
    "34_macedonia-prime-minister-resigns.txt": "Hari Kostov resigns as prime minister of Macedonia",
    "35_sharon-1967-coup-remarks.txt": "Sharon considered temporary Israeli coup in 1967",
    "36_chinese-submarine-japanese-waters.txt": "Chinese submarine enters Japanese waters",
    "37_reporter-convicted-source.txt": "US reporter convicted for not revealing source",
    "38_vanuatu-envoy-assault.txt": "Vanuatu PM accused of assaulting envoy",
    "39_nobel-peace-prize-maathai.txt": "Nobel Peace Prize awarded to Kenyan environmental activist",
    "40_democrats-gao-election-review.txt": "Democrats ask GAO for election review",
    "41_un-tsunami-aid-optimistic.txt": "UN 'optimistic' on tsunami aid effort",
}
SHA256 = {
    "34_macedonia-prime-minister-resigns.txt": "e7926b17a2fe6790eece8f13432fa0ce97673f0bde4039533e1b64fb79a8b83a",
    "35_sharon-1967-coup-remarks.txt": "a3d85a9734fc95a1d5073e2d5fb99c8852e63f891516b2222d27ccb621355ea9",
    "36_chinese-submarine-japanese-waters.txt": "cd5b2ba5579485ca2f352cbdac189fc71763db62d08db4e44a6d841356251505",
    "37_reporter-convicted-source.txt": "0d135177e2cdd76ebb93ed9a0f25f12cd25138b5c3b2a958f4787f61bc57c49b",
    "38_vanuatu-envoy-assault.txt": "007796cace7b28ca939e95f5d70c2630831d85e50da43fd132755a24d678b83c",
    "39_nobel-peace-prize-maathai.txt": "5fb971c6b344944b353e99595f938315e2e8991423f5028f52820fbaaaaa3535",
    "40_democrats-gao-election-review.txt": "c000a0826e113a31971122306a9f69fa4317abab533dfba0f0ed6df929404739",
    "41_un-tsunami-aid-optimistic.txt": "3e4c4c23735554b4fe2216791f03d72b7e0c4ca54172a9eaf94c5d2e0a80ca95",
}


def plain(wikitext: str) -> str:
    """The wikitext of one paragraph as plain text (see the module docstring)."""
    s = re.sub(r"\{\{byline\|date[a-z]*[.,]?\s*", "", wikitext)
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"\[\[(?:File|Image):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]", "", s)
    s = re.sub(r"^\[\[[a-z]{2}:[^\]]*\]\]$", "", s, flags=re.M)  # interlanguage link
    for _ in range(3):
        s = re.sub(r"\{\{w\|(?:[^{}|]*\|)?([^{}|]*)\}\}", r"\1", s)
    s = re.sub(r"\[?\[\[?(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]", r"\1", s)  # [[X|Y]], [[X]], the scrape's [X|Y]]
    s = re.sub(r"\[https?://\S+ ([^\]]*)\]", r"\1", s)
    s = re.sub(r"\{\{[^{}]*\}\}|\{[a-z]+\}\}", "", s)  # templates, and the scrape's "{publish}}"
    s = re.sub(r"'{2,}", "", s)
    s = re.sub(r"\b[wW]:(?=\w)", "", s)  # a bare interwiki prefix
    return html.unescape(s)


def layout(title: str, paragraphs: list[str]) -> str:
    blocks = [re.sub(r"\s+", " ", line).strip() for p in paragraphs for line in plain(p).splitlines()]
    kept = [title.strip(), *[b for b in blocks if re.search(r"[A-Za-z]", b) and b != "---"]]
    return "\n\n".join(kept) + "\n"


def build(articles: dict[str, str], sha256: dict[str, str], paragraphs: Callable[[list[str]], list[str]] = list) -> int:
    """Check a batch's files in docs/ against their recorded sha256s; given a clone of the source (the command line,
    `rebuild_arguments`), write them first: each article's paragraphs through `paragraphs`, then `layout`. The sixth to
    tenth batches are built this way, each with its own mending of the scrape."""
    out = HERE / "docs"
    if rebuild := rebuild_arguments(out):
        git_dir, out = rebuild
        data = recorded_source(git_dir, SOURCE_COMMIT, SOURCE_FILE, SOURCE_SHA256)
        if data is None:
            return 1
        rows = {row["title"]: row for row in map(json.loads, data.decode("utf-8").splitlines())}
        for file_name, title in articles.items():
            (out / file_name).write_text(layout(title, paragraphs(rows[title]["text"])), encoding="utf-8")
    return check(out, articles, sha256)


def main() -> int:
    return build(ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
