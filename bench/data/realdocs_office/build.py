"""Build realdocs_office's documents from public repositories and record where each came from.

    .venv/bin/python bench/data/realdocs_office/build.py [--mirrors /work/.mirror] [--check]

Each file is taken unchanged from a mirrored repository (`git show <commit>:<path>`), except two IDPF samples that
the repository keeps unpacked: their folder is zipped into an EPUB as the EPUB spec packs one (`mimetype` first and
stored, then every other file of the folder in path order, deflated, fixed timestamps, so the bytes repeat).
`sources.json` records each file's repository, commit, path, licence, where the licence is stated, and sha256;
`--check` rebuilds nothing and verifies the files in docs/ against it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SOURCES = HERE / "sources.json"
# fetch's layout: <root>/<owner>+<name>/repo is a bare git directory
DEFAULT_MIRRORS = Path("/work/.mirror")
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Source:
    target: str  # path under docs/
    repo: str
    commit: str
    path: str  # a file, or a folder to zip into an EPUB
    licence: str
    licence_where: str


USDS = "usds/techfar-hub"
USDS_COMMIT = "6925d402560b507421cca02eb156f32081098994"
USDS_LICENCE = "public domain (work of the U.S. Government); CC0-1.0 worldwide"
USDS_WHERE = "LICENSE.md of the repository ('The rest of this project is in the public domain')"
ODFPY = "eea/odfpy"
ODFPY_COMMIT = "f1cb77cb74e996b181925268f37e1aeff902ef33"
ODFPY_LICENCE = "Apache-2.0 (odfpy is offered under Apache-2.0, GPL-2.0+ or LGPL-2.1+)"
ODFPY_WHERE = "APACHE-LICENSE-2.0.txt and README.md of the repository"
IDPF = "IDPF/epub3-samples"
IDPF_COMMIT = "7651e2002b631e6577fadf7e9e0692fa6efb8746"

SOURCE_LIST = (
    Source(
        "office/agile_task_order_example.docx",
        USDS,
        USDS_COMMIT,
        "assets/files/Agile Task Order Example.docx",
        USDS_LICENCE,
        USDS_WHERE,
    ),
    Source(
        "office/digital_service_soo.docx",
        USDS,
        USDS_COMMIT,
        "assets/files/DigitalServiceSOO.docx",
        USDS_LICENCE,
        USDS_WHERE,
    ),
    Source(
        "office/usds_howto_8a.docx",
        USDS,
        USDS_COMMIT,
        "assets/files/USDS-HowTo8a.docx",
        USDS_LICENCE,
        USDS_WHERE,
    ),
    Source(
        "office/sources_sought.docx",
        USDS,
        USDS_COMMIT,
        "assets/files/Sources Sought.docx",
        USDS_LICENCE,
        USDS_WHERE,
    ),
    Source(
        "office/opengov_privacy_policy.docx",
        "opengovfoundation/site-policy",
        "f10f4fc458fed3e48e4e7e32dce1c22164aee74f",
        "docx/privacy-policy.docx",
        "CC0-1.0",
        "LICENSE of the repository (CC0 1.0 Universal) and README.md",
    ),
    Source(
        "office/climate_change_impact.odt",
        ODFPY,
        ODFPY_COMMIT,
        "contrib/odfsign/testdocs/ClimateChange2.odt",
        ODFPY_LICENCE,
        ODFPY_WHERE,
    ),
    Source(
        "office/api_for_odfpy.odt",
        ODFPY,
        ODFPY_COMMIT,
        "api-for-odfpy.odt",
        ODFPY_LICENCE,
        ODFPY_WHERE,
    ),
    Source(
        "epub/alice.epub",
        "futurepress/epub.js",
        "eee359d0790002115a1156a9833c54f4bcd44c1d",
        "test/fixtures/alice.epub",
        "text public domain (Project Gutenberg's Alice's Adventures in Wonderland); file BSD-2-Clause",
        "license of the repository (BSD 2-Clause, FuturePress); the book's Gutenberg header",
    ),
    Source(
        "epub/childrens_literature.epub",
        IDPF,
        IDPF_COMMIT,
        "30/childrens-literature",
        "public domain in the USA (text); sample CC-BY-SA-3.0",
        "the package's dc:rights ('Public domain in the USA.'); README.md of the repository (CC-BY-SA 3.0)",
    ),
    Source(
        "epub/wasteland.epub",
        IDPF,
        IDPF_COMMIT,
        "30/wasteland",
        "CC-BY-SA-3.0",
        "the package's dc:rights (wasteland.opf: CC BY-SA 3.0 Unported); README.md of the repository",
    ),
)


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True, capture_output=True).stdout


def packed_epub(mirror: Path, commit: str, folder: str) -> bytes:
    """The folder at `commit` zipped as an EPUB container."""
    names = [line for line in git(mirror, "ls-tree", "-r", "--name-only", commit, folder).decode().splitlines() if line]
    relative = sorted(name[len(folder) + 1 :] for name in names)
    out = HERE / ".epub.tmp"
    with zipfile.ZipFile(out, "w") as archive:
        for name in ["mimetype", *(n for n in relative if n != "mimetype")]:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, git(mirror, "show", f"{commit}:{folder}/{name}"))
    data = out.read_bytes()
    out.unlink()
    return data


def build(mirrors: Path) -> list[dict[str, str]]:
    records = []
    for source in SOURCE_LIST:
        mirror = mirrors / source.repo.replace("/", "+") / "repo"
        kind = git(mirror, "cat-file", "-t", f"{source.commit}:{source.path}").decode().strip()
        data = (
            git(mirror, "show", f"{source.commit}:{source.path}")
            if kind == "blob"
            else packed_epub(mirror, source.commit, source.path)
        )
        target = DOCS / source.target
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        records.append({**asdict(source), "packed": kind != "blob", "sha256": hashlib.sha256(data).hexdigest()})
    SOURCES.write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
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
