"""Check the seventh batch of docs/ (42-49) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch7.py                   # check docs/42_* .. 49_* only
    python3 build_docs_batch7.py GIT_DIR [OUT]     # rebuild from a clone of airKlizz/WikinewsSum, then check

The source is the sixth batch's (`build_docs_batch6.py`: airKlizz/WikinewsSum at `SOURCE_COMMIT`, `endataset.json`,
English Wikinews of November 2004 - January 2005 as wikitext), made plain and laid out by that script's `layout`;
in addition a wikitext indent (":" opening a line, as in a quoted e-mail exchange) is dropped. Only articles whose
opening the scrape kept intact (no "{{byline|date" glued to a cut word) were picked.
"""

import re
import sys

from build_docs_batch6 import build

ARTICLES = {  # local file -> the article's title in endataset.json
    "42_brazil-south-korea-presidents.txt": "Brazilian President meets President of South Korea",
    "43_bush-visits-canada.txt": "US president Bush visits Canada",
    "44_boeing-air-force-emails.txt": "Internal emails expose Boeing-Air Force contract discussions",
    "45_mozambique-election-frelimo.txt": "Mozambique's ruling party retains control in elections",
    "46_zambia-agricultural-policy.txt": "Zambian government launches a new agricultural policy",
    "47_ukraine-election-rerun.txt": "Yushchenko claims victory in re-run",
    "48_us-top-spamming-country.txt": "Security firm identifies United States as world's top spamming country",
    "49_social-security-price-indexing.txt": "Bush to Propose Major Overhaul of Social Security Benefits",
}
SHA256 = {
    "42_brazil-south-korea-presidents.txt": "40c3414678c112ffc78b70ed9ad9ed1dce1cecc1ae0f486d34f73169942462aa",
    "43_bush-visits-canada.txt": "1c0412109c404d5eac5b883bc0ef446a037cc042e0663509c1c8d4e7e784c17c",
    "44_boeing-air-force-emails.txt": "7eaa700c90d2a5f973cf163209601ab93489ee7ee5b17a045fdbb1533459f9ac",
    "45_mozambique-election-frelimo.txt": "8d0717fc0fc5bed96f8c64b23a8fd16cc6cf073b73d0a749bfc70b5f065bebaf",
    "46_zambia-agricultural-policy.txt": "5849638b600645ef7abeeb5ecb59cd2888367dd0833cb4a0d0226622abcff532",
    "47_ukraine-election-rerun.txt": "5c0a914a0a994690cc1759b5f23ffa386489667c567c782f08d964862454e0e8",
    "48_us-top-spamming-country.txt": "0b1379fef5e47431cbadad97be61bc0b8c3b85fdfa303f6a517dddc03257fe67",
    "49_social-security-price-indexing.txt": "6ce2fb62777627057367c3b4340157857e653f0ade98263af950a41eea8b470b",
}


def unindent(paragraph: str) -> str:
    """The paragraph without wikitext indent colons at the start of its lines."""
    return re.sub(r"^:+\s*", "", paragraph, flags=re.M)


def main() -> int:
    return build(ARTICLES, SHA256, lambda paragraphs: [unindent(p) for p in paragraphs])


if __name__ == "__main__":
    sys.exit(main())
