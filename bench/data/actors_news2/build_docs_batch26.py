"""Check the twenty-sixth batch of docs/ (183-187) against recorded sha256s, and rebuild it from its source (stdlib).

    python3 build_docs_batch26.py                   # check docs/183_* .. 187_* only
    python3 build_docs_batch26.py GIT_DIR [OUT]     # rebuild from 18F/18f.gsa.gov, then check

A source no batch used: the **blog of 18F**, the digital services team of the US General Services Administration,
as Markdown posts (`content/posts/`) of its website's repository 18F/18f.gsa.gov at `SOURCE_COMMIT` (a work of the
United States Government, in the public domain; the repository's LICENSE.md adds a CC0 1.0 waiver worldwide). Each
post file's sha256 is checked. Its house style is a team blog's: first person plural ("we", "our team"), agencies
named by acronyms, Liquid template tags for images and links, headings, lists and italic series notes. A post is
laid out as the nineteenth batch's (`build_docs_batch19.layout`: the front matter's title as the headline, each
Markdown paragraph a block, emphasis marks, links' addresses, images and HTML tags dropped), with Liquid tags
(`{% ... %}`, `{{ ... }}`) and blocks that are a bare address (an embedded tweet's) dropped, HTML entities
written as characters, and each list item a block of its own without its marker; the first
`FIRST_BLOCKS` blocks are kept. Picked (helper ha28, round 44) among the site's posts of 2,000-9,000 characters by
3 x verbs of saying ("said", "says", "told", "stated", "added", "announced", "explained") + half the quote marks,
news-like posts only (how-tos, design essays and talk announcements left out), before docbot was run on any of them.
Nothing else is changed.
"""

import html
import pathlib
import re
import sys

from build_docs_batch19 import layout as post_layout
from recorded import check, rebuild_arguments, recorded_source

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "0a55c75e6d9bc71c80136a3867dac52356177443"
FIRST_BLOCKS = 12
ARTICLES = {  # local file -> the post's file in the repository
    "183_18f-digital-services-flash-mob.txt": "content/posts/2015-05-11-moveforward.md",
    "184_18f-estonia-government-records.txt": "content/posts/2015-06-17-what-estonia-can-teach-us-about-"
    "government-records.md",
    "185_18f-every-kid-in-a-park.txt": "content/posts/2015-09-03-every-kid-in-a-park.md",
    "186_18f-uk-digital-service-visit.txt": "content/posts/2015-12-22-uk-digital-service-visits-us-to-begin-series-of-"
    "exchanges.md",
    "187_18f-mississippi-child-welfare.txt": "content/posts/2016-09-20-mississippi-agile-modular-techniques-child-"
    "welfare-system.md",
}
SOURCE_SHA256 = {  # local file -> its post file's sha256 at SOURCE_COMMIT
    "183_18f-digital-services-flash-mob.txt": "680213510fb5ce9065c93bf3ac1098c25304525bfa90cc13d70843c15fe30d92",
    "184_18f-estonia-government-records.txt": "46373260de29dcc1ae30c949a9c2f63a21e523c58cb871f7b86b8b4616a09c51",
    "185_18f-every-kid-in-a-park.txt": "d1da9571429e5ab9d6f80569eaba6274a59f8bd49738274b82520e7cefd42681",
    "186_18f-uk-digital-service-visit.txt": "9ac00322912ed8db6f2771a45ea5438b489e86b05457cbe9811393263814afb6",
    "187_18f-mississippi-child-welfare.txt": "c7677197d3210abee23a7032276954faf08e11b1742facaf5a3803a41ca1834a",
}
SHA256 = {
    "183_18f-digital-services-flash-mob.txt": "d80e1ab5b36c9c785cd78fd7a50691297d46e0a867617882817d64d69a6cbe94",
    "184_18f-estonia-government-records.txt": "248dd1fab59ad3c96847794af50d3aaa8aa1386e15680d064634e193d4d6a808",
    "185_18f-every-kid-in-a-park.txt": "013f4bf76016ff273cb9e0fb0d8877919678c9a7c16951ae75453e67a329af33",
    "186_18f-uk-digital-service-visit.txt": "7af483f85c6145d8b3af00f0d48d1510e01c2a6f70e4f2ee355c4de2afd1549c",
    "187_18f-mississippi-child-welfare.txt": "d8d2b22c34290b96c4f6c0ca5de49b85900c106424b7f18b9a4c36ff823b0d83",
}
LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
BARE_URL = re.compile(r"https?://\S+")
LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*+]|\d+\.)[ \t]+")


def layout(text: str) -> str:
    """The nineteenth batch's layout of a post after its Liquid tags are dropped and its list items made paragraphs;
    the first `FIRST_BLOCKS` blocks (the headline counted)."""
    head, body = text.split("---\n", 2)[1:]
    body = LIQUID.sub("", body)
    body = LIST_ITEM.sub("\n\n", body)
    blocks = post_layout("---\n" + head + "---\n" + body).rstrip("\n").split("\n\n")
    blocks = [html.unescape(block) for block in blocks if not BARE_URL.fullmatch(block)]
    return "\n\n".join(blocks[:FIRST_BLOCKS]) + "\n"


def main() -> int:
    out = HERE / "docs"
    if rebuild := rebuild_arguments(out):
        git_dir, out = rebuild
        for file_name, source_file in ARTICLES.items():
            data = recorded_source(git_dir, SOURCE_COMMIT, source_file, SOURCE_SHA256[file_name])
            if data is None:
                return 1
            (out / file_name).write_text(layout(data.decode("utf-8")), encoding="utf-8")
    return check(out, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
