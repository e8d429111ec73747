"""HTML (retrieval/ingest/formats/web.py): a box that holds only a short label and links ("Tagged:" before a story's
tags, "Topics", "Explore further" before a related story, "share this!" before share buttons) or a label announcing
what a script fills in ("Advertisement:") is page furniture, not a sentence; text hidden by a utility class
("u-hidden-text") is not shown. Saved news pages (trafilatura's test pages of VICE, The Guardian, phys.org, Salon,
The Verge) quoted those labels as sentences; the page below is made up in their shape."""

from __future__ import annotations

from tests.test_mail import texts

_PAGE = """<html><head><title>Kettles | Teapot News</title></head><body><article>
<h1>Kettles descaled every second Friday</h1>
<ul class="soc"><li><button>x</button></li><li><p>share this!</p></li><li><a href="#"><p>2.4K</p></a></li>
<li><a href="https://example.com/share">12</a></li></ul>
<p>From June on, the kettles in the staff kitchen are descaled every second Friday.</p>
<div class="unit"><span class="caption">Advertisement:</span><div><script>show_ad()</script></div></div>
<p>The schedule was asked for by the staff.</p>
<div class="explore"><div><p>Explore further</p></div>
<a href="/news/teapots.html">Teapots found to keep tea warm for longer than mugs</a></div>
<div class="meta"><span class="label">Topics</span><div><ul><li><a href="/t/kitchens">Kitchens</a></li>
<li><a href="/t/tea">Tea</a></li></ul></div></div>
<ul class="topics"><li>Tagged:</li><li><a href="/topic/kettles">kettles</a></li><li><a href="/topic/limescale">
limescale</a></li></ul>
<div class="u-hidden-text">This Article has a component height of 20.</div>
<div><span>Read also</span> <a href="/report.html">The full descaling report is online.</a></div>
<div><p>Note:</p><p>the descaler is kept under the sink.</p></div>
<div><h2>Related</h2><ul><li><a href="/a">Mugs</a></li><li><a href="/b">Cups</a></li></ul></div>
<p>See <a href="/rota">the rota</a></p>
<div><p>Thanks</p></div>
<div class="gallerytext"><p>Kettle Lake, <a href="/wiki/Kettle_Hill">Kettle Hill</a></p></div>
</article></body></html>
"""


def test_a_label_before_links_or_a_scripted_slot_is_furniture() -> None:
    blocks = texts("story.html", _PAGE.encode())
    everything = [text for _, text in blocks]
    for label in ("share this!", "Advertisement:", "Explore further", "Topics", "Tagged:"):
        assert label not in everything
    assert not any("Teapots found" in text or text == "kettles" or "Kitchens" in text for text in everything)
    assert not any("component height" in text for text in everything)  # hidden by its class


def test_a_box_that_says_something_keeps_its_words() -> None:
    blocks = texts("story.html", _PAGE.encode())
    prose = [text for kind, text in blocks if kind in ("paragraph", "list_item")]
    assert "Read also The full descaling report is online." in prose  # a linked sentence is content
    assert "Note:" in prose and "the descaler is kept under the sink." in prose  # words after the label
    assert "See the rota" in prose  # the paragraph's own words around its link
    assert "Thanks" in prose  # a short paragraph alone in a box, no colon and no link
    assert ("heading", "Related") in blocks  # a heading is not a label
    assert "Kettle Lake, Kettle Hill" in prose  # words and a link in one line: a caption, not a label


def test_a_wikis_tagline_under_its_title_is_no_text() -> None:
    """MediaWiki sets its tagline under every page's title ('<div id="siteSub">From Wikipedia, the free
    encyclopedia</div>', "From Stardew Valley Wiki", "Aus Piratenwiki"): saved wiki pages (trafilatura's and
    readability's test pages) quoted it as a sentence. A made-up page of that shape."""
    page = (
        '<html><head><title>Kettle - Teapot Wiki</title></head><body><div id="content">'
        '<h1 id="firstHeading">Kettle</h1><div id="bodyContent">'
        '<div id="siteSub" class="noprint">From Teapot Wiki, the free encyclopedia</div>'
        "<p>A kettle is a vessel for boiling water, descaled every second Friday.</p></div></div></body></html>"
    )
    found = texts("kettle.html", page.encode())
    assert ("paragraph", "A kettle is a vessel for boiling water, descaled every second Friday.") in found
    assert not any("free encyclopedia" in text for _, text in found)


