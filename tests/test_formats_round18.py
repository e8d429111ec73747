"""Format readers, issue 11 round 18: FAQ pages whose questions are a list's items or a description list's terms,
not headings (an HTML <dl> of questions, a Markdown "Question?" / ": Answer" list, bold questions over their answers
in a bullet list, an RST definition list, an AsciiDoc "Question?::" list). Each question was a sentence of its own
that outranked its answer, and one without a question mark ran into the answer's first sentence; the question is the
heading its answer stands under."""

from __future__ import annotations

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from tests.test_formats import texts
from tests.test_formats_round15 import _Line, _pdf_of_lines

_QUESTIONS = ["How do I join the lantern club?", "Where do the members meet?", "I lost my lantern on the lake."]
_ANSWERS = [
    "Write to the secretary before the spring fair.",
    "The fee is paid at the first meeting.",
    "The members meet in the boathouse on the north shore every second Tuesday.",
    "The warden keeps found lanterns in the shed beside the pier until the autumn.",
]
# the question each answer stands under
_ASKED = {
    _ANSWERS[0]: _QUESTIONS[0],
    _ANSWERS[1]: _QUESTIONS[0],
    _ANSWERS[2]: _QUESTIONS[1],
    _ANSWERS[3]: _QUESTIONS[2],
}

_FAQ_DOCUMENTS = {
    "club.html": """<html><head><title>Lantern club</title></head><body><h1>Lantern club</h1><h2>Questions</h2>
<dl>
<dt>How do I join the lantern club?</dt>
<dd><p>Write to the secretary before the spring fair.</p><p>The fee is paid at the first meeting.</p></dd>
<dt>Where do the members meet?</dt>
<dd><p>The members meet in the boathouse on the north shore every second Tuesday.</p></dd>
<dt>I lost my lantern on the lake.</dt>
<dd><p>The warden keeps found lanterns in the shed beside the pier until the autumn.</p></dd>
</dl></body></html>
""",
    "club.md": """# Lantern club

## Questions

How do I join the lantern club?
: Write to the secretary before the spring fair. The fee is paid at the first meeting.

Where do the members meet?
: The members meet in the boathouse on the north shore every second Tuesday.

I lost my lantern on the lake.
: The warden keeps found lanterns in the shed beside the pier until the autumn.
""",
    "bold.md": """# Lantern club

## Questions

- **How do I join the lantern club?**\\
  Write to the secretary before the spring fair. The fee is paid at the first meeting.
- **Where do the members meet?**\\
  The members meet in the boathouse on the north shore every second Tuesday.
- **I lost my lantern on the lake.**\\
  The warden keeps found lanterns in the shed beside the pier until the autumn.
""",
    "club.rst": """Lantern club
============

Questions
---------

How do I join the lantern club?
    Write to the secretary before the spring fair. The fee is paid at the first meeting.

Where do the members meet?
    The members meet in the boathouse on the north shore every second Tuesday.

I lost my lantern on the lake.
    The warden keeps found lanterns in the shed beside the pier until the autumn.
""",
    "club.adoc": """= Lantern club

== Questions

How do I join the lantern club?::
Write to the secretary before the spring fair. The fee is paid at the first meeting.

Where do the members meet?::
The members meet in the boathouse on the north shore every second Tuesday.

I lost my lantern on the lake.::
The warden keeps found lanterns in the shed beside the pier until the autumn.
""",
}


def _sections(name: str, data: bytes) -> dict[str, str]:
    records = read_document(name, data, 0).document.sentences
    return {record.text: record.section for record in records if record.kind != "heading"}


def test_a_faq_lists_questions_are_headings_over_their_answers_in_every_markup() -> None:
    """HTML's <dt>, a Markdown definition list's term, a bold question over its answer in a bullet list, an RST
    definition list's term and an AsciiDoc "Question?::" term: each question a heading one level below the section,
    the question without a question mark too, and no answer sentence holds its question."""
    for name, source in _FAQ_DOCUMENTS.items():
        data = source.encode()
        extracted = extract(name, data)
        assert texts(extracted, "heading") == ["Lantern club", "Questions", *_QUESTIONS], name
        levels = [block.level for block in extracted.blocks if block.kind == "heading"]
        assert levels == [1, 2, 3, 3, 3], name
        sections = _sections(name, data)
        assert sorted(sections) == sorted(_ANSWERS), (name, sections)
        for answer, question in _ASKED.items():
            assert sections[answer].split(SECTION_SEPARATOR)[-1] == question, (name, answer, sections[answer])
        for record in read_document(name, data, 0).document.sentences:  # every quote a slice of the text
            assert " ".join(extracted.text[record.start : record.end].split()) == record.text, (name, record)


