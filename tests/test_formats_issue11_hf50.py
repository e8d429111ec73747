"""Readers' leftovers (hf50, issue 11), on documents in tests/data/formats (README.md names their sources): a list
indented inside a list item is the item's own list in Markdown (numbered inside bulleted and back); a picture's credit
in a list item or a table's last cell is no sentence; a reStructuredText role's text is words of the document itself,
so every stored sentence is found at its offsets in the file read alone."""

from __future__ import annotations

import re
from pathlib import Path

from retrieval.ingest.document import document_records, parse_document
from retrieval.ingest.formats import extract
from retrieval.ingest.split import normalize_space
from retrieval.ingest.walk import scan_documents
from tests.files import FORMATS
from tests.test_formats_issue11_hf47 import answers, read

RECORDER = "nested_lists_field_recorder"
CREDITS = "credits_in_lists_and_tables"
CONCEPTS = "itsdangerous_concepts.rst"

STEPS = [
    "Charge the recorder",
    "Plug the cable into the side port.",
    "Wait for the amber light to turn green.",
    "Format the card",
    "Open the system menu.",
    "Choose Format and confirm it.",
    "Check the microphones",
    "Fit the windshield on each capsule.",
    "Speak into each one and watch its meter.",
]


def test_a_list_indented_deeper_in_a_markdown_item_is_its_own_list() -> None:
    # six spaces under "- Charge the recorder" (the item's continuation to CommonMark: "Charge the recorder 1."), eight
    # after a blank line (code: "Open the system menu." was lost), a tab, and bullets under numbered items by a tab or
    # eight spaces ("Listen to the take - Use closed headphones outdoors.")
    document = read(RECORDER + ".md")
    items = [r.text for r in document.sentences if r.kind == "list_item"]
    assert items == [
        *STEPS,
        "Record a test take",
        "Hold the record button for two seconds.",
        "Say the date and the place aloud.",
        "Listen to the take",
        "Use closed headphones outdoors.",
        "Mark the take if you hear wind noise.",
        "Pack the kit away.",
    ]
    assert not any(r.kind == "code" for r in document.sentences)


def test_a_pictures_credit_in_a_list_item_or_a_table_cell_is_no_sentence() -> None:
    for suffix in (".md", ".html"):
        document = read(CREDITS + suffix)
        found = answers(document)
        assert not any(re.search(r"Photo|Source|Unsplash|CC BY|Wikimedia", text) for text in found), suffix
        # the item's words above its credit line, and the row's cells before its credit cell, stay
        assert "The lighthouse was built in 1871 and still works." in found, suffix
        assert "Old crane | The crane lifted timber until 1962." in found, suffix
        assert "The fish market opens at six in the morning." in found, suffix
    # a row whose last cell is a credit keeps its other cells; a credit amid a row's cells is kept
    assert "Boat yard" in answers(read(CREDITS + ".md"))
    kept, _ = parse_document("t.md", b"| Name | Credit | Year |\n|---|---|---|\n| Mill | Photo: Ann Lee | 1890 |\n", 0)
    assert "Mill | Photo: Ann Lee | 1890" in answers(kept)


def test_sentences_are_found_at_their_offsets_in_the_file_read_alone(tmp_path: Path) -> None:
    # concepts.rst links ":doc:`/signer`" and ":doc:`/serializer`"; read in its folder, beside signer.rst, the link
    # showed that page's title ("The Signing Interface is the basic system ..."), words of another file
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "concepts.rst").write_bytes((FORMATS / CONCEPTS).read_bytes())
    (folder / "signer.rst").write_text("Signing Interface\n=================\n\nThe most basic interface.\n")
    (document,) = [d for d in scan_documents(folder, {}, 1 << 20).parsed if d.path == "concepts.rst"]
    alone = extract("concepts.rst", (FORMATS / CONCEPTS).read_bytes())
    assert [(r.text, r.start, r.end) for r in document.sentences] == [
        (r.text, r.start, r.end) for r in document_records(alone)
    ]
    raw = (FORMATS / CONCEPTS).read_text()
    for record in document.sentences:
        assert normalize_space(alone.text[record.start : record.end]) == record.text
        assert all(word in raw for word in re.findall(r"\w{3,}", record.text)), record.text
    found = answers(document)
    assert "The signer is the basic system that signs a given bytes value based on the given signing parameters." in (
        found
    )


def test_a_role_shows_its_title_or_its_target_as_sphinx_writes_them() -> None:
    source = (
        "Roles\n=====\n\n"
        "Read :doc:`the basics <guide/intro>` and :doc:`deploying/index` first.\n\n"
        "See :ref:`installing`, :ref:`the command list <ext_commands>` and the :term:`event loop`.\n\n"
        "Use :class:`~discord.ext.commands.Bot` or :class:`!Client`.\n"
    )
    document, _ = parse_document("roles.rst", source.encode(), 0)
    assert [r.text for r in document.sentences if r.kind != "heading"] == [
        "Read the basics and deploying first.",
        "See installing, the command list and the event loop.",
        "Use Bot or Client.",
    ]
