"""Rebuild realdocs_unseen5's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen5/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): a folder is copied
whole below its corpus folder.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import tarfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole; "" is the whole tree)
FOLDERS = (
    ("pyguide", "realpython+python-guide", "0538ef8f8cc86fa1fc17911dc8831ad193b06d17", "docs"),
    ("srd", "OldManUmby+DND.SRD.Wiki", "f8b2c5bd92139194fd0ad6201943772eac7f4470", ""),
    ("hamlet", "standardebooks+william-shakespeare_hamlet", "d4afab8c266cc4cdbbbef6a6d7e5f683fb6b1771", "src"),
)


def git(mirrors: Path, repo: str, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(mirrors / repo / "repo"), *args], check=True, capture_output=True
    ).stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    mirrors = parser.parse_args().mirrors
    shutil.rmtree(DOCS, ignore_errors=True)
    for corpus, repo, commit, path in FOLDERS:
        with tarfile.open(fileobj=io.BytesIO(git(mirrors, repo, "archive", commit, *([path] if path else [])))) as tar:
            for member in tar.getmembers():
                if member.isfile():
                    target = DOCS / corpus / Path(member.name).relative_to(path)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())  # type: ignore[union-attr]


if __name__ == "__main__":
    main()
