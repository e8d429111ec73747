"""Jupyter notebooks (`.ipynb`): the Markdown cells as the Markdown reader reads a page, the code cells as code.

A notebook is JSON (nbformat 4, or 3 with its cells in worksheets). Its Markdown cells are what a reader reads; its
code cells are listings, searchable but never quoted, as a Markdown page's fenced code is; raw cells and the cells'
outputs (results, plots, tracebacks) are not read. The cells are joined into one Markdown text, each code cell fenced
in the notebook's language, and read by `markdown_text`, so headings, lists, tables and inline code come out as in any
Markdown page.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from retrieval.ingest.decode import NO_SENTENCES, UnreadableDocument
from retrieval.ingest.structure import ExtractedText

_BACKTICK_RUN = re.compile(r"`{3,}")


def notebook_text(data: bytes) -> ExtractedText:
    """Read a Jupyter notebook's Markdown and code cells (see the module docstring)."""
    from retrieval.ingest.formats.markup import markdown_text

    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableDocument("damaged notebook (not JSON)") from error
    if not isinstance(notebook, dict):
        raise UnreadableDocument("damaged notebook (no cells)")
    language = _language(notebook)
    parts: list[str] = []
    for cell in _cells(notebook):
        source = _source(cell.get("source", cell.get("input", "")))
        if not source.strip():
            continue
        if cell.get("cell_type") == "markdown":
            parts.append(source)
        elif cell.get("cell_type") == "code":
            fence = "`" * max([3, *(len(run) + 1 for run in _BACKTICK_RUN.findall(source))])
            parts.append(f"{fence}{language}\n{source}\n{fence}")
    if not parts:
        raise UnreadableDocument(NO_SENTENCES)
    extracted = markdown_text("\n\n".join(parts), code_spans_in_html=True)
    title = notebook.get("metadata", {}).get("title") if isinstance(notebook.get("metadata"), dict) else None
    if not (isinstance(title, str) and title):
        title = _bold_title(parts[0]) or extracted.title
    return replace(extracted, format="notebook", title=title)


# A notebook whose first cell opens with a line in bold and no heading above it ("**Tools - pandas**" over the
# tutorial's summary, then "# Setup", "# Series objects" ... as its chapters, in handson-ml2): that line is its title
# (the Markdown reader keeps a bold line out of answers; the first "#" chapter was taken for the title).
_BOLD_TITLE = re.compile(r"\A\s*\*\*([^*\n]{1,120})\*\*[ \t]*(?:\n|\Z)")


def _bold_title(first: str) -> str | None:
    """The title a notebook's first cell gives in bold on its first line (see above), or None."""
    found = _BOLD_TITLE.match(first)
    return " ".join(found.group(1).split()) if found else None


def _cells(notebook: dict[str, Any]) -> list[dict[str, Any]]:
    """The notebook's cells: nbformat 4's `cells`, or nbformat 3's cells of its worksheets."""
    cells = notebook.get("cells")
    if cells is None:
        sheets = notebook.get("worksheets")
        cells = [c for sheet in sheets or [] if isinstance(sheet, dict) for c in sheet.get("cells", [])]
    if not isinstance(cells, list):
        raise UnreadableDocument("damaged notebook (no cells)")
    return [cell for cell in cells if isinstance(cell, dict)]


def _source(source: object) -> str:
    """A cell's source: a string, or the list of lines nbformat stores."""
    if isinstance(source, list):
        return "".join(line for line in source if isinstance(line, str))
    return source if isinstance(source, str) else ""


def _language(notebook: dict[str, Any]) -> str:
    """The notebook's programming language for its code fences ("python" when it does not say)."""
    metadata = notebook.get("metadata")
    if isinstance(metadata, dict):
        for key in ("kernelspec", "language_info"):
            info = metadata.get(key)
            name = info.get("language") or info.get("name") if isinstance(info, dict) else None
            if isinstance(name, str) and re.fullmatch(r"[A-Za-z0-9_+#.-]{1,30}", name):
                return name.lower()
    return "python"
