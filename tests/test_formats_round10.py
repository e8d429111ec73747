"""Format readers, issue 11 round 10: books as Project Gutenberg publishes them (title pages, contents, accounts, the
footer), seen on bench/data/realdocs_books and realdocs-dev. Each case made up in the documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import heading_name, parse_document
from retrieval.ingest.formats import extract
from retrieval.ingest.split import normalize_space, split_sentences
from retrieval.tokenize import tokenize
from tests.test_formats import texts

_SPACED_TITLE_PAGE = """<html><head><title>The Project Gutenberg eBook of "Letters of Ada Winterbourne."</title></head>
<body>
<h3>L&nbsp;E&nbsp;T&nbsp;T&nbsp;E&nbsp;R&nbsp;S</h3>
<h1>W&nbsp;I&nbsp;N&nbsp;T&nbsp;E&nbsp;R&nbsp;B&nbsp;O&nbsp;U&nbsp;R&nbsp;N&nbsp;E</h1>
<h2>THE FIRST LETTER</h2>
<p>My dear sister, the orchard behind the mill flooded again this spring.</p>
</body></html>
"""


def test_heading_in_spaced_letters_reads_as_its_word() -> None:
    """A title page sets headings in spaced capitals ("W I N T E R B O U R N E"): the section path showed the letters
    one by one, and the heading's word could not be searched. The stored heading stays the text as printed."""
    document, _ = parse_document("letters.htm", _SPACED_TITLE_PAGE.encode(), 0)
    sentence = next(s for s in document.sentences if s.kind == "paragraph")
    assert sentence.section == "WINTERBOURNE › THE FIRST LETTER"
    heading = next(s for s in document.sentences if s.kind == "heading" and "W" in s.text and "I" in s.text)
    assert normalize_space(heading.text.replace("\u00a0", " ")) == "W I N T E R B O U R N E"
    assert set(tokenize("Winterbourne")) <= set(heading.tokens)


def test_heading_name_joins_only_spaced_letters() -> None:
    assert heading_name("B E N  N E T T") == "BEN NETT"
    assert heading_name("F\u00a0R\u00a0A\u00a0M\u00a0E") == "FRAME"
    assert heading_name("A B C") == "A B C"  # three letters may be meant one by one
    assert heading_name("1 2 3 4") == "1 2 3 4"
    assert heading_name("Part I.  A B C D") == "Part I. A B C D"
    assert heading_name("  Plain\n heading ") == "Plain heading"


def test_gutenberg_series_name_is_no_part_of_the_title() -> None:
    """Gutenberg's HTML titles start with the series ("The Project Gutenberg eBook of ..."), which every book of a
    folder shares; the source line showed it instead of the book's own title."""
    document, _ = parse_document("letters.htm", _SPACED_TITLE_PAGE.encode(), 0)
    assert document.title == "Letters of Ada Winterbourne."
    walden = "<html><head><title>The Project Gutenberg EBook of Pondside, by A. Writer</title></head><body>"
    walden += "<p>I went to the woods because I wished to live deliberately.</p></body></html>"
    assert parse_document("pondside.html", walden.encode(), 0)[0].title == "Pondside, by A. Writer"


_ACCOUNT_BOOK = """The Project Gutenberg EBook of Pondside, by A. Writer

*** START OF THIS PROJECT GUTENBERG EBOOK PONDSIDE ***

PONDSIDE

By Amos Writer

Contents

Expenses

The Orchard

Conclusion

Expenses

I built the cabin myself in the spring, on a hill above the pond, with
the help of a borrowed axe.

My cabin cost me little, and I give the figures because few people know
what their houses cost, and fewer still what each of its parts cost:--

    Planks.......................... $ 6.10, mostly old planks.
    Two second-hand doors
       with hinges...................  1.25
    Nails............................  2.40  More than I needed.
                                     --------
        In all...................... $ 9.75

These are all the materials I bought. The rest I found by the water, or
took from the old shed by the road.

    Apples sold..................................... 3.00
    Cider........................................... 0.50
                                                  --------
        In all.................................... $3.50

The Orchard

The orchard gave more apples than I could carry to the village.

Conclusion

I left the pond in the autumn of the second year.

End of the Project Gutenberg EBook of Pondside, by Amos Writer

*** END OF THIS PROJECT GUTENBERG EBOOK PONDSIDE ***
"""


def test_account_rows_with_dot_leaders_are_table_rows_not_headings() -> None:
    """A book's accounts set with dot leaders were read as a drawing (never quoted), and the row over a total's short
    rule ("Cider..... 0.50" / "--------") as an underlined heading over every later chapter."""
    extracted = extract("pondside.txt", _ACCOUNT_BOOK.encode())
    rows = texts(extracted, "table_row")
    assert "Planks.......................... $ 6.10, mostly old planks." in rows
    assert "Two second-hand doors\nwith hinges...................  1.25" in rows
    assert "In all...................... $ 9.75" in rows and "In all.................................... $3.50" in rows
    assert texts(extracted, "heading") == ["Expenses", "The Orchard", "Conclusion"]


