"""The shape every format reader returns: a document's visible text and its blocks.

A reader (retrieval/ingest/formats.py) turns a file's bytes into `ExtractedText`: the text a person sees when the
document is shown (no markup, no scripts, no page furniture) and the blocks of that text in reading order, each an
exact slice `text[block.start:block.end]`. Splitting (retrieval/ingest/split.py) then cuts prose blocks into
sentences; every stored sentence is therefore a slice of the extracted text, found at its offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "code", "meta"]
"""heading: gives the section path of what follows, never an answer. paragraph, list_item, table_row: prose, split
into sentences (a list item or a table row is a unit of its own). code: searchable identifiers, not an answer.
meta: title lines, bylines, licence boilerplate and the like: neither answer nor section."""

PROSE_KINDS: frozenset[str] = frozenset({"paragraph", "list_item", "table_row"})


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a document: its kind and where it stands in the extracted text."""

    kind: BlockKind
    start: int  # offsets into ExtractedText.text; text[start:end] is the block
    end: int
    level: int = 0  # heading level, 1 (the document's title or top section) to 6
    page: int = 0  # 1-based page number for paged formats (PDF); 0 where a format has none
    # a description list's item that opens with its term (HTML <dt>, a Markdown or RST definition list's term): the
    # term's length, then a line break; the term labels the description's sentences (retrieval/ingest/document.py)
    label: int = 0
    # a table's header row (Markdown's first row, HTML's <thead> or a row of <th> only, RST's thead, a Word row set to
    # repeat as the header, ODF's table-header-rows): its column names are searchable context of the rows below it
    # (retrieval/ingest/document.py), never words of their quotes
    header: bool = False


@dataclass(frozen=True, slots=True)
class ExtractedText:
    """A document's visible text, its blocks in reading order, and what the reader noticed."""

    text: str
    blocks: tuple[Block, ...]
    format: str  # the reader's name: "pdf", "html", "markdown", "mail", "notebook", "text" ... (formats/__init__.py)
    title: str | None = None  # from the document's own metadata or first top-level heading, if it has one
    notes: tuple[str, ...] = ()  # short remarks for the reindex report ("no text layer on 3 of 12 pages")

    def block_text(self, block: Block) -> str:
        """The text of one block."""
        return self.text[block.start : block.end]
