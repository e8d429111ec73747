"""Sentence splitting: speed and fragments after honorifics and initials, docbot's splitter next to libraries.

    .venv/bin/python bench/split.py [PATH ...] [--compare blingfire,sentencex,pysbd,syntok,punkt] [--repeat N]

Each PATH is a document or a folder of them (.txt, .md, .htm, .html; HTML is reduced to the text of its paragraphs);
with none, seeds/, bench/data/squad-small/docs and ../shared/eval/realdocs-dev/docs/prose are read. Every paragraph
(split_paragraphs) is split by docbot's `split_sentences` and by each `--compare` library that is installed (they are
not docbot dependencies: install them into a scratch virtual environment to compare), `--repeat` times; the best
round counts.

Figures: sentences per second (per CPU second of the process in the best round, so that other work on the machine
weighs less), sentence count, and three counts of likely fragments: sentences ending in a title ("Mr.", "Mrs.", "Dr.",
"St.", "Prof.", "Rev."), which is always a sentence cut in two before a name; sentences ending in a single capital
("Jacob A."), often one cut before a surname but sometimes a real end ("reduces to Y."); and sentences under 12
characters. `--show` lists them.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
# ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from retrieval.ingest.decode import decode_bytes
from retrieval.ingest.split import split_paragraphs, split_sentences

DEFAULT_PATHS = (
    ROOT / "seeds",
    BENCH / "data" / "squad-small" / "docs",
    ROOT.parent / "shared" / "eval" / "realdocs-dev" / "docs" / "prose",
)
SUFFIXES = (".txt", ".md", ".htm", ".html")
TITLE_END = re.compile(r"(?:^|[\s(\"'“‘])(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Messrs)\.$")
INITIAL_END = re.compile(r"(?:^|[\s(\"'“‘.])[A-Z]\.$")

Splitter = Callable[[str], list[str]]


class _ParagraphText(HTMLParser):
    """The text of an HTML page's paragraphs, one block each, blank-line separated."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._parts: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "h1", "h2", "h3", "h4", "blockquote", "li"):
            self._flush()
            self._parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "h1", "h2", "h3", "h4", "blockquote", "li"):
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._parts is not None:
            self._parts.append(data)

    def _flush(self) -> None:
        if self._parts is not None and "".join(self._parts).strip():
            self.blocks.append(" ".join("".join(self._parts).split()))
        self._parts = None


def document_text(path: Path) -> str:
    text = decode_bytes(path.read_bytes()).text
    if path.suffix in (".htm", ".html"):
        parser = _ParagraphText()
        parser.feed(text)
        return html.unescape("\n\n".join(parser.blocks))
    return text


def paragraphs_of(paths: list[Path]) -> list[str]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES) if path.is_dir() else [path])
    return [paragraph.text for file in files for paragraph in split_paragraphs(document_text(file))]


def docbot_splitter(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in split_sentences(paragraph)]


def library_splitter(name: str) -> Splitter | None:
    """A library's English splitter over a paragraph with its line breaks as spaces, or None if not installed."""
    try:
        if name == "blingfire":
            import blingfire

            return lambda text: blingfire.text_to_sentences(text.replace("\n", " ")).split("\n")
        if name == "sentencex":
            from sentencex import segment

            return lambda text: [s.strip() for s in segment("en", text.replace("\n", " ")) if s.strip()]
        if name == "pysbd":
            import pysbd

            segmenter = pysbd.Segmenter(language="en", clean=False)
            return lambda text: [s.strip() for s in segmenter.segment(text.replace("\n", " ")) if s.strip()]
        if name == "syntok":
            from syntok import segmenter as syntok_segmenter

            def syntok_split(text: str) -> list[str]:
                return [
                    "".join(str(token) for token in sentence).strip()
                    for block in syntok_segmenter.analyze(text.replace("\n", " "))
                    for sentence in block
                ]

            return syntok_split
        if name == "punkt":
            import punkt

            return lambda text: punkt.sent_tokenize(text.replace("\n", " "))
    except ImportError:
        return None
    raise SystemExit(f"unknown splitter {name!r}")


def measure(name: str, splitter: Splitter, paragraphs: list[str], repeat: int, show: bool) -> None:
    best = float("inf")
    sentences: list[str] = []
    for _ in range(repeat):
        began = time.process_time()
        sentences = [sentence for paragraph in paragraphs for sentence in splitter(paragraph)]
        best = min(best, time.process_time() - began)
    titles = [s for s in sentences if TITLE_END.search(s)]
    initials = [s for s in sentences if INITIAL_END.search(s)]
    short = [s for s in sentences if len(s) < 12]
    print(
        f"{name:10} {len(sentences) / best:>9,.0f} sentences/s {len(sentences):>7} sentences"
        f" {len(titles):>5} end in a title {len(initials):>5} in an initial {len(short):>5} under 12 characters"
    )
    if show:
        for kind, found in (("title", titles), ("initial", initials), ("short", short)):
            for sentence in found:
                print(f"           {kind:8} … {' '.join(sentence.split())[-80:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    parser.add_argument(
        "--compare", default="", help="comma-separated libraries: blingfire,sentencex,pysbd,syntok,punkt"
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="list the fragments")
    args = parser.parse_args()
    paragraphs = paragraphs_of(args.paths or [p for p in DEFAULT_PATHS if p.exists()])
    print(f"{len(paragraphs)} paragraphs, {sum(len(p) for p in paragraphs):,} characters")
    measure("docbot", docbot_splitter, paragraphs, args.repeat, args.show)
    for name in filter(None, args.compare.split(",")):
        splitter = library_splitter(name)
        if splitter is None:
            print(f"{name:10} not installed")
            continue
        measure(name, splitter, paragraphs, 1 if name in ("pysbd", "syntok") else args.repeat, args.show)


if __name__ == "__main__":
    main()
