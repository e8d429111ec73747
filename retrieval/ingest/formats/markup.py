"""Markdown (markdown-it-py) and reStructuredText (docutils): the visible text of each block, in reading order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from retrieval.ingest.formats.blocks import (
    FRONT_MATTER_TITLE,
    LIQUID_TAG,
    TEMPLATE_IN_TEXT,
    BlockBuilder,
    collapse_space,
    front_matter_title,
    picture_runs,
)
from retrieval.ingest.formats.web import html_fragment_blocks
from retrieval.ingest.releases import is_version_heading
from retrieval.ingest.structure import PROSE_KINDS, BlockKind, ExtractedText

# CommonMark plus GFM tables and strikethrough, and the extensions MkDocs documentation folders use: YAML front matter,
# `!!! note` admonitions, definition lists, task lists and footnotes. markdown-it-py: a CommonMark-conformant parser
# (intraword underscores are never emphasis, so `check_same_thread` stays whole), MIT; the 63 SQLModel pages
# (0.5 MB) read in 0.9 s here.
_MARKDOWN = (
    MarkdownIt("commonmark", {"html": True})
    .enable(["table", "strikethrough"])
    .use(front_matter_plugin)
    .use(admon_plugin)
    .use(deflist_plugin)
    .use(tasklists_plugin)
    .use(footnote_plugin)
)

# Lines that are directives, not text, blanked before parsing (outside fenced code; the blank lines keep the block
# structure around them): MkDocs/pymdownx `{* ./docs_src/x.py ln[1:4] hl[3] *}` and `{! file !}` includes, `--8<--`
# snippets, the `/// tip | Title` ... `///` block markers and Docusaurus' `:::tip Title` ... `:::` admonition markers
# (their content is ordinary Markdown), MDX's one-line `import ... from '...'` / `export ...` statements, and code
# includes: VitePress' `<<< @/snippets/a.ts{2-4} [label]` (`<<< ./file.ts#region`) and VuePress 2's
# `@[code{1-3} js](./a.js)`, which the site replaces with the file's code (stored as paragraphs, the include lines
# were sentences: "<<< ./snippets/benchmark-table.ansi" in Vitest's guide).
_DIRECTIVE_LINE = re.compile(
    r"^[ \t]*(?:\{\*.*\*\}|\{!.*!\}|-+8<-+.*|/{3,}(?:[ \t].*)?|:{3,}(?:[ \t]*[\w-]*(?:[ \t\[{].*)?)?"
    r"|<<<[ \t]+\S*/\S*(?:[ \t].*)?|@\[code[\w{},: -]*\]\([^()\s]+\))[ \t]*$"
    r"|^(?:import[ \t]+(?:[\w*{}\s,$]+[ \t]+from[ \t]+)?['\"][^'\"]+['\"];?"
    r"|export[ \t]+(?:const|let|default|function)\b.*)[ \t]*$"
)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
# pymdownx.tabbed content tabs (`=== "Tab title"`, content indented below): read as an admonition, whose title is
# meta and whose indented content is Markdown (otherwise the marker is a paragraph and the content a code block).
_CONTENT_TAB = re.compile(r"^([ \t]*)===[!+]?[ \t]+(\".*\"|'.*')[ \t]*$")
# A line made only of Hugo shortcodes (`{{< name args >}}`, `{{% name %}}`, `{{< /name >}}`): a shortcode renders
# something of its own (a badge, a list of pages, an include), not the document's words.
_SHORTCODE_LINE = re.compile(r"^[ \t]*(?:\{\{([<%])-?[ \t]*(/?)[ \t]*([\w./-]*).*?-?[%>]\}\}[ \t]*)+$")
# A line made only of Liquid tags (Jekyll's `{% raw %}`, `{% endraw %}`, `{% include note.html %}`, `{% for x in y %}`):
# template logic, not words; the Jekyll docs had 40 '{% raw %}' / '{% endraw %}' sentences around their code blocks.
_LIQUID_LINE = re.compile(rf"^[ \t]*(?:{LIQUID_TAG}[ \t]*)+$")
# An ATX heading written without the space after its marks ("##Installation", "#Pipe Dreams"): CommonMark, and with
# it GitHub since 2017, GitLab, markdown-it (VitePress, Docusaurus) and Pandoc show the line as text, but Markdown.pl,
# Python-Markdown (MkDocs), kramdown (Jekyll) and GitHub's renderer before 2017 show a heading, and READMEs of those
# years are full of them: the author meant a heading, and as a sentence "##Installation" answers nothing. Two to six
# marks before a letter, or one before a capital after a blank line (not "#include", "#hashtag" or "#1"), at the
# start of a line of at most `_UNSPACED_HEADING_WORDS` words with no sentence's end in it ("v2.0" is none), read as a
# heading.
_UNSPACED_HEADING = re.compile(r"^(?:(#{2,6})[A-Za-z]|(#)[A-Z])(?:[^.;]|\.(?=\S))*$")
_UNSPACED_HEADING_WORDS = 8
# A table-of-contents placeholder on a line of its own (VitePress and markdown-it-toc's `[[toc]]`, GitLab's
# `[[_TOC_]]`, Python-Markdown's `[TOC]`, `${toc}`): the generator puts the headings' links there, not these words.
_TOC_LINE = re.compile(r"^[ \t]*(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\})[ \t]*$", re.IGNORECASE)
# MyST (Jupyter Book) and d2lbook Markdown, what notebook-based books publish: a target line `(sec-load)=` and
# d2lbook's `:label:`sec_autograd``, `:begin_tab:`pytorch``, `:end_tab:` lines name or wrap what follows and show
# nothing; a fenced admonition directive (```{note}, ```{admonition} Title) holds Markdown prose, not code, and is
# read as a `!!!` admonition, its option lines (`:class: dropdown`) left out.
_MYST_LINE = re.compile(
    r"^[ \t]*(?:\([\w.:-]+\)=|:(?:label|begin_tab|end_tab|eqlabel|width|height):(?:`[^`]*`)?)[ \t]*$"
)
_MYST_ADMONITION = re.compile(
    r"^([ \t]*)(`{3,}|~{3,})\{(note|warning|tip|hint|important|caution|attention|danger|error|seealso|admonition"
    r"|dropdown|topic)\}[ \t]*(.*?)[ \t]*$"
)
_MYST_OPTION = re.compile(r"^[ \t]*:[\w-]+:(?:[ \t].*)?$")
_CODE_SHORTCODE_FENCE = "~~~~~~~~~~"  # fences the raw body of a `{{< name >}}...{{< /name >}}` pair (TOML, code)
# `{ #anchor }` / `{#id .class}` attribute lists after a heading (attr_list).
_HEADING_ATTRIBUTES = re.compile(r"\s*\{:?\s*[#.][^{}]*\}\s*$")
# In running text: attr_list blocks (`{ .annotate }`, `{ .md-button }`, `{ style="color: red" }`), icon shortcodes of
# pymdownx.emoji (`:material-check:`, `:octicons-clock-24:`, `:fontawesome-brands-github:`, which render as images)
# inline Hugo shortcodes (`{{< new-in 0.1 />}}`, `{{% glossary-term x %}}`) and Liquid tags (`{%- include
# docs_version_badge.html version="4.0" -%}` after a Jekyll heading; `{% raw %}{{ include.content }}{% endraw %}` reads
# `{{ include.content }}`): not words a reader sees.
# A reference link whose text is only icons (`[:octicons-file-code-24:][_tabbed]{: .source-link }` opening each
# pymdown-extensions page, its reference defined in a snippet the site includes): an icon linking to the source, but
# the reference undefined here, it stood as "[][_tabbed]", a sentence of every page.
_ATTRIBUTE = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s{}\"']+))"
_ICON = r":(?:material|octicons|fontawesome|simple|twemoji)-[\w-]+:"
_INLINE_MARKUP = re.compile(
    # first: Liquid's `{% raw %}...{% endraw %}` shows what it holds as written, template expressions included
    r"\{%-?[ \t]*raw[ \t]*-?%\}(?P<raw>.*?)\{%-?[ \t]*endraw[ \t]*-?%\}"
    rf"|\[(?:[ \t]*{_ICON})+[ \t]*\]\[[^\]\n]*\]"
    rf"|[ \t]*\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}"
    rf"|{_ICON}[ \t]?"
    r"|\{\{[<%].*?[%>]\}\}"
    rf"|{TEMPLATE_IN_TEXT}"  # a Jinja/Liquid tag or output expression in running text
)


# A list indented by a tab or four spaces under a paragraph ("To install it you need:" over "\t1. Python 3.11 or
# newer."): CommonMark reads it as the paragraph's lazy continuation (no blank line between; one paragraph, its items
# cut into sentences at their numbers) or, after a blank line, as an indented code block, stored as code with no
# sentence. Its author meant a list, as plain-text READMEs write one, and a code block's lines do not open on a list
# marker and go on in words. Such lines (each item's text in words, no code's marks) are moved to the margin, so the
# parser reads a list. Inside a list item the margin is the item's text's column: a list indented a tab or four
# spaces deeper than that ("- Install the tool" over "      - Download the archive") was the item's continuation
# ("Install the tool - Download the archive") or code, and is the item's own list.
_INDENTED_ITEM = re.compile(
    r"^(?:\t| {4,})[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?![\w.-]+:(?:\s|$))[\"'*_`\[(]*[^\W\d_][^{};=<$|]*$"
)
_INDENTED = re.compile(r"^(?:\t| {4,})")
# A list item's first line: its marker and the spaces before its text (more than four: the text is code, one counts).
_ITEM_OPENING = re.compile(r"^ *(?:[-*+]|\d{1,9}[.)])(?: {1,4}(?=\S)| ?)")


def _item_column(line: str) -> int:
    """The column a list item's text starts at, given the item's first line."""
    opening = _ITEM_OPENING.match(line.expandtabs(4))
    return opening.end() if opening else 0


def _past(line: str, column: int) -> str | None:
    """`line` (tabs expanded) from `column` on, or None when it has text before that column."""
    expanded = line.expandtabs(4)
    return None if expanded[:column].strip() else expanded[column:]


def _indented_lists(source: str, tokens: Sequence[Token]) -> str | None:
    """`source` with each list indented under a paragraph (see `_INDENTED_ITEM`) moved to the margin (inside a list
    item, to the column of the item's text), or None when it has none."""
    lines = source.split("\n")
    runs: list[tuple[int, int, int]] = []  # [first, end) line ranges to move, and the margin to move them to
    margins: list[int | None] = []  # per open list item or block quote: its text's column (None: a quote's)
    for number, token in enumerate(tokens):
        if token.type in ("list_item_open", "blockquote_open"):
            opening = token.map[0] if token.map is not None else None
            margins.append(
                _item_column(lines[opening]) if opening is not None and token.type == "list_item_open" else None
            )
            continue
        if token.type in ("list_item_close", "blockquote_close"):
            margins.pop()
            continue
        margin = margins[-1] if margins else 0
        if margin is None or token.map is None or (not margins and token.level != 0):
            continue
        if token.type == "code_block" and number and tokens[number - 1].type == "paragraph_close":
            first, end = token.map
        elif token.type == "paragraph_open":
            opening, end = token.map
            first = next((at for at in range(opening + 1, end) if _deeper_item(lines[at], margin)), end)
        else:
            continue
        body = [shown for line in lines[first:end] if line.strip() and (shown := _past(line, margin)) is not None]
        if (
            body
            and len(body) == sum(1 for line in lines[first:end] if line.strip())
            and _INDENTED_ITEM.match(body[0])
            and all(_INDENTED.match(line) for line in body)
            and sum(_INDENTED_ITEM.match(line) is not None for line in body) * 2 > len(body)
        ):
            runs.append((first, end, margin))
    if not runs:
        return None
    for first, end, margin in runs:
        expanded = [line.expandtabs(4) for line in lines[first:end]]
        deepest = min(len(line) - len(line.lstrip(" ")) for line in expanded if line.strip())
        lines[first:end] = [" " * margin + line[deepest:] if line.strip() else "" for line in expanded]
    return "\n".join(lines)


def _deeper_item(line: str, margin: int) -> bool:
    """True for a list item's line indented a tab or four spaces past `margin` (see `_INDENTED_ITEM`)."""
    shown = _past(line, margin)
    return shown is not None and _INDENTED_ITEM.match(shown) is not None


def _strip_inline_markup(text: str) -> str:
    """`text` without the inline markup a reader never sees (`_INLINE_MARKUP`); a raw span keeps what it holds."""
    return _INLINE_MARKUP.sub(lambda match: match["raw"] or "", text)


# A link whose destination is a template expression (Hugo's `[add]({{< relref "cli#add" >}})`, Jekyll's
# `[x]({% link a.md %})`, `[x]({{ site.baseurl }}/a)`): its spaces make it no link to a Markdown parser, which showed
# "[add]()" once the shortcode was dropped. The site renders the link's text; the destination is never shown.
_TEMPLATE_LINK_TARGET = re.compile(rf"\]\((?:\{{\{{[<%]?.*?[%>]?\}}\}}|{LIQUID_TAG})[^()\s]*(?:[ \t]+\"[^\"]*\")?\)")
# A link or picture whose destination holds spaces, unescaped ("[Getting started](Getting Started.md)", "![Login
# screen](login screen.png)", as Obsidian and wiki exports write them): no link to CommonMark, which showed it as
# written, brackets and path, and a navigation line of them was quoted. Its destination is read in angle brackets, as
# CommonMark writes one with spaces; only a path to a page or a picture is taken for one ("[0, 1](a b)" stays).
_SPACED_LINK_TARGET = re.compile(
    r"\]\(((?:\.{0,2}/)?[^\s()<>\"'][^()<>\"'\n]*?\s[^()<>\"'\n]*?"
    r"\.(?:md|mdx|markdown|html?|ipynb|rst|pdf|png|jpe?g|gif|svg|webp))(#[^\s()]*)?\)",
    re.IGNORECASE,
)
# Hugo's escaped shortcode, shown literally in code: `{{</* foo */>}}` reads `{{< foo >}}`.
_ESCAPED_SHORTCODE = re.compile(r"\{\{([<%])/\*[ \t]*(.*?)[ \t]*\*/([%>])\}\}")
# The page's summary in its front matter (VitePress, Docusaurus, Jekyll, Hugo: `description: ...`, or `summary = ...`
# in TOML), the search engines' snippet, not shown on the page: meta, as a PEP's header is, so its words are words the
# document uses (never quoted). A YAML block scalar (`description: >` and indented lines under it) is read too.
_FRONT_MATTER_DESCRIPTION = re.compile(
    r"^description:[ \t]*(?:[>|][+-]?[ \t]*\n((?:[ \t]+\S.*(?:\n|$))+)|(\S.*?))[ \t]*$", re.MULTILINE
)
_TOML_DESCRIPTION = re.compile(r"^(?:description|summary)\s*=\s*(?:\"(.*)\"|'(.*)')\s*$", re.MULTILINE)
# Hugo's TOML front matter between `+++` lines (the front matter plugin reads YAML's `---` only).
_TOML_FRONT_MATTER = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_TITLE = re.compile(r"^title\s*=\s*(?:\"(.*)\"|'(.*)')\s*$", re.MULTILINE)


# MDX and Vue Markdown (Mintlify, Docusaurus, VuePress): components on lines of their own (`<Info>`, `<Tabs>`,
# `<Accordion title="..." icon="code">`, `</Card>`, `<ManualAnchor id="x" />`; HTML tags with a JSX expression or a
# Vue attribute, `<img style={{width: "100%"}} />`, `<template #slot>`, too) wrap Markdown. Parsed as HTML, a component
# swallowed its Markdown up to the next blank line, links and emphasis shown as written ("See [here](/developers/x)"),
# and a tag with a JSX expression was no HTML but a sentence ("<Update label=... rss={{ title: ..."): 530 sentences of
# Discord's API docs. The tag lines are blanked and the component's body read as Markdown, indented as its first line.
_HTML_ATTRIBUTE = r"""\s+[\w.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`{]+))?"""
# Python-Markdown's md_in_html (Material for MkDocs) reads the Markdown inside an HTML tag with a `markdown` attribute
# (`<figure markdown>`, `<figure markdown="span">`, `<div class="grid cards" markdown>`) as Markdown too: as an HTML
# block, a figure's picture was a sentence "![some image](https://picsum.photos/...)". Such a tag is a component, its
# closing tag alone on its line ends it; a <figcaption> stays HTML, read as a caption.
_MARKDOWN_VALUE = r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|\w+))?"""  # `markdown`, `markdown="span"`, `markdown=1`
_COMPONENT_TAG_START = re.compile(
    rf"[ \t]*</?(?:[A-Z][\w.-]*|template\b|[a-z][\w-]*(?=(?:{_HTML_ATTRIBUTE})*\s+(?:[#:@]|v-|[\w.-]+\s*=\s*\{{)))"
    rf"|[ \t]*<(?!figcaption\b)[a-z][\w-]*(?=(?:{_HTML_ATTRIBUTE})*?\s+markdown{_MARKDOWN_VALUE}[\s/>])"
)
# A Vue component's tag with a slot or a bound attribute (`<template #aside-outline-before>`, `<template
# #item="{ item }">`, `<Card :title="x">`) before text on its line: no HTML tag to CommonMark (its attribute's name
# starts with '#', ':' or '@'), so it stayed in the text as written. It shows no words.
_VUE_TAG = re.compile(rf"<[A-Za-z][\w.-]*(?:{_HTML_ATTRIBUTE})*\s+(?:[#:@]|v-)[^<>]*>")
# A line inside a component that is only a JSX expression ("{defaultOptions.profiles.bob.author}").
_JSX_EXPRESSION_LINE = re.compile(r"^[ \t]*\{[^{}]*\}[ \t]*$")
_COMPONENT_TAG_LINES = 12  # how many lines one tag's attributes may run over


def _component_tags_end(lines: list[str], number: int) -> tuple[int, list[str], str] | None:
    """When `lines[number]` starts with component tags (see `_COMPONENT_TAG_START`) that hold the whole line or run
    over several lines: the number of the tags' last line, the tags' names (a closing tag's with "/" before it, a
    self-closing one's with "/" after it) and the rest of that last line after them."""
    text = "\n".join(lines[number : number + _COMPONENT_TAG_LINES])
    names: list[str] = []
    position = 0
    while (start := _COMPONENT_TAG_START.match(text, position)) is not None:
        name = text[start.start() : start.end()].strip()[1:]
        quote, depth, index = "", 0, start.end()
        while index < len(text):
            character = text[index]
            if quote:
                quote = "" if character == quote else quote
            elif character in "\"'":
                quote = character
            elif character == "{":
                depth += 1
            elif character == "}":
                depth -= 1
            elif character == ">" and depth <= 0:
                break
            index += 1
        else:
            return None
        names.append(name + "/" if text[index - 1] == "/" else name)
        position = index + 1
        rest = text[position:].split("\n", 1)[0]
        end = number + text[:position].count("\n")
        if not rest.strip() or (end > number and not _COMPONENT_TAG_START.match(rest)):
            return end, names, rest
    return None


# An HTML element that kramdown (Jekyll) and Python-Markdown (MkDocs) read as HTML down to its closing tag, blank lines
# and all, when it opens at a line's start: CommonMark ends its HTML block at the first blank line, and the indented
# HTML after it was a code block. A Jekyll page written as HTML (kado's "Getting Started", openschemas' home page:
# '<div class="col s12 l8 xl9">' over '    <h4 ...>Browser Support</h4>' and its paragraphs after a blank line) was
# code from there on, its sentences none. An md_in_html element (`markdown` attribute) wraps Markdown: not one of them.
_WHOLE_HTML_ELEMENT = re.compile(
    r"^<(div|section|article|main|aside|table|dl|figure|center)\b(?![^>]*\bmarkdown\b)[^>]*>", re.IGNORECASE
)
_INDENTED_TAG = re.compile(r"^(?: {4,}|\t)[ \t]*<[A-Za-z/]")
# What stands for a blank line inside such an element: a comment, no text, and no blank line to end the HTML block.
_HELD_BLANK = "<!-- -->"
# How many lines on an element's closing tag is looked for (a page whose <div> never closes is not read to its end for
# each one).
_ELEMENT_LINES = 2000


def _whole_html_elements(source: str) -> str:
    """`source` with the blank lines inside an HTML element kramdown reads whole (`_WHOLE_HTML_ELEMENT`) held by a
    comment, when an indented tag after one of them would be code to CommonMark; other Markdown stays as it is."""
    if "<" not in source:
        return source
    lines = source.split("\n")
    number = 0
    while number < len(lines):
        opening = _WHOLE_HTML_ELEMENT.match(lines[number])
        end = _element_end(lines, number, opening.group(1)) if opening else None
        if end is None:
            number += 1
            continue
        inside = range(number + 1, end)
        if any(not lines[n].strip() and _INDENTED_TAG.match(lines[n + 1]) for n in inside):
            for n in inside:
                if not lines[n].strip():
                    lines[n] = _HELD_BLANK
        number = end + 1
    return "\n".join(lines)


def _element_end(lines: list[str], start: int, name: str) -> int | None:
    """The line whose closing tag closes the element `name` opened on line `start`, or None."""
    opens = re.compile(rf"<{name}\b", re.IGNORECASE)
    closes = re.compile(rf"</{name}\s*>", re.IGNORECASE)
    depth = 0
    for number in range(start, min(len(lines), start + _ELEMENT_LINES)):
        depth += len(opens.findall(lines[number])) - len(closes.findall(lines[number]))
        if depth <= 0:
            return number
    return None


def _drop_directives(source: str) -> str:
    """Blank out directive lines outside fenced code (see `_DIRECTIVE_LINE`, `_SHORTCODE_LINE`); content tabs become
    admonitions, a Hugo `{{< name >}}` ... `{{< /name >}}` pair on lines of its own fences its body as code, and
    component tags on lines of their own go, their body read as Markdown (see `_COMPONENT_TAG_START`)."""
    lines = source.split("\n")
    fence: str | None = None
    # The open components, innermost last: each one's name and the indent its body is read without.
    components: list[tuple[str, int | None]] = []
    skip_to = -1
    for number, line in enumerate(lines):
        if number <= skip_to:
            continue
        if components:
            component, body_indent = components[-1]
            if body_indent is None and line.strip():
                body_indent = len(line) - len(line.lstrip(" \t"))
                components[-1] = (component, body_indent)
            line = lines[number] = line[min(body_indent or 0, len(line) - len(line.lstrip(" \t"))) :]
            if fence is None and _JSX_EXPRESSION_LINE.match(line):
                lines[number] = ""  # what a JavaScript expression renders to is not in the file
                continue
        if components and fence is None and line.strip() == f"</{components[-1][0]}>":
            lines[number] = ""  # an md_in_html tag's closing tag (a component's is one of `_COMPONENT_TAG_START`)
            components.pop()
            continue
        if fence is None and (tags := _component_tags_end(lines, number)) is not None:
            last, names, rest = tags
            for tag in names if not rest.strip() else names[:-1]:  # a tag with text after it closes on that line
                if tag.startswith("/"):
                    if components and components[-1][0] == tag[1:]:
                        components.pop()
                elif not tag.endswith("/"):
                    components.append((tag, None))
            lines[number:last] = [""] * (last - number)
            lines[last] = rest.strip()
            skip_to = last
            continue
        if fence is None and (admonition := _MYST_ADMONITION.match(line)):
            _myst_admonition(lines, number, admonition)
            line = lines[number]
        match = _FENCE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            continue
        if fence is not None:
            continue
        if _DIRECTIVE_LINE.match(line) or _LIQUID_LINE.match(line) or _MYST_LINE.match(line) or _TOC_LINE.match(line):
            lines[number] = ""
        elif (unspaced := _UNSPACED_HEADING.match(line.rstrip())) and _unspaced_heading(unspaced, lines, number):
            marks = unspaced.group(1) or unspaced.group(2)
            lines[number] = f"{marks} {line[len(marks) :]}"
        elif "](" in line and _TEMPLATE_LINK_TARGET.search(line):
            lines[number] = _TEMPLATE_LINK_TARGET.sub("](#)", line)
        elif "](" in line and _SPACED_LINK_TARGET.search(line):
            lines[number] = _SPACED_LINK_TARGET.sub(r"](<\1\2>)", line)
        elif tab := _CONTENT_TAB.match(line):
            lines[number] = f'{tab.group(1)}!!! tab "{tab.group(2)[1:-1]}"'
        elif shortcode := _SHORTCODE_LINE.match(line):
            lines[number] = ""
            delimiter, closing, name = shortcode.groups()
            if delimiter == "<" and not closing and name and not line.rstrip().endswith("/>}}"):
                end = re.compile(rf"^[ \t]*\{{\{{<-?[ \t]*/[ \t]*{re.escape(name)}[ \t]*-?>\}}\}}[ \t]*$")
                close = next((n for n in range(number + 1, len(lines)) if end.match(lines[n])), None)
                if close is not None:  # the fence keeps the shortcode's indent (inside a list item, say)
                    indent = line[: len(line) - len(line.lstrip())]
                    lines[number] = lines[close] = indent + _CODE_SHORTCODE_FENCE
                    fence = _CODE_SHORTCODE_FENCE
    return "\n".join(lines)


def _unspaced_heading(match: re.Match[str], lines: list[str], number: int) -> bool:
    """Whether a line `_UNSPACED_HEADING` matched is a heading: a short title, and one mark only after a blank line
    (or at the top), not a paragraph's line."""
    if len(match.group(0).split()) > _UNSPACED_HEADING_WORDS:
        return False
    return bool(match.group(1)) or number == 0 or not lines[number - 1].strip()


def _myst_admonition(lines: list[str], number: int, opening: re.Match[str]) -> None:
    """Rewrite a MyST fenced admonition (see `_MYST_LINE`) starting at `lines[number]` as a `!!!` admonition whose
    body is indented under it, when its closing fence is found."""
    indent, marker, name, argument = opening.groups()
    closing = re.compile(rf"^[ \t]*{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
    close = next((n for n in range(number + 1, len(lines)) if closing.match(lines[n])), None)
    if close is None:
        return
    title = f' "{argument}"' if argument and name == "admonition" else ""
    lines[number] = f"{indent}!!! {'note' if name == 'admonition' else name}{title}"
    body = number + 1
    while body < close and _MYST_OPTION.match(lines[body]):
        lines[body] = ""
        body += 1
    for inside in range(body, close):
        if lines[inside].strip():
            lines[inside] = (
                f"{indent}    {lines[inside][len(indent) :] if lines[inside].startswith(indent) else lines[inside]}"
            )
    lines[close] = ""


# A role right before its code span: MyST's {numref}`fig-plot`, d2lbook's and Sphinx-in-Markdown's :numref:`sec_x`,
# :func:`name`. The role's name shows nothing; the code span shows what Sphinx shows for the target.
_ROLE_BEFORE_CODE = re.compile(r"(?:\{[a-z][\w:-]*\}|:[a-z][\w-]*:)\Z")
# A role's code span may carry an explicit title, shown instead of its target: {ref}`positional arguments <arguments>`.
_TITLED_TARGET = re.compile(r"^(.*?\S)\s*<[^<>]+>$", re.DOTALL)


# A self-closing component (Vue, JSX/MDX: its name starts with a capital) inside a line of text renders words of its
# own from its attributes: VuePress's `<Badge text="beta"/>`, the discord.js guide's `<DocsLink path="Client:Class"/>`
# (173 of them in its 65 pages: "use the <DocsLink .../> class" read "use the class", "from BaseInteraction to ."). The
# first attribute that names it is shown as written; bound attributes (`:name="expr"`) are code, icons and pictures
# show no words.
_INLINE_COMPONENT = re.compile(r"<([A-Z][\w.-]*)(\s[^<>]*)?/>\Z")
_NAMING_ATTRIBUTES = ("text", "label", "title", "name", "path")
_COMPONENT_ATTRIBUTE = re.compile(r"""(?<![\w:@.-])([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PICTURE = re.compile(r"icon|image|img|logo|emoji|avatar|svg|picture", re.IGNORECASE)
# An API reference path, `Name:Kind` or `Name:Kind#member` (the guide's DocsLink, after TypeDoc's URLs), shows as the
# page renders it, "Name" or "Name#member": shown whole, a plural glued to it read "ActionRowBuilder:Classs".
_API_PATH = re.compile(r"^(\w+):[A-Z]\w*(#\S+)?$")


def _component_text(html: str) -> str:
    """The words an inline self-closing component shows (see `_INLINE_COMPONENT`); "" for any other inline HTML."""
    component = _INLINE_COMPONENT.match(html.strip())
    if component is None or _PICTURE.search(component.group(1)):
        return ""
    attributes = _COMPONENT_ATTRIBUTE.finditer(component.group(2) or "")
    values = {m.group(1).lower(): m.group(2) or m.group(3) or "" for m in attributes}
    shown = next((values[name] for name in _NAMING_ATTRIBUTES if values.get(name, "").strip()), "")
    return _API_PATH.sub(r"\1\2", shown)


# Wiki links (GitHub wikis, Obsidian, Foam): `[[Widget Store]]` shows "Widget Store", `[[Page|the page]]` shows "the
# page", and an embed `![[diagram.png]]` shows the embedded file, not its name. One word in double brackets is left as
# written: it is as often a notation ("[[Prototype]]", C++'s "[[noreturn]]": 12 blocks of Node.js's changelogs).
_WIKILINK = re.compile(r"(!?)\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")
# A quote block opening with a callout's marker: GitHub's alerts (`> [!NOTE]`) and Obsidian's callouts, which may
# fold (`> [!tip]-`) and have a title (`> [!warning] Breaking change`). The marker shows as an icon and a label, the
# title as a box title: neither is a sentence of the text. Words after the marker that run on into the next line
# ("[!TIP] Once the branch is up-to-date you can use the" / "create-release-proposal action ...") are the text.
_CALLOUT = re.compile(r"\A\[![\w-]+\][+-]?[ \t]*([^\n]*)(?:\n|\Z)")
_CALLOUT_TITLE_WORDS = 8


def _wikilink_text(link: re.Match[str]) -> str:
    embed, target, alias = link.groups()
    if embed:
        return ""
    if alias is not None:
        return alias
    return target if len(target.split()) > 1 else link.group(0)


def _callout_split(text: str) -> tuple[str, str] | None:
    """A callout's title ("" when none) and its text, when `text` (a quote block's first paragraph) opens with a
    callout's marker (see `_CALLOUT`)."""
    marker = _CALLOUT.match(text)
    if marker is None:
        return None
    title, rest = marker.group(1), text[marker.end() :]
    if len(title.split()) > _CALLOUT_TITLE_WORDS or (rest[:1].islower() and title):
        return "", text[text.index("]") + 1 :].lstrip("+-").lstrip(" \t")
    return title, rest


def _role_target_text(target: str) -> str:
    """What Sphinx shows for a role's target: its explicit title ("title <target>"), else its short form."""
    titled = _TITLED_TARGET.match(target)
    return titled.group(1) if titled else _SHORT_TARGET.sub("", target)


def _inline_text(tokens: Sequence[Token] | None) -> str:
    """The text a reader sees: code keeps its characters, markup and link targets go, images give their alt text."""
    out: list[str] = []
    for index, token in enumerate(tokens or ()):
        previous = tokens[index - 1].type if tokens and index else ""  # a role's name is in a text token
        if token.type == "text":
            out.append(_WIKILINK.sub(_wikilink_text, _strip_inline_markup(_VUE_TAG.sub("", token.content))))
        elif token.type == "code_inline":
            content = token.content
            if out and previous == "text" and _ROLE_BEFORE_CODE.search(out[-1]):
                out[-1] = _ROLE_BEFORE_CODE.sub("", out[-1])
                content = _role_target_text(content)
            out.append(_ESCAPED_SHORTCODE.sub(r"{{\1 \2 \3}}", content))
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif token.type == "image":
            out.append(_inline_text(token.children))
        elif token.type == "html_inline":
            out.append(_component_text(token.content))
    return "".join(out)


def markdown_text(source: str, code_spans_in_html: bool = False) -> ExtractedText:
    """Read Markdown: headings, paragraphs, list items, table rows, code blocks; front matter gives the title.

    `code_spans_in_html`: an HTML block's text shows its `code spans` as code, without their backticks, as Jupyter
    renders a notebook's Markdown cells (a page's HTML block is shown as written, backticks and all)."""
    builder = BlockBuilder()
    title: str | None = None
    toml = _TOML_FRONT_MATTER.match(source)
    if toml:
        found = _TOML_TITLE.search(toml.group(1))
        title = (found.group(1) or found.group(2)) if found else None
        if described := _TOML_DESCRIPTION.search(toml.group(1)):
            builder.add("meta", described.group(1) or described.group(2))
        source = "\n" * toml.group(0).count("\n") + source[toml.end() :]
    prepared = _drop_directives(_whole_html_elements(source))
    tokens = _MARKDOWN.parse(prepared)
    if (listed := _indented_lists(prepared, tokens)) is not None:
        tokens = _MARKDOWN.parse(listed)
    containers: list[str] = []  # the open list items, admonitions, table rows... around the current token
    row: list[str] = []
    heading_level = 0
    # a description list's term, waiting to open its description's first paragraph (as a web page's <dt> and <dd>
    # are read: apart, the description lost the name a question asks it by)
    term: str | None = None
    navigation: list[bool] = []  # for each open list, whether it is a list of links only (`_navigation_list`)
    for number, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            navigation.append(_navigation_list(tokens, number))
        elif kind in ("bullet_list_close", "ordered_list_close") and navigation:
            navigation.pop()
        if term is not None and kind in ("dd_close", "fence", "code_block"):  # a description with no paragraph
            builder.add("list_item", term)
            term = None
        if kind == "front_matter":
            named = front_matter_title(token.content)
            if named is not None:
                title = named
            if described := _FRONT_MATTER_DESCRIPTION.search(token.content):
                builder.add("meta", collapse_space(described.group(1) or described.group(2)).strip().strip("'\""))
        elif kind.endswith("_open"):
            containers.append(kind)
            if kind == "heading_open":
                heading_level = int(token.tag[1])
            elif kind == "tr_open":
                row = []
        elif kind.endswith("_close"):
            if containers:
                containers.pop()
            if kind == "tr_close":
                builder.add_row(row, header="thead_open" in containers)
        elif kind in ("fence", "code_block"):
            builder.add("code", token.content)
        elif kind == "html_block":
            title = _add_html_block(builder, token.content, _prose_kind(containers), title, code_spans_in_html)
        elif kind == "inline":
            text = _inline_text(token.children)
            parent = containers[-1] if containers else ""
            if parent == "heading_open":
                text = _HEADING_ATTRIBUTES.sub("", text)
                if title is None and heading_level == 1:
                    title = collapse_space(text).strip()
                builder.add("heading", text, level=heading_level)
            elif parent in ("th_open", "td_open"):
                row.append(collapse_space(text).strip())
            elif parent == "dt_open":
                term = text if term is None else f"{term}\n{text}"  # terms in a row name one description
            elif parent == "paragraph_open" and _release_line_at(tokens, number, containers):
                # a release set as a bold line, not a heading: it heads its entries as one would, one level below
                # the heading it stands under
                builder.add("heading", text, level=min(heading_level + 1, 6) if heading_level else 2)
            elif parent == "admonition_title_open" or (
                parent == "paragraph_open"
                and (
                    _is_label(token.children)
                    or _only_pictures(token.children)
                    or _only_links(token.children)
                    or (navigation and navigation[-1])
                )
            ):
                builder.add("meta", text)
            elif term is None and parent == "paragraph_open" and (lines := _picture_lines(token.children)):
                for meta, words in lines:
                    builder.add("meta" if meta else _prose_kind(containers), words)
            else:
                if number >= 2 and tokens[number - 2].type == "blockquote_open" and (callout := _callout_split(text)):
                    title, text = callout
                    builder.add("meta", title)
                if term is not None and "dd_open" in containers and _DISPLAY_MATH.match(text):
                    text, term = f"{term}\n{text}", None
                elif term is not None and "dd_open" in containers:
                    builder.add(_prose_kind(containers), text, term=term)  # the term labels its description
                    term = None
                    continue
                builder.add("code" if _DISPLAY_MATH.match(text) else _prose_kind(containers), text)
    return builder.build("markdown", title)


# A heading in an HTML block, below level 2, inside an element or beside other blocks is the title of a box ('<div
# class="note warning"><h5>Destination folders are cleaned on site builds</h5><p>The contents ...' in Jekyll's docs):
# meta, as an admonition's title is, not the heading of the Markdown sections after the box. Once the document has its
# title, one at any level is: Vue's docs show a demo's output in '<div class="demo"><button>Toggle</button><h1
# v-else>Oh no 😢</h1>', and "Oh no 😢" headed every later section of its page in 7 translations.
_BOX_TITLE_LEVEL = 3
# A Markdown code span in an HTML block's text, where a notebook shows it as code: "press `Enter`" (one backtick each
# side; a run of two or more, or a span over a line end, is left as written).
_CODE_SPAN = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
_HEADING_TAG = re.compile(r"\s*<h[1-6][\s>]", re.IGNORECASE)


def _add_html_block(
    builder: BlockBuilder, html: str, prose: BlockKind, title: str | None, code_spans: bool = False
) -> str | None:
    """Add an HTML block's blocks as the HTML reader finds them: its headings, paragraphs, list items and table rows
    (read as one paragraph, a note's title ran into its first sentence and a table's cells into prose); a paragraph
    takes the kind of the Markdown around it (`prose`). Returns the document's title, the block's <h1> if none yet.
    With `code_spans` (see `markdown_text`), a code span's backticks are left out of the text."""
    fragment = html_fragment_blocks(html)
    text = fragment.text()
    blocks = fragment.blocks
    for block in blocks:
        # Liquid tags and shortcodes in an HTML block are template logic too (a badge's `{%- include ... -%}`)
        words = _strip_inline_markup(text[block.start : block.end])
        if code_spans:
            words = _CODE_SPAN.sub(r"\1", words)
        if block.kind == "heading":
            # an element read whole (its blank lines held: `_whole_html_elements`) is the page's body, and its
            # headings the page's sections
            boxed = (block.level >= _BOX_TITLE_LEVEL or title is not None) and _HELD_BLANK not in html
            if boxed and (len(blocks) > 1 or not _HEADING_TAG.match(html)):
                builder.add("meta", words)
                continue
            if title is None and block.level == 1:
                title = collapse_space(words).strip()
            builder.add("heading", words, level=block.level)
        elif block.label:  # a description list's term, kept as its description's label
            raw = text[block.start : block.end]
            term, description = raw[: block.label], raw[block.label + 1 :]
            kind = prose if block.kind == "paragraph" else block.kind
            builder.add(kind, _strip_inline_markup(description), term=_strip_inline_markup(term))
        else:
            builder.add(prose if block.kind == "paragraph" else block.kind, words, header=block.header)
    return title


# A paragraph that is only a short bold label ("**Input**" / "**Output**" over each of VitePress's examples, 46 of
# them in its guide): it names the code after it; as a sentence it was the answer to any question with "output" in it.
_LABEL_WORDS = 3
# A longer one in title case is a caption over a table or a figure ("**Snowflake ID Format Structure (Left to Right)**"
# in Discord's API docs answered "What is a snowflake?"): every word of 4 letters or more capitalised.
_TITLE_LABEL_WORDS = 10
_TITLE_WORD_LETTERS = 4


def _is_label(children: Sequence[Token] | None) -> bool:
    tokens = [t for t in children or () if t.type != "softbreak" and not (t.type == "text" and not t.content.strip())]
    if len(tokens) != 3 or tokens[0].type != "strong_open" or tokens[-1].type != "strong_close":
        return False
    words = tokens[1].content.strip()
    if tokens[1].type != "text" or not words or words.endswith((".", "!", "?")):
        return False
    count = len(words.split())
    return count <= _LABEL_WORDS or (count <= _TITLE_LABEL_WORDS and _title_case(words))


# A paragraph that is only a release's name in bold, with its date or a short note after it ("**1.4.0** (2023-05-01)",
# "**v2.0.0** - 2024-03-01", "**Version 3.2**"): release notes that set their releases as bold lines rather than
# headings. At most this many words, on one line.
_RELEASE_LINE_WORDS = 8
_ITEM_CONTAINERS = frozenset({"list_item_open", "blockquote_open", "dd_open", "footnote_open"})


def _is_release_line(token: Token) -> bool:
    children = [t for t in token.children or () if not (t.type == "text" and not t.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or any(t.type.endswith("break") for t in children):
        return False
    closing = next((i for i, t in enumerate(children) if t.type == "strong_close"), 0)
    named = "".join(t.content for t in children[1:closing] if t.type in ("text", "code_inline"))
    shown = collapse_space(_inline_text(token.children)).strip()
    return (
        closing > 0
        and all(t.type == "text" for t in children[closing + 1 :])
        and _reads_as_release_line(named.strip(), shown)
    )


def _reads_as_release_line(named: str, shown: str) -> bool:
    """True when a line's bold part (`named`) names a release and the whole line (`shown`, its spaces collapsed) is a
    release heading of at most `_RELEASE_LINE_WORDS` words: a bold release line, in Markdown and in RST."""
    return is_version_heading(named) and len(shown.split()) <= _RELEASE_LINE_WORDS and is_version_heading(shown)


def _release_line_at(tokens: Sequence[Token], number: int, containers: list[str]) -> bool:
    """True when the paragraph of inline token `number` is a release line (`_is_release_line`) set on its own, or as a
    top-level list item's first line over the item's own list of entries ("* **1.2.0** (2022-03-26)" then "  * Fix
    ..."); a list item with no list under it is an entry that names its release ("- **1.1.0**: Add export")."""
    if not set(containers) & _ITEM_CONTAINERS:
        return _is_release_line(tokens[number])
    return (
        containers[-2:] == ["list_item_open", "paragraph_open"]
        and not set(containers[:-2]) & _ITEM_CONTAINERS
        and tokens[number - 2].type == "list_item_open"
        and number + 2 < len(tokens)
        and tokens[number + 2].type in ("bullet_list_open", "ordered_list_open")
        and _is_release_line(tokens[number])
    )


def _only_pictures(children: Sequence[Token] | None) -> bool:
    """True for a paragraph of pictures alone, linked or not: a README's badges ("PyPI - Version", "Coverage Status"
    as their alt texts) or its logo. Their alt texts name pictures; as a paragraph they answered questions. An
    attribute list after a picture (`![Login screen](a.png){ width="300" }`, Material for MkDocs) is not shown."""
    tokens = [
        t
        for t in children or ()
        if t.type not in ("softbreak", "hardbreak", "link_open", "link_close")
        and not (t.type == "text" and not _strip_inline_markup(t.content).strip())
    ]
    return bool(tokens) and all(t.type == "image" for t in tokens)


# A paragraph of two or more links and only separators between them ("[Index](Index.ipynb) - [Back](Output.ipynb) -
# [Next](Styling.ipynb)" opening and closing each of ipywidgets' example notebooks; "< [Intro](01.ipynb) | [Contents]
# (Index.ipynb) >"): a navigation bar, as a web page's block made only of links is, no sentence.
_LINK_SEPARATORS = re.compile(r"[\s|/<>\-\u2013\u2014\u00b7\u2022\u00ab\u00bb\u2190\u2192\[\]()]*")


def _only_links(children: Sequence[Token] | None, least: int = 2) -> bool:
    """True for a navigation bar: `least` links or more and nothing outside them but separators (see above)."""
    depth, links = 0, 0
    for token in children or ():
        if token.type == "link_open":
            depth, links = depth + 1, links + 1
        elif token.type == "link_close":
            depth -= 1
        elif (
            depth == 0
            and token.type not in ("softbreak", "hardbreak")
            and not (token.type == "text" and _LINK_SEPARATORS.fullmatch(token.content))
        ):
            return False
    return links >= least


# A list whose every item is only a link ("- [Install](install.md)", a docs index page's list of its pages, a README's
# contents) is navigation, as a table of contents is: each item names a page and says nothing ("Install" answered "How
# do I install it?" before the install page's steps). A list a sentence introduces ("... supports the following color
# palettes by default:") enumerates what the sentence names, linked or not, and stays.


def _navigation_list(tokens: Sequence[Token], opening: int) -> bool:
    """True when the list opened at token `opening` is a list of links (see above)."""
    before = tokens[opening - 2] if opening >= 2 and tokens[opening - 1].type == "paragraph_close" else None
    if before is not None and before.type == "inline" and _inline_text(before.children).rstrip().endswith(":"):
        return False
    depth, items = 0, 0
    for number in range(opening, len(tokens)):
        token = tokens[number]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                return items > 0
        elif token.type == "list_item_open" and depth == 1:
            items += 1
            body = tokens[number + 1 : number + 4]
            if [t.type for t in body] != ["paragraph_open", "inline", "paragraph_close"]:
                return False
            if not _only_links(body[1].children, 1):
                return False
    return False


# A line of pictures in a paragraph with text (a screenshot over its credit or caption, a badge over a sentence): its
# alt text names the picture and a caption line beside it (`is_caption_line`) says who took it or what it shows
# ("![Image of Veloren](shot.webp)" / "| _Taken by @bidgehop_" in the Veloren book: "Image of Veloren | Taken by
# @bidgehop" answered "What is Veloren?"). Both are meta, as a paragraph of pictures alone is; a sentence beside the
# picture stays prose.


def _picture_lines(children: Sequence[Token] | None) -> list[tuple[bool, str]] | None:
    """A paragraph holding a line of pictures alone (see above) as runs of lines, each with whether
    it is meta (the pictures and their captions) and its text; None for any other paragraph."""
    lines: list[list[Token]] = [[]]
    for token in children or ():
        if token.type in ("softbreak", "hardbreak"):
            lines.append([])
        else:
            lines[-1].append(token)
    pictures = [_only_pictures(line) for line in lines]
    if not any(pictures):
        return None
    return picture_runs(pictures, [_inline_text(line) for line in lines])


def _title_case(words: str) -> bool:
    """True when every word of `_TITLE_WORD_LETTERS` letters or more in `words` starts with a capital."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", words) if len(w) >= _TITLE_WORD_LETTERS]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


# A paragraph that is only display math (`$$ ... $$`, as Jupyter, MyST, MkDocs' arithmatex and KaTeX write it, or a
# LaTeX environment, bare or in `$`, as Jupyter's MathJax takes it: `$\begin{align} ... \end{align}$`): a formula is
# searchable like code, never quoted as a sentence.
_DISPLAY_MATH = re.compile(r"\A\s*(?:\$\$.+\$\$|\$?\\begin\{([a-zA-Z]+\*?)\}.+\\end\{\1\}\$?)\s*\Z", re.DOTALL)


def _prose_kind(containers: list[str]) -> BlockKind:
    if "footnote_open" in containers:
        return "meta"
    return "list_item" if "list_item_open" in containers or "dd_open" in containers else "paragraph"


# reStructuredText -------------------------------------------------------------------------------------------------

# docutils settings that never touch the disk or the network and never stop on a document's errors: no
# `.. include::`, no `.. raw::`, system messages kept out of the tree (report_level 5) and never raised (halt_level 5).
_RFC2822_HEADER = re.compile(r"\A(?:[A-Z][A-Za-z-]*: .*\n(?:[ \t]+\S.*\n)*){2,}")
_RST_SETTINGS: dict[str, Any] = {
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "report_level": 5,
    "halt_level": 5,
    "warning_stream": False,
    "input_encoding": "unicode",
    "doctitle_xform": True,
    "sectsubtitle_xform": False,
    "embed_stylesheet": False,
    "_disable_config": True,
}


# Sphinx directives docutils does not know: without them, a directive and all its content became a system message
# and was left out ('.. versionadded:: 2.1' with its sentence, every '.. function::' description of an API page).
# Directives whose content is prose: the content is read as the document's body (an argument is a title, left out).
# Lesson and book extensions' boxes hold prose too (sphinx-lesson's '.. exercise::', '.. challenge::', '.. solution::'
# ..., sphinx-exercise's, sphinx-togglebutton's '.. toggle::', sphinx-book-theme's '.. margin::'): unknown, a course's
# exercises were left out, their section's title standing over nothing.
_SPHINX_PROSE = (
    "hlist", "only", "todo", "glossary", "tab", "tabs", "group-tab", "tab-set", "tab-item", "card", "grid",
    "grid-item", "grid-item-card", "dropdown", "exercise", "solution", "challenge", "discussion", "instructor-note",
    "demo", "type-along", "keypoints", "objectives", "questions", "prerequisites", "callout", "checklist", "homework",
    "toggle", "margin",
)  # fmt: skip
# ... and those whose argument is prose too: '.. seealso:: Text', '.. versionadded:: 2.1 Text' (after the version).
_SPHINX_ARGUMENT_PROSE = ("seealso", "centered")
_SPHINX_VERSIONS = ("versionadded", "versionchanged", "deprecated", "versionremoved")
# Object descriptions: the signature is code (searchable, not quoted), the content prose.
_SPHINX_OBJECTS = (
    "function", "class", "method", "staticmethod", "classmethod", "attribute", "property", "data", "exception",
    "decorator", "decoratormethod", "envvar", "option", "confval", "describe", "object", "type", "member", "macro",
    "struct", "enum", "enumerator", "var", "directive", "role", "directive:option",
)  # fmt: skip
_SPHINX_DOMAINS = ("py", "js", "c", "cpp", "rst", "std")
# Directives whose content is code.
_SPHINX_CODE = (
    "code-block", "sourcecode", "productionlist", "doctest", "testcode", "testoutput", "testsetup", "ipython",
    "jupyter-execute", "mermaid", "graphviz", "digraph", "graph", "uml", "prompt", "code-tab",
)  # fmt: skip
# Sphinx's text roles (its standard roles that show their text, not a link's target): docutils does not know them, so
# they reached `_UNKNOWN_ROLE` below, whose short-target rule took ":file:`~/.bashrc`" for a Python target and showed
# "/.bashrc" (".bash_profile" as "bash_profile"). Registered, they show their text as written, as Sphinx does, except
# :samp:'s {placeholders} (shown without braces), :menuselection:'s "-->" (a triangular bullet) and the "&" marking an
# accelerator key in :menuselection: and :guilabel: ("&&" is an ampersand).
_SPHINX_TEXT_ROLES = (
    "file", "samp", "command", "program", "kbd", "envvar", "menuselection", "guilabel", "mailheader", "makevar",
    "mimetype", "newsgroup", "regexp", "dfn",
)  # fmt: skip
_SAMP_PART = re.compile(r"\\([\\{}])|[{}]")  # a backslash-escaped brace or backslash, or a placeholder's brace
_ACCELERATOR = re.compile(r"&(&?)")
_sphinx_registered = False
# Marks the container of an object description (`.. function:: on_message(message)` and its text): the signature
# heads the description as a section of its own. Read as code, its words went to the sentence before it, the end of
# the previous object's description, and "Called when a message is deleted." said which event nowhere.
_OBJECT_CLASS = "docbot-object"


def _register_sphinx_directives() -> None:
    """Teach docutils the Sphinx directives and text roles above (once; docutils keeps a process-wide registry)."""
    global _sphinx_registered
    if _sphinx_registered:
        return
    from docutils import nodes  # type: ignore[import-untyped]
    from docutils.parsers.rst import Directive, directives, roles  # type: ignore[import-untyped]
    from docutils.statemachine import StringList  # type: ignore[import-untyped]

    class AnyOptions(dict[str, Any]):
        """Accepts every option (':noindex:', ':type: int' ...) and ignores its value (not empty: docutils reads
        options only when the spec is true)."""

        def __init__(self) -> None:
            super().__init__(any=directives.unchanged)

        def __getitem__(self, key: str) -> Any:
            return directives.unchanged

        def __contains__(self, key: object) -> bool:
            return True

    class Body(Directive):  # type: ignore[misc]
        optional_arguments = 1
        final_argument_whitespace = True
        has_content = True
        option_spec = AnyOptions()
        signature = False
        code = False
        argument_prose = False

        def run(self) -> list[Any]:
            if self.code:
                return [nodes.literal_block("", "\n".join(self.content))] if self.content else []
            node = nodes.container()
            if self.signature and self.arguments:
                node["classes"].append(_OBJECT_CLASS)
                node += nodes.literal_block("", self.arguments[0])
            if self.argument_prose and self.arguments:
                text = self.arguments[-1] if self.required_arguments < len(self.arguments) else ""
                if text:
                    self.state.nested_parse(StringList(text.split("\n")), self.content_offset, node)
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    class Signature(Body):
        signature = True

    class Code(Body):
        code = True

    class ArgumentProse(Body):
        argument_prose = True

    class Version(ArgumentProse):
        required_arguments = 1

    for name in _SPHINX_PROSE:
        directives.register_directive(name, Body)
    for name in _SPHINX_ARGUMENT_PROSE:
        directives.register_directive(name, ArgumentProse)
    for name in _SPHINX_VERSIONS:
        directives.register_directive(name, Version)
    for name in _SPHINX_CODE:
        directives.register_directive(name, Code)
    for name in _SPHINX_OBJECTS:
        # A bare `.. role:: name(base)` is docutils' own, which defines a role (Sphinx keeps it; the object is
        # `.. rst:role::`): read as an object, "code-py(code)" headed a whole page as its section.
        if name != "role":
            directives.register_directive(name, Signature)
        for domain in _SPHINX_DOMAINS:
            directives.register_directive(f"{domain}:{name}", Signature)

    def text_role(
        name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None
    ) -> tuple[list[Any], list[Any]]:
        """A Sphinx text role's text as Sphinx shows it (see `_SPHINX_TEXT_ROLES`), backslash escapes undone."""
        shown = nodes.unescape(text)
        if name == "samp":
            shown = _SAMP_PART.sub(lambda found: found.group(1) or "", shown)
        elif name == "envvar":  # a link to the variable's description: "title <NAME>" shows its title
            if shown.startswith("!"):  # no link: the text as written
                shown = shown[1:]
            else:
                titled = _TITLED_TARGET.match(shown)
                shown = titled.group(1) if titled else shown
        elif name in ("menuselection", "guilabel"):
            shown = _ACCELERATOR.sub(lambda found: found.group(1), shown)
            if name == "menuselection":
                shown = shown.replace("-->", "\N{TRIANGULAR BULLET}")
        return [nodes.literal(rawtext, shown)], []

    for name in _SPHINX_TEXT_ROLES:
        roles.register_canonical_role(name, text_role)
    _sphinx_registered = True


def rst_text(source: str) -> ExtractedText:
    """Read reStructuredText through docutils' doctree: section titles, paragraphs, list items, rows, literal blocks."""
    from docutils import nodes
    from docutils.core import publish_doctree  # type: ignore[import-untyped]

    builder = BlockBuilder()
    title: str | None = None
    # PEPs open with an RFC 2822 header ("PEP: 8", "Title: ...", indented continuation lines): meta, and its title.
    header = _RFC2822_HEADER.match(source)
    if header:
        builder.add("meta", header.group(0))
        found = FRONT_MATTER_TITLE.search(header.group(0).replace("Title:", "title:"))
        title = found.group(1) if found else None
        source = source[header.end() :]
    _register_sphinx_directives()
    document = publish_doctree(source, settings_overrides=_RST_SETTINGS)

    section_level = 1  # the level of the last section title: an object description is a section below it
    # docutils lifts a lone top section's title to the document's and its lone subsection's to the subtitle (restic's
    # "Examples" over "Setting up restic with Amazon S3", each over- and underlined): the sections under the
    # subtitle's are a level below it, not beside it ("Preface" stood as a level-2 section after the subtitle)
    below_subtitle = 0
    # what may stand between a section's title and the document's own fields
    preamble_kinds = (nodes.title, nodes.subtitle, nodes.comment, nodes.target, nodes.substitution_definition)

    def described(terms: str, description: Any, depth: int, list_depth: int, objects: int) -> None:
        """A description list's item (a definition list's term or a field's name, and its description): the term
        labels the description's first paragraph; the description's other blocks follow one list level deeper."""
        parts = list(description.children) if description is not None else []
        if parts and isinstance(parts[0], nodes.paragraph) and terms.strip():
            builder.add("list_item", _rst_inline(parts.pop(0)), term=terms)  # the term labels its description
        elif terms.strip():
            builder.add("list_item", terms)
        for child in parts:
            visit(child, depth, list_depth + 1, objects)

    def visit(node: nodes.Node, depth: int, list_depth: int, objects: int = 0) -> None:
        nonlocal title, section_level, below_subtitle
        if isinstance(node, nodes.topic) and "contents" in node["classes"]:
            return  # `.. contents::`: the sections' titles again, as links (discord.py's FAQ: "Questions" above all)
        if isinstance(node, nodes.title) and isinstance(node.parent, (nodes.topic, nodes.sidebar, nodes.admonition)):
            # A box's title, not a section of the document: `.. admonition:: Title`'s was a heading, and every
            # paragraph after the box, up to the next section, stood under it (Sphinx's "Getting started").
            builder.add("meta", _rst_inline(node))
            return
        if isinstance(node, nodes.title):
            level = 1 if isinstance(node.parent, nodes.document) else min(depth + 1 + below_subtitle, 6)
            text = _rst_inline(node)
            # The first section's title is the page's, as Sphinx takes it, also when docutils did not lift it to the
            # document's (a field list such as `:orphan:` or a label above it).
            if title is None and (level == 1 or not any(b.kind == "heading" for b in builder.blocks)):
                title = text
            builder.add("heading", text, level=level)
            section_level = level
            return
        if isinstance(node, nodes.subtitle):
            builder.add("heading", _rst_inline(node), level=2)
            section_level = 2
            # a manual page's subtitle over its fields (rst2man's "frobnicate files in a tree" over :Author:) is its
            # one-line summary, not a chapter: its sections stay beside it
            below_subtitle = 0 if any(isinstance(c, nodes.docinfo) for c in node.parent.children) else 1
            return
        if isinstance(node, nodes.container) and _OBJECT_CLASS in node["classes"] and node.children:
            signature, *description = node.children
            builder.add("heading", collapse_space(signature.astext()), level=min(section_level + 1 + objects, 6))
            for child in description:
                visit(child, depth, list_depth, objects + 1)
            return
        if isinstance(node, (nodes.literal_block, nodes.doctest_block)):
            builder.add("code", node.astext())
            return
        if isinstance(node, (nodes.comment, nodes.substitution_definition, nodes.target, nodes.system_message)):
            return
        if isinstance(node, nodes.row):
            cells = [collapse_space(_rst_inline(entry, " ")).strip() for entry in node.children]
            builder.add_row(cells, header=isinstance(node.parent, nodes.thead))
            return
        if isinstance(node, nodes.docinfo) or (
            # the document's own fields under its title when docutils did not lift them to its docinfo (a field
            # such as `:orphan:` above the title kept the title in its section): first in their section, no text
            # before them
            isinstance(node, nodes.field_list)
            and isinstance(node.parent, nodes.section)
            and all(isinstance(child, preamble_kinds) for child in node.parent.children[: node.parent.index(node)])
            and not any(block.kind in PROSE_KINDS for block in builder.blocks)
        ):
            builder.add("meta", collapse_space(node.astext()))  # the document's own fields: author, date, version
            return
        if isinstance(node, nodes.field):
            # A field list in the body (`:name: body`, often indented under an option or a directive, its body on
            # several lines) is a description list, read as definition lists are: an option's values, a program's
            # exit codes, a function's `:param x:` and `:returns:`. Read as meta, none of them could be found.
            name = next((child for child in node.children if isinstance(child, nodes.field_name)), None)
            body = next((child for child in node.children if isinstance(child, nodes.field_body)), None)
            label = collapse_space(_rst_inline(name, " ")).strip() if name is not None else ""
            if body is None or not body.children:
                builder.add("meta", label)  # a bare flag (`:orphan:`, `:nosearch:`): nothing to quote
            else:
                described(label, body, depth, list_depth, objects)
            return
        if isinstance(node, nodes.option_list_item):
            # an option list's item ("-v, --verbose  Print more ..."), a description list as a definition list is:
            # its options were no text at all (a bare option string is no paragraph), their description unnamed
            group = next((child for child in node.children if isinstance(child, nodes.option_group)), None)
            options = [_rst_option(option) for option in group.children] if group is not None else []
            description = next((child for child in node.children if isinstance(child, nodes.description)), None)
            described(", ".join(option for option in options if option), description, depth, list_depth, objects)
            return
        if isinstance(node, nodes.definition_list_item):
            # the term opens its definition's first paragraph, one item, as a web page's <dt> and <dd> are read:
            # apart, "``include_comments=True``" / "Include comment sections ..." lost the name a question asks by
            terms = "\n".join(_rst_inline(child) for child in node.children if isinstance(child, nodes.term))
            definition = next((child for child in node.children if isinstance(child, nodes.definition)), None)
            described(terms, definition, depth, list_depth, objects)
            return
        if isinstance(node, nodes.paragraph) and not list_depth and _rst_release_line(node):
            # a release set as a bold line ("**1.2.0 (2016-11-17)**"), as in Markdown: it heads its entries, a level
            # below the section it stands in
            builder.add("heading", _rst_inline(node), level=min(section_level + 1, 6))
            return
        if isinstance(node, (nodes.paragraph, nodes.line, nodes.term)):
            builder.add("list_item" if list_depth else "paragraph", _rst_inline(node))
            return
        child_depth = depth + 1 if isinstance(node, nodes.section) else depth
        child_lists = list_depth + 1 if isinstance(node, (nodes.list_item, nodes.definition_list_item)) else list_depth
        for child in node.children:
            visit(child, child_depth, child_lists, objects)

    visit(document, 0, 0)
    return builder.build("rst", title)


def _rst_release_line(paragraph: Any) -> bool:
    """True for a paragraph opening with a release's name in bold and only its date or a short note after it, on one
    line: "**1.2.0 (2016-11-17)**", "**2.0.0** - 2022-03-27" (`_is_release_line` in Markdown)."""
    from docutils import nodes

    children = paragraph.children
    if (
        not children
        or not isinstance(children[0], nodes.strong)
        or not all(isinstance(child, nodes.Text) for child in children[1:])
    ):
        return False
    shown = paragraph.astext()
    return "\n" not in shown.strip() and _reads_as_release_line(
        children[0].astext().strip(), collapse_space(shown).strip()
    )


def _rst_option(option: Any) -> str:
    """An option of an RST option list as shown: its string, and its argument after its delimiter ("--sub-auto=<no|
    fuzzy>", "-o FILE": docutils' option_argument shows its delimiter)."""
    return "".join(str(part.astext()) for part in option.children).strip()


# An interpreted-text role docutils does not know (Sphinx's :class:, :func:, :py:mod:, :rst:dir:, a PEP link with its
# own title) stays in the tree as the raw markup: its visible text is the title, without the role and the <target>.
# Sphinx shows `~a.b.c` as its last part "c", `!a.b` as "a.b" (no link) and `.a.b` (a suffix to search for) as "a.b".
# A text that is only a target in angle brackets has no title and shows as written, as Sphinx's explicit-title rule
# reads it (a title is one character or more): a custom role's ":html:`<em>`" showed nothing (": Text rendered in
# italics" in the Standard Ebooks manual).
_UNKNOWN_ROLE = re.compile(r"^(?::[\w.+:-]+:)?`(.+?)(?:\s*<[^<>]*>)?`(?::[\w.+:-]+:)?_{0,2}$", re.DOTALL)
_SHORT_TARGET = re.compile(r"^~[\w.]*\.(?=[\w()]+$)|^[~!]|^\.+(?=\w)")
# A substitution defined outside the file (Sphinx's rst_prolog in conf.py: discord.py's `|coroutine_link|_`) shows its
# name, without the bars: "must be a |coroutine_link|_." was quoted as written.
_UNDEFINED_SUBSTITUTION = re.compile(r"^\|([^|]+)\|_{0,2}$")
# A `:doc:` link without a title of its own: Sphinx shows the linked page's title, words of another file (which
# change with it), so a quote of the sentence was no slice of this document's text, and the same file read alone or in
# its folder gave two sentences. It shows its target's last part, as Sphinx's unresolved link shows the target
# (":doc:`/server`" reads "server", ":doc:`deploying/index`" "deploying", another project's ":doc:`req:index`" "req").
_DOC_LINK = re.compile(r"^:(?:std:)?doc:`([^`<>]+)`$")


def _doc_link_text(target: str) -> str:
    """What a `:doc:` link to `target` shows (see `_DOC_LINK`): its last part, an index page its folder's name."""
    project, _, path = target.strip().rpartition(":")
    parts = [part for part in path.split("/") if part not in {"", ".", ".."}]
    while len(parts) > 1 and parts[-1] == "index":
        parts.pop()  # "deploying/index" is the page of "deploying"
    if parts == ["index"] and project:
        return project  # another project's front page ("req:index")
    return parts[-1] if parts else target.strip()


def _rst_inline(node: Any, separator: str = "\n") -> str:
    """The visible text of a node: footnote and citation marks left out with the space before them, system messages
    left out, unknown roles reduced to text."""
    from docutils import nodes

    if isinstance(node, nodes.Text):
        return str(node.astext())  # backslash escapes undone: str() keeps docutils' NUL markers ("name\x00s")
    note_references = (nodes.footnote_reference, nodes.citation_reference)
    if isinstance(node, (*note_references, nodes.system_message, nodes.target)):
        return ""
    if isinstance(node, nodes.problematic):
        text = node.astext()
        if substitution := _UNDEFINED_SUBSTITUTION.match(text):
            return substitution.group(1)
        if link := _DOC_LINK.match(text):
            return _doc_link_text(link.group(1))
        found = _UNKNOWN_ROLE.match(text)
        return _SHORT_TARGET.sub("", found.group(1)) if found else text
    if isinstance(node, nodes.Element) and not isinstance(node, nodes.TextElement):
        return separator.join(_rst_inline(child, separator) for child in node.children)
    text = ""
    for child in node.children:
        # A footnote or citation mark left out takes the space before it along: "January 1, 2020 [#eol]_." read
        # "January 1, 2020 ." (what follows a mark is a space or punctuation, which docutils requires).
        text = text.rstrip() if isinstance(child, note_references) else text + _rst_inline(child, separator)
    return text
