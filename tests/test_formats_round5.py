"""Format readers, issue 11 round 5: documents nobody had tried (saved news pages with their cookie banners, ads and
related-story boxes, arXiv papers, text files in legacy encodings, Jekyll sites). Each case made up in the
documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract
from tests.test_formats import texts
from tests.test_formats_leftovers import odt


def _said(name: str, data: bytes) -> list[str]:
    extracted = extract(name, data)
    return [r.text for r in document_records(extracted, extracted.title) if r.kind != "heading"]


def test_news_page_main_content_and_furniture_boxes() -> None:
    """Saved news pages (DW, phys.org, GitHub's blog, nature.com, trafilatura's test cache) gave their cookie banner
    ('We use cookies to improve our service for you.'), 'Advertisement' slots, share boxes and 'Related Stories'
    teasers as sentences: what is outside the page's <main>, and boxes whose class names say what they are."""
    page = (
        "<html><body>"
        '<div class="cookie__wrap"><p>We use cookies to improve our service for you.</p></div>'
        '<div class="topbar"><p>Sign up for our newsletter today.</p></div>'
        "<main><h1>Council approves the new bridge</h1>"
        "<p>The council approved the bridge on Monday.</p>"
        '<div class="bannerAd adWrapper"><div class="adHeadline">Advertisement</div></div>'
        "<p>Work starts in spring and the bridge opens in 2027.</p>"
        '<div class="post__social-share"><strong>Share</strong></div>'
        '<pre><code>let x = 1; <span class="hljs-comment">// the first lane</span></code></pre>'
        '<div class="shadow-box"><p>The old ferry stops running when the bridge opens.</p></div>'
        '<div class="head-note"><p>Tolls are not planned.</p></div>'
        '<div class="news-related__slider"><h2>Related Stories</h2><p>Ferry prices rise again.</p></div>'
        "</main>"
        '<div class="footer-links"><p>Most Popular</p><p>Mayor opens a new park.</p></div>'
        "</body></html>"
    )
    extracted = extract("news.html", page.encode())
    said = _said("news.html", page.encode())
    assert said == [
        "The council approved the bridge on Monday.",
        "Work starts in spring and the bridge opens in 2027.",
        "The old ferry stops running when the bridge opens.",
        "Tolls are not planned.",
    ]
    assert texts(extracted, "code") == ["let x = 1; // the first lane"]  # a highlighter's comment span is code


def test_hidden_class_is_not_read() -> None:
    """National Geographic's share links: 'facebooktwitterflipboardwhatsapp', the labels of icons in
    <span class="hidden"> (display: none) glued into one word."""
    page = (
        "<html><body><p>Goats ate the island bare.</p><p>"
        '<a href="/f"><span class="hidden">facebook</span></a><a href="/t"><span class="hidden">twitter</span></a>'
        "</p></body></html>"
    )
    assert _said("goats.html", page.encode()) == ["Goats ate the island bare."]


def test_page_with_a_small_main_or_article_is_read_whole() -> None:
    """A <main> or <article> holding less than half the page's words is not taken for the page (heise's saved page:
    an <article> of 337 of its 993 words)."""
    story = " ".join(f"Sentence number {n} of the story is here." for n in range(10))
    page = f"<html><body><article><p>A teaser.</p></article><div><p>{story}</p></div></body></html>"
    assert "Sentence number 9 of the story is here." in _said("page.html", page.encode())
    page = f"<html><body><p>{story}</p><article><p>{story} And more.</p></article></body></html>"
    said = _said("page.html", page.encode())
    assert said.count("Sentence number 9 of the story is here.") == 1 and said[-1] == "And more."


_RUSSIAN = (
    "Кодировка\n\nЭто простой текст о погоде в городе. Сегодня утром было холодно, а вечером пошёл снег. "
    "Завтра обещают солнце и тёплый ветер с юга.\n"
)
_JAPANESE = "天気\n\n今日は朝から雨が降っています。明日は晴れるでしょう。私たちは公園に行くつもりです。\n"


