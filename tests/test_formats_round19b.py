"""Format readers, issue 11 round 19b: reStructuredText field lists and plain-text FAQs. A field list in the body
(`:name: body`, indented under an option or a directive, its body on several lines: an option's values, a program's
exit codes, `:param x:` / `:returns:`) was read as meta and left out of the index; a plain-text FAQ's numbered
question lines ("A8)", "Q3)", "3.2)", "Q:", "1.1 ...?") were body sentences that outranked their own answers and were
stored twice (contents and body). Each case made up in the shape of real documents (rst2man manual pages, Sphinx API
pages, numpydoc docstrings; Usenet and GNU projects' plain-text FAQs such as Midnight Commander's doc/FAQ)."""

from __future__ import annotations

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from tests.test_formats import texts

_MANUAL = """=======
frobnic
=======

---------------------------
frobnicate files in a tree
---------------------------

:Author: Ada Writer
:Date: 2024-01-02
:Manual section: 1

Options
=======

``--resume=<no|ask|always>``
    Whether to resume where the last run stopped.

    :no:     Always start from the beginning.
    :ask:    Ask at start-up, showing the saved position
             and the time it was saved.
    :always: Resume without asking (default).

.. option:: --level <n>

   How much frobnic says.

   :0: Outputs no messages at all.
   :1: Outputs error messages to stderr.

Functions
=========

.. function:: frob(path, depth=1)

   Frobnicate a tree.

   :param path: The folder whose files are frobnicated.
   :param depth: How many levels of folders to go down.
   :returns: The number of files changed.

Exit codes
==========

:0: Every file was frobnicated.
:2: A file could not be read.

    Its name is printed on standard error.
:4: Interrupted by the user with Ctrl+C.
"""


def _records(name: str, source: str) -> list[tuple[str, str, str]]:
    """(kind, text, section path) of each stored record, each checked to be a slice of the extracted text."""
    data = source.encode()
    extracted = extract(name, data)
    records = read_document(name, data, 0).document.sentences
    for record in records:
        assert " ".join(extracted.text[record.start : record.end].split()) == record.text, record
    return [(record.kind, record.text, record.section) for record in records]


def test_rst_field_lists_are_description_items_under_their_name() -> None:
    records = _records("frobnic.rst", _MANUAL)
    sections = {text: section for kind, text, section in records if kind != "heading"}
    # an option's values, indented under it, the wrapped body whole
    assert sections["Always start from the beginning."].endswith(SECTION_SEPARATOR + "no")
    assert sections["Ask at start-up, showing the saved position and the time it was saved."].endswith("ask")
    # under a Sphinx `.. option::` directive, and a function's parameters and return value
    assert sections["Outputs error messages to stderr."] == SECTION_SEPARATOR.join(["Options", "--level <n>", "1"])
    assert sections["How many levels of folders to go down."].endswith(
        "frob(path, depth=1)" + SECTION_SEPARATOR + "param depth"
    )
    assert sections["The number of files changed."].endswith(SECTION_SEPARATOR + "returns")
    # a section's own field list, a field's body of two paragraphs
    assert sections["A file could not be read."] == "Exit codes" + SECTION_SEPARATOR + "2"
    assert "Its name is printed on standard error." in sections
    assert sections["Interrupted by the user with Ctrl+C."] == "Exit codes" + SECTION_SEPARATOR + "4"
    # the field's name is a label, searchable, never a sentence of its own
    assert not any(text in {"no", "ask", "0", "2", "param path", "returns"} for _, text, _ in records)


def test_rst_docinfo_stays_meta() -> None:
    """The document's own fields at its top (author, date, manual section) are no answers."""
    extracted = extract("frobnic.rst", _MANUAL.encode())
    meta = " ".join(texts(extracted, "meta"))
    assert "Ada Writer" in meta and "Manual section" in meta
    records = _records("frobnic.rst", _MANUAL)
    assert not any("Ada Writer" in text or "2024-01-02" in text for _, text, _ in records)
    assert extracted.title == "frobnic"
    # a field above the title (Sphinx's `:orphan:`) keeps docutils from lifting the title and the fields under it to
    # the docinfo: the fields first in the title's section, before any text, are still the document's own
    orphan = ":orphan:\n\nfrobnic\n=======\n\n:Author: Ada Writer\n:Version: 5.1\n\nFrobnic frobnicates files.\n"
    extracted = extract("frobnic.rst", orphan.encode())
    assert [block.kind for block in extracted.blocks] == ["meta", "heading", "meta", "paragraph"]
    assert "Ada Writer" in texts(extracted, "meta")[1]


