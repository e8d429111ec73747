"""Format readers, issue 11 round 9: what a Discord community's own docs folder showed (the discord.js guide's
VuePress Markdown). Each case made up in the documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from retrieval.ingest.formats.markup import markdown_text
from retrieval.ingest.split import normalize_space
from retrieval.tokenize import tokenize

_COMPONENTS = """# Widget store

To build a store, use the <ApiLink path="WidgetStore:Class"/> class. Stores are <Badge text="beta" type="tip"/> for now.
Make up to five <ApiLink path="WidgetStore:Class"/>s with <ApiLink path="WidgetStore:Class#fill" type="method"/>.

Mark it done <Icon name="check"/> and move on; <Counter :name="total" /> counts <kbd>Ctrl</kbd> presses.
"""


def test_markdown_inline_components_show_the_words_they_render() -> None:
    """A self-closing Vue/MDX component inside a sentence renders words from its attributes: docbot showed nothing, so
    "use the <ApiLink .../> class" was quoted as "use the class". Its naming attribute is shown as written (an API
    path "Name:Kind#member" as "Name#member", as the page shows it); an icon, a bound attribute and other inline HTML
    show no words."""
    extracted = markdown_text(_COMPONENTS)
    prose = [extracted.block_text(b) for b in extracted.blocks if b.kind == "paragraph"]
    assert prose == [
        "To build a store, use the WidgetStore class. Stores are beta for now.\n"
        "Make up to five WidgetStores with WidgetStore#fill.",
        "Mark it done  and move on;  counts Ctrl presses.",
    ]


def test_markdown_component_words_are_searchable_and_quoted_at_their_offsets() -> None:
    document, _ = parse_document("guide/store.md", _COMPONENTS.encode(), 0)
    sentence = next(s for s in document.sentences if "class" in s.text)
    assert sentence.text == "To build a store, use the WidgetStore class."
    assert normalize_space(markdown_text(_COMPONENTS).text[sentence.start : sentence.end]) == sentence.text
    assert set(tokenize("WidgetStore")) <= set(sentence.tokens)


_MDX = """---
title: Widget API
---

<img src="/images/hero.png" alt="Widget hero" style={{width: "100%", height: "auto"}} noZoom />

<Info>
Widgets need a [store](/docs/store) first. See **the store guide**.
</Info>

<AccordionGroup>
  <Accordion title="Create example" description="A create payload" icon="code">

    Creating a widget returns its id, as [the reference](/docs/ref) shows.

    ```json
    {"id": 7}
    ```
  </Accordion>
</AccordionGroup>

<Update label="May 2, 2026" tags={["API"]} rss={{
    title: "Widget colours",
    description: "Widgets take a colour."
  }}>
  ## Widget colours

  Widgets now take a colour.
</Update>

<Route method="GET">/widgets/{widget.id}</Route>

<WidgetMessages>
	<WidgetMessage profile="bot">
		<template #interactions>
			<WidgetCommand
				profile="user"
				:command="true"
			>ping</WidgetCommand>
		</template>
		Pong from the widget bot!
		<WidgetMention>
			{profiles.widget.author}
		</WidgetMention>
	</WidgetMessage>
</WidgetMessages>
"""


def test_mdx_component_lines_wrap_markdown() -> None:
    """MDX/Vue components on lines of their own wrap Markdown: parsed as HTML, their links and emphasis were shown as
    written, an indented body became code, and a tag with a JSX expression ('rss={{ ... }}') was a sentence."""
    extracted = markdown_text(_MDX)
    blocks = [(b.kind, extracted.block_text(b).strip()) for b in extracted.blocks]
    assert blocks == [
        ("paragraph", "Widgets need a store first. See the store guide."),
        ("paragraph", "Creating a widget returns its id, as the reference shows."),
        ("code", '{"id": 7}'),
        ("heading", "Widget colours"),
        ("paragraph", "Widgets now take a colour."),
        ("paragraph", "/widgets/{widget.id}"),
        ("paragraph", "ping"),
        ("paragraph", "Pong from the widget bot!"),
    ]


def test_markdown_bold_title_case_caption_is_not_a_sentence() -> None:
    """A paragraph that is only a bold caption in title case, over a table, names the table: as a sentence it answered
    "What is a widget id?". A bold sentence in sentence case stays a sentence."""
    extracted = markdown_text(
        "**Widget ID Format Structure (Left to Right)**\n\n| Field | Bits |\n|---|---|\n| Timestamp | 63 to 22 |\n\n"
        "**Never share your widget token with anyone**\n"
    )
    blocks = [(b.kind, extracted.block_text(b)) for b in extracted.blocks]
    assert blocks == [
        ("meta", "Widget ID Format Structure (Left to Right)"),
        ("table_row", "Field | Bits"),
        ("table_row", "Timestamp | 63 to 22"),
        ("paragraph", "Never share your widget token with anyone"),
    ]


_EVENTS_RST = """Widget events
=============