def _check_no_faq() -> None:
    """A description list of terms ("paper" / what paper lanterns do) and a list with one question among its items
    keep each item whole: only a list whose items mostly open with a question is a FAQ."""
    page = """<html><body><h1>Lanterns</h1><h2>Kinds</h2>
<dl><dt>paper</dt><dd>Paper lanterns float for an hour before they sink.</dd>
<dt>tin</dt><dd>Tin lanterns hang on the boathouse wall.</dd></dl>
<h2>Care</h2>
<ul><li>Why wax?<br>Wax keeps the paper dry on the water.</li>
<li>Trim the wick<br>A short wick burns with a steady flame.</li>
<li>Store them flat<br>A folded lantern tears at its seams.</li></ul>
</body></html>"""
    extracted = extract("kinds.html", page.encode())
    assert texts(extracted, "heading") == ["Lanterns", "Kinds", "Care"]
    items = texts(extracted, "list_item")
    assert items[:2] == [
        "paper\nPaper lanterns float for an hour before they sink.",
        "tin\nTin lanterns hang on the boathouse wall.",
    ]
    assert items[2] == "Why wax?\nWax keeps the paper dry on the water."


def test_a_q_without_a_question_mark_is_a_question_and_no_term_list_is_a_faq() -> None:
    """A "Q:" question without a question mark is a question, and the section after a FAQ list opens with its own
    heading: its sentences do not stand under the last question. A list of terms, or with one question, is no FAQ
    (`_check_no_faq`)."""
    _check_no_faq()
    source = """# Lantern club

## Questions

- Q: How do I join the lantern club?\\
  A: Write to the secretary before the spring fair.
- Q: My lantern went out on the lake.\\
  A: The warden relights lanterns at the pier.

## Fees

The fee is paid at the first meeting.
"""
    extracted = extract("fees.md", source.encode())
    assert texts(extracted, "heading") == [
        "Lantern club",
        "Questions",
        "Q: How do I join the lantern club?",
        "Q: My lantern went out on the lake.",
        "Fees",
    ]
    sections = _sections("fees.md", source.encode())
    assert sections["The fee is paid at the first meeting."].split(SECTION_SEPARATOR)[-1] == "Fees"
    assert sections["A: The warden relights lanterns at the pier."].endswith("Q: My lantern went out on the lake.")


_TERM_DOCUMENTS = {
    "helpers.html": """<html><body><h1>Lantern helpers</h1><h2>Helpers</h2>
<dl><dt>wick</dt><dd><p>Wick trims the flame to a steady glow.</p></dd>
<dt>-q</dt><dt>--quiet</dt><dd>Keep the lantern dark until the bell rings. Then light it.</dd></dl>
</body></html>""",
    "helpers.md": """# Lantern helpers

## Helpers

wick
: Wick trims the flame to a steady glow.

-q, --quiet
: Keep the lantern dark until the bell rings. Then light it.
""",
    "helpers.rst": """Lantern helpers
===============

Helpers
-------

wick
    Wick trims the flame to a steady glow.

``-q``, ``--quiet``
    Keep the lantern dark until the bell rings. Then light it.
""",
}


def test_a_description_lists_term_labels_its_description() -> None:
    """A description list's term ("wick" over "Wick trims the flame ...", an option's names over what it does): read
    into the sentence, the term ran into it ("wick Wick trims the flame to a steady glow."). It is kept apart now,
    as a speaker's label is: it ends the section path of every sentence of the description's first paragraph, its
    terms go with each of them, and each sentence is still a slice of the text. The block keeps the term on its
    first line, as before."""
    for name, source in _TERM_DOCUMENTS.items():
        data = source.encode()
        extracted = extract(name, data)
        options = "-q\n--quiet" if name == "helpers.html" else "-q, --quiet"
        items = [b for b in extracted.blocks if b.kind == "list_item"]
        assert [extracted.text[b.start : b.start + b.label] for b in items] == ["wick", options], name
        records = [r for r in read_document(name, data, 0).document.sentences if r.kind != "heading"]
        rows = [(r.text, r.section.split(SECTION_SEPARATOR)[-1]) for r in records]
        assert rows == [
            ("Wick trims the flame to a steady glow.", "wick"),
            ("Keep the lantern dark until the bell rings.", " ".join(options.split())),
            ("Then light it.", " ".join(options.split())),
        ], name
        for record in records:
            assert " ".join(extracted.text[record.start : record.end].split()) == record.text, (name, record)
        assert "quiet" in records[2].tokens, name  # the option's name is searchable in every sentence it labels


