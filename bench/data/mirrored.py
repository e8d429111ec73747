"""What the realdocs_unseen* build scripts share: copying folders and files unchanged out of mirrored repositories
(`fetch`'s layout: <mirrors>/<owner>+<name>/repo) into a set's docs/, through `git archive` / `git show`."""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

# (corpus, mirror, commit, path in the repository: a folder copied whole, "" for the whole tree, or one file)
Source = tuple[str, str, str, str]


def git(mirrors: Path, repo: str, *args: str) -> bytes:
    """The output of `git ARGS` in the mirror of `repo`."""
    return subprocess.run(
        ["git", "--git-dir", str(mirrors / repo / "repo"), *args], check=True, capture_output=True
    ).stdout


def rebuild(docs: Path, folders: Sequence[Source], files: Sequence[Source] = ()) -> None:
    """Make `docs` afresh from the mirrors named by `--mirrors` (default /work/.mirror): each of `folders` copied
    whole below its corpus folder, each of `files` under its own name."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    mirrors = parser.parse_args().mirrors
    shutil.rmtree(docs, ignore_errors=True)
    for corpus, repo, commit, path in folders:
        with tarfile.open(fileobj=io.BytesIO(git(mirrors, repo, "archive", commit, *([path] if path else [])))) as tar:
            for member in tar.getmembers():
                if member.isfile():
                    target = docs / corpus / Path(member.name).relative_to(path)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())  # type: ignore[union-attr]
    for corpus, repo, commit, path in files:
        target = docs / corpus / Path(path).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git(mirrors, repo, "show", f"{commit}:{path}"))


def check_sha256(docs: Path) -> None:
    """Stop the build unless every file under `docs` has the sha256 recorded in sha256.txt beside it (a mirror that
    moved or a copy that changed); without that file, write it and stop, to be checked in."""
    sha256_file = docs.parent / "sha256.txt"
    found = {
        path.relative_to(docs).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(docs.rglob("*"))
        if path.is_file()
    }
    if not sha256_file.exists():
        sha256_file.write_text("".join(f"{digest}  {path}\n" for path, digest in found.items()))
        sys.exit(f"wrote {sha256_file.name}: check it in")
    wanted = dict(reversed(line.split("  ", 1)) for line in sha256_file.read_text().splitlines() if line)
    if found != wanted:
        sys.exit(f"docs/ differs from {sha256_file.name}: {sorted(set(found.items()) ^ set(wanted.items()))}")
    print(f"{len(found)} files, sha256 as recorded")
