"""Answer quality on real documents (issues 11/12): docbot next to a rank-bm25 baseline on `realdocs` question sets.

    .venv/bin/python bench/realdocs.py [--data ../shared/eval/realdocs-dev] [--reranker auto|minilm|none]
                                       [--top 5] [--corpus md --corpus pdf ...] [--json results.jsonl]
                                       [--half tuning|reporting] [--misses] [--no-speed] [--keep-db DIR]

The data folder (realdocs-dev, or the held-back set of the same layout) holds `qa.jsonl` and `docs/<corpus>/` for
each corpus (md, pdf, web, prose); its README defines the questions and the scoring, followed here:

- docbot: each corpus is indexed on its own into a fresh temporary database through the service the CLI builds
  (`bot.wiring.build_service`, ENGINE=auto, the RERANKER given), then `ask_now(q, top)` answers each question.
  A "not found" answer counts as no hits.
- baseline: rank-bm25 `BM25Okapi` (defaults) over the sentences of the text this script extracts itself
  (pypdfium2, python-docx, odfpy, lxml's HTML parser; Markdown and reStructuredText markup stripped with regular
  expressions; never docbot's readers), paragraphs on blank lines, sentences on `[.!?]` + space + capital,
  lower-cased `\\w+` tokens, the top `top` by score; it never says "not found".
- a hit matches when its text, normalised (NFKC, lower case, curly quotes and dashes to ASCII, white space
  collapsed), contains a gold string (normalised the same way) as a substring.
- hit@1 / hit@5 over answerable questions; the share of answerable questions answered "not found"; the share of
  unanswerable ones answered "not found"; coverage: the share of the corpus's files `docbot sources` lists.
- verbatim violations: docbot hits (the hits, and the weak matches shown with a "not found") holding a word of 3+
  `[A-Za-z0-9_]` characters that the source document does not contain. "Contain" is a case-insensitive word-set
  check: the document's text (the raw file for md/txt/html/rst and any other text format, the text pypdfium2 /
  python-docx / odfpy extract for pdf/docx/odt), NFKC-normalised and lower-cased, is cut into maximal runs of
  `[a-z0-9_]`; each maximal run of 3+ such characters in the hit must be one of them. For a raw file the runs of
  its text with inline markup taken out (backticks, asterisks, tags: "`INTEGER`s" renders as "INTEGERs") count too,
  and HTML entities are decoded first. So a quote that drops the underscores of `check_same_thread`, or glues two
  words together, is a violation. docbot reads DOCX/ODT text boxes, footnotes and tracked insertions as Word shows
  them, which python-docx / odfpy leave out: a quote of them counts as a violation by this rule, and its line below
  says when every word it lacks is in the file's own XML.

Halves: ranking is tuned on the questions on even lines of qa.jsonl (0-based: the tuning half) and reported on the
odd ones (the reporting half); both halves' figures are printed, `--half` scores one, and `--misses` prints each
miss with its gold, the stored sentences holding the gold (kind and section) and the top hits with their sections.

Also printed: indexing speed per format, from `parse_document` (docbot's reader, splitter and tokenizer) timed on
each file separately, and each corpus's full reindex time.

`--keep-db DIR` keeps each corpus's database (DIR/<set>/<corpus>-<reranker>.sqlite3) instead of a temporary one, and
a later run reuses it: unchanged documents are not read again and their stored vectors stay, so a change to ranking
or "not found" is measured in about a minute rather than the many minutes MiniLM takes to embed a set on a busy
machine. Before/after runs of two checkouts share it (the store reads again what an INGEST_VERSION change asks for);
the reindex seconds printed are then those of the update.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import io
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
# ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from rank_bm25 import BM25Okapi

from bot.settings import Settings
from bot.wiring import build_service
from retrieval.answer.semantic import RERANKER_CHOICES, RerankerUnavailable, SemanticReranker, load_reranker
from retrieval.index.persistence import use_tantivy
from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import parse_document
from retrieval.models import Answer, Hit
from retrieval.service import QuestionError
from retrieval.store.database import Store

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "realdocs-dev"
CORPORA = ("md", "pdf", "web", "prose")
TOP = 5
DOCBOT = "docbot"
BASELINE = "bm25"
# The README's format names, by file suffix.
FORMAT_OF_SUFFIX = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",  # an EPUB's source folder (docbot reads it as HTML)
    ".rst": "rst",
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".epub": "epub",
}
FORMAT_ORDER = ("md", "txt", "html", "pdf", "rst", "docx", "odt", "epub")
# Ranking is tuned on one half of a set's questions and reported on the other, split by line number in qa.jsonl.
TUNING = "tuning"
REPORTING = "reporting"
HALVES = (TUNING, REPORTING)


# --- normalisation and matching ------------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": "",  # soft hyphen: invisible
    }
)
_WORD = re.compile(r"[a-z0-9_]+")


def normalize(text: str) -> str:
    """NFKC, lower case, curly quotes and dashes to ASCII, runs of white space collapsed to one space."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().translate(_QUOTES).split())


