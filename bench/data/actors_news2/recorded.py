"""What build_docs.py and build_docs_2019.py share: their arguments, and the check of docs/ against the recorded
sha256s."""

import hashlib
import pathlib
import sys
from collections.abc import Iterable, Mapping


def rebuild_arguments(default_out: pathlib.Path) -> tuple[str, pathlib.Path] | None:
    """(git dir, output folder) from the command line `GIT_DIR [OUT]` (the folder created), or None when only a
    check is asked. GIT_DIR may be a clone's work tree (its .git is used) or a bare repository."""
    if len(sys.argv) < 2:
        return None
    git_dir = sys.argv[1]
    if (pathlib.Path(git_dir) / ".git").is_dir():
        git_dir = str(pathlib.Path(git_dir) / ".git")
    out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else default_out
    out.mkdir(parents=True, exist_ok=True)
    return git_dir, out


def check(out: pathlib.Path, file_names: Iterable[str], sha256: Mapping[str, str]) -> int:
    """Print each document of `file_names` in `out` whose sha256 differs from the recorded one, then a summary line;
    1 when any differs (or is missing), else 0."""
    names = list(file_names)
    bad = 0
    for file_name in names:
        path = out / file_name
        got = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"
        if got != sha256.get(file_name):
            bad += 1
            print(f"DIFFERS {file_name}: {got}")
    print(f"{len(names) - bad} of {len(names)} documents match the recorded sha256 in {out}")
    return 1 if bad else 0
