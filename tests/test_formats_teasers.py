"""Teasers of other pages and a gallery's labels in saved web pages (retrieval/ingest/formats/web.py), and a DOCX
section title set after the text has begun (retrieval/ingest/formats/office.py). Saved news pages (Boing Boing's
"next story" cards, phys.org's headline lists and forum threads, The Guardian's related-story box, CNN's and
phoronix's linked headlines, Reuters' "Slideshow ( 15 images )", phys.org's feedback dialogs) quoted other stories
as sentences and sections; a course schedule's bold "Grading Components" after its table was its title. The pages
and the document below are made up in their shape."""

from __future__ import annotations

import io

from retrieval.ingest.document import parse_document
from tests.test_mail import texts

_PAGE = """<html><head><title>Kettles | Teapot News</title></head><body>
<h1>Kettles descaled every second Friday</h1>
<p>From June on, the kettles in the staff kitchen are descaled every second Friday.</p>
<p class="inline"><a href="https://example.com/2024/05/mugs-found-warmer.html">Mugs found to keep tea warmer than
cups in a small staff survey</a></p>
<figure><button aria-label="slideshow"><img src="k.jpg" alt=""></button>
<figcaption class="Slideshow-description">Slideshow <span>( 15 images )</span></figcaption></figure>
<p>The schedule was asked for by the staff.</p>
<figure><a href="https://example.com/2024/05/teapots.html"><div><div>Related: Teapots keep tea warm for longer
than mugs</div><div>Read more</div></div></a></figure>
<p>Until then they are descaled once a month.</p>
<div class="nextstory"><h2><a href="https://example.com/2024/05/spoons.html">Spoons to be counted every week</a></h2>
<p>The spoons in the staff kitchen will be counted every Monday, after [&hellip;]</p>
<h3><a href="https://example.com/2024/05/spoons.html">READ THE REST</a></h3></div>
<div class="nextstory"><h2><a href="https://example.com/2024/05/sink.html">A new sink for the third floor</a></h2>
<p>Work on the third floor's kitchen begins in July, when [&hellip;]</p></div>
<div class="threads"><div><h4><a href="https://forum.example.com/t/1">Oldest kettle in the building?</a></h4>
<p>1 hour ago</p></div><div><h4><a href="https://forum.example.com/t/2">Limescale in hard water</a></h4>
<p>Jan 19, 2024</p></div></div>
<div class="modal fade" role="dialog"><h5>What do you think about this story?</h5>
<p>Your feedback will go directly to the editors.</p></div>
<dialog><p>Send this story to a friend.</p></dialog>
</body></html>
"""


def test_teasers_of_other_pages_are_meta() -> None:
    blocks = texts("story.html", _PAGE.encode())
    kept = [text for kind, text in blocks if kind != "meta"]
    for teaser in ("Mugs found", "Teapots keep", "Read more", "Spoons to be", "spoons in the", "READ THE REST"):
        assert not any(teaser in text for text in kept), teaser
    for teaser in ("new sink", "third floor", "Oldest kettle", "Limescale", "1 hour ago", "Jan 19"):
        assert not any(teaser in text for text in kept), teaser


def test_a_gallery_count_and_a_closed_dialog_are_not_read() -> None:
    everything = [text for _, text in texts("story.html", _PAGE.encode())]
    assert not any("15 images" in text or "Slideshow" in text for text in everything)
    assert not any("What do you think" in text or "feedback" in text or "friend" in text for text in everything)


def test_the_story_itself_is_kept() -> None:
    blocks = texts("story.html", _PAGE.encode())
    assert ("heading", "Kettles descaled every second Friday") in blocks
    prose = [text for kind, text in blocks if kind == "paragraph"]
    assert prose == [
        "From June on, the kettles in the staff kitchen are descaled every second Friday.",
        "The schedule was asked for by the staff.",
        "Until then they are descaled once a month.",
    ]


_SECTIONS = """<html><body><h1>Kitchen rules</h1>
<div class="rule"><h2><a href="/rules/kettles.html">Kettles</a></h2><p>Kettles are descaled every second Friday.</p>
</div>
<div class="rule"><h2><a href="/rules/sinks.html">Sinks</a></h2><p>Sinks are cleaned every evening.</p></div>
<div class="rule"><h2>Spoons</h2><p>Spoons are counted every Monday.</p></div>
<p><a href="/rules/full.html">Read the full kitchen rules of the third floor</a>.</p>
<ul><li><a href="/bugs/1">Bug 12 – kettle switch sticks when the lid is open</a></li>
<li><a href="/bugs/2">Bug 13 – the sink tap drips for a minute after it is closed at night</a></li></ul>
<p><a href="/long">Kettles in the staff kitchen are descaled every second Friday from June on by the facilities
team</a></p>
</body></html>
"""