def matches_gold(text: str, gold: Iterable[str]) -> bool:
    """True when the normalised text contains one of the normalised gold strings."""
    normalized = normalize(text)
    return any(g and g in normalized for g in (normalize(answer) for answer in gold))


def first_hit_rank(texts: Sequence[str], gold: Sequence[str], k: int = TOP) -> int | None:
    """1-based rank of the first of the top `k` texts that matches a gold string, or None."""
    for rank, text in enumerate(texts[:k], start=1):
        if matches_gold(text, gold):
            return rank
    return None


def word_set(text: str) -> frozenset[str]:
    """The maximal `[a-z0-9_]` runs of the NFKC, lower-cased text."""
    return frozenset(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def missing_words(quote: str, document_words: frozenset[str]) -> list[str]:
    """The words of 3+ `[a-z0-9_]` characters of `quote` that are not words of the document."""
    return [
        w
        for w in dict.fromkeys(_WORD.findall(unicodedata.normalize("NFKC", quote).lower()))
        if len(w) >= 3 and w not in document_words
    ]


# --- questions -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the set; `gold` is empty for an unanswerable one."""

    q: str
    kind: str
    gold: tuple[str, ...]
    doc: str
    fmt: str
    corpus: str
    number: int = 0  # 0-based line number in qa.jsonl: even numbers are the tuning half, odd ones the reporting half

    @property
    def answerable(self) -> bool:
        return self.kind != "unanswerable"

    @property
    def half(self) -> str:
        return TUNING if self.number % 2 == 0 else REPORTING


def load_questions(path: Path) -> list[Question]:
    """The questions of a `qa.jsonl` file."""
    questions: list[Question] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                row = json.loads(line)
                questions.append(
                    Question(
                        str(row["q"]),
                        str(row.get("kind", "answer")),
                        tuple(str(g) for g in row.get("gold", ())),
                        str(row.get("doc", "")),
                        str(row.get("fmt", "")),
                        str(row["corpus"]),
                        number,
                    )
                )
    return questions


# --- the baseline's own text extraction ----------------------------------------------------------------------------


def document_files(folder: Path) -> list[Path]:
    """Every file under `folder` (hidden ones left out), sorted."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def file_format(path: Path) -> str:
    """The README's format name of a file (its suffix when it is none of them)."""
    return FORMAT_OF_SUFFIX.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "?")


def pdf_text(data: bytes) -> str:
    """pypdfium2's text of every page, a blank line between pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    # pdfium ends lines with \r\n and marks a hyphen at a line end with \x02 (U+FFFE in current versions); in a line
    # it gave as one though the page breaks it ("geom\ufffeetry.sty"), the hyphen still ends a printed line
    text = "\n\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")
    return _LINE_HYPHEN_MARK.sub("-", _INLINE_HYPHEN_MARK.sub("-\n", text))


_INLINE_HYPHEN_MARK = re.compile("[\x02\ufffe](?!\n)")
_LINE_HYPHEN_MARK = re.compile("[\x02\ufffe]")


def docx_text(data: bytes) -> str:
    """python-docx's paragraphs and table cells in document order, one paragraph each."""
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    paragraphs: list[str] = []

    def table_paragraphs(table: Table) -> None:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    table_paragraphs(inner)

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            table_paragraphs(item)
        else:
            paragraphs.append(item.text)
    return "\n\n".join(paragraphs)