_MANDOC = """<section class="Sh"><h1 class="Sh" id="OPTIONS"><a class="permalink" href="#OPTIONS">OPTIONS</a></h1>
<dl class="Bl-tag">
  <dt id="check"><a class="permalink" href="#check"><code class="Fl">-check</code></a></dt>
  <dd>Check every lantern after lighting. A cracked glass is reported.</dd>
  <dt id="wick"><a class="permalink" href="#wick"><code class="Fl">-wick</code></a> <var class="Ar">length</var></dt>
  <dd>Trim the wick to length before lighting.</dd>
</dl></section>"""


def test_a_man_pages_permalinked_option_labels_its_description() -> None:
    """mandoc's HTML man pages wrap each option's name in its own permalink ('<dt id="check"><a class="permalink"
    href="#check">-check</a></dt>'): the term was taken for navigation and dropped, so "Check every lantern after
    lighting." named no option. In a web page and in a Markdown page's HTML block (a docs site's man pages), the
    option labels each sentence of its description."""
    page = f"<html><head><title>lantern(1)</title></head><body>{_MANDOC}</body></html>"
    markdown = f"---\ntitle: lantern\n---\n\n{_MANDOC}\n"
    for name, data in (("lantern.html", page.encode()), ("lantern.md", markdown.encode())):
        records = [r for r in read_document(name, data, 0).document.sentences if r.kind != "heading"]
        rows = [(r.text, r.section.split(SECTION_SEPARATOR)[-1]) for r in records]
        assert rows == [
            ("Check every lantern after lighting.", "-check"),
            ("A cracked glass is reported.", "-check"),
            ("Trim the wick to length before lighting.", "-wick length"),
        ], name
        assert all("check" in r.tokens for r in records[:2]), name


# hf35: AsciiDoc description lists as man pages write them (a term alone on its line, its description indented on the
# next; two names of one option in a row; a "+" continuation after a blank line)
_ADOC_OPTIONS = """= lantern(1)

== OPTIONS

=== Display Options

*-v*::
*--verbose*::
    Tell what each lantern is doing. May be given twice for the wick's state
    as well.

*--color* _WHEN_::
    Choose when the glass is tinted.
+
The default is to tint it at dusk.

*--dry-run*:: Light no lantern.
"""


def test_an_asciidoc_terms_label_their_indented_description() -> None:
    """An AsciiDoc term alone on its line with its description indented below: Asciidoctor reads the indented lines as
    the description, docbot read them as a literal paragraph (code, never an answer) and the term as an item of its
    own. Now each description is a list item its term labels, two terms in a row name one description, a one-line
    "term:: description" is labelled too, and the "+" that attaches a paragraph is no text."""
    data = _ADOC_OPTIONS.encode()
    extracted = extract("lantern.adoc", data)
    assert texts(extracted, "code") == []
    items = [b for b in extracted.blocks if b.kind == "list_item"]
    assert [extracted.text[b.start : b.start + b.label] for b in items] == [
        "-v\n--verbose",
        "--color WHEN",
        "--dry-run",
    ]
    records = [r for r in read_document("lantern.adoc", data, 0).document.sentences if r.kind != "heading"]
    rows = [(r.text, r.section.split(SECTION_SEPARATOR)[-1]) for r in records]
    assert rows == [
        ("Tell what each lantern is doing.", "-v --verbose"),
        ("May be given twice for the wick's state as well.", "-v --verbose"),
        ("Choose when the glass is tinted.", "--color WHEN"),
        ("The default is to tint it at dusk.", "Display Options"),
        ("Light no lantern.", "--dry-run"),
    ]
    for record in records:
        assert " ".join(extracted.text[record.start : record.end].split()) == record.text, record
    assert "-v" in records[1].tokens  # the option is searchable in every sentence it labels


_UNSPACED = """#Lantern Club
Lanterns for the autumn fair, made by the members.

##Installation
Hang the lantern from the hook by the door.

###Custom wicks
Trim the wick before lighting. Then #include the spare and #tag it.

#hashtag lines stay text.

```
##not a heading in code
```
"""


def test_atx_headings_without_a_space_are_headings() -> None:
    """An "##Installation" with no space after its marks: CommonMark (GitHub since 2017, markdown-it) shows it as text,
    Markdown.pl, Python-Markdown, kramdown and older GitHub as a heading, which the author meant. Two to six marks
    before a letter, or one before a capital after a blank line, make a heading; "#hashtag", "#include" in a
    sentence and a line in code do not."""
    data = _UNSPACED.encode()
    extracted = extract("lanterns.md", data)
    assert texts(extracted, "heading") == ["Lantern Club", "Installation", "Custom wicks"]
    assert [b.level for b in extracted.blocks if b.kind == "heading"] == [1, 2, 3]
    records = [r for r in read_document("lanterns.md", data, 0).document.sentences if r.kind != "heading"]
    assert [(r.text, r.section) for r in records] == [
        ("Lanterns for the autumn fair, made by the members.", ""),
        ("Hang the lantern from the hook by the door.", "Installation"),
        ("Trim the wick before lighting.", f"Installation{SECTION_SEPARATOR}Custom wicks"),
        ("Then #include the spare and #tag it.", f"Installation{SECTION_SEPARATOR}Custom wicks"),
        ("#hashtag lines stay text.", f"Installation{SECTION_SEPARATOR}Custom wicks"),
    ]
    assert texts(extracted, "code") == ["##not a heading in code"]