def test_legacy_encodings_of_other_scripts() -> None:
    """uchardet's test files in Japanese (Shift_JIS, EUC-JP, ISO-2022-JP) and Russian or Bulgarian (Windows-1251,
    KOI8-R, Mac Cyrillic, CP866, ISO-8859-5) were read as Windows-1252: 'Ïðèâåò'-style mojibake stored as sentences,
    or no words, or skipped as binary (ISO-2022's escapes)."""
    for encoding, note in [
        ("cp1251", "Windows-1251"),
        ("koi8_r", "KOI8-R"),
        ("mac_cyrillic", "Mac Cyrillic"),
        ("cp866", "DOS Cyrillic (CP"),  # CP866 or its Ukrainian variant CP1125: Russian text reads the same in both
        ("iso8859_5", "ISO-8859-5"),
    ]:
        extracted = extract("weather.txt", _RUSSIAN.encode(encoding))
        assert "Завтра обещают солнце и тёплый ветер с юга." in texts(extracted, "paragraph")[-1], encoding
        assert len(extracted.notes) == 1 and extracted.notes[0].startswith(f"not valid UTF-8; decoded as {note}")
    for encoding, note in [("shift_jis", "Shift_JIS"), ("euc_jp", "EUC-JP"), ("iso2022_jp", "ISO-2022-JP")]:
        extracted = extract("tenki.txt", _JAPANESE.encode(encoding))
        assert texts(extracted, "paragraph")[-1].startswith("今日は朝から雨が降っています。"), encoding
        assert note in extracted.notes[0]


def test_western_legacy_text_stays_windows_1252_and_greek_is_not_cyrillic() -> None:
    """Accented Western text is Windows-1252 as before; Greek is not taken for Cyrillic (it is read as Greek since
    round 6, tests/test_formats_round6.py)."""
    french = "Été\n\nLe café crème coûte trois euros à la gare. Où est la fenêtre? Il fait très beau à Noël.\n" * 3
    assert extract("cafe.txt", french.encode("cp1252")).notes == ("not valid UTF-8; decoded as Windows-1252",)
    greek = "Καιρός\n\nΣήμερα το πρωί έβρεχε πολύ στην πόλη. Αύριο θα έχει ήλιο και ζέστη από το νότο.\n" * 3
    assert extract("kairos.txt", greek.encode("cp1253")).notes == ("not valid UTF-8; decoded as Windows-1253 (Greek)",)


def test_utf16_without_bom_is_read_with_a_note_and_with_bom_silently() -> None:
    text = "Wide text\n\nThe okapi hides in the forest.\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        extracted = extract("wide.txt", text.encode(encoding))
        assert texts(extracted, "paragraph") == ["The okapi hides in the forest."]
        assert extracted.notes == (f"no byte-order mark; decoded as {encoding.upper()}",)
        extracted = extract("wide.txt", ("\ufeff" + text).encode(encoding))
        assert texts(extracted, "paragraph") == ["The okapi hides in the forest."] and extracted.notes == ()


def test_odt_picture_title_is_not_glued_to_its_caption() -> None:
    """odfdo's chair.odt: 'alternate name, chairFigure 1 chair', a picture's svg:title (its tooltip) run into the
    caption after it."""
    svg = 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    body = (
        '<text:p>A chair stands in the hall.</text:p><text:p><draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:'
        f'xmlns:drawing:1.0" {svg}><draw:image/><svg:title>alternate name, chair</svg:title>'
        "<svg:desc>A wooden chair</svg:desc></draw:frame>Figure 1 chair</text:p>"
    )
    extracted = extract("chair.odt", odt(body))
    assert texts(extracted, "paragraph") == ["A chair stands in the hall.", "Figure 1 chair"]


def test_jekyll_liquid_tags_are_not_text() -> None:
    """Jekyll's docs: '{% raw %}' / '{% endraw %}' lines around code blocks were 40 sentences, and version badges
    ('{%- include docs_version_badge.html version="4.0" -%}') ended headings."""
    source = (
        '## Detecting nil values {%- include docs_version_badge.html version="4.0" -%}\n\n'
        "You can use the where filter to detect nil values.\n\n{% raw %}\n```liquid\n{{ page.title }}\n```\n"
        "{% endraw %}\n\n"
        "The {% raw %}`{{ include.content }}`{% endraw %} is a parameter, and so is "
        "{% raw %}{{ site.name }}{% endraw %}.\n\n"
        '{% include note.html content="A note." %}\n\nLatin letters become ASCII {%- include badge.html -%}.\n'
    )
    extracted = extract("filters.md", source.encode())
    assert texts(extracted, "heading") == ["Detecting nil values"]
    assert texts(extracted, "paragraph") == [
        "You can use the where filter to detect nil values.",
        "The {{ include.content }} is a parameter, and so is {{ site.name }}.",
        "Latin letters become ASCII.",
    ]
    assert texts(extracted, "code") == ["{{ page.title }}"]