def odt_text(data: bytes) -> str:
    """odfpy's text of every paragraph and heading of the body, in order."""
    from odf import teletype
    from odf.opendocument import load

    with contextlib.redirect_stdout(io.StringIO()):  # odfpy prints a part it cannot parse (pandoc's styles.xml)
        document = load(io.BytesIO(data))
    paragraphs: list[str] = []

    def walk(node: object) -> None:
        for child in getattr(node, "childNodes", ()):
            if getattr(child, "qname", None) in (_ODF_P, _ODF_H):
                paragraphs.append(teletype.extractText(child))
            else:
                walk(child)

    # the body, not `document.text`: odfpy leaves that unset when another part of the file fails to parse
    walk(document.body)
    return "\n\n".join(paragraphs)


_ODF_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_P = (_ODF_TEXT_NS, "p")
_ODF_H = (_ODF_TEXT_NS, "h")
_HTML_BLOCKS = frozenset(
    (
        *("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "pre", "blockquote", "br", "hr", "title"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "caption"),
        *("section", "article", "header", "footer", "nav", "aside", "figure", "figcaption"),
    )
)


def html_text(data: bytes) -> str:
    """lxml's text of the page without scripts and styles, a blank line around every block element."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(data)
    except lxml.etree.ParserError:  # nothing but a comment (a Sphinx theme's hacks.html): no text
        return ""
    for element in root.iter("script", "style", "noscript"):
        element.drop_tree() if element.getparent() is not None else None
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _HTML_BLOCKS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())


def epub_text(data: bytes) -> str:
    """lxml's text (as `html_text` reads a page) of every spine document of an EPUB, in the package's order."""
    import posixpath

    import lxml.etree

    with zipfile.ZipFile(io.BytesIO(data)) as book:
        container = lxml.etree.fromstring(book.read("META-INF/container.xml"))
        package_path = container.xpath("//*[local-name()='rootfile']/@full-path")[0]
        package = lxml.etree.fromstring(book.read(package_path))
        base = posixpath.dirname(package_path)
        hrefs = {item.get("id"): item.get("href") for item in package.xpath("//*[local-name()='item']")}
        return "\n\n".join(
            html_text(book.read(posixpath.normpath(posixpath.join(base, hrefs[ref]))))
            for ref in package.xpath("//*[local-name()='itemref']/@idref")
            if ref in hrefs
        )


_MD_FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.M | re.S)
_MD_INCLUDE = re.compile(r"\{\*.*?\*\}", re.S)  # mkdocs snippet includes: {* ./docs_src/... *}
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_MD_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1")
_MD_LINE_MARK = re.compile(r"^\s*(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+|/{3}.*$)", re.M)


def markdown_text(source: str) -> str:
    """Markdown with code blocks, includes, link targets, tags, emphasis and line marks removed."""
    text = _MD_FENCE.sub("\n", source)
    text = _MD_INCLUDE.sub("\n", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_HTML_TAG.sub("", text)
    text = text.replace("`", "")
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_LINE_MARK.sub("", text)
    return html.unescape(text)


_RST_DIRECTIVE = re.compile(r"^\.\. [^\n]*(\n(?:[ \t]+[^\n]*|[ \t]*)(?=\n))*", re.M)
_RST_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}\s*$", re.M)
_RST_ROLE = re.compile(r":[\w:-]+:`([^`<]*?)(?:\s*<[^>]*>)?`")
_RST_LINK = re.compile(r"`([^`<]+?)\s*<[^>]*>`__?")
_RST_FIELD = re.compile(r"^:[\w -]+:[^\n]*$", re.M)


def rst_text(source: str) -> str:
    """reStructuredText with directives, section underlines, roles, link targets and literal marks removed."""
    text = _RST_DIRECTIVE.sub("\n", source)
    text = _RST_UNDERLINE.sub("", text)
    text = _RST_FIELD.sub("", text)
    text = _RST_ROLE.sub(r"\1", text)
    text = _RST_LINK.sub(r"\1", text)
    text = re.sub(r"`([^`]+)`_", r"\1", text)
    text = text.replace("``", "").replace("::", ":")
    text = re.sub(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return text


def decoded(data: bytes) -> str:
    """The bytes as UTF-8 (a byte-order mark dropped), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def extract_text(path: Path) -> str:
    """The visible text of a document file as a standard extractor gives it (the baseline's reading)."""
    data = path.read_bytes()
    fmt = file_format(path)
    if fmt == "pdf":
        return pdf_text(data)
    if fmt == "docx":
        return docx_text(data)
    if fmt == "odt":
        return odt_text(data)
    if fmt == "html":
        return html_text(data)
    if fmt == "epub":
        return epub_text(data)
    if fmt == "md":
        return markdown_text(decoded(data))
    if fmt == "rst":
        return rst_text(decoded(data))
    return decoded(data)


# Markup a rendered page does not show: tags, backticks, asterisks, and underscores that open or close emphasis
# ("_bring your own_"; an identifier's inner underscores stay: "check_same_thread").
_INLINE_MARKUP = re.compile(r"<[^>]*>|[`*]|(?<!\w)_+(?=\w)|(?<=\w)_+(?!\w)")
_NAMED_COMPONENT = re.compile(r"<[A-Z]\w*\s[^>]*?\b(?:path|name|title|label)=\"([^\"]+)\"[^>]*/>")


def reference_words(path: Path) -> frozenset[str]:
    """The words a quote of this document may use: those of the raw file (of the extracted text for pdf/docx/odt/epub).

    For a raw file, the words of its text with inline markup (backticks, asterisks, tags) taken out count as well:
    "`INTEGER`s" renders as "INTEGERs", which is verbatim. HTML entities are decoded first.
    """
    if file_format(path) in ("pdf", "docx", "odt", "epub"):
        text = extract_text(path)
        # A word broken by a hyphen at a PDF line's end is quoted joined ("Widerspruchs-" / "beweisen").
        return word_set(text) | word_set(re.sub(r"-\s*\n\s*", "", text))
    raw = html.unescape(decoded(path.read_bytes()))
    # An MDX page's inline component is shown by its naming attribute: `<DocsLink path="ActionRowBuilder:Class" />s`
    # reads "ActionRowBuilders".
    shown = _NAMED_COMPONENT.sub(lambda m: m.group(1).split(":")[0], raw)
    return word_set(raw) | word_set(_INLINE_MARKUP.sub("", raw)) | word_set(_INLINE_MARKUP.sub("", shown))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def split_into_sentences(text: str) -> list[str]:
    """Paragraphs on blank lines, each split on `[.!?]` followed by white space and a capital letter."""
    sentences: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        flat = " ".join(paragraph.split())
        if flat:
            sentences.extend(s for s in _SENTENCE_END.split(flat) if s.strip())
    return sentences


def bm25_tokens(text: str) -> list[str]:
    """Lower-cased `\\w+` tokens."""
    return re.findall(r"\w+", text.lower())


@dataclass(slots=True)
class Baseline:
    """BM25Okapi over the sentences of a folder's documents."""

    sentences: list[str]
    bm25: BM25Okapi

    @classmethod
    def build(cls, texts: Iterable[str]) -> Baseline:
        sentences = [s for text in texts for s in split_into_sentences(text) if bm25_tokens(s)]
        return cls(sentences, BM25Okapi([bm25_tokens(s) for s in sentences]))

    def top(self, question: str, k: int = TOP) -> list[str]:
        """The `k` best sentences by BM25 score (ties by position)."""
        scores = self.bm25.get_scores(bm25_tokens(question))
        order = sorted(range(len(self.sentences)), key=lambda i: (-float(scores[i]), i))[:k]
        return [self.sentences[i] for i in order]


# --- scoring -------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class QuestionOutcome:
    """One system's answer to one question."""

    question: Question
    texts: list[str]  # the ranked hits' texts (empty for "not found")
    not_found: bool
    rank: int | None  # first gold match within the top k
    violations: list[tuple[str, list[str]]] = field(default_factory=list)  # (quoted text, words the source lacks)
    # of those, the quotes whose missing words are in the DOCX/ODT file's own XML: a text box, footnote or tracked
    # insertion that docbot reads as Word shows it and python-docx / odfpy do not extract (still violations here)
    outside_extractor: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Score:
    """The README's figures for one system on one set of questions."""

    files: int
    questions: int
    answerable: int
    hit1: float
    hit5: float
    answerable_not_found: float
    unanswerable_not_found: float
    coverage: float
    violations: int | None  # None: not measured (the baseline quotes its own extraction)


def score(outcomes: Sequence[QuestionOutcome], files: int, covered: int, *, verbatim: bool) -> Score:
    """hit@1, hit@5, the two "not found" shares, coverage and verbatim violations of a list of outcomes."""
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]

    def share(items: Sequence[QuestionOutcome], test: bool) -> float:
        return sum(1 for o in items if test and o.not_found) / len(items) if items else 0.0

    def hit_at(k: int) -> float:
        return sum(1 for o in answerable if o.rank is not None and o.rank <= k) / len(answerable) if answerable else 0.0

    return Score(
        files=files,
        questions=len(outcomes),
        answerable=len(answerable),
        hit1=hit_at(1),
        hit5=hit_at(5),
        answerable_not_found=share(answerable, True),
        unanswerable_not_found=share(unanswerable, True),
        coverage=covered / files if files else 0.0,
        violations=sum(len(o.violations) for o in outcomes) if verbatim else None,
    )


