"""HTML (retrieval/ingest/formats/web.py): a story's byline, dateline and picture credits are not its text. Saved news
and blog pages (trafilatura's test pages of Reuters, The Verge, VICE, Salon, Blogger, phys.org, National Geographic)
quoted "By Jill Serjeant", "July 30, 2019 1:16 pm" and "Photograph by Ed Marshall" as sentences, and an author's name
and date set as headings became the section of every sentence of the story. The pages below are made up in their
shape. Also: a standfirst of two sentences set as a heading under the headline (VICE, National Geographic) was the
section of every sentence of the story, and an image's alt text standing alone, which a browser does not show with
the image, was a sentence."""

from __future__ import annotations

from retrieval.ingest.document import parse_document
from tests.test_mail import texts

_STORY = """<html><head><title>Kettles | Teapot News</title></head><body><article>
<h1>Kettles descaled every second Friday</h1>
<h2>The staff kitchen's kettles had furred up over the winter. From June on they are descaled twice a month.</h2>
<section class="writer-container"><h4><a href="/writer/ada">Ada Kettle</a></h4><h6>January 10, 2020 9:00AM (UTC)</h6>
</section>
<p class="Byline-byline-1sVmo">By Ada Kettle</p>
<div class="c-article__time"><time>July 30, 2019 1:16 pm</time></div>
<div class="navbyline"><span class="author"><a href="/u/ada">Ada Kettle</a></span> / 10:08 am Fri Jul 19, 2013</div>
<figure><img src="k.jpg"><figcaption>The staff kitchen's kettle.Credit: Victor Plum/Teapot</figcaption>
</figure>
<p>From June on, the kettles in the staff kitchen are descaled every second Friday.</p>
<p>Photograph by Victor Plum, Teapot Archive</p>
<p><time datetime="2019-05-07">May 7</time> was the day the old schedule ended, after a long debate among the staff.</p>
<p>Image: Victor Plum</p>
<p>Image: the container image the kettle service runs in is rebuilt every night.</p>
<div class="post-footer">Posted by <span class="post-author">Ada Kettle</span> at 5:11 AM</div>
<p>The <span class="date">Friday</span> schedule was asked for by the staff.</p>
</article></body></html>
"""


def test_bylines_datelines_and_credits_are_meta() -> None:
    blocks = texts("story.html", _STORY.encode())
    prose = [text for kind, text in blocks if kind in ("paragraph", "list_item")]
    assert prose == [
        # a standfirst: sentences, not a section
        "The staff kitchen's kettles had furred up over the winter. From June on they are descaled twice a month.",
        "The staff kitchen's kettle.",
        "From June on, the kettles in the staff kitchen are descaled every second Friday.",
        "May 7 was the day the old schedule ended, after a long debate among the staff.",
        "Image: the container image the kettle service runs in is rebuilt every night.",  # a sentence, no credit
        "The Friday schedule was asked for by the staff.",  # a date in a sentence stays in it
    ]
    meta = [text for kind, text in blocks if kind == "meta"]
    for line in ("By Ada Kettle", "July 30, 2019 1:16 pm", "Photograph by Victor Plum, Teapot Archive"):
        assert line in meta
    assert "Credit: Victor Plum/Teapot" in meta
    assert "Posted by Ada Kettle at 5:11 AM" in meta


def test_an_author_and_a_date_set_as_headings_are_no_sections() -> None:
    document, _ = parse_document("story.html", _STORY.encode(), 0)
    answer = next(s for s in document.sentences if s.text.startswith("From June on"))
    # under the headline only, not "... › Ada Kettle › January 10, 2020 9:00AM (UTC)"
    assert answer.section == "Kettles descaled every second Friday"
    assert [s.text for s in document.sentences if s.kind == "heading"] == ["Kettles descaled every second Friday"]


def test_a_question_or_a_short_pair_of_sentences_stays_a_heading() -> None:
    page = (
        "<html><body><h1>An interview</h1><h3>What was the biggest risk you have ever taken at work? And what did it"
        " teach you?</h3><p>Moving to another country.</p><h2>Long gone? Not so fast.</h2><p>The goats came back.</p>"
        "</body></html>"
    )
    headings = [text for kind, text in texts("interview.html", page.encode()) if kind == "heading"]
    assert headings == [
        "An interview",
        "What was the biggest risk you have ever taken at work? And what did it teach you?",
        "Long gone? Not so fast.",
    ]


def test_an_image_alt_text_alone_is_meta_and_read_in_a_sentence() -> None:
    # the EPUB 3 spec opens every chapter with its logo, alt="IDPF Logo": it stood as a sentence ten times
    page = (
        '<html><body><p><img src="logo.png" alt="Teapot Logo"></p><p>Press <img src="b.png" alt="the red button">'
        " to brew.</p></body></html>"
    )
    assert texts("page.html", page.encode()) == [
        ("meta", "Teapot Logo"),
        ("paragraph", "Press the red button to brew."),
    ]


def test_an_anchor_id_naming_a_date_is_no_dateline() -> None:
    # the EPUB 3 spec's '<p id="last-modified-date">In order to ensure ...': an id is an anchor, not a byline's class
    page = '<html><body><p id="last-modified-date">The metadata must hold one modified date.</p></body></html>'
    assert texts("spec.html", page.encode()) == [("paragraph", "The metadata must hold one modified date.")]


def test_a_byline_no_markup_marks_is_meta() -> None:
    """A blog theme sets its byline in a plain <span> under the headline ("// By Arun Sai Krishnan • Nov 11, 2020" on
    Dropbox's tech blog, in readability's test pages): by its words alone ("by", a name, dates and a reading time) it
    is a byline, not a sentence. A sentence opening with "By" stays. A made-up page of that shape."""
    page = (
        "<html><body><h1>Kettles descaled every second Friday</h1>"
        '<div class="hero"><span class="t5">// By Ada Kettle • Nov 11, 2020</span></div>'
        "<div><span>Posted by Victor Plum on March 3, 2020 at 5:11 AM</span></div>"
        "<p>By Ada Kettle | 5 min read</p>"
        "<p>By default, the kettles in the staff kitchen are descaled every second Friday.</p>"
        "<p>By Friday the old schedule had ended.</p></body></html>"
    )
    prose = [text for kind, text in texts("blog.html", page.encode()) if kind == "paragraph"]
    assert prose == [
        "By default, the kettles in the staff kitchen are descaled every second Friday.",
        "By Friday the old schedule had ended.",
    ]