def test_a_books_contents_byline_and_end_line_are_no_answers() -> None:
    """Before the first prose, "Contents" and the chapter names it lists (said again as the chapters' headings) and
    the byline are meta; the first chapter's name, right before its prose, heads it; Gutenberg's "End of the
    Project Gutenberg EBook of ..." line is boilerplate, like the "*** END" line after it."""
    extracted = extract("pondside.txt", _ACCOUNT_BOOK.encode())
    meta = texts(extracted, "meta")
    assert {"Contents", "By Amos Writer", "The Orchard", "Conclusion"} <= set(meta)
    assert "End of the Project Gutenberg EBook of Pondside, by Amos Writer" in meta
    prose = texts(extracted, "paragraph")
    assert prose[0].startswith("I built the cabin") and prose[1].startswith("My cabin cost me little")
    assert not any("Gutenberg" in text or text in ("Contents", "Expenses") for text in prose)


def test_a_short_rule_under_figures_or_a_pointer_is_no_underline() -> None:
    """A rule is an underline only where the line above starts (within a few columns) or when it is as long as half
    the line: a sum's rule in a column of figures, or a "^^^^" pointing at part of a command's output, is not."""
    note = "Run the command:\n\n\t# mount -v /mnt/disk\n\tLABEL=/mnt/disk on /mnt/disk type vfat (rw,uid=500)\n"
    note += "\t\t\t\t\t\t\t ^^^^^^^\n\tand check the owner.\n\nMore text follows here, as a paragraph of prose.\n"
    assert texts(extract("note.txt", note.encode()), "heading") == []


def test_html_table_of_contents_naming_later_chapters_is_meta() -> None:
    """A book's contents as an HTML table ("CHAPTER I. | THE CLOCK") named each chapter again before the chapter's
    own heading: the rows were answers made of a chapter's bare name."""
    rows = "".join(
        f"<tr><td>CHAPTER {n}.</td><td>{name}</td></tr>" for n, name in (("I", "THE CLOCK"), ("II", "THE BELL"))
    )
    chapters = "".join(
        f"<h2>CHAPTER {n}. {name}</h2><p>The {name.lower()} stood in the hall of the old house for years.</p>"
        for n, name in (("I", "THE CLOCK"), ("II", "THE BELL"))
    )
    page = f"<html><body><h1>Old Things</h1><h2>Contents</h2><table><tr><td>PREFACE</td></tr>{rows}</table>"
    page += f"<h2>PREFACE</h2><p>These chapters were written over many winters.</p>{chapters}</body></html>"
    extracted = extract("things.html", page.encode())
    assert texts(extracted, "table_row") == []
    assert "CHAPTER I. | THE CLOCK" in texts(extracted, "meta")
    assert len(texts(extracted, "paragraph")) == 3


def test_xhtml_page_encoding_from_its_xml_declaration() -> None:
    """An XHTML page declares its encoding in its XML declaration only (Gutenberg's older HTML books): it was read as
    UTF-8, then guessed, with a warning about invalid UTF-8."""
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n<html><head><title>The Project Gutenberg E-text of Kant</title>'
    )
    page += (
        "</head><body><p>He never left K\u00f6nigsberg, and wrote about what we can conna\u00eetre.</p></body></html>"
    )
    extracted = extract("kant.htm", page.encode("latin-1"))
    assert extracted.notes == ()
    assert "Königsberg" in extracted.text and "connaître" in extracted.text
    assert extracted.title == "Kant"


def test_a_cry_opening_quoted_speech_is_no_sentence_of_its_own() -> None:
    """A quotation opening with a short cry or call ('said, "Ah! Cornelius Agrippa! My dear ...') was cut after each
    "!": "Cornelius Agrippa!" stood alone as a sentence and answered questions about the book. A quotation's first
    few words ending in "!" or "?" stay with what is said; longer ones and closed quotes still end sentences."""
    text = (
        'My aunt glanced at the cover and said, "Oh! Madame Lavoisier! My dear girl, this book is far too old." '
        "\u201cUnhappy man! Do you share my madness?\u201d he asked. "
        '"I walked to the harbour and waited there for the boat all day long! Then I slept." He shouted "Stop!" Then'
        " he ran."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        'My aunt glanced at the cover and said, "Oh! Madame Lavoisier! My dear girl, this book is far too old."',
        "\u201cUnhappy man! Do you share my madness?\u201d he asked.",
        '"I walked to the harbour and waited there for the boat all day long!',
        'Then I slept."',
        'He shouted "Stop!"',
        "Then he ran.",
    ]


def test_a_dot_leader_before_its_figure_ends_no_sentence() -> None:
    """The splitter read a dot leader as an ellipsis ending a sentence: "In all........ $9.75" was stored as "In
    all........" and "$ 9.75", so the total could not be quoted with what it totals."""
    document, _ = parse_document("pondside.txt", _ACCOUNT_BOOK.encode(), 0)
    rows = [s.text for s in document.sentences if s.kind == "table_row"]
    assert "In all...................... $ 9.75" in rows
    assert "Planks.......................... $ 6.10, mostly old planks." in rows
    assert "Cider........................................... 0.50" in rows
    text = "He stopped.... Then he went on, and I counted.... 12 of them."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "He stopped....",
        "Then he went on, and I counted.... 12 of them.",
    ]