def baseline_outcomes(baseline: Baseline, questions: Sequence[Question], top: int = TOP) -> list[QuestionOutcome]:
    """The baseline's answer to each question (it always answers)."""
    outcomes = []
    for question in questions:
        texts = baseline.top(question.q, top)
        rank = first_hit_rank(texts, question.gold, top) if question.answerable else None
        outcomes.append(QuestionOutcome(question, texts, False, rank))
    return outcomes


def package_words(path: Path) -> frozenset[str]:
    """The words of every XML part of a DOCX/ODT file (tags out, entities decoded): what Word or LibreOffice can
    show, text boxes, footnotes and tracked insertions included."""
    with zipfile.ZipFile(path) as package:
        raw = " ".join(package.read(n).decode("utf-8", "replace") for n in package.namelist() if n.endswith(".xml"))
    return word_set(html.unescape(re.sub(r"<[^>]*>", " ", raw)))


def docbot_outcome(
    question: Question,
    answer: Answer,
    top: int,
    word_sets: dict[str, frozenset[str]],
    package_sets: dict[str, frozenset[str]] | None = None,
) -> QuestionOutcome:
    """Score docbot's answer: hits (none when "not found"), the gold rank and the quotes that are not verbatim."""
    hits: tuple[Hit, ...] = () if answer.not_found else answer.hits
    texts = [h.text for h in hits]
    rank = first_hit_rank(texts, question.gold, top) if question.answerable else None
    violations = []
    outside = []
    for hit in (*answer.hits, *answer.weak):  # every quote shown to the user
        words = word_sets.get(hit.source.path)
        if words is None:
            continue
        missing = missing_words(hit.text, words)
        if missing:
            violations.append((hit.text, missing))
            package = (package_sets or {}).get(hit.source.path)
            if package is not None and not missing_words(hit.text, package):
                outside.append(hit.text)
    return QuestionOutcome(
        question,
        texts,
        answer.not_found,
        rank,
        violations,
        outside,
        [h.source.path for h in hits],
        [h.source.section for h in hits],
    )