def test_a_wikis_navigation_box_title_is_no_table_row() -> None:
    """MediaWiki's navigation boxes ('<table class="vertical-navbox">' beside a page's lead, '<div class="navbox">' at
    its foot) list links to related pages under a title; the title ("Machine learning and data mining" in a saved
    Wikipedia page, trafilatura's test pages) was read as a table row. It is meta; a box's row of data ("Largest
    urban areas": rank, city, population) stays a row. A made-up page of that shape."""
    page = (
        '<html><body><h1 id="firstHeading">Kettle</h1><div id="bodyContent">'
        '<table class="vertical-navbox nowraplinks"><tbody><tr><th><a href="/wiki/Tea">Tea</a> and<br>'
        '<a href="/wiki/Water">water boiling</a></th></tr><tr><td><ul><li><a href="/wiki/Pot">Teapot</a></li>'
        "<li><a href='/wiki/Urn'>Urn</a></li></ul></td></tr></tbody></table>"
        "<p>A kettle is a vessel for boiling water, descaled every second Friday.</p>"
        '<div class="navbox"><table class="nowraplinks"><tr><th>Largest kettles in the kitchen</th></tr>'
        "<tr><td>1</td><td>Copper kettle</td><td>4 litres</td></tr></table></div>"
        "</div></body></html>"
    )
    found = texts("kettle.html", page.encode())
    assert [(kind, text) for kind, text in found if kind not in ("meta", "heading")] == [
        ("paragraph", "A kettle is a vessel for boiling water, descaled every second Friday."),
        ("table_row", "1 | Copper kettle | 4 litres"),
    ]


def test_mediawiki_skip_links_print_footer_and_categories_are_furniture() -> None:
    """A saved MediaWiki page (Wikipedia's "New Zealand", the Stardew Valley Wiki's "Penny") kept its skip links
    ("Jump to: navigation, search"), its print footer ('Retrieved from "https://..."') and its category box
    ("Categories:") as paragraphs of the article; they are the wiki's furniture, by their classes."""
    page = """<html><head><title>Kettle - Tea Wiki</title></head><body><div id="content">
<h1 id="firstHeading">Kettle</h1><div id="bodyContent">
<div id="jump-to-nav" class="mw-jump">Jump to: <a href="#nav">navigation</a>, <a href="#search">search</a></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<div class="mw-parser-output"><p>A kettle boils the water for the tea in about three minutes.</p></div>
<div class="printfooter">Retrieved from "<a href="https://tea.example/index.php?title=Kettle&amp;oldid=12">https://tea.example/index.php?title=Kettle&amp;oldid=12</a>"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/Special:Categories">Category</a>:<ul><li><a href="/Category:Tools">Tools</a></li></ul></div></div>
</div></div></body></html>"""
    assert texts("kettle.html", page.encode()) == [
        ("heading", "Kettle"),
        ("paragraph", "A kettle boils the water for the tea in about three minutes."),
    ]


