"""Notebooks as courses and documentation keep them (hf43, issue 11): a bold first line is the notebook's title, and
a navigation line of links (in a notebook or on a Markdown page) is no sentence."""

from __future__ import annotations

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from tests.test_notebook import notebook

TUTORIAL: list[dict[str, object]] = [
    {"cell_type": "markdown", "source": "**Tools - kettles**\n\n*The kettle library boils water for tea and soup.*"},
    {"cell_type": "markdown", "source": "# Setup"},
    {"cell_type": "code", "source": "import kettle"},
    {"cell_type": "markdown", "source": "First we fill the kettle with cold water from the tap."},
    {"cell_type": "markdown", "source": "# Boiling\nThe kettle stops by itself once the water boils."},
]


def test_a_first_cells_bold_line_is_the_notebooks_title() -> None:
    extracted = extract("tools_kettle.ipynb", notebook(TUTORIAL))
    assert extracted.title == "Tools - kettles"
    document, _ = parse_document("tools_kettle.ipynb", notebook(TUTORIAL), 0)
    sections = {record.text: record.section for record in document.sentences if record.kind != "heading"}
    # the chapters are sections of their own, as before (the first one is no longer taken for the title)
    assert sections["First we fill the kettle with cold water from the tap."] == "Setup"
    assert sections["The kettle stops by itself once the water boils."] == "Boiling"


def test_a_bold_line_after_a_heading_is_no_title() -> None:
    cells = [{"cell_type": "markdown", "source": "# Kettles\n\n**Note**\n\nA kettle boils water."}]
    assert extract("k.ipynb", notebook(cells)).title == "Kettles"


NAVIGATION = "[Index](Index.ipynb) - [Back](Boiling.ipynb) - [Next](Pouring.ipynb)"


def test_a_navigation_cell_of_links_is_no_sentence() -> None:
    cells = [
        {"cell_type": "markdown", "source": NAVIGATION},
        {"cell_type": "markdown", "source": "# Steeping\n\nGreen tea steeps for two minutes."},
        {"cell_type": "markdown", "source": NAVIGATION},
    ]
    document, _ = parse_document("Steeping.ipynb", notebook(cells), 0)
    texts = [record.text for record in document.sentences]
    assert not any("Index" in text for text in texts)
    steeping = next(record for record in document.sentences if record.text.startswith("Green tea"))
    assert steeping.section == ""  # the title heading opens the notebook, no navigation line before it
    assert document.title == "Steeping"


def test_a_markdown_pages_line_of_links_is_meta_a_sentence_with_links_is_prose() -> None:
    page = (
        "# Pouring\n\n< [Boiling](boiling.md) | [Contents](index.md) | [Serving](serving.md) >\n\n"
        "Pour slowly; see [Boiling](boiling.md) and [Serving](serving.md) for the rest.\n"
    )
    extracted = extract("pouring.md", page.encode())
    kinds = {extracted.block_text(block): block.kind for block in extracted.blocks}
    assert kinds["< Boiling | Contents | Serving >"] == "meta"
    assert kinds["Pour slowly; see Boiling and Serving for the rest."] == "paragraph"