# --- running a corpus ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class FormatSpeed:
    """docbot's reading of one format: files, bytes, seconds and sentences."""

    files: int = 0
    size: int = 0
    seconds: float = 0.0
    sentences: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CorpusResult:
    """Everything measured on one corpus."""

    name: str
    files: list[Path]
    docbot: list[QuestionOutcome]
    baseline: list[QuestionOutcome]
    covered: int
    reindex_seconds: float
    sentences: int
    engine: str
    warnings: list[str]
    question_errors: list[str]


async def run_corpus(
    name: str,
    folder: Path,
    questions: Sequence[Question],
    reranker_name: str,
    reranker: SemanticReranker | None,
    top: int,
    db_path: Path | None = None,
) -> CorpusResult:
    """Index `folder` into a fresh database through the CLI's service (or into the database at `db_path`, kept for the
    next run: `--keep-db`), answer every question, and run the baseline."""
    files = document_files(folder)
    word_sets = {f.relative_to(folder).as_posix(): reference_words(f) for f in files}
    package_sets = {
        f.relative_to(folder).as_posix(): package_words(f) for f in files if file_format(f) in ("docx", "odt")
    }
    outcomes: list[QuestionOutcome] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="docbot-realdocs-") as tmp:
        path = db_path if db_path is not None else Path(tmp) / "index.sqlite3"
        settings = Settings(docs_dir=folder, db_path=path, reranker=reranker_name)
        store = await Store.open(settings.db_path)
        try:
            service = build_service(settings, store, reranker)
            started = time.perf_counter()
            report = await service.reindex()
            reindex_seconds = time.perf_counter() - started
            # With the reranker, every sentence's vector stored first, as the bot leaves it after its background pass.
            await service.embed_missing()
            covered_paths = {d.path for d in service.sources()}
            for question in questions:
                try:
                    answer = service.ask_now(question.q, top)
                except QuestionError as error:
                    errors.append(f"{question.q[:60]!r}: {error}")
                    answer = Answer(question.q, (), True, str(error))
                outcomes.append(docbot_outcome(question, answer, top, word_sets, package_sets))
        finally:
            await store.close()
    baseline = Baseline.build(extract_text(f) for f in files)
    engine = "tantivy" if use_tantivy(settings.engine, report.sentences) else "rank-bm25"
    return CorpusResult(
        name,
        files,
        outcomes,
        baseline_outcomes(baseline, questions, top),
        sum(1 for f in files if f.relative_to(folder).as_posix() in covered_paths),
        reindex_seconds,
        report.sentences,
        engine,
        [str(w) for w in report.warnings],
        errors,
    )


