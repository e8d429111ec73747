"""The documents of docs/ checked against their recorded sha256s: shared by build_docs.py and build_docs_2019.py."""

import hashlib
import pathlib
from collections.abc import Iterable, Mapping


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
