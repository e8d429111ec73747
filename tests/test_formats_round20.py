"""Format readers, issue 11 round 20. reStructuredText option lists ("-o FILE, --output=FILE  Write ..."): their
options were no text at all and their descriptions unnamed paragraphs; each item is now a description item, its
options the term of its description's first paragraph (as a definition list's term or a field's name). Made-up
documents in the shape of rst2man manual pages and docutils' own command-line help."""

from __future__ import annotations

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from retrieval.tokenize import tokenize

_OPTIONS = """=======
reportr
=======

Options
=======

-o FILE, --output=FILE  Write the finished report to FILE instead of the screen.

                        A later paragraph tells how an existing file is kept.

-q             Print nothing but the errors found.
--level=<n>    Set how much detail the log holds.
/V             Show the version (a DOS-style option).

Exit codes
==========

The program ends with one of the codes below.
"""


def _records(name: str, source: str) -> dict[str, object]:
    document = read_document(name, source.encode(), 0).document
    return {record.text: record for record in document.sentences if record.kind != "heading"}


def _has_terms(record: object, words: str) -> bool:
    return all(term in record.tokens for term in tokenize(words))  # type: ignore[attr-defined]


def test_rst_option_list_items_are_description_items_named_by_their_options() -> None:
    extracted = extract("reportr.rst", _OPTIONS.encode())
    items = {extracted.block_text(block): block for block in extracted.blocks if block.kind == "list_item"}
    first = "-o FILE, --output=FILE\nWrite the finished report to FILE instead of the screen."
    assert first in items  # the options were no text at all, their description a paragraph of its own
    assert items[first].label == len("-o FILE, --output=FILE")
    assert "-q\nPrint nothing but the errors found." in items
    assert "--level=<n>\nSet how much detail the log holds." in items
    assert "/V\nShow the version (a DOS-style option)." in items


def test_rst_option_descriptions_are_found_by_their_options_never_quoting_them() -> None:
    records = _records("reportr.rst", _OPTIONS)
    output = records["Write the finished report to FILE instead of the screen."]
    assert output.section.split(SECTION_SEPARATOR)[-1] == "-o FILE, --output=FILE"
    assert _has_terms(output, "output")  # a question naming --output finds it
    level = records["Set how much detail the log holds."]
    assert level.section.endswith("--level=<n>") and _has_terms(level, "level")
    # the description's later paragraph is an item of its own, as a definition list's later paragraphs are
    later = records["A later paragraph tells how an existing file is kept."]
    assert later.kind == "list_item" and "--output" not in later.section
    # the paragraph after the list and the other sections are untouched
    assert records["The program ends with one of the codes below."].kind == "paragraph"
