"""Rebuild realdocs_unseen4's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen4/build.py [--mirrors /work/.mirror]

Folders and files are taken unchanged (`git archive` / `git show` at the commits below). Standard Ebooks keeps its
book unpacked (src/: mimetype, META-INF/, epub/), so that folder is zipped into one EPUB as the EPUB spec packs it
(`mimetype` first and stored, every other file in path order, deflated, fixed timestamps, so the bytes repeat).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"
JEKYLL = ("jekyll+jekyll", "202df571314ba1d18e9fccd81d12aaad4a703c38", "docs/_docs")
BOOK = ("standardebooks+h-g-wells_the-time-machine", "9fd22d612e6ed35cd07a8ed5e3ccdc4856c05088", "src")
FAA = ("jsvine+pdfplumber", "147f2c4c07dc1191fc1d05bb589b4f6af3aaf74a", "tests/pdfs/federal-register-2020-17221.pdf")
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def archive(mirrors: Path, repo: str, commit: str, path: str) -> tarfile.TarFile:
    data = subprocess.run(
        ["git", "--git-dir", str(mirrors / repo / "repo"), "archive", commit, path], check=True, capture_output=True
    ).stdout
    return tarfile.open(fileobj=io.BytesIO(data))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    mirrors = parser.parse_args().mirrors
    shutil.rmtree(DOCS, ignore_errors=True)
    # jekyll: docs/_docs as docs/jekyll/
    with archive(mirrors, *JEKYLL) as tar:
        for member in tar.getmembers():
            if member.isfile():
                target = DOCS / "jekyll" / Path(member.name).relative_to(JEKYLL[2])
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(tar.extractfile(member).read())  # type: ignore[union-attr]
    # the book: src/ zipped into docs/timemachine/the_time_machine.epub
    with archive(mirrors, *BOOK) as tar:
        files = {
            str(Path(m.name).relative_to(BOOK[2])): tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile()
        }
    book = DOCS / "timemachine" / "the_time_machine.epub"
    book.parent.mkdir(parents=True)
    with zipfile.ZipFile(book, "w") as epub:
        epub.writestr(zipfile.ZipInfo("mimetype", ZIP_TIME), files.pop("mimetype"), zipfile.ZIP_STORED)
        for name in sorted(files):
            epub.writestr(zipfile.ZipInfo(name, ZIP_TIME), files[name], zipfile.ZIP_DEFLATED)
    # the FAA's proposed airworthiness directive, one PDF
    pdf = subprocess.run(
        ["git", "--git-dir", str(mirrors / FAA[0] / "repo"), "show", f"{FAA[1]}:{FAA[2]}"],
        check=True,
        capture_output=True,
    ).stdout
    (DOCS / "faa").mkdir(parents=True)
    (DOCS / "faa" / "federal-register-2020-17221.pdf").write_bytes(pdf)


if __name__ == "__main__":
    main()