def test_pdf_paper_front_matter_is_not_answers() -> None:
    """The TraceMonkey paper's author block came out line by line ('Andreas Gal∗+, Brendan Eich∗', ', Mike Shaver∗',
    '{gal,brendan}@mozilla.com', 'University of California, Irvine+'): 18 "sentences" before 'Abstract', itself a
    sentence; an MLHC paper's ('Duke University, Durham, NC') the same. They are meta, the first is the title, and
    the abstract's sentences are under 'Abstract'."""
    from tests.test_formats import pdf_with_lines

    lines = [
        "Trace-based Type Specialization for Dynamic Languages",
        "",
        "Andreas Gal, Brendan Eich",
        "",
        ", Mike Shaver",
        "",
        "University of California, Irvine",
        "",
        "{gal,brendan}@mozilla.com",
        "",
        "Abstract",
        "",
        "Dynamic languages such as JavaScript are more difficult to compile than statically typed ones.",
        "",
        "1. Introduction",
        "",
        "Dynamic languages such as JavaScript, Python, and Ruby are popular since they are expressive.",
    ]
    extracted = extract("paper.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    records = document_records(extracted, extracted.title)
    # (the made-up page has no gap after its title, so pdfium's line after it joins it)
    assert extracted.title and extracted.title.startswith("Trace-based Type Specialization for Dynamic Languages")
    said = {r.text: r.section for r in records if r.kind != "heading"}
    assert said == {
        "Dynamic languages such as JavaScript are more difficult to compile than statically typed ones.": "Abstract",
        "Dynamic languages such as JavaScript, Python, and Ruby are popular since they are expressive.": (
            "1. Introduction"
        ),
    }
    # a first page with prose before a lone "Abstract" is not a paper's title block: untouched
    from retrieval.ingest.formats.blocks import BlockBuilder
    from retrieval.ingest.formats.pdf import _mark_front_matter

    builder = BlockBuilder()
    builder.add("paragraph", "A memo to every member of the board about the budget for next year.", page=1)
    builder.add("paragraph", "Abstract", page=1)
    builder.add("paragraph", "Text.", page=1)
    assert _mark_front_matter(builder) is None
    assert [block.kind for block in builder.blocks] == ["paragraph"] * 3


def test_ebook_title_page_imprint_and_colophon_are_meta() -> None:
    """Standard Ebooks' The Time Machine: its imprint ('This ebook is the product of many hours of hard work by
    volunteers for Standard Ebooks ...'), colophon and 'Uncopyright' (the same in every book of the series) were
    sentences, and each endnote ended in a '↩' link back to its chapter."""
    from tests.test_formats import epub_bytes

    chapters = {
        "titlepage": '<section epub:type="titlepage"><h1>The Clock</h1><p>By A. Writer.</p></section>',
        "imprint": '<section epub:type="imprint"><p>This ebook was made by volunteers.</p></section>',
        "chapter": "<section><h2>I</h2><p>The clock struck thirteen.</p></section>",
        "notes": (
            '<section epub:type="endnotes"><h2>Endnotes</h2><ol><li><p>Clocks had twelve hours then. '
            '<a href="chapter.xhtml#r1" epub:type="backlink">↩</a></p></li></ol></section>'
        ),
        "colophon": '<section epub:type="colophon"><h2>Colophon</h2><p>The cover is a painting.</p></section>',
    }
    extracted = extract("clock.epub", epub_bytes(chapters))
    said = {r.text: r.section for r in document_records(extracted, extracted.title) if r.kind != "heading"}
    assert said == {"The clock struck thirteen.": "I", "Clocks had twelve hours then.": "Endnotes"}
    assert "This ebook was made by volunteers." in texts(extracted, "meta")


def test_myst_and_d2lbook_markdown() -> None:
    """Notebook-based books in Markdown (d2l.ai's d2lbook; MyST, Jupyter Book's): ':label:sec_autograd', ':begin_tab:
    pytorch' and '(sec-load)=' lines were sentences, roles left their names in the text (':numref:sec_calculus',
    '{numref}fig-plot'), and a ```{note} admonition was read as code."""
    source = (
        "# Loading data\n\n(sec-load)=\n## Reading a file\n\n"
        "See {numref}`fig-plot` and {ref}`sec-load`, or :func:`read_csv`.\n\n"
        "```{code-cell} ipython3\nimport pandas as pd\n```\n\n"
        "```{note}\n:class: dropdown\nFiles larger than memory need chunking.\n```\n\n"
        "````{admonition} Big files\nUse `chunksize` when reading.\n\n```python\npd.read_csv(path, chunksize=9)\n```\n"
        "````\n\n:label:`sec_autograd`\n\n:begin_tab:`pytorch`\nPyTorch takes some steps.\n:end_tab:\n"
    )
    extracted = extract("loading.md", source.encode())
    assert texts(extracted, "paragraph") == [
        "See fig-plot and sec-load, or read_csv.",
        "Files larger than memory need chunking.",
        "Use chunksize when reading.",
        "PyTorch takes some steps.",
    ]
    assert texts(extracted, "code") == ["import pandas as pd", "pd.read_csv(path, chunksize=9)"]
    assert texts(extracted, "meta") == ["Note", "Big files"]
