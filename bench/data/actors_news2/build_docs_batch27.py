"""Check the twenty-seventh batch of docs/ (188-193) against recorded sha256s, and rebuild it from its source (stdlib).

    python3 build_docs_batch27.py                   # check docs/188_* .. 193_* only
    python3 build_docs_batch27.py GIT_DIR [OUT]     # rebuild from GSA/digitalgov.gov, then check

A source no batch used: the **news posts of DigitalGov**, the US General Services Administration's site for people
who build government websites and digital services, as Markdown posts (`content/news/`) of its repository
GSA/digitalgov.gov at `SOURCE_COMMIT` (a work of the United States Government, in the public domain; the
repository's LICENSE.md adds a CC0 1.0 waiver worldwide). Each post file's sha256 is checked. Its house style is a
community newsletter's: write-ups of webinars and agencies' projects quoting the officials who spoke, titles after
names ("X, Digital Engagement Strategist for Y"), websites and programmes named like bodies ("Challenge.gov",
"AskCFPB"), companies named in passing. A post is laid out as the twenty-sixth batch's (`build_docs_batch26.layout`,
whose Liquid pattern also drops Hugo shortcodes `{{< ... >}}`); the first `FIRST_BLOCKS` blocks are kept. Picked
(helper ha31, round 46) among the site's news posts of 2,000-9,000 characters by the twenty-sixth batch's score,
posts with at least eight verbs of saying and named speakers only (a list of resources, a how-to and a post of
bullet points left out), before docbot was run on any of them. Nothing else is changed; the posts' slips
("Protenction", "Department of Veteran Affairs") are kept.
"""

import pathlib
import sys

from build_docs_batch26 import layout
from recorded import check, rebuild_arguments, recorded_source

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "4979583206d90ff1707b097454a9b169ca9e95e4"
ARTICLES = {  # local file -> the post's file in the repository
    "188_digitalgov-community-challenges.txt": "content/news/2016/01/2016-01-04-a-sense-of-purpose-strong-"
    "communities-can-overcome-big-challenges.md",
    "189_digitalgov-faqs-still-relevant.txt": "content/news/2015/04/2015-04-27-are-faqs-still-relevant.md",
    "190_digitalgov-biomedical-challenge.txt": "content/news/2015/09/2015-09-18-success-spotlight-challenge-"
    "takes-students-biomedicine-to-next-level.md",
    "191_digitalgov-prize-marketing-webinar.txt": "content/news/2015/10/2015-10-28-training-series-offers-marketing-"
    "tips-for-prizes-challenges.md",
    "192_digitalgov-open-opportunities.txt": "content/news/2016/01/2016-01-14-why-people-contribute-to-"
    "federal-tech-projects-and-how-you-can-provide-a-good-experience.md",
    "193_digitalgov-askfafsa-twitter-chats.txt": "content/news/2015/01/2015-01-05-great-customer-service-in-140-"
    "characters-askfafsa-twitter-chats.md",
}
SOURCE_SHA256 = {  # local file -> its post file's sha256 at SOURCE_COMMIT
    "188_digitalgov-community-challenges.txt": "54627aa7d7dd09047a0c3dd6978321361be23eb3c1f38da688bfae843ce0fa42",
    "189_digitalgov-faqs-still-relevant.txt": "575d702ce0593aad15526d5dba729fae1d5c0979e00bc9739d8c23e3f6c930d4",
    "190_digitalgov-biomedical-challenge.txt": "9460576418ec8dc860c7f6aa2023376df9cfec8b08e3c128d7df03b018ff5f13",
    "191_digitalgov-prize-marketing-webinar.txt": "867b83121af0e7b7bb2647cd6084e3e74726ffeecccc28bb15ce5f23c6e5704d",
    "192_digitalgov-open-opportunities.txt": "c842092ad92666201ac8ca5b954f10b923949df04d7abb90c9372f84d0de3a20",
    "193_digitalgov-askfafsa-twitter-chats.txt": "1e793d87aeeb6c845a4963df1dd2eaa21a18a1e85b07220689e647403addb114",
}
SHA256 = {
    "188_digitalgov-community-challenges.txt": "496c13a69e0d67733d27cf3f8b6c089eae1fe8ddcea69e5b2d5ef74e3623b2fd",
    "189_digitalgov-faqs-still-relevant.txt": "5fd2ad0e3c7f49bf1237160ea1f99acc9f218cc41a7c180ea0f07cf47f6e1685",
    "190_digitalgov-biomedical-challenge.txt": "f61b3b6ad2c7ef8bcb0cd6716724d868775b1e132da418db619fa73bb41c1751",
    "191_digitalgov-prize-marketing-webinar.txt": "82babdc2e8556c64fc9cf42166980e1c32c31961628d026be54de418b5406070",
    "192_digitalgov-open-opportunities.txt": "eeb59041d28ef07de449ace77e9e298fce191e7aab7d81fb1c898298136a9c44",
    "193_digitalgov-askfafsa-twitter-chats.txt": "27de790dd1ced039476e4d558d8878019b9fc3a459e4b2b2f932daa428c19151",
}


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