def test_a_disclosure_boxs_summary_is_its_label() -> None:
    """A <details> box's <summary> ("Why Markdown format?" and "Export Options" in the D&D SRD's README, "Important
    information on NeoGradle" in NeoForged's docs) was a paragraph, so a question or a label came back as an answer;
    it is the box's title, meta as an admonition's, in a web page and in Markdown's HTML blocks alike."""
    page = (
        b"<html><body><h1>FAQ</h1><details><summary>How long does the tea steep?</summary>"
        b"<p>Black tea steeps for three minutes.</p></details><p>Green tea steeps for two.</p></body></html>"
    )
    assert texts("faq.html", page) == [
        ("heading", "FAQ"),
        ("meta", "How long does the tea steep?"),
        ("paragraph", "Black tea steeps for three minutes."),
        ("paragraph", "Green tea steeps for two."),
    ]
    markdown = (
        "# Guide\n\n<details>\n <summary>Why Markdown format?</summary>\n\n"
        "Markdown is a light markup language.\n\n</details>\n\nAfter the box.\n"
    )
    assert texts("guide.md", markdown.encode()) == [
        ("heading", "Guide"),
        ("meta", "Why Markdown format?"),
        ("paragraph", "Markdown is a light markup language."),
        ("paragraph", "After the box."),
    ]


def test_vote_counts_expand_links_and_menus_are_furniture() -> None:
    """Saved forum and Q&A pages (trafilatura's test pages of German Stack Exchange, Reddit, a XenForo forum and
    GitHub) read a post's vote count as a paragraph ("2", "492k": Reddit's class names are hashed, so the bare count
    tells it), a quote's "Click to expand..." link as text and a repository's menus ("Get push notifications on iOS
    or Android.") as sentences. A count that is a description's value stays with its term."""
    page = """<html><body><h1>When is the kettle descaled?</h1>
<div class="post"><div class="votecell"><button>up</button><div class="_1rZYMD">492k</div><button>down</button></div>
<div class="postcell"><p>The kettle is descaled every second Friday.</p>
<blockquote><div class="bbCodeBlock-expandContent">Tea tastes better after descaling.</div>
<div class="bbCodeBlock-expandLink js-expandLink"><a role="button">Click to expand...</a></div></blockquote>
<p>It takes about 20 minutes.</p></div></div>
<details><summary>Watch</summary><details-menu role="menu"><div role="menuitem">
<p>Get push notifications on iOS or Android.</p></div></details-menu></details>
<dl><dt>Posts</dt><dd>2,206</dd></dl>
<p>Before 1990 kettles were never descaled.</p>
</body></html>"""
    assert texts("kettle.html", page.encode()) == [
        ("heading", "When is the kettle descaled?"),
        ("meta", "492k"),
        ("paragraph", "The kettle is descaled every second Friday."),
        ("paragraph", "Tea tastes better after descaling."),
        ("paragraph", "It takes about 20 minutes."),
        ("meta", "Watch"),
        ("list_item", "Posts\n2,206"),
        ("paragraph", "Before 1990 kettles were never descaled."),
    ]


def test_a_dropdown_menu_and_a_file_lists_dates_are_furniture() -> None:
    """A saved repository page (GitHub's, trafilatura's test pages) read its clone menu ("Clone", "Use Git or checkout
    with SVN using the web URL.") as list items and each file's date (a <time-ago> or <relative-time> element: "4
    years ago", "May 10, 2022") as a paragraph of its own."""
    page = """<html><body><h1>kettle-tools</h1>
<details><summary>Code</summary><div class="dropdown-menu dropdown-menu-sw"><ul><li class="Box-row">
<div class="text-bold">Clone</div><p>Use Git or checkout with SVN using the web URL.</p></li></ul></div></details>
<div role="grid"><div role="row"><div role="gridcell"><a href="/descale.py">descale.py</a></div>
<div role="gridcell"><time-ago datetime="2018-07-04T13:35:56Z">4 years ago</time-ago></div></div>
<div role="row"><div role="gridcell"><relative-time datetime="2022-05-10">May 10, 2022</relative-time></div></div></div>
<p>The tools descale a kettle in about 20 minutes.</p>
</body></html>"""
    assert texts("repo.html", page.encode()) == [
        ("heading", "kettle-tools"),
        ("meta", "Code"),
        ("meta", "descale.py"),
        ("meta", "4 years ago"),
        ("meta", "May 10, 2022"),
        ("paragraph", "The tools descale a kettle in about 20 minutes."),
    ]
