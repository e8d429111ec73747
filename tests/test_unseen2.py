"""Issue 12, bench/data/realdocs_unseen2 (Click, Requests, Sphinx and Rust book docs nobody tuned on): Sphinx's
admonition titles and `.. role::` directives are no sections. Made up in the documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import parse_document


def test_an_admonition_title_is_no_section_and_a_role_directive_no_heading() -> None:
    """Sphinx's "Getting started": `.. admonition:: reStructuredText directives` made its title a section, and every
    paragraph after the box, up to the next section, stood under it; autodoc's `.. role:: code-py(code)` (docutils'
    directive defining a role) was read as an object description, and "code-py(code)" headed the whole page."""
    source = (
        "Widgets\n=======\n\n.. role:: code-py(code)\n   :language: Python\n\nWidgets are made of parts.\n\n"
        "Building\n--------\n\nA widget is built from its parts.\n\n"
        ".. admonition:: About parts\n   :class: note\n\n   A part is any piece of a widget.\n\n"
        "The parts are listed without their file extension, as :code-py:`names`.\n"
    )
    document, _ = parse_document("widgets.rst", source.encode(), 0)
    assert [(s.kind, s.section, s.text) for s in document.sentences if s.kind != "meta"] == [
        ("heading", "", "Widgets"),
        ("paragraph", "", "Widgets are made of parts."),
        ("heading", "", "Building"),
        ("paragraph", "Building", "A widget is built from its parts."),
        ("paragraph", "Building", "A part is any piece of a widget."),
        ("paragraph", "Building", "The parts are listed without their file extension, as names."),
    ]