def reading_speed(folder: Path, speeds: dict[str, FormatSpeed]) -> None:
    """Time docbot's `parse_document` on each file of `folder`, adding to `speeds` by format."""
    for path in document_files(folder):
        data = path.read_bytes()
        speed = speeds.setdefault(file_format(path), FormatSpeed())
        speed.files += 1
        speed.size += len(data)
        started = time.perf_counter()
        try:
            document, _notes = parse_document(path.relative_to(folder).as_posix(), data, 0)
        except UnreadableDocument as error:
            speed.failures.append(f"{path.name}: {error}")
            continue
        finally:
            speed.seconds += time.perf_counter() - started
        speed.sentences += sum(1 for s in document.sentences if s.kind != "heading")


# --- report --------------------------------------------------------------------------------------------------------


def score_row(corpus: str, system: str, s: Score, bold: bool = False) -> str:
    """One row of the README's table."""

    def b(text: str) -> str:
        return f"**{text}**" if bold else text

    nf_ans = f"{s.answerable_not_found:.3f}" if system == DOCBOT else "0"
    nf_un = f"{s.unanswerable_not_found:.3f}" if system == DOCBOT else "0"
    violations = "-" if s.violations is None else str(s.violations)
    return (
        f"| {b(corpus)} | {b(system)} | {s.files} | {s.questions} | {b(f'{s.hit1:.3f}')} | {b(f'{s.hit5:.3f}')} "
        f"| {nf_ans} | {nf_un} | {s.coverage:.3f} | {violations} |"
    )


