"""Check the eighteenth batch of docs/ (130-137) against recorded sha256s, and rebuild it from its source (stdlib).

    python3 build_docs_batch18.py                   # check docs/130_* .. 137_* only
    python3 build_docs_batch18.py GIT_DIR [OUT]     # rebuild from OpenGenderTracking/globalvoices, then check

The same source, file and layout as the seventeenth batch (`build_docs_batch17.py`: Global Voices Online's posts of
October - December 2004, CC BY, the export's sha256 checked; the post's title, then its paragraphs, line breaks,
block quotations and list items as blocks, the first `FIRST_BLOCKS` blocks), other posts: those about the project's
own founding meeting of 11 December 2004 and what followed it (thanks, session plans, logs, a draft manifesto,
launches), on topics the seventeenth batch does not cover. Picked (helper ha15, round 35) among the export's 21 posts
the seventeenth batch left, by named people and bodies, verbs of saying and a first reading (one-line notices, the
posts that are only a manifesto's text and an e-mail whose hard line breaks cut its sentences into blocks left
out), before docbot was run on any of them. Nothing else is changed; the posts' slips ("yoyr", "accomodate",
"We''ll", "bridge bridge") are kept.
"""

import sys

from build_docs_batch17 import globalvoices_batch

ARTICLES = {  # local file -> the post's link in the export
    "130_gv-grateful-thanks-next-steps.txt": "http://globalvoicesonline.org/2004/12/12/grateful-thanks-and-some-next-steps/",
    "131_gv-manifesto-session-log.txt": "http://globalvoicesonline.org/2004/12/12/manifesto-session-log/",
    "132_gv-working-draft.txt": "http://globalvoicesonline.org/2004/12/16/the-working-draft/",
    "133_gv-about-global-voices-online.txt": "http://globalvoicesonline.org/2004/10/26/"
    "about-global-voices-online-saturday-dec11th/",
    "134_gv-updated-session-plan.txt": "http://globalvoicesonline.org/2004/11/15/updated-session-plan/",
    "135_gv-yet-more-next-steps.txt": "http://globalvoicesonline.org/2004/12/20/yet-more-next-steps/",
    "136_gv-emergency-action-blog.txt": "http://globalvoicesonline.org/2004/12/28/emergency-action-blog-initiative/",
    "137_gv-digital-divide-network.txt": "http://globalvoicesonline.org/2004/12/13/"
    "digital-divide-network-launches-new-online-community/",
}
SHA256 = {
    "130_gv-grateful-thanks-next-steps.txt": "7029d3a52ae498ff93cde8ca33f06c37d5a780cbcb6e02f93eb32743342e8b09",
    "131_gv-manifesto-session-log.txt": "ef101e93ef14fbb9f4ecd95b4340b90fa3057c7687021cac9f8e31aa54aa16ff",
    "132_gv-working-draft.txt": "3cafc574e9da29f41069025f0bb0efe2d8ade0e366eed37789218699d06d372d",
    "133_gv-about-global-voices-online.txt": "8056ffd10adc0f6ac6497a2eb84e1e3587c6945d5b8812be3d29b234cb30162d",
    "134_gv-updated-session-plan.txt": "111bd157e883e3ea05194af62a6e1470191a968cdc73e73a85bf7bb6068b1f92",
    "135_gv-yet-more-next-steps.txt": "982e04c1159c0c9c8d440112fc4de699bcc9e47781d9e5ac24f9a232c59fb021",
    "136_gv-emergency-action-blog.txt": "a1bb31d614954e5f63b718c9294039c7abf440a9bd611e116e508614328466a6",
    "137_gv-digital-divide-network.txt": "a3315c5c488dc08c3c6be7bb92ed4a60fa1e712cb6633688635b4c1c03eb9554",
}


def main() -> int:
    return globalvoices_batch(ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
