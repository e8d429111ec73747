"""Format readers, issue 11 round 5: documents nobody had tried (saved news pages with their cookie banners, ads and
related-story boxes, arXiv papers, text files in legacy encodings, Jekyll sites). Each case made up in the
documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract
from tests.test_formats import texts


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


def test_page_with_a_small_main_or_article_is_read_whole() -> None:
    """A <main> or <article> holding less than half the page's words is not taken for the page (heise's saved page:
    an <article> of 337 of its 993 words)."""
    story = " ".join(f"Sentence number {n} of the story is here." for n in range(10))
    page = f"<html><body><article><p>A teaser.</p></article><div><p>{story}</p></div></body></html>"
    assert "Sentence number 9 of the story is here." in _said("page.html", page.encode())
    page = f"<html><body><p>{story}</p><article><p>{story} And more.</p></article></body></html>"
    said = _said("page.html", page.encode())
    assert said.count("Sentence number 9 of the story is here.") == 1 and said[-1] == "And more."