def results_table(results: Sequence[CorpusResult]) -> str:
    """The README's Markdown table: docbot and the baseline on each corpus, then on all of them."""
    lines = [
        '| corpus | system | files | questions | hit@1 | hit@5 | answerable "not found" | unanswerable "not found" '
        "| coverage | verbatim violations |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        files = len(result.files)
        lines.append(score_row(result.name, DOCBOT, score(result.docbot, files, result.covered, verbatim=True)))
        lines.append(score_row(result.name, BASELINE, score(result.baseline, files, files, verbatim=False)))
    if len(results) > 1:
        files = sum(len(r.files) for r in results)
        covered = sum(r.covered for r in results)
        every_docbot = [o for r in results for o in r.docbot]
        every_baseline = [o for r in results for o in r.baseline]
        lines.append(score_row("all", DOCBOT, score(every_docbot, files, covered, verbatim=True), bold=True))
        lines.append(score_row("all", BASELINE, score(every_baseline, files, files, verbatim=False), bold=True))
    return "\n".join(lines)


def by_format(results: Sequence[CorpusResult]) -> str:
    """hit@5 by format over answerable questions, docbot vs the baseline."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # docbot hits, baseline hits, questions
    for result in results:
        for mine, theirs in zip(result.docbot, result.baseline, strict=True):
            if not mine.question.answerable:
                continue
            row = counts[mine.question.fmt]
            row[0] += mine.rank is not None and mine.rank <= 5
            row[1] += theirs.rank is not None and theirs.rank <= 5
            row[2] += 1
    order = [f for f in FORMAT_ORDER if f in counts] + sorted(set(counts) - set(FORMAT_ORDER))
    parts = [f"{f} {counts[f][0]}/{counts[f][2]} vs {counts[f][1]}/{counts[f][2]}" for f in order]
    return "hit@5 by format, docbot vs baseline (answerable questions): " + ", ".join(parts)


def speed_table(speeds: dict[str, FormatSpeed], results: Sequence[CorpusResult]) -> str:
    """docbot's reading speed per format (parse_document per file), and each corpus's full reindex."""
    lines = [
        "| format | files | MB | seconds | sentences | sentences/s |",
        "|---|---|---|---|---|---|",
    ]
    order = [f for f in FORMAT_ORDER if f in speeds] + sorted(set(speeds) - set(FORMAT_ORDER))
    for fmt in order:
        s = speeds[fmt]
        rate = s.sentences / s.seconds if s.seconds else 0.0
        failed = f" ({len(s.failures)} unreadable)" if s.failures else ""
        lines.append(
            f"| {fmt}{failed} | {s.files} | {s.size / 1e6:.2f} | {s.seconds:.2f} | {s.sentences} | {rate:,.0f} |"
        )
    lines.append("")
    lines.append("| corpus | reindex seconds | sentences | sentences/s | engine |")
    lines.append("|---|---|---|---|---|")
    for r in results:
        rate = r.sentences / r.reindex_seconds if r.reindex_seconds else 0.0
        lines.append(f"| {r.name} | {r.reindex_seconds:.2f} | {r.sentences} | {rate:,.0f} | {r.engine} |")
    return "\n".join(lines)


def halves_table(results: Sequence[CorpusResult]) -> str:
    """docbot and the baseline on the tuning half (even line numbers) and the reporting half (odd ones)."""
    lines = [
        '| half | system | questions | hit@1 | hit@5 | answerable "not found" | unanswerable "not found" |',
        "|---|---|---|---|---|---|---|",
    ]
    for half in HALVES:
        for system in (DOCBOT, BASELINE):
            outcomes = [o for r in results for o in (r.docbot if system == DOCBOT else r.baseline)]
            s = score([o for o in outcomes if o.question.half == half], 0, 0, verbatim=False)
            lines.append(
                f"| {half} | {system} | {s.questions} | {s.hit1:.3f} | {s.hit5:.3f} "
                f"| {s.answerable_not_found:.3f} | {s.unanswerable_not_found:.3f} |"
            )
    return "\n".join(lines)


def gold_sentences(folder: Path, question: Question) -> list[str]:
    """How docbot's reader stores the gold of a question: each stored sentence (kind, section) holding a gold string,
    or why none does."""
    path = folder.parent / question.doc
    if not path.is_file():
        return [f"(no file {question.doc})"]
    try:
        document, _notes = parse_document(path.relative_to(folder).as_posix(), path.read_bytes(), 0)
    except (UnreadableDocument, ValueError) as error:
        return [f"(unreadable: {error})"]
    found = [
        f"[{s.kind} | {s.section}] {s.text[:200]}" for s in document.sentences if matches_gold(s.text, question.gold)
    ]
    return found or ["(NO stored sentence holds a gold string: split or extraction)"]


def print_misses(results: Sequence[CorpusResult], data: Path) -> None:
    """For every answerable question docbot misses at hit@1 (and every unanswerable one it answers): the gold, how
    the gold is stored, and the top hits with their sections."""
    for r in results:
        folder = data / "docs" / r.name
        for o in r.docbot:
            q = o.question
            if q.answerable and o.rank == 1:
                continue
            if not q.answerable and o.not_found:
                continue
            label = "UNANSWERABLE answered" if not q.answerable else f"rank {o.rank} nf={o.not_found}"
            print(f"\n#{q.number} [{r.name}/{q.fmt}] {label}: {q.q}")
            if q.answerable:
                print(f"  gold: {list(q.gold)}")
                for line in gold_sentences(folder, q):
                    print(f"  stored: {line}")
            for rank, (text, path, section) in enumerate(zip(o.texts, o.paths, o.sections, strict=True), start=1):
                mark = "*" if q.answerable and matches_gold(text, q.gold) else " "
                print(f"  {mark}{rank}. {path} [{section}] {text[:180]}")


def outcome_json(docbot: QuestionOutcome, baseline: QuestionOutcome) -> dict[str, object]:
    """One question's results for `--json`."""
    q = docbot.question
    return {
        "corpus": q.corpus,
        "q": q.q,
        "kind": q.kind,
        "fmt": q.fmt,
        "doc": q.doc,
        "gold": list(q.gold),
        "docbot": {
            "not_found": docbot.not_found,
            "rank": docbot.rank,
            "hits": [{"text": t, "path": p} for t, p in zip(docbot.texts, docbot.paths, strict=True)],
            "violations": [{"text": t, "missing": m} for t, m in docbot.violations],
        },
        "bm25": {"rank": baseline.rank, "hits": baseline.texts},
    }


def not_a_set(folder: Path) -> str | None:
    """What `folder` lacks to be a set of this layout (questions in qa.jsonl, corpora under docs/), else None."""
    if (folder / "qa.jsonl").is_file() and (folder / "docs").is_dir():
        return None
    return f"{folder} needs qa.jsonl and docs/"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with qa.jsonl and docs/<corpus>/")
    parser.add_argument("--reranker", choices=RERANKER_CHOICES, default="auto", help="docbot's RERANKER (auto)")
    parser.add_argument("--top", type=int, default=TOP, help="hits per question (default 5)")
    parser.add_argument("--corpus", action="append", help="score only this corpus (repeatable)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write per-question results as JSON lines")
    parser.add_argument("--no-speed", action="store_true", help="skip the per-format reading speed table")
    parser.add_argument("--half", choices=HALVES, help="only the questions of this half (tuning: even line numbers)")
    parser.add_argument("--misses", action="store_true", help="print each question docbot misses at hit@1")
    parser.add_argument(
        "--keep-db",
        type=Path,
        metavar="DIR",
        help="keep each corpus's database in DIR (<set>/<corpus>-<reranker>.sqlite3) and reuse it: a later run "
        "re-reads only changed documents and reuses the stored vectors, so a ranking change is measured in a minute "
        "(the reindex seconds then measure that update, not a full index)",
    )
    args = parser.parse_args(argv)
    qa = args.data / "qa.jsonl"
    if (unfit := not_a_set(args.data)) is not None:
        print(f"realdocs: {unfit}", file=sys.stderr)
        return 2
    try:
        reranker = load_reranker(args.reranker, model_path=Settings.from_env(os.environ).model_path)
    except RerankerUnavailable as error:
        print(f"realdocs: {error}", file=sys.stderr)
        return 2
    questions = load_questions(qa)
    if args.half:
        questions = [q for q in questions if q.half == args.half]
    corpora = [
        c for c in dict.fromkeys([*CORPORA, *(q.corpus for q in questions)]) if (args.data / "docs" / c).is_dir()
    ]
    if args.corpus:
        corpora = [c for c in corpora if c in args.corpus]
    resolved = "minilm" if reranker is not None else "none"
    print(f"realdocs: {args.data}; RERANKER={args.reranker} (in use: {resolved}), ENGINE=auto, top {args.top}")
    print()

    def kept_db(corpus: str) -> Path | None:
        if args.keep_db is None:
            return None
        folder = args.keep_db / args.data.resolve().name
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{corpus}-{resolved}.sqlite3"

    async def run_all() -> list[CorpusResult]:
        return [
            await run_corpus(
                c,
                args.data / "docs" / c,
                [q for q in questions if q.corpus == c],
                args.reranker,
                reranker,
                args.top,
                kept_db(c),
            )
            for c in corpora
        ]

    results = asyncio.run(run_all())
    print(results_table(results))
    print()
    print(by_format(results))
    print()
    print(halves_table(results))
    if not args.no_speed:
        speeds: dict[str, FormatSpeed] = {}
        for c in corpora:
            reading_speed(args.data / "docs" / c, speeds)
        print()
        print(speed_table(speeds, results))
        for fmt, s in speeds.items():
            for failure in s.failures:
                print(f"unreadable ({fmt}): {failure}")
    for r in results:
        print(f"\n{r.name}: engine {r.engine}, {r.sentences} sentences, {r.covered}/{len(r.files)} files indexed")
        for warning in r.warnings:
            print(f"  warning: {warning}")
        for refusal in r.question_errors:
            print(f"  question refused: {refusal}")
        for o in r.docbot:
            for text, missing in o.violations:
                where = (
                    "; in the file's own XML, a part python-docx / odfpy do not extract"
                    if text in o.outside_extractor
                    else ""
                )
                print(f"  verbatim violation ({', '.join(missing)}{where}): {text[:160]!r}")
    if args.misses:
        print_misses(results, args.data)
    if args.json:
        with args.json.open("w", encoding="utf-8") as out:
            for r in results:
                for mine, theirs in zip(r.docbot, r.baseline, strict=True):
                    out.write(json.dumps(outcome_json(mine, theirs), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
