"""Format readers, issue 11: what fresh documents in the formats other than PDF, plain text and Markdown showed (the
test folders of pandoc and Asciidoctor). Each case made up in the documents' shape."""

from __future__ import annotations

import io

from retrieval.ingest.formats import extract
from tests.test_formats import texts
from tests.test_formats_round8 import _assert_verbatim

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _drop_cap(letter: str, placement: str) -> str:
    """A drop cap as Word saves it: the letter in a paragraph of its own, framed, before the paragraph it begins."""
    return (
        f'<w:p {_W}><w:pPr><w:framePr w:dropCap="{placement}" w:lines="3" w:wrap="around" w:vAnchor="text"/>'
        f'</w:pPr><w:r><w:rPr><w:sz w:val="112"/></w:rPr><w:t>{letter}</w:t></w:r></w:p>'
    )


def test_docx_drop_cap_begins_the_paragraph_it_stands_in() -> None:
    """A drop cap's letter stood as a paragraph of its own ("T") and its paragraph began with half a word ("he
    harbour ..."): the word a question names could not be found, and the letter was a block of its own."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(_drop_cap("T", "drop")))
    document.add_paragraph("he harbour was dredged in 1911 so that larger ships could berth.")
    document.add_paragraph("")
    body.insert(len(body) - 1, parse_xml(_drop_cap("W", "margin")))
    document.add_paragraph("")  # an empty paragraph between the letter and its text: the letter waits for the text
    document.add_paragraph("inter storms closed it for a month.")
    document.add_paragraph("Tolls were cut in 1920.")
    buffer = io.BytesIO()
    document.save(buffer)
    extracted = extract("harbour.docx", buffer.getvalue())
    assert texts(extracted, "paragraph") == [
        "The harbour was dredged in 1911 so that larger ships could berth.",
        "Winter storms closed it for a month.",
        "Tolls were cut in 1920.",
    ]
    _assert_verbatim(extracted)


def test_asciidoc_markdown_style_title_opens_the_header() -> None:
    """Asciidoctor takes "# Title" as the document title, as it does "= Title": the author line and attribute
    entries under it were read as a paragraph (John Gruber :s: link:...), and the attributes were never set, so
    "{s}[syntax page]" stayed as written."""
    source = (
        "# Markdown: Basics\n"
        "John Gruber\n"
        ":s: link:/projects/markdown/syntax\n"
        "\n"
        "## Getting the Gist\n"
        "\n"
        "The {s}[syntax page] provides complete, detailed documentation for every feature.\n"
    )
    extracted = extract("basics.adoc", source.encode())
    assert extracted.title == "Markdown: Basics"
    assert texts(extracted, "paragraph") == [
        "The syntax page provides complete, detailed documentation for every feature."
    ]
    assert texts(extracted, "meta") == ["John Gruber"]
    _assert_verbatim(extracted)


def test_asciidoc_description_on_the_line_after_its_term_is_one_item() -> None:
    """ "Purpose::" with its description on the next line: the term stood alone as an item and its description as a
    paragraph apart, which a question naming the term could not reach; a term followed by a nested list keeps the
    list's items apart. A description on the term's own line ("Usage:: Register it") is one item with it too."""
    source = (
        "= Include Processor\n"
        "\n"
        "Purpose::\n"
        "Include a file from a URI.\n"
        "Options::\n"
        "* safe mode\n"
        "* allow-uri-read\n"
        "Usage:: Register it in the registry.\n"
    )
    extracted = extract("include.adoc", source.encode())
    assert texts(extracted, "list_item") == [
        "Purpose\nInclude a file from a URI.",
        "Options",
        "safe mode",
        "allow-uri-read",
        "Usage\nRegister it in the registry.",  # on the term's line: one item as well
    ]
    _assert_verbatim(extracted)


def test_asciidoc_marks_pair_as_asciidoctor_pairs_them() -> None:
    """Two code spans in one sentence were paired from the first backtick to the last ("for a` and `b."), and
    emphasis underscores the same way ("a_ and b"); a mark opening on one line and closing on the next stayed as
    written. A single mark pairs around the shortest text between word boundaries, a double one anywhere."""
    source = (
        "= Sorting\n"
        "\n"
        "The `<` and `>` functions compare numbers.\n"
        "A comparator takes two values, _a_ and _b_, and returns a number.\n"
        "\n"
        "The let form binds `a` to `1` and c**hara**cters stay one word, as do snake_case_names.\n"
        "\n"
        "**_Always test the comparator\n"
        "before you sort._** Then `(sort cmp\n"
        "coll)` sorts. Its `name`'s length is `*` and `!` means nothing.\n"
    )
    extracted = extract("sorting.adoc", source.encode())
    assert texts(extracted, "paragraph") == [
        "The < and > functions compare numbers.\nA comparator takes two values, a and b, and returns a number.",
        "The let form binds a to 1 and characters stay one word, as do snake_case_names.",
        "Always test the comparator\nbefore you sort. Then (sort cmp\ncoll) sorts. Its name's length is * and ! "
        "means nothing.",
    ]
    _assert_verbatim(extracted)


def test_asciidoc_cross_references_show_their_text() -> None:
    """Cross-references stayed as written when their text held "<" or quotes (an FAQ's question linking to itself),
    when they named a section by its title (<<Install steps>>), and <<id>> to a titled listing showed the bare id."""
    source = (
        "= Signing FAQ\n"
        "\n"
        "[[form_bug]]\n"
        '**<<faq#form_bug,Why does my email say "Form (between <my-company> and the Foundation) is Filed!">>**\n'
        "\n"
        "The form service sends that text; nothing is wrong.\n"
        "\n"
        "== Install steps\n"
        "\n"
        "Copy the contents of <<ex-config>> into a new file, then see <<Install steps>> again.\n"
        "\n"
        ".settings.conf\n"
        "[#ex-config,ini]\n"
        "----\n"
        "mode = fast\n"
        "----\n"
    )
    extracted = extract("faq.adoc", source.encode())
    assert texts(extracted, "paragraph") == [
        'Why does my email say "Form (between <my-company> and the Foundation) is Filed!"',
        "The form service sends that text; nothing is wrong.",
        "Copy the contents of settings.conf into a new file, then see Install steps again.",
    ]
    _assert_verbatim(extracted)


def test_html_text_for_screen_readers_only_is_not_read() -> None:
    """Labels a site moves off the page for screen readers (the BBC's "off-screen", Bootstrap's "sr-only" and
    "visually-hidden", WordPress's "screen-reader-text") stood in answers: "Media caption Mr Obama told ...",
    "Skip to main content", "Click to share on Twitter (Opens in new window)"."""
    page = (
        "<html><body><a class='skip-link screen-reader-text' href='#main'>Skip to main content</a><article>"
        "<h1>Harbour works</h1><figure><figcaption><span class='off-screen'>Media caption</span> "
        "<span>The mayor opened the new quay on Monday</span></figcaption></figure>"
        "<p>The quay cost <span class='sr-only'>approximately</span>four million pounds.</p>"
        "<p>Work on the second berth starts in May.<span class='visually-hidden'>(Opens in new window)</span></p>"
        "<div class='sharing-screen-reader-text'>Click to share on Twitter</div></article></body></html>"
    )
    extracted = extract("harbour.html", page.encode())
    shown = " ".join(texts(extracted, "paragraph") + texts(extracted, "caption") + texts(extracted, "meta"))
    for hidden in ("Skip to main", "Media caption", "approximately", "Opens in new window", "Click to share"):
        assert hidden not in shown
    assert "The quay cost four million pounds." in texts(extracted, "paragraph")
    _assert_verbatim(extracted)


def test_html_essay_in_one_table_cell_with_br_paragraphs_is_prose() -> None:
    """A hand-made page (Paul Graham's essays) sets the whole essay in one cell of a table that only fixes its width,
    paragraphs parted by <br><br>: every sentence was a table row, and the title picture's alt text, the date and the
    first sentence ran together into one "sentence"."""
    paragraph = (
        "The way to get new ideas is to notice anomalies: what seems strange, or missing, or broken. You can see "
        "anomalies in everyday life, but the best place to look for them is at the frontiers of knowledge. "
    )
    page = (
        "<html><head><title>How to Get New Ideas</title></head><body><table width=435><tr><td>"
        '<img src="title.gif" alt="How to Get New Ideas"><br><br><font size=2>January 2023<br><br>'
        f"{paragraph * 3}<br><br>Knowledge grows fractally.<br>From a distance its edges look smooth."
        "</font></td></tr></table></body></html>"
    )
    extracted = extract("ideas.html", page.encode())
    assert texts(extracted, "table_row") == []
    paragraphs = texts(extracted, "paragraph")
    assert "January 2023" in paragraphs
    assert paragraphs[-1] == "Knowledge grows fractally.\nFrom a distance its edges look smooth."
    assert any(text.startswith("The way to get new ideas") for text in paragraphs)
    _assert_verbatim(extracted)


def test_html_one_column_table_of_short_cells_stays_a_table() -> None:
    """A one-column table of short cells, lines parted by <br>, is data: its rows stay rows."""
    page = (
        "<html><body><p>Opening hours of the depot.</p><table><tr><td>Monday<br>8:00 to 17:00</td></tr>"
        "<tr><td>Saturday<br>9:00 to 12:00</td></tr></table></body></html>"
    )
    extracted = extract("hours.html", page.encode())
    assert texts(extracted, "table_row") == ["Monday 8:00 to 17:00", "Saturday 9:00 to 12:00"]


def test_html_note_marks_are_not_read_into_sentences() -> None:
    """A note's mark is a link to the note: Wikipedia's "[11]", Gutenberg's "[12]", an O'Reilly-made book's
    superscript "22" (and the same number linking back at the start of the note). Read, they stood in quotes
    ('uncertain",[11] referring'), made words no one wrote ("alerts,22"), and kept "5 seconds.23 If" one sentence."""
    page = (
        "<html><body><h1>Monitoring</h1>"
        '<p>He wrote that "the land is uncertain",<sup class="reference"><a href="#cite-11">[11]</a></sup> '
        'referring to the Staten Land.<sup><a href="#cite-12">[n 1]</a></sup></p>'
        '<p>Alerts are tickets, email alerts,<sup><a data-type="noteref" href="#fn22">22</a></sup> and pages. '
        'Some requests might take 5 seconds.<sup><a href="#fn23">23</a></sup> Users then give up.</p>'
        '<p>See section <a href="#part-3">3</a> and [<a href="#ref-WORDS">WORDS</a>].</p>'
        '<div class="footnotes"><p id="fn22"><sup><a href="#fn22-marker">22</a></sup>Sometimes known as alert '
        "spam.</p></div></body></html>"
    )
    extracted = extract("monitoring.html", page.encode())
    assert texts(extracted, "paragraph") == [
        'He wrote that "the land is uncertain", referring to the Staten Land.',
        "Alerts are tickets, email alerts, and pages. Some requests might take 5 seconds. Users then give up.",
        "See section 3 and [WORDS].",
        "Sometimes known as alert spam.",
    ]
    _assert_verbatim(extracted)


def test_asciidoc_one_character_spans_end_at_their_own_mark() -> None:
    """A constrained span of one character ("`?` and `!`", "`x` (e.g., `xhtml`)", "*a* or *b*") ran on to the next
    span's closing mark, as if "?` and `!" were one, leaving its marks in the text ("?` and ! have no special
    meaning", clojure.org's FAQ; "prefixed with x` (e.g., `xhtml)", Asciidoctor's docs). Asciidoctor takes the
    shortest span."""
    source = (
        "= Names\n\n"
        "`?` and `!` have no special meaning in a function name.\n\n"
        "Prefix the backend with `x` (e.g., `xhtml`) for XML output.\n\n"
        "Mark it *a* or *b* and _c_ or _d_.\n"
    )
    extracted = extract("names.adoc", source.encode())
    assert texts(extracted, "paragraph") == [
        "? and ! have no special meaning in a function name.",
        "Prefix the backend with x (e.g., xhtml) for XML output.",
        "Mark it a or b and c or d.",
    ]
    _assert_verbatim(extracted)


def test_asciidoc_table_cells_run_over_lines_and_take_their_columns() -> None:
    """A cell's text wrapped onto the next line began a row of its own and shifted every later cell into the wrong
    row ("description of foo. | bar", as in Asciidoctor's own errors-and-warnings page); a table writing one cell a
    line took its column count from the first line, not from `cols` (each cell a row); a spanning cell ("2+|") took
    one column; a CSV or DSV body in a `|===` table (`format=csv`) was one row."""
    source = (
        "= Tables\n"
        "\n"
        "|===\n"
        "|Name |Description\n"
        "\n"
        "|foo |A long description\n"
        "that wraps.\n"
        "|bar |Short.\n"
        "|===\n"
        "\n"
        ".Settings\n"
        '[cols="1,2m"]\n'
        "|===\n"
        "|Key\n"
        "|The value, which wraps\n"
        "onto a second line.\n"
        "\n"
        "|Other key\n"
        "|Other value.\n"
        "|===\n"
        "\n"
        "[cols=3*]\n"
        "|===\n"
        "|One |Two |Three\n"
        "2+|Spans two |Three again\n"
        "|===\n"
        "\n"
        "[format=dsv,separator=;]\n"
        "|===\n"
        "Artist;Track\n"
        "Robyn;Dancing\n"
        "|===\n"
    )
    extracted = extract("tables.adoc", source.encode())
    assert texts(extracted, "table_row") == [
        "Name | Description",
        "foo | A long description that wraps.",
        "bar | Short.",
        "Key | The value, which wraps onto a second line.",
        "Other key | Other value.",
        "One | Two | Three",
        "Spans two | Three again",
        "Artist | Track",
        "Robyn | Dancing",
    ]


def test_asciidoc_footnotes_follow_the_block_that_cites_them() -> None:
    """A footnote's text was dropped with its macro, on one line or over several (clojure.org's REPL guide: "At the
    time of writing (March 2018), nREPL is the most popular toolchain / for REPL-editor integration"); it is read
    after the paragraph, list item or table row that cites it, as DOCX and ODT footnotes are, a link in it shown by
    its text; a citation of a note given before ("footnote:id[]") adds nothing."""
    source = (
        "= Notes\n"
        "\n"
        "The REPL is popular.footnote:[At the time of writing, nREPL is\n"
        "the most used toolchain.] It runs anywhere.\n"
        "\n"
        "* An item.footnote:disclaimer[See https://example.org[the site]\n"
        "for more.] Again.footnote:disclaimer[]\n"
        "\n"
        "|===\n"
        "|Cell one.footnote:[A note in a cell.] |Cell two\n"
        "|===\n"
    )
    extracted = extract("notes.adoc", source.encode())
    assert [(block.kind, extracted.block_text(block)) for block in extracted.blocks[1:]] == [
        ("paragraph", "The REPL is popular. It runs anywhere."),
        ("paragraph", "At the time of writing, nREPL is\nthe most used toolchain."),
        ("list_item", "An item. Again."),
        ("paragraph", "See the site\nfor more."),
        ("table_row", "Cell one. | Cell two"),
        ("paragraph", "A note in a cell."),
    ]
    _assert_verbatim(extracted)


def test_asciidoc_escaped_apostrophe_loses_its_backslash() -> None:
    """A backslash keeping an apostrophe between letters straight ("it\\'s", in Asciidoctor's errors-and-warnings
    page) stayed in the text; Asciidoctor shows "it's". Elsewhere ("adding \\'.text'") it is shown as written."""
    source = "= Escapes\n\nThe block can only be used when it\\'s a child of a part, not by adding \\'.text' to it.\n"
    extracted = extract("escapes.adoc", source.encode())
    assert texts(extracted, "paragraph") == [
        "The block can only be used when it's a child of a part, not by adding \\'.text' to it."
    ]


def test_org_mode_document_reads_as_org_exports_it() -> None:
    """Org files were not read at all. Headings lose their TODO keyword, priority, statistics cookie and tags; the
    title and author keywords are the title and meta; drawers, comments, other keywords and COMMENT or :noexport:
    subtrees are no text; source and example blocks are code, a quote block prose; emphasis marks go, but not the
    slashes of a path, the stars of arithmetic or an identifier's underscores; a link shows its text; a footnote is
    read after the paragraph citing it; "term :: description" is one item."""
    source = (
        "#+TITLE: Harbour Notes\n"
        "#+AUTHOR: Ada Quay\n"
        "#+OPTIONS: toc:nil\n"
        "#+TODO: TODO WAITING | DONE\n"
        "\n"
        "* WAITING [#A] Dredging the channel [1/2] :work:harbour:\n"
        "SCHEDULED: <2024-03-01 Fri>\n"
        ":PROPERTIES:\n"
        ":CUSTOM_ID: dredging\n"
        ":END:\n"
        "# a note to self, not exported\n"
        "The channel is *dredged* every /spring/ to =4.5 m= so ships can berth[fn:1].\n"
        "Logs go to /var/log/harbour and 2 * 3 * 4 = 24 tonnes; set max_draft_m first.\n"
        "\n"
        "- [X] Survey the ~silt~ with [[https://example.org/sonar][the sonar]]\n"
        "- Tide tables :: kept in [[file:tides.org]]\n"
        "  and checked each week.\n"
        "1. Book the +old+ _new_ dredger.\n"
        "\n"
        "| Month | Depth |\n"
        "|-------+-------|\n"
        "| March | 4.5 m |\n"
        "\n"
        "#+BEGIN_SRC python\n"
        "  depth = survey(channel)\n"
        "#+END_SRC\n"
        "\n"
        "#+begin_quote\n"
        "A harbour is only as deep as its shallowest berth.\n"
        "#+end_quote\n"
        "\n"
        ": $ harbour --dry-run\n"
        "\n"
        "** COMMENT Draft ideas\n"
        "Nothing here is exported.\n"
        "** Budget :noexport:\n"
        "Private figures.\n"
        "** DONE Tolls\n"
        "Tolls were cut in 1920.\n"
        "\n"
        "* Footnotes\n"
        "[fn:1] Larger ships need the deeper channel.\n"
    )
    extracted = extract("harbour.org", source.encode())
    assert extracted.format == "org"
    assert extracted.title == "Harbour Notes"
    assert [(extracted.block_text(b), b.level) for b in extracted.blocks if b.kind == "heading"] == [
        ("Harbour Notes", 1),
        ("Dredging the channel", 2),
        ("Tolls", 3),
    ]
    assert texts(extracted, "meta") == ["Ada Quay"]
    assert texts(extracted, "paragraph") == [
        "The channel is dredged every spring to 4.5 m so ships can berth.\n"
        "Logs go to /var/log/harbour and 2 * 3 * 4 = 24 tonnes; set max_draft_m first.",
        "Larger ships need the deeper channel.",  # the footnote, after the paragraph citing it
        "A harbour is only as deep as its shallowest berth.",
        "Tolls were cut in 1920.",
    ]
    assert texts(extracted, "list_item") == [
        "Survey the silt with the sonar",
        "Tide tables\nkept in tides.org\nand checked each week.",
        "Book the old new dredger.",
    ]
    assert texts(extracted, "table_row") == ["Month | Depth", "March | 4.5 m"]
    assert texts(extracted, "code") == ["depth = survey(channel)", "$ harbour --dry-run"]
    _assert_verbatim(extracted)


def test_org_code_and_verbatim_marks_span_one_line_break_as_emphasis_does() -> None:
    """A filled paragraph breaks a line inside "~M-x some-command~" or "=make install="; the marks were quoted with the
    text. Over two line breaks, or across a paragraph's end, they are no marks, as in Org."""
    source = "Run ~M-x\ntidy-up~ then =make\ninstall=; ~a\nb\nc~ and\n=x\n\ny= stay.\n"
    extracted = extract("notes.org", source.encode())
    assert texts(extracted, "paragraph") == ["Run M-x\ntidy-up then make\ninstall; ~a\nb\nc~ and\n=x", "y= stay."]
    _assert_verbatim(extracted)
