"""Build realdocs_fresh's documents from public repositories and record where each came from.

    .venv/bin/python bench/data/realdocs_fresh/build.py [--mirrors /work/.mirror] [--check]

Each file is taken unchanged from a mirrored repository (`git show <commit>:<path>`, the mirrors `fetch` makes).
`sources.json` records each file's repository, commit, path, licence, where the licence is stated, and sha256;
`--check` rebuilds nothing and verifies the files in docs/ against it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SOURCES = HERE / "sources.json"
# fetch's layout: <root>/<owner>+<name>/repo is a bare git directory
DEFAULT_MIRRORS = Path("/work/.mirror")


@dataclass(frozen=True)
class Source:
    target: str  # path under docs/
    repo: str
    commit: str
    path: str
    licence: str
    licence_where: str


POETRY = ("python-poetry/poetry", "f46702336862f30050d5c641d5ed6f7568ded793")
POETRY_LICENCE = ("MIT (© 2018-present Sébastien Eustace)", "LICENSE of the repository")
FLASK = ("pallets/flask", "2ac89889f4cc330eabd50f295dcef02828522c69")
FLASK_LICENCE = ("BSD-3-Clause (© 2010 Pallets)", "LICENSE.txt of the repository")
GSA = ("GSA/fedramp-automation", "c784140bc6d1ac9fa159aabc0e8a29e9aa2c63a9")
GSA_LICENCE = (
    "public domain in the U.S. (work of the U.S. Government); CC0-1.0 worldwide",
    "LICENSE.md of the repository",
)

SOURCE_LIST = (
    *(
        Source(f"md/{name}", *POETRY, f"docs/{name}", *POETRY_LICENCE)
        for name in (
            "basic-usage.md",
            "managing-dependencies.md",
            "managing-environments.md",
            "libraries.md",
            "repositories.md",
            "faq.md",
        )
    ),
    *(
        Source(f"web/{name.replace('/', '_')}", *FLASK, f"docs/{name}", *FLASK_LICENCE)
        for name in (
            "web-security.rst",
            "patterns/fileuploads.rst",
            "deploying/gunicorn.rst",
            "logging.rst",
            "debugging.rst",
            "patterns/flashing.rst",
        )
    ),
    Source(
        "pdf/intel_power_gov_user_guide.pdf",
        "intel/powergov",
        "cdfd69c063db50679b8dd453067c889f24a219dc",
        "User_Guide.pdf",
        "BSD-3-Clause (© 2012 Intel Corporation)",
        "LICENSE of the repository (covers the repository's files; the guide is one of them)",
    ),
    Source(
        "pdf/fedramp_oscal_poam_guide_rev5.pdf",
        *GSA,
        "documents/rev5/Guide_to_OSCAL-based_FedRAMP_Plan_of_Action_and_Milestones_(POAM)_rev5.pdf",
        *GSA_LICENCE,
    ),
    Source(
        "pdf/fedramp_oscal_vendor_resources.pdf",
        *GSA,
        "documents/rev4/FedRAMP_OSCAL_Vendor_Resources.pdf",
        *GSA_LICENCE,
    ),
    Source(
        "prose/news_from_nowhere.txt",
        "GITenberg/News-from-Nowhere--Or-An-Epoch-of-Rest--13-Being-Some-Chapters-from-a-Utopian-Romance_3261",
        "79bd67b0ae225cd64f7bbc25c0449850b3131069",
        "3261.txt",
        "Project Gutenberg: public domain in the U.S. (William Morris, 1890)",
        "LICENSE of the repository (the Project Gutenberg licence) and the licence header kept in the file",
    ),
)


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True, capture_output=True).stdout


def build(mirrors: Path) -> list[dict[str, str]]:
    records = []
    for source in SOURCE_LIST:
        mirror = mirrors / source.repo.replace("/", "+") / "repo"
        data = git(mirror, "show", f"{source.commit}:{source.path}")
        target = DOCS / source.target
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        records.append({**asdict(source), "sha256": hashlib.sha256(data).hexdigest()})
    SOURCES.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return records


def check() -> int:
    bad = 0
    for record in json.loads(SOURCES.read_text(encoding="utf-8")):
        digest = hashlib.sha256((DOCS / record["target"]).read_bytes()).hexdigest()
        if digest != record["sha256"]:
            print(f"changed: {record['target']}")
            bad += 1
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        return check()
    for record in build(args.mirrors):
        print(f"{record['sha256'][:12]}  {record['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
