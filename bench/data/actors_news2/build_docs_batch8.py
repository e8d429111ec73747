"""Check the eighth batch of docs/ (50-57) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch8.py                   # check docs/50_* .. 57_* only
    python3 build_docs_batch8.py GIT_DIR [OUT]     # rebuild from a clone of airKlizz/WikinewsSum, then check

The source is the sixth and seventh batches' (`build_docs_batch6.py`: airKlizz/WikinewsSum at `SOURCE_COMMIT`,
`endataset.json`, English Wikinews of November 2004 - January 2005 as wikitext), made plain and laid out by
`build_docs_batch6.layout` after `build_docs_batch7.unindent`; in addition an HTML line break ("<br />") is dropped,
and so is what a broken wikitext comment or table opens ("!-- Instructions ...", "{| border": a paragraph starting
so, and all after it). Only articles whose opening the scrape kept intact and that report someone's words were
picked, from the titles and openings, before docbot was run on any of them.
"""

import re
import sys

from build_docs_batch6 import build
from build_docs_batch7 import unindent

ARTICLES = {  # local file -> the article's title in endataset.json
    "50_south-american-community-of-nations.txt": (
        "South American Community of Nations announced at Third South American Summit"
    ),
    "51_americans-tsunami-relief.txt": "Americans contribute to relief effort",
    "52_brazil-delegation-arafat-funeral.txt": "Brazilian delegation returns from Arafat funeral",
    "53_gusenbauer-reelected-spoe.txt": "Gusenbauer reelected as Austrian Social Democrat Party leader",
    "54_spain-explosive-device-almeria.txt": "Police deactivate explosive device in Andalucía, Spain",
    "55_tsunami-toll-relief.txt": "Tsunami toll passes 80,000 people as relief effort continues",
    "56_white-noise-box-office.txt": "'Noise' takes on 'Fockers' in weekend box office race",
    "57_australia-new-zealand-cricket.txt": "Australians talk tough ahead of Brisbane test match",
}
SHA256 = {
    "50_south-american-community-of-nations.txt": "ad5f974f89978148fea7c17321a79d2d083b902549ba52079b9a8da3fee94575",
    "51_americans-tsunami-relief.txt": "2209ddce3249ff92837eff229c2bd2a40a17ba772df189dfe80a2c8b9cadb599",
    "52_brazil-delegation-arafat-funeral.txt": "e1ed01678ed6e606ba7ccdd1983229b8b445a300cd221ad20fdff494365e651b",
    "53_gusenbauer-reelected-spoe.txt": "131b0011ba9d0223f8495ee4cd7d50d54be81e518a3897fd4de6985f19faf26b",
    "54_spain-explosive-device-almeria.txt": "8971226fb8748b692b3fa79f0c600102e3ee6cd65772f63778ae3ac7a5adc212",
    "55_tsunami-toll-relief.txt": "ce3f41e8ed659e7c08af8d7e88aa4f42f69c55a68d8737d1f7858c071f72410d",
    "56_white-noise-box-office.txt": "5e863db1024d62a737070520ab83000f3ac6b6a61ab887705f4508052a793190",
    "57_australia-new-zealand-cricket.txt": "8de3329b7a33273ed826bc7430a58b9936177e02553ed8ea06ddf5ae036dfb78",
}


def cleaned(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a broken comment or table, without indents and HTML line breaks."""
    kept = []
    for paragraph in paragraphs:
        if re.match(r"\s*(?:!--|\{\|)", paragraph):
            break
        kept.append(re.sub(r"<br\s*/?>", "", unindent(paragraph)))
    return kept


def main() -> int:
    return build(ARTICLES, SHA256, cleaned)


if __name__ == "__main__":
    sys.exit(main())
