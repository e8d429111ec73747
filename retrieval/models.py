"""Small typed records passed between the steps: documents, sentences, hits and reports."""

from __future__ import annotations

from dataclasses import dataclass, field

SECTION_SEPARATOR = " › "


@dataclass(frozen=True, slots=True)
class SentenceRecord:
    """One sentence of a document, as split at index time."""

    paragraph: int  # 1-based block number in the document's extracted text (headings count; the title block is 1)
    sentence: int  # 1-based number within the paragraph
    text: str  # the slice text[start:end] of the extracted text, white space folded
    start: int  # character offsets into the document's extracted visible text (retrieval/ingest/structure.py)
    end: int
    tokens: tuple[str, ...] = ()
    kind: str = "paragraph"  # the block kind: paragraph, list_item, table_row; or heading (kept, never an answer)
    section: str = ""  # the headings above it, outermost first, joined by SECTION_SEPARATOR
    page: int = 0  # 1-based page for paged formats (PDF); 0 where the format has none


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A document read and split, ready to be stored."""

    path: str  # relative to the documents folder, with forward slashes
    title: str
    content_hash: str
    size: int
    mtime_ns: int
    sentences: tuple[SentenceRecord, ...]
    language: str = "en"  # ISO 639-1 code of the language its sentences were tokenized in (retrieval/language.py)


@dataclass(frozen=True, slots=True)
class FileWarning:
    """A file skipped (or read with a fallback) during a reindex, and why."""

    path: str
    reason: str
    # False for a file read with a note (a fallback encoding, say): the note comes only when the file is read, so it is
    # not part of what every refresh finds again.
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class IndexedSentence:
    """A sentence as the engine sees it: its row id in the store, where it sits, and its tokens."""

    sentence_id: int
    document_id: int
    paragraph: int
    sentence: int
    text: str
    tokens: tuple[str, ...]
    section: str = ""
    page: int = 0


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """An indexed document and how many sentences it holds."""

    document_id: int
    path: str
    title: str
    sentence_count: int
    language: str = "en"  # ISO 639-1 code of the language its sentences were tokenized in


@dataclass(frozen=True, slots=True)
class Source:
    """Where a quoted sentence stands."""

    path: str
    title: str
    paragraph: int
    sentence: int
    section: str = ""  # headings above the sentence, outermost first (SECTION_SEPARATOR between them)
    page: int = 0  # 1-based page for paged formats; 0 where there is none
    # The document's language (ISO 639-1) when known: a quote's matched words are found in its stems, not guessed
    # (bolding a hit from a store row, language unknown, guesses it: retrieval.tokenize.match_spans).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """Neighbouring sentences of the same document (across paragraphs), shown when a hit leans on them or
    introduces them."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One answer sentence: verbatim text, score, every source it stands in, and context."""

    text: str
    score: float
    sources: tuple[Source, ...]
    matched_terms: tuple[str, ...]
    context: Context = field(default_factory=Context)
    sentence_id: int = 0

    @property
    def source(self) -> Source:
        """The first source (sources are sorted by path, paragraph, sentence)."""
        return self.sources[0]


@dataclass(frozen=True, slots=True)
class Answer:
    """Ranked hits for one question; `not_found` says the documents do not answer it."""

    question: str
    hits: tuple[Hit, ...]
    not_found: bool
    reason: str = ""
    weak: tuple[Hit, ...] = ()


@dataclass(frozen=True, slots=True)
class ReindexReport:
    """What a reindex did."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    documents: int = 0
    sentences: int = 0
    warnings: tuple[FileWarning, ...] = ()
    # a docs site's pictures, fonts, stylesheets and scripts, skipped as expected, each with its kind as the reason
    not_documents: tuple[FileWarning, ...] = ()
    seconds: float = 0.0
    problems: tuple[str, ...] = ()  # what could not be done (the documents were saved; see each line)
    embeddings_left: int = 0  # sentences whose vector is still being computed in the background (semantic reranker)
    # COLLECTIONS' folders that lost most of their documents (a share unmounted): kept as they were, each a problem
    kept_collections: tuple[str, ...] = ()

    @property
    def touched(self) -> bool:
        """True when documents were added, changed or removed."""
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True, slots=True)
class ReindexCounts:
    """What a reindex did to some collections: documents added, changed and removed, files skipped, and the problem
    lines that concern them (each cut to KEPT_LINE_CHARS)."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    skipped: int = 0
    problems: tuple[str, ...] = ()

    def __add__(self, other: ReindexCounts) -> ReindexCounts:
        return ReindexCounts(
            self.added + other.added,
            self.changed + other.changed,
            self.removed + other.removed,
            self.skipped + other.skipped,
            self.problems + other.problems,
        )


@dataclass(frozen=True, slots=True)
class ReindexOutcome:
    """How a reindex ended, as the store keeps it for /status and `docbot check`: done (`failure` ""), with its counts
    of the collections asked about, or the kind of failure ("refused", "folder missing", "failed") and its line."""

    started: str  # UTC, ISO 8601 to the second
    seconds: float
    scope: frozenset[str] | None  # the collections it read (None: every one)
    failure: str = ""
    error: str = ""  # cut to KEPT_LINE_CHARS
    counts: ReindexCounts = ReindexCounts()


# How much of a reindex's error and of each of its problem lines the store keeps for /status and `docbot check` (the
# log has them whole), cut with an ELLIPSIS.
KEPT_LINE_CHARS = 300
# What marks text cut short (`clip`).
ELLIPSIS = "…"


def clip(text: str, limit: int, keep_end: bool = False) -> str:
    """`text` cut to `limit` characters, the cut marked with an ELLIPSIS (at the start when `keep_end`: a file
    name)."""
    if len(text) <= limit:
        return text
    return ELLIPSIS + text[-(limit - 1) :] if keep_end else text[: limit - 1] + ELLIPSIS
