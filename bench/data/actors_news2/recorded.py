"""What the build scripts share: their arguments, the check of docs/ against the recorded sha256s, and (for
build_docs_2019.py, build_docs_2020.py and batches 4, 5 and 12-15) the rebuild of a batch from vanatteveldt/wikinews's
yearly CSVs."""

import csv
import hashlib
import io
import pathlib
import re
import subprocess
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


def recorded_source(git_dir: str, commit: str, source_file: str, sha256: str) -> bytes | None:
    """`source_file` at `commit` of the clone at `git_dir`, or None (said on one line) when its sha256 is not the
    recorded one."""
    data = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{source_file}"], capture_output=True, check=True
    ).stdout
    if hashlib.sha256(data).hexdigest() != sha256:
        print(f"{source_file} at {commit} differs from the recorded sha256")
        return None
    return data


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


def layout(title: str, text: str, first_blocks: int | None = None) -> str:
    """Headline, then the dateline and paragraphs (the CSV's non-empty lines), one blank line between blocks; with
    `first_blocks`, only that many blocks (the headline counted) are kept."""
    blocks = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    kept = [title.strip(), *[b for b in blocks if b]]
    return "\n\n".join(kept[:first_blocks]) + "\n"


def wikinews_batch(
    default_out: pathlib.Path,
    commit: str,
    source_file: str,
    articles: Mapping[str, str],
    sha256: Mapping[str, str],
    first_blocks: Mapping[str, int] | None = None,
) -> int:
    """Check a batch of docs/ (`articles`: local file -> the article's URL in the CSV) against `sha256`; with
    `GIT_DIR [OUT]` on the command line, first rebuild it from `source_file` at `commit` of that clone (a file named
    in `first_blocks` keeps only its first blocks: long interviews cut to a size one annotator can read closely)."""
    out = default_out
    if rebuild := rebuild_arguments(default_out):
        git_dir, out = rebuild
        data = subprocess.run(
            ["git", "--git-dir", git_dir, "show", f"{commit}:{source_file}"], capture_output=True, text=True, check=True
        ).stdout
        rows = {row["url"]: row for row in csv.DictReader(io.StringIO(data))}
        for file_name, url in articles.items():
            text = layout(rows[url]["title"], rows[url]["text"], (first_blocks or {}).get(file_name))
            (out / file_name).write_text(text, encoding="utf-8")
    return check(out, articles, sha256)


def wikinews_batches(
    default_out: pathlib.Path,
    commit: str,
    sources: Mapping[str, Mapping[str, str]],
    sha256: Mapping[str, str],
    first_blocks: Mapping[str, int] | None = None,
) -> int:
    """`wikinews_batch` for a batch drawn from several CSVs (`sources`: source file -> its articles), one CSV at a
    time; 1 when any document differs, else 0."""
    return max(
        wikinews_batch(default_out, commit, source_file, articles, sha256, first_blocks)
        for source_file, articles in sources.items()
    )
