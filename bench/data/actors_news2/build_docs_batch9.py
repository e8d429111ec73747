"""Check the ninth batch of docs/ (58-65) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch9.py                   # check docs/58_* .. 65_* only
    python3 build_docs_batch9.py GIT_DIR [OUT]     # rebuild from a clone of airKlizz/WikinewsSum, then check

The source is the sixth to eighth batches' (`build_docs_batch6.py`: airKlizz/WikinewsSum at `SOURCE_COMMIT`,
`endataset.json`, English Wikinews of November 2004 - January 2005 as wikitext), made plain and laid out by
`build_docs_batch6.layout` after `build_docs_batch8.cleaned`. Most of the articles left with reported speech lost
their first letters in the scrape (as 35 and 40 of the sixth batch): `plain` drops the damaged opening and the cut
word, and here also the lone quote mark left when the cut fell inside bold or italic quotes ("'NOS reported").
Picked from the titles and a count of verbs of saying, before docbot was run on any of them.
"""

import re
import sys

from build_docs_batch6 import build
from build_docs_batch8 import cleaned

ARTICLES = {  # local file -> the article's title in endataset.json
    "58_barroso-portuguese-referendum.txt": (
        "E.C. President does not advise Portuguese referendum in light of current crisis"
    ),
    "59_time-warner-sprint-mobile.txt": "Time Warner, Sprint close to mobile pact",
    "60_gregoire-washington-governor.txt": "Gregoire wins Washington state's closest ever governor's race",
    "61_mosul-beheaded-bodies.txt": "Beheaded bodies found as fighting continues in Mosul",
    "62_dutch-blasphemy-article.txt": "Majority of Dutch parliament against accentuation of anti-blasphemy article",
    "63_connecticut-killer-appeals.txt": "Connecticut Serial Killer Competent- Waives Further Appeals",
    "64_palestinian-presidential-election.txt": "Palestinians to elect new president on January 9",
    "65_queensland-train-derailment.txt": "High-speed train derailment in central Queensland (Australia)",
}
SHA256 = {
    "58_barroso-portuguese-referendum.txt": "49eaf75d8c2cac22de7b68e61019d0ea8e59f8281f66bbb673a885572d0e219b",
    "59_time-warner-sprint-mobile.txt": "992652eadfe305848d8998a093ced882aec44d91a77eef4d5a36dc8740e1863d",
    "60_gregoire-washington-governor.txt": "d7d4a8bd760a3fee9213777e01f5aec374333dac59082c17b39f348f5763d9c6",
    "61_mosul-beheaded-bodies.txt": "02f5d9942f83fb210982e808aab41f5c3a4a8a3dbbc8497b13e3e07db1b1bcc9",
    "62_dutch-blasphemy-article.txt": "46eb7cc94361aa70f4516f78586415b8783780df79642c4aa91d6cc8e44fcda9",
    "63_connecticut-killer-appeals.txt": "27510f7f5aab085dc0dcbb869cabec51a3066f65ae7832683849e6a623099483",
    "64_palestinian-presidential-election.txt": "1cb794062d4c89742de9c1f912cba2efb1c52ad27e17bb7abe9f69cdb0b76b31",
    "65_queensland-train-derailment.txt": "d03b88580928e35100a51da924207a9d3550e05ec9439c3ddb65ab184a47be54",
}


def opened(paragraphs: list[str]) -> list[str]:
    """The paragraphs, the first without a lone quote mark left by the scrape's cut ("date'[[w:X|NOS]]''")."""
    text = [re.sub(r"\{\{byline\|date'(?=\[)", "{{byline|date", p) for p in paragraphs]
    return cleaned(text)


def main() -> int:
    return build(ARTICLES, SHA256, opened)


if __name__ == "__main__":
    sys.exit(main())