def test_a_cells_sentence_after_a_sentence_opens_with_no_cell_separator() -> None:
    """A table row whose cells each hold a sentence ("| Paper | Floats for an hour. | It sinks after that. |"): the
    second sentence began with the separator ("| It sinks after that."); it opens after it now, and a row whose
    sentences share one cell is cut as before."""
    table = """| Name | Notes | More |
|------|-------|------|
| Paper | Floats for an hour. | It sinks after that. |
| Glass | Breaks easily. | Keep it in the shed. Handle with care. |
"""
    data = table.encode()
    extracted = extract("lanterns.md", data)
    records = read_document("lanterns.md", data, 0).document.sentences
    assert [r.text for r in records] == [  # the header row names the rows' columns, no answer (round 19)
        "Paper | Floats for an hour.",
        "It sinks after that.",
        "Glass | Breaks easily. | Keep it in the shed.",
        "Handle with care.",
    ]
    for record in records:
        assert extracted.text[record.start : record.end] == record.text, record


_ROMAN, _BOLD = "Times-Roman", "Times-Bold"
# An API manual's chapter, its function groups numbered in lower case and set bold as the other titles are
_API_MANUAL: list[_Line] = [
    [(_BOLD, "6. Lantern API")],
    [(_ROMAN, "The lantern API lights and trims the lanterns of the harbour from a script that the")],
    [(_ROMAN, "harbour master runs from the office on the quay at dusk.")],
    [(_BOLD, "6.1. lantern_light")],
    [(_ROMAN, "The light call opens a session and lights every lantern on the north quay, one after")],
    [(_ROMAN, "the other, from the lighthouse to the boathouse.")],
    [(_BOLD, "6.1.1. LIGHT_ALL")],
    [(_ROMAN, "Light all lanterns at once when the harbour bell rings at dusk and the boats come in")],
    [(_ROMAN, "from the fishing grounds beyond the point.")],
    [(_BOLD, "6.2. lantern_trim")],
    [(_ROMAN, "The trim call shortens each wick to the brass ring before the lantern is lit, so that")],
    [(_ROMAN, "the flame burns low and steady through the night.")],
    [(_ROMAN, "Each lantern keeps its own wick, and the keeper writes the length of every wick in the")],
    [(_ROMAN, "ledger beside the door of the lamp room, with the date and the name of the keeper who")],
    [(_ROMAN, "trimmed it, so that the board can see at the spring meeting which lanterns burned well")],
    [(_ROMAN, "through the winter and which ones smoked or went out in the storms of the autumn.")],
    [(_ROMAN, "The board pays the keepers by the lantern, and a lantern that went out in a storm is")],
    [(_ROMAN, "paid at half the rate unless the keeper can show that the glass was broken by the wind.")],
    [(_ROMAN, "6.3. a note in plain type")],
    [(_ROMAN, "Trimmed wicks burn with a steadier flame than long ones in the wind off the sea, and")],
    [(_ROMAN, "the glass stays clear of soot until the morning.")],
]


def test_a_pdfs_numbered_title_in_lower_case_set_bold_is_a_title() -> None:
    """An API manual's "6.1. authenticate" (a function group's name, in lower case, set bold and large as the titles
    around it) was a paragraph, so its section's sentences stood under the chapter. A subsection's number before a
    lower-case name is a title where the line is bold to its end; the same line in the body's type is not."""
    data = _pdf_of_lines(_API_MANUAL)
    extracted = extract("api.pdf", data)
    assert [" ".join(t.split()) for t in texts(extracted, "heading")] == [
        "6. Lantern API",
        "6.1. lantern_light",
        "6.1.1. LIGHT_ALL",
        "6.2. lantern_trim",
    ]
    sections = {
        r.text: r.section.split(SECTION_SEPARATOR)[-1]
        for r in read_document("api.pdf", data, 0).document.sentences
        if r.kind != "heading"
    }
    light = "The light call opens a session and lights every lantern on the north quay, one after the other, from"
    trim = "The trim call shortens each wick to the brass ring before the lantern is lit, so that the flame burns"
    assert sections[f"{light} the lighthouse to the boathouse."] == "6.1. lantern_light"
    assert sections[f"{trim} low and steady through the night."] == "6.2. lantern_trim"
    assert "6.3. a note in plain type" not in " ".join(texts(extracted, "heading"))
