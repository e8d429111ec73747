"""Check the tenth batch of docs/ (66-73) against recorded sha256s, and rebuild it from its source (stdlib only).

    python3 build_docs_batch10.py                   # check docs/66_* .. 73_* only
    python3 build_docs_batch10.py GIT_DIR [OUT]     # rebuild from a clone of airKlizz/WikinewsSum, then check

The source is the sixth to ninth batches' (`build_docs_batch6.py`: airKlizz/WikinewsSum at `SOURCE_COMMIT`,
`endataset.json`, English Wikinews of November 2004 - January 2005 as wikitext), made plain and laid out as the
ninth batch's (`build_docs_batch9.opened`, then `build_docs_batch6.layout`). Picked from the titles and a count of
verbs of saying and quote marks, before docbot was run on any of them.
"""

import sys

from build_docs_batch6 import build
from build_docs_batch9 import opened

ARTICLES = {  # local file -> the article's title in endataset.json
    "66_sergeant-torture-coverup.txt": "Veteran sergeant accounts US torture coverup",
    "67_lycos-anti-spam-campaign.txt": "Lycos Europe ends its anti-spam campaign",
    "68_school-of-the-americas-protest.txt": "Activists protest against School of the Americas",
    "69_landless-workers-city-hall.txt": "Brazilian Landless Workers Movement invades city hall",
    "70_sudan-peace-pledge.txt": "Sudanese parties sign peace pledge",
    "71_mumbai-shanties-demolished.txt": "Mumbai officials demolish 39K shanties; 200K homeless",
    "72_pinochet-house-arrest.txt": "Pinochet arrested after Supreme Court ruling",
    "73_defense-board-communication.txt": (
        "Department of Defense report lambasts communication failure in US War on Terror"
    ),
}
SHA256 = {
    "66_sergeant-torture-coverup.txt": "c94d9013807a9838b2cb04dd78919d1f9cb5babb3472139b2817323d95451f50",
    "67_lycos-anti-spam-campaign.txt": "7c3098711e4d721400812bada6ba51e415dfdc8576b53f81beedd53ce1d5b8bc",
    "68_school-of-the-americas-protest.txt": "144e16f1ee134cffb3cc4fb30f5ffe8b1276645440eee395cb4aae8295411550",
    "69_landless-workers-city-hall.txt": "967d155eece215ef06739fc0255b53b7777c2efac8e9e9c2fd715f8afe3c3250",
    "70_sudan-peace-pledge.txt": "60e9005b849cef1be5183c5941f47339e64e82d7260e6642101dfbeb4c855bd7",
    "71_mumbai-shanties-demolished.txt": "5720028c670a1b6d49f339002cc2d30f516f74e335f333f4aa9581db4aefe05d",
    "72_pinochet-house-arrest.txt": "c6ce146afbb2fc093ed85e125e94d2f5c2dec9851bac4def55afa9a82d04dc14",
    "73_defense-board-communication.txt": "3b0a5ee83b29d4badbc8c0c90d3ef88ec1e87e7ed356e0dc2d2f7ff2647ed4c6",
}


def main() -> int:
    return build(ARTICLES, SHA256, opened)


if __name__ == "__main__":
    sys.exit(main())