Events
------

All the events must be a |handler_link|_. See :meth:`.Widget.on_load` for the first one.

.. function:: on_widget_delete(widget)

    Called when a widget is deleted.

.. function:: on_raw_widget_delete(payload)

    Called when a widget is deleted, cached or not.

.. class:: WidgetKind

    .. attribute:: round

        A round widget.
"""


def test_rst_object_signature_heads_its_description() -> None:
    """discord.py's event reference: "Called when a message is deleted." twice, under two `.. function::` signatures
    that were read as code, so no sentence said which event; now each signature is the section of its description,
    an attribute's inside its class's. A substitution defined in conf.py shows its name, not its bars, and a role's
    target searched as a suffix (`.Widget.on_load`) shows without its dot, as Sphinx shows it."""
    document, _ = parse_document("api.rst", _EVENTS_RST.encode(), 0)
    sections = {s.text: s.section for s in document.sentences if s.kind != "heading"}
    assert sections == {
        "All the events must be a handler_link.": "Events",
        "See Widget.on_load for the first one.": "Events",
        "Called when a widget is deleted.": "Events › on_widget_delete(widget)",
        "Called when a widget is deleted, cached or not.": "Events › on_raw_widget_delete(payload)",
        "A round widget.": "Events › WidgetKind › round",
    }


_SPHINX_HTML = """<html><head><title>widget module</title></head><body><div role="main">
<h1>widget module<a class="headerlink" href="#module-widget">¶</a></h1>
<p>The widget module builds widgets.</p>
<dl class="simple"><dt>term</dt><dd><p>A glossary entry stays a list item.</p></dd></dl>
<dl class="class"><dt id="widget.Widget"><em class="property">class </em><tt class="descname">Widget</tt><big>(</big>\
<em>url</em><big>)</big><a class="reference internal" href="_modules/widget.html#Widget"><span class="viewcode-link">\
[source]</span></a></dt>
<dd><p>A widget made from its url.</p>
<dl class="method"><dt id="widget.Widget.save"><tt class="descname">save</tt><big>(</big><big>)</big></dt>
<dd><p>Saves the widget as an HTML file.</p></dd></dl></dd></dl>
<dl class="py function"><dt class="sig sig-object py" id="widget.make"><span class="sig-name descname">make</span>\
<span class="sig-paren">(</span><em class="sig-param">url</em><span class="sig-paren">)</span></dt>
<dd><p>Makes a widget from a url.</p></dd></dl>
</div></body></html>"""


def test_sphinx_html_object_signature_heads_its_description() -> None:
    """Sphinx's HTML describes objects with <dl class="py function"><dt id=...>signature</dt><dd>...</dd>: read as
    list items, each signature was a sentence with its "[source]" link, and no sentence of a description said which
    object it describes. The signature is a section now, a method's inside its class's."""
    document, _ = parse_document("widget.html", _SPHINX_HTML.encode(), 0)
    rows = [(s.kind, s.section, s.text) for s in document.sentences if s.kind != "heading"]
    assert rows == [
        ("paragraph", "", "The widget module builds widgets."),
        ("list_item", "term", "A glossary entry stays a list item."),  # the term labels it (round 18)
        ("paragraph", "class Widget(url)", "A widget made from its url."),
        ("paragraph", "class Widget(url) › save()", "Saves the widget as an HTML file."),
        ("paragraph", "make(url)", "Makes a widget from a url."),
    ]


def test_markdown_callouts_and_wiki_links() -> None:
    """GitHub's alerts and Obsidian's callouts: the marker ("[!NOTE]") was the start of the first sentence, a title a
    sentence of its own; words after a marker that run on to the next line are the text. Wiki links show their text;
    an embed shows nothing; one word in double brackets (a notation such as [[Prototype]]) stays as written."""
    extracted = markdown_text(
        "> [!NOTE]\n> Widgets need a store first.\n\n"
        "> [!warning]- Breaking change\n> The store moved to version 2.\n\n"
        "> [!TIP] Once the store is ready you can use the\n> widget-sync action to fill it.\n\n"
        "> A plain quote about [!NOTE] markers.\n\n"
        "See [[Widget Store]] and [[Widget Store#Limits|the limits]]. ![[diagram.png]] Its [[Prototype]] is null.\n"
    )
    blocks = [(b.kind, normalize_space(extracted.block_text(b))) for b in extracted.blocks]
    assert blocks == [
        ("paragraph", "Widgets need a store first."),
        ("meta", "Breaking change"),
        ("paragraph", "The store moved to version 2."),
        ("paragraph", "Once the store is ready you can use the widget-sync action to fill it."),
        ("paragraph", "A plain quote about [!NOTE] markers."),
        ("paragraph", "See Widget Store and the limits. Its [[Prototype]] is null."),
    ]


def test_rst_contents_topic_is_no_section_and_first_title_is_the_title() -> None:
    """discord.py's FAQ: `.. contents:: Questions` made "Questions" a top section over every answer and its entries
    list items ("How do I make a web request?" answered a question), and the page's title (under `:orphan:`, so not
    lifted by docutils) was a section. The contents are left out, the first title is the page's, as Sphinx takes it."""
    source = (
        ":orphan:\n\n.. _faq:\n\nWidget FAQ\n==========\n\n.. contents:: Questions\n    :local:\n\n"
        "Stores\n------\n\nHow do I fill a store?\n~~~~~~~~~~~~~~~~~~~~~~\n\nCall fill on it.\n"
    )
    document, _ = parse_document("faq.rst", source.encode(), 0)
    assert document.title == "Widget FAQ"
    assert [(s.kind, s.section, s.text) for s in document.sentences] == [
        ("heading", "", "Widget FAQ"),
        ("heading", "", "Stores"),
        ("heading", "Stores", "How do I fill a store?"),
        ("paragraph", "Stores › How do I fill a store?", "Call fill on it."),
    ]


