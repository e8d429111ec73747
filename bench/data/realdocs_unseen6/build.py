"""Rebuild realdocs_unseen6's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen6/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` at the commits below): a folder is copied whole below
its corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole; "" is the whole tree)
FOLDERS = (
    ("clojure", "clojure+clojure-site", "9112a4c8a2b68f2bef8cd49225bc7b31f81fe7a6", "content/guides"),
    ("cdl", "ContextLab+lab-manual", "af996e1e73d2991fc5e828ba5850e837ed285442", ""),
)
# RoninInstitute/records file by file: its tree's data/ (an old-version store named by hashes, no suffixes) is left out,
# as the snapshot lacks some of its blobs
RONIN = "48f4111afcbd1686b3638c7d03a725291e156711"
FILES = tuple(
    ("ronin", "RoninInstitute+records", RONIN, name)
    for name in (
        "Articles_of_Incorporation_RIIS_2-0_California_SOS_2025-04-24.pdf",
        "CNAME",
        "LICENSE",
        "README.md",
        "accounting-and-finance-policy-and-procedure-manual.docx",
        "accounting-and-finance-policy-and-procedure-manual.pdf",
        "belonging-policy.docx",
        "belonging-policy.pdf",
        "bylaws-investigation.docx",
        "bylaws-investigation.pdf",
        "bylaws-notes.docx",
        "bylaws-notes.pdf",
        "bylaws.docx",
        "bylaws.pdf",
        "cease-desist-ronin.txt",
        "code-of-conduct.docx",
        "code-of-conduct.pdf",
        "consensus-decision-making-policy.docx",
        "consensus-decision-making-policy.pdf",
        "draft-bylaws.docx",
        "draft-bylaws.pdf",
        "generate_version_table.sh",
        "information-technology-disaster-recovery-plan.docx",
        "information-technology-disaster-recovery-plan.pdf",
        "information-technology-incident-response-plan.docx",
        "information-technology-incident-response-plan.pdf",
        "information-technology-policy-manual.docx",
        "information-technology-policy-manual.pdf",
        "policy-and-procedure-for-termination-of-membership.docx",
        "policy-and-procedure-for-termination-of-membership.pdf",
        "reframing-ronin.docx",
        "reframing-ronin.pdf",
        "track.sh",
        "whistleblower-policy-non-profit.docx.docx",
        "whistleblower-policy-non-profit.docx.pdf",
    )
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
