"""Jupyter notebooks (retrieval/ingest/formats/notebook.py): Markdown cells read, code cells as code, outputs not."""

from __future__ import annotations

import json

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import detect_format, extract
from tests.files import FORMATS


def notebook(cells: list[dict[str, object]], nbformat: int = 4, language: str = "python") -> bytes:
    meta = {"kernelspec": {"name": "k", "language": language, "display_name": "K"}}
    if nbformat == 3:
        return json.dumps({"nbformat": 3, "metadata": meta, "worksheets": [{"cells": cells}]}).encode()
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": meta, "cells": cells}).encode()


CELLS: list[dict[str, object]] = [
    {"cell_type": "markdown", "source": ["# Brewing log\n", "\n", "We weigh leaves before each `brew_tea()` call."]},
    {
        "cell_type": "code",
        "source": ["leaves = weigh(tray)\n", "brew_tea(leaves, minutes=4)"],
        "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Steeping finished after four minutes\n"]}],
    },
    {"cell_type": "markdown", "source": "- Green tea steeps for two minutes.\n- Black tea steeps for four minutes."},
    {"cell_type": "raw", "source": "raw cell text that nbconvert passes through"},
]


def test_a_notebook_is_read_by_its_suffix() -> None:
    assert detect_format("log.ipynb", notebook(CELLS)) == "notebook"


@pytest.mark.parametrize("nbformat", [3, 4])
def test_markdown_cells_are_prose_code_cells_are_code_outputs_are_left_out(nbformat: int) -> None:
    extracted = extract("log.ipynb", notebook(CELLS, nbformat))
    blocks = [(block.kind, extracted.block_text(block)) for block in extracted.blocks]
    assert extracted.title == "Brewing log"
    assert ("paragraph", "We weigh leaves before each brew_tea() call.") in blocks
    assert ("code", "leaves = weigh(tray)\nbrew_tea(leaves, minutes=4)") in blocks
    assert ("list_item", "Black tea steeps for four minutes.") in blocks
    assert "Steeping finished" not in extracted.text and "raw cell" not in extracted.text


def test_a_code_cell_holding_a_fence_stays_one_code_block() -> None:
    cells = [
        {"cell_type": "markdown", "source": "How the notes are written down."},
        {"cell_type": "code", "source": 'NOTE = """\n```\nnot markdown\n```\n"""'},
        {"cell_type": "markdown", "source": "After the code comes more prose."},
    ]
    extracted = extract("notes.ipynb", notebook(cells))
    kinds = [block.kind for block in extracted.blocks]
    assert kinds == ["paragraph", "code", "paragraph"]


def test_code_identifiers_find_the_sentence_before_them() -> None:
    document, _ = parse_document("log.ipynb", notebook(CELLS), 0)
    intro = next(s for s in document.sentences if s.text.startswith("We weigh"))
    assert "weigh" in intro.tokens and "tray" in intro.tokens


@pytest.mark.parametrize("data", [b"{not json", b"[1, 2]", json.dumps({"cells": "x"}).encode()])
def test_a_damaged_notebook_is_skipped_with_a_reason(data: bytes) -> None:
    with pytest.raises(UnreadableDocument, match="damaged notebook"):
        extract("broken.ipynb", data)


def test_display_math_is_code_and_inline_math_stays_in_its_sentence() -> None:
    """Jupyter's "Typesetting Equations" notebook: `$$ ... $$` and `$\\begin{align} ... \\end{align}$` paragraphs are
    formulas (code: searchable, never quoted); a sentence holding `$...$` inline is still a sentence."""
    path = FORMATS / "jupyter_typesetting_equations.ipynb"
    document, _ = parse_document(path.name, path.read_bytes(), 0)
    texts = [sentence.text for sentence in document.sentences if sentence.kind != "heading"]
    assert not [text for text in texts if "\\begin" in text or text.startswith("$$")]
    assert any(text.startswith("This expression $\\sqrt{3x-1}+(1+x)^2$ is an example") for text in texts)
    extracted = extract(path.name, path.read_bytes())
    formulas = [extracted.block_text(b) for b in extracted.blocks if b.kind == "code"]
    assert sum(formula.startswith("$") for formula in formulas) == 15  # 11 shown formulas, 4 fenced sources
    markdown = extract("energy.md", b"Rest energy:\n\n$$\nE = m c^2\n$$\n\nIt costs $$5 and $$8.\n")
    assert [(b.kind, markdown.block_text(b)) for b in markdown.blocks][1:] == [
        ("code", "$$\nE = m c^2\n$$"),
        ("paragraph", "It costs $$5 and $$8."),
    ]


def test_a_code_span_in_an_html_block_is_code_in_a_notebook_but_not_on_a_page() -> None:
    # Jupyter renders a Markdown cell's `code` inside a <div> box as code: the backticks are not what a reader sees
    box = '<div class="alert alert-info">\nPress `Shift-Enter` to run the cell, or ``Ctrl`` to stay.\n</div>'
    cells = [{"cell_type": "markdown", "source": "Running cells."}, {"cell_type": "markdown", "source": box}]
    extracted = extract("run.ipynb", notebook(cells))
    texts = [extracted.block_text(block) for block in extracted.blocks]
    assert "Press Shift-Enter to run the cell, or ``Ctrl`` to stay." in texts
    page = extract("run.md", f"Running cells.\n\n{box}\n".encode())
    assert "Press `Shift-Enter` to run the cell, or ``Ctrl`` to stay." in [page.block_text(b) for b in page.blocks]