def test_html_description_term_opens_its_description() -> None:
    """A manual's option list (<dt>-k --keep</dt><dd>Keep (don't delete) input files.</dd>): read apart, the sentence
    saying what the option does did not name it, and "What does -k do?" found the bare term. A term and its
    description are one item now; several terms go together; a menu of links stays navigation."""
    page = (
        "<html><body><h1>widget(1)</h1><dl>"
        "<dt><code>-k --keep</code></dt><dd><p>Keep the input widgets after packing.</p></dd>"
        "<dt>-q</dt><dt>--quiet</dt><dd>Print nothing.</dd>"
        "<dt>--orphan</dt></dl>"
        '<dl><dt><a href="#a">1. Intro</a></dt><dt><a href="#b">2. Usage</a></dt></dl>'
        "<p>The end of the manual.</p></body></html>"
    )
    extracted = extract("widget.html", page.encode())
    blocks = [(b.kind, extracted.block_text(b)) for b in extracted.blocks]
    assert blocks == [
        ("heading", "widget(1)"),
        ("list_item", "-k --keep\nKeep the input widgets after packing."),
        ("list_item", "-q\n--quiet\nPrint nothing."),
        ("list_item", "--orphan"),
        ("meta", "1. Intro"),
        ("meta", "2. Usage"),
        ("paragraph", "The end of the manual."),
    ]