def test_linked_headings_among_the_pages_own_sections_and_longer_links_stay() -> None:
    blocks = texts("rules.html", _SECTIONS.encode())
    # a box whose heading is plain text is a section: the boxes beside it are no cards
    assert ("paragraph", "Spoons are counted every Monday.") in blocks
    # ... but two boxes of linked headings side by side read as cards
    assert ("meta", "Kettles are descaled every second Friday.") in blocks
    assert ("paragraph", "Read the full kitchen rules of the third floor.") in blocks  # a linked sentence
    items = [text for kind, text in blocks if kind == "list_item"]
    assert any(text.startswith("Bug 13") for text in items)  # a list item of a link is no headline
    # a paragraph of a link longer than a headline is kept
    assert any(kind == "paragraph" and text.startswith("Kettles in the staff") for kind, text in blocks)


def _schedule_docx() -> bytes:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Week 1", "Kettles and how they work"
    table.cell(1, 0).text, table.cell(1, 1).text = "Week 2", "Descaling a kettle"
    document.add_paragraph("All tests are taken in room 263.")
    document.add_paragraph().add_run("Grading Components").bold = True
    grades = document.add_table(rows=1, cols=2)
    grades.cell(0, 0).text, grades.cell(0, 1).text = "Final exam", "20%"
    document.add_paragraph("Late work loses a tenth of its grade.")
    document.add_paragraph().add_run("Office Hours").bold = True
    document.add_paragraph("Office hours are held on Tuesdays after the lab.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_heading_after_the_text_has_begun_is_no_title() -> None:
    document, _ = parse_document("Weekly_Schedule.docx", _schedule_docx(), 0)
    assert document.title == "Weekly_Schedule"
    sections = {sentence.text: sentence.section for sentence in document.sentences}
    assert sections["Late work loses a tenth of its grade."] == "Grading Components"
    assert sections["Office hours are held on Tuesdays after the lab."] == "Office Hours"


def test_a_docx_heading_before_the_text_is_still_its_title() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Kettle Handbook").bold = True
    document.add_paragraph("Kettles in the staff kitchen are descaled every second Friday.")
    document.add_paragraph().add_run("Descaling").bold = True
    document.add_paragraph("The descaler is kept under the sink.")
    buffer = io.BytesIO()
    document.save(buffer)
    parsed, _ = parse_document("handbook.docx", buffer.getvalue(), 0)
    assert parsed.title == "Kettle Handbook"


def test_an_element_its_own_style_hides_is_not_read() -> None:
    """Wikipedia's "[update]" marks and short description, a site's script-shown menu and "Like Loading..." are set
    display:none in their style attribute: read, "As at 2017[update], the country ..." was not what a reader sees."""
    page = (
        "<html><body><h1>Kettles</h1>"
        '<div id="popup-menu" style="display:none;"><ul><li><a href="/find">Find kettles</a><ul>'
        '<li><a href="/new">New search</a></li></ul></li></ul></div>'
        '<div class="shortdescription" style="display: none">Appliance for boiling water</div>'
        '<p>As at 2017<sup style="display:none;">[update]</sup>, the kettles were descaled monthly.</p>'
        '<p style="visibility: hidden">Like Loading...</p>'
        '<p style="display:block; color:red">Descaling is on Fridays.</p>'
        "</body></html>"
    )
    prose = [text for kind, text in texts("kettles.html", page.encode()) if kind != "heading"]
    assert prose == ["As at 2017, the kettles were descaled monthly.", "Descaling is on Fridays."]


def test_a_pictures_source_line_is_a_credit() -> None:
    page = (
        "<html><body><h1>Kettles</h1><figure><img src='k.jpg' alt=''><figcaption>Source: Wikimedia Commons"
        "</figcaption></figure><p>The first electric kettle was sold in 1891. Source: Science Museum</p>"
        "<p>Source code: kettle/descale.py</p></body></html>"
    )
    blocks = texts("kettles.html", page.encode())
    assert ("meta", "Source: Wikimedia Commons") in blocks and ("meta", "Source: Science Museum") in blocks
    assert ("paragraph", "The first electric kettle was sold in 1891.") in blocks
    assert ("paragraph", "Source code: kettle/descale.py") in blocks