_FAQ = """This is the Frobnicator FAQ, version 2.3, for frob version 5.1.

This document contains a set of frequently-asked questions concerning
frob, the file frobnicator.  It is meant as a companion to the manual.

Section A:  The latest version

A1) What's the latest version?
A2) Where can I get it?
A3) I just upgraded and now my old configuration is ignored.

Section B:  Why does frob do some things differently?

B1) Why does frob print its output twice when I pipe it into
    another command?
B2) How do I stop frob from following links?

----------------------------------------------------------------

Section A:  The latest version

A1) What's the latest version?

The latest version is 5.1, first made available on 3 March 2024.

A2) Where can I get it?

Frob is distributed from the project's download page and from every
mirror of the GNU archive.

A3) I just upgraded and now my old configuration is ignored.

Version 5 reads its configuration from ~/.config/frob/frobrc instead of
~/.frobrc.  Move the old file there and it is read again.

Section B:  Why does frob do some things differently?

B1) Why does frob print its output twice when I pipe it into
    another command?

When standard output is not a terminal, frob flushes its buffer at exit
as well as at each newline.  Use the -u option to write unbuffered.

B2) How do I stop frob from following links?

Give it the --physical option, or set FROB_PHYSICAL in the environment.
"""

_QA_FAQ = """Frequently asked questions about the Widget toolkit

These are the questions people ask most often on the mailing list, with
the answers the developers gave.

Q: Does Widget run on Windows?
A: Yes, under Cygwin and natively since version 3.  The installer sets
up the paths for you.

Q: Why are my fonts blurry on a high-density screen?
A: Widget scales its fonts by the factor in WIDGET_SCALE.  Set it to 2 and
restart the program.

Q: Can I change the colours of the menus?
A: The colours come from the theme file, which you can copy and edit.
"""

_NUMBERED_FAQ = """Frobnicator: Frequently Asked Questions

   The newest version of this document is kept in the sources, as doc/FAQ.

1 Getting started

1.1 What is frob?

   Frob is a file frobnicator for the terminal, useful to novice and
   guru alike.

1.2 Does it run on my machine?

   Frob runs on POSIX operating systems such as GNU/Linux and FreeBSD.

1.3 I cannot compile frob.  What should I do?

   Read the INSTALL file in the sources and report the error messages
   exactly as they appear.

2 Keyboard

2.1 Why don't the function keys work?

   Your terminfo database has missing definitions for function keys.
"""


def test_faq_question_lines_head_their_answers() -> None:
    """Each question is a heading over its answer, below its "Section X:" (whose name may end in "?"); it is no
    sentence of its own, in the contents nor in the body."""
    records = _records("FAQ", _FAQ)
    sentences = {text: section for kind, text, section in records if kind != "heading"}
    assert not any(text.startswith(("A1)", "A2)", "A3)", "B1)", "B2)")) for text in sentences)
    assert sentences["Move the old file there and it is read again."] == SECTION_SEPARATOR.join(
        ["Section A: The latest version", "A3) I just upgraded and now my old configuration is ignored."]
    )
    assert sentences["Use the -u option to write unbuffered."] == SECTION_SEPARATOR.join(
        [
            "Section B: Why does frob do some things differently?",
            "B1) Why does frob print its output twice when I pipe it into another command?",
        ]
    )
    headings = [text for kind, text, _ in records if kind == "heading"]
    assert headings.count("B2) How do I stop frob from following links?") == 1  # the body's, not the contents'
    assert "This is the Frobnicator FAQ, version 2.3, for frob version 5.1." in sentences


def test_faq_q_and_a_marks_and_numbered_questions() -> None:
    records = _records("widget-faq.txt", _QA_FAQ)
    sentences = {text: section for kind, text, section in records if kind != "heading"}
    assert sentences["Set it to 2 and restart the program."] == "Q: Why are my fonts blurry on a high-density screen?"
    assert "Yes, under Cygwin and natively since version 3." in sentences  # the "A:" mark is no word of it
    assert not any(text.startswith(("Q:", "A:")) for text in sentences)
    records = _records("frob-faq.txt", _NUMBERED_FAQ)
    sentences = {text: section for kind, text, section in records if kind != "heading"}
    assert sentences["Frob runs on POSIX operating systems such as GNU/Linux and FreeBSD."] == SECTION_SEPARATOR.join(
        ["1 Getting started", "1.2 Does it run on my machine?"]
    )
    assert sentences["Your terminfo database has missing definitions for function keys."] == SECTION_SEPARATOR.join(
        ["2 Keyboard", "2.1 Why don't the function keys work?"]
    )
    assert "Read the INSTALL file in the sources and report the error messages exactly as they appear." in sentences


def test_numbered_steps_and_a_lone_question_are_no_faq() -> None:
    """Numbered steps ("1) Unpack it.") and a document with one numbered question keep their lines as text."""
    steps = """Installing frob

Follow these steps to install frob on a new machine.

1) Unpack the archive into a folder of its own.

2) Run the configure script with the prefix you want.

3) Why not run the tests? Type make check before make install.
"""
    records = _records("install.txt", steps)
    sentences = [text for kind, text, _ in records if kind != "heading"]
    assert any("Unpack the archive into a folder of its own." in text for text in sentences)
    assert any("Type make check before make install." in text for text in sentences)
    assert not any(kind == "heading" and text.startswith(("1)", "2)", "3)")) for kind, text, _ in records)