def test_a_books_chapter_lines_with_their_full_stop_are_headings() -> None:
    """Gutenberg's plain-text novels number chapters with a full stop ("CHAPTER II.", "CHAP. IV."), then give the
    chapter's name on a line of its own ("The Old Mill."): a full stop read as a sentence's end, so a whole novel had
    no section at all. The chapter line heads the chapter, its name the part under it."""
    book = (
        "The first chapter opens in the mill, where the miller counts his sacks by candlelight.\n\n"
        "CHAPTER II.\n\nThe Old Mill.\n\n\n"
        "The mill stood by the river, and the miller's boy slept in its loft every night of\n"
        "the year, whatever the weather.\n\n"
        "CHAP. III.\n\n"
        "In the spring the river rose over its banks and the wheel turned faster than ever.\n\n"
        "Part of the wheel broke that night.\n\n"
        "The miller mended it at dawn with an oak beam from the barn.\n\n"
        "CHAPTER IV: THE MILLER'S DAUGHTER\n\n"
        'Said she: "Who is there at the door?"\n\n'
        "Nobody answered her, and the wind shook the shutters of the mill until the\nmorning came.\n"
    )
    extracted = extract("mill.txt", book.encode())
    # a chapter line with its name: the line after it is the chapter's first (here speech), not a name
    assert texts(extracted, "heading") == [
        "CHAPTER II.",
        "The Old Mill.",
        "CHAP. III.",
        "CHAPTER IV: THE MILLER'S DAUGHTER",
    ]
    document, _ = parse_document("mill.txt", book.encode(), 0)
    loft = next(s for s in document.sentences if "loft" in s.text)
    assert loft.section == "CHAPTER II. › The Old Mill."
    assert "Part of the wheel broke that night." in texts(extracted, "paragraph")


def test_a_contents_row_of_number_name_and_page_is_meta_and_a_file_credit_too() -> None:
    """A Gutenberg book's HTML contents table gives each chapter as its number, its name and a page ("III. | The
    Bell | 28") while the chapter's headings split number and name ("CHAPTER III." / "The Bell."): the rows were
    answers. A row of one later heading's name and numbers is a contents entry; a data table's row naming a
    heading beside other words ("Bell | object | a bell") is not. "HTML file produced by ..." after Gutenberg's start
    line is the producers' credit."""
    rows = "".join(
        f"<tr><td>{n}.</td><td>{name}</td><td>{page}</td></tr>"
        for n, name, page in (("I", "The Clock", 1), ("II", "The Bell", 14), ("III", "The Gate", 28))
    )
    chapters = "".join(
        f"<h2>CHAPTER {n}.</h2><h3>{name}.</h3><p>The {word} stood in the hall of the old house for many years.</p>"
        for n, name, word in (("I", "The Clock", "clock"), ("II", "The Bell", "bell"), ("III", "The Gate", "gate"))
    )
    data = "<table><tr><td>The Bell</td><td>object</td><td>a bell that rings at noon</td></tr></table>"
    page = "<html><body><p>*** START OF THE PROJECT GUTENBERG EBOOK OLD THINGS ***</p>"
    page += "<p>HTML file produced by A. Volunteer</p><h1>Old Things</h1>"
    page += f"<h2>CONTENTS.</h2><table>{rows}</table>{data}{chapters}</body></html>"
    extracted = extract("things.html", page.encode())
    assert "II. | The Bell | 14" in texts(extracted, "meta")
    assert texts(extracted, "table_row") == ["The Bell | object | a bell that rings at noon"]
    assert "HTML file produced by A. Volunteer" in texts(extracted, "meta")


def test_a_letters_bare_number_and_its_addressee_are_headings() -> None:
    """A Gutenberg collection of letters numbers each letter on a line of its own ("216.") over its addressee in
    capitals ("TO STEINER & CO."), then a salutation: both were read as one-word sentences. The number heads the
    letter, the addressee the part under it; a year alone on its line ("1819.") stays a line of text."""
    book = (
        "The letters of this volume are given in the order in which the publisher received them from the family.\n\n"
        "12.\n\nTO THE HARBOUR MASTER.\n\nDEAR SIR,--\n\n"
        "The barrels you sent were opened at the quay, and two of them held nothing but\nsand and a broken lamp.\n\n"
        "13.\n\nTO THE SAME.\n\n1819.\n\n"
        "The new barrels came on the Tuesday boat and every one of them was full to the\nbrim with lamp oil.\n"
    )
    extracted = extract("letters.txt", book.encode())
    assert texts(extracted, "heading") == ["12.", "TO THE HARBOUR MASTER.", "13.", "TO THE SAME."]
    assert "1819." in texts(extracted, "paragraph")
    document, _ = parse_document("letters.txt", book.encode(), 0)
    sand = next(s for s in document.sentences if "sand" in s.text)
    assert sand.section == "12. › TO THE HARBOUR MASTER."
