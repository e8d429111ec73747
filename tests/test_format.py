"""Answers as Discord Markdown (bot/format.py): escaping, bolding, the 2,000-character limit and "not found"."""

from __future__ import annotations

import re

import pytest

from bot.format import (
    MESSAGE_LIMIT,
    escape_markdown,
    format_answer,
    format_hit,
    format_hits,
    format_report,
    format_sources_list,
    highlight,
    sources_pages,
)
from bot.terminal import without_markdown
from retrieval.models import Answer, Context, DocumentInfo, Hit, ReindexReport, Source
from retrieval.tokenize import tokenize

SOURCE = Source("news/seed.txt", "Putin urges cooperation", 8, 1)


def make_hit(
    text: str,
    question: str = "",
    sources: tuple[Source, ...] = (SOURCE,),
    context: Context = Context(),  # noqa: B008 - frozen dataclass
) -> Hit:
    terms = tuple(dict.fromkeys(t for t in tokenize(question) if t in set(tokenize(text))))
    return Hit(text=text, score=1.0, sources=sources, matched_terms=terms, context=context)


def unescaped(pattern: str, text: str) -> list[str]:
    """Occurrences of `pattern` (a regex) not preceded by a backslash."""
    return re.findall(r"(?<!\\)" + pattern, text)


HOSTILE = (
    "[click here](https://evil.example/steal) and ![img](https://evil.example/x.png) "
    "**fake bold** __under__ ~~strike~~ ||spoiler|| `code` <@123456> <#987> "
    "@everyone @here @EVERYONE"
)


def test_a_sentence_cannot_forge_links_or_markup() -> None:
    block = format_hit(make_hit(HOSTILE, "click strike"))
    quote = block.splitlines()[0]
    assert quote.startswith("> ")
    assert "](" not in block  # no [text](url) survives
    assert not unescaped(r"\[", quote) and not unescaped(r"\]", quote)
    assert not unescaped(r"\(", quote)
    assert not unescaped(r"`", quote)
    assert not unescaped(r"~~", quote) and not unescaped(r"\|\|", quote)
    assert not unescaped(r"<(?!https?://)", quote)  # user and channel mentions need a bare < (a <link> is none)
    assert not unescaped(r"__", quote)
    # the only unescaped double stars are the bold the formatter added around matched words
    assert unescaped(r"\*\*", quote) == ["**"] * 4
    assert "**click**" in quote and "**strike**" in quote


@pytest.mark.parametrize("mention", ["@everyone", "@here", "@Everyone", "@\u200beveryone", "@\u202ehere"])
def test_mass_mentions_never_render(mention: str) -> None:
    block = format_hit(make_hit(f"Tell {mention} about the okapi.", "okapi"))
    assert not re.search(r"@(everyone|here)", block, re.IGNORECASE), block
    # the words are still there for the reader
    assert re.search(r"@\u200b(everyone|here)", block, re.IGNORECASE)


def test_a_sentence_cannot_leave_the_quote_or_start_a_heading() -> None:
    text = "# Breaking news\n\n## Second\n> nested quote\n- list item\n1. numbered\n-# subtext\u2028next"
    block = format_hit(make_hit(text, "breaking news"))
    lines = block.splitlines()
    assert len(lines) == 2  # one quote line and one source line: line breaks in documents are flattened
    assert lines[0].startswith("> ") and lines[1].startswith("— ")
    assert not lines[0][2:].startswith(("#", ">", "-", "1."))
    assert lines[0].startswith("> \\# ")
    assert not unescaped(r">", lines[0][2:])


@pytest.mark.parametrize("text", ["> quoted", "- item", "+ item", "3. item", "   # spaced heading", "-# small"])
def test_line_start_markup_is_escaped(text: str) -> None:
    escaped = escape_markdown(text).lstrip()
    # Discord reads a backslash before punctuation only: "\\3." would show it, "3\\." shows "3." as no list.
    assert escaped.startswith("\\") or re.match(r"\d+\\\.", escaped), escaped


def test_a_number_after_a_bold_word_gets_no_stray_backslash() -> None:
    """Each piece between bold words was escaped as if it opened a line: "**lantern** \\2. Open" showed the
    backslash."""
    line = format_hit(make_hit("Step lantern 2. Open the valve.", "lantern")).splitlines()[0]
    assert line == "> Step **lantern** 2. Open the valve."


def test_a_web_address_in_a_sentence_stays_one_link() -> None:
    """A matched word inside an address was bolded ("https://example.org/**lantern**/download") and its "_" and "("
    escaped: the link led elsewhere. It is written whole in <...>, which Discord shows as a link without a preview;
    a masked link stays escaped."""
    text = "Get it at https://example.org/lantern/a_b_(c). See [the lantern](https://evil.example/x) too."
    line = format_hit(make_hit(text, "lantern")).splitlines()[0]
    assert "<https://example.org/lantern/a_b_(c)>." in line
    assert "\\[the **lantern**\\]\\(<https://evil.example/x>\\)" in line and "](" not in line
    assert without_markdown(line) == f"> {text}"


def test_an_address_ending_in_a_backslash_or_holding_a_mention_is_no_link() -> None:
    """A trailing backslash would escape the closing ">" (the address shown with a bare "<"); an address holding
    @everyone is escaped as text, so the mention is broken as everywhere else."""
    line = format_hit(make_hit("Mirror at https://example.org/a\\ and https://x.example/@everyone now.", "mirror"))
    first = line.splitlines()[0]
    assert "<https://example.org/a>\\\\" in first
    assert "@everyone" not in first and "<https://x.example" not in first
    # nor does Discord link it (with a preview card, which a deferred /ask cannot suppress): its colon is escaped
    assert "https\\://x.example/" in first and "https://x" not in first
    shown = without_markdown(first).replace("\u200b", "")  # the zero-width space that breaks the mention
    assert shown == "> Mirror at https://example.org/a\\ and https://x.example/@everyone now."


def test_context_lines_are_escaped_and_quoted() -> None:
    context = Context(before=("[a](http://x) @everyone",), after=("# heading after",))
    block = format_hit(make_hit("He added that the okapi sleeps.", "okapi", context=context))
    lines = block.splitlines()
    assert [line[:2] for line in lines[:3]] == ["> ", "> ", "> "]
    assert "](" not in block and "@everyone" not in block
    assert lines[2] == "> *\\# heading after*"


def test_invisible_and_bidi_characters_are_removed() -> None:
    block = format_hit(make_hit("The okapi\u202e sleeps\u200b in\u0007 the forest.", "okapi"))
    assert block.splitlines()[0] == "> The **okapi** sleeps in the forest."


def test_titles_and_paths_are_escaped_in_the_source_line() -> None:
    source = Source("we`ird/[x](y).md", "**Bold** title [link](http://e.x) @everyone", 3, 2)
    line = format_hit(make_hit("The okapi sleeps.", "okapi", sources=(source,))).splitlines()[-1]
    assert line.startswith("— *")
    assert "](" not in line.replace("`we'ird/[x](y).md`", "")  # inside a code span the path shows literally
    assert "`we'ird/[x](y).md`" in line
    assert "@everyone" not in line
    assert "paragraph 3" in line


def test_bolding_matched_words() -> None:
    question = "What did Putin say about a ceasefire?"
    text = 'Putin said "a ceasefire would be good" but Moscow doubts ceasefires.'
    assert highlight(text, tokenize(question)) == (
        '**Putin** said "a **ceasefire** would be good" but Moscow doubts **ceasefires**.'
    )
    assert highlight("almost a half-million people", tokenize("half-million")) == "almost a **half-million** people"
    assert highlight("counter U.S. sanctions", tokenize("US sanctions")) == "counter **U.S.** **sanctions**"
    assert highlight("the *okapi* sleeps", ["okapi"]) == "the \\***okapi**\\* sleeps"
    assert highlight("no match here", ["okapi"]) == "no match here"


def test_several_sources_are_listed() -> None:
    sources = tuple(Source(f"doc-{i}.txt", f"Doc {i}", i, 1) for i in range(1, 7))
    line = format_hit(make_hit("The okapi sleeps.", "okapi", sources=sources)).splitlines()[-1]
    assert "`doc-1.txt`" in line and "also in `doc-2.txt` ¶2, `doc-3.txt` ¶3, `doc-4.txt` ¶4 and 2 more" in line


def test_a_sentence_repeated_in_one_place_is_listed_once() -> None:
    """Repeated within one paragraph (other sentence numbers), the sentence stands in one place a reader can see."""
    sources = (
        Source("a.txt", "A", 2, 1),
        Source("a.txt", "A", 2, 3),
        Source("a.txt", "A", 2, 5),
        Source("b.txt", "B", 4, 1),
        Source("b.txt", "B", 4, 2),
        Source("c.pdf", "C", 1, 1, page=7),
        Source("d.pptx", "D", 5, 1, page=3),
    )
    line = format_hit(make_hit("The okapi sleeps.", "okapi", sources=sources)).splitlines()[-1]
    assert line.endswith("(also in `b.txt` ¶4, `c.pdf` p. 7, `d.pptx` slide 3)")
    alone = format_hit(make_hit("The okapi sleeps.", "okapi", sources=sources[:3])).splitlines()[-1]
    assert "also in" not in alone
    from bot.terminal import hit_text

    text = hit_text(make_hit("The okapi sleeps.", "okapi", sources=sources))
    assert text.endswith("  also in b.txt (paragraph 4), c.pdf (p. 7), d.pptx (slide 3)")


def long_sentence(words: int, seed: str = "okapi") -> str:
    return " ".join(f"{seed} word{i}" if i % 50 == 0 else f"word{i}" for i in range(words)) + "."


@pytest.mark.parametrize("limit", [MESSAGE_LIMIT, 1000, 500])
def test_format_hits_stays_within_the_limit_for_very_long_sentences(limit: int) -> None:
    context = Context(before=(long_sentence(300, "before"),), after=(long_sentence(300, "after"),))
    hits = [make_hit(long_sentence(2000), "okapi", context=context) for _ in range(10)]
    text, shown = format_hits(hits, limit)
    assert len(text) <= limit
    assert shown >= 1
    assert text.startswith("> ") and "**okapi**" in text
    assert text.count("\n— ") == shown


def test_the_first_hit_fits_even_with_a_huge_title_path_and_escapes() -> None:
    source = Source("deep/" * 400 + "file.md", "T" * 5000, 1, 1)
    many = tuple(Source(f"{'x' * 900}-{i}.txt", "t", 1, 1) for i in range(6))
    hits = [
        make_hit("*" * 6000 + " okapi " + "_" * 6000, "okapi", sources=(source,)),
        make_hit(long_sentence(3000), "okapi", sources=many),
    ]
    for hit in hits:
        text, shown = format_hits([hit])
        assert shown == 1 and 0 < len(text) <= MESSAGE_LIMIT
        assert "**okapi**" in text
    text = format_answer(Answer("Where is the okapi?", tuple(hits), False))
    assert 0 < len(text) <= MESSAGE_LIMIT
    assert "file.md" in text  # a long path keeps its file name


def test_hits_that_do_not_fit_are_left_out_whole() -> None:
    hits = [make_hit(f"Okapi fact number {i}: " + "the okapi is shy. " * 20, "okapi") for i in range(20)]
    text, shown = format_hits(hits)
    assert 1 <= shown < 20 and len(text) <= MESSAGE_LIMIT
    assert text.count("> Okapi fact number") == shown or text.count("> **Okapi** fact number") == shown
    assert text.endswith("paragraph 8")  # the last block is complete


def test_not_found_text() -> None:
    answer = Answer("What is the capital of Peru?", (), True, "Nothing in the documents shares a meaningful word.")
    assert format_answer(answer) == "**Not found.** Nothing in the documents shares a meaningful word."
    weak = Answer(
        "Is the okapi a *giraffe*?",
        (),
        True,
        "The documents do not seem to answer this.",
        weak=tuple(make_hit(long_sentence(800), "okapi") for _ in range(3)),
    )
    text = format_answer(weak)
    assert text.startswith("**Not found.** The documents do not seem to answer this.")
    assert "weak matches" in text and "> " in text
    assert len(text) <= MESSAGE_LIMIT


def test_format_paragraph_cuts_a_huge_paragraph_around_its_focus_before_escaping() -> None:
    from bot.format import format_paragraph

    sentences = [f"Sentence *{n}* of a paragraph of five megabytes." for n in range(100_000)]
    quoted = format_paragraph(sentences, 50_000, "— `huge.txt` · paragraph 1", 1000)
    assert len(quoted) <= 1000 and quoted.endswith("— `huge.txt` · paragraph 1")
    assert r"Sentence \*50000\*" in quoted and r"Sentence \*49999\*" in quoted and r"Sentence \*50001\*" in quoted
    one_long = format_paragraph(["x" * 5_000_000], 0, "— `a.txt`", 500)
    assert len(one_long) <= 500 and one_long.startswith("> xxx") and "…" in one_long


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("3. item", "3\\. item"),  # a number's full stop escaped: Discord shows "\3" with its backslash
        ("-# small print", "\\-# small print"),
        ("## Heading", "\\## Heading"),
        ("> quoted", "\\> quoted"),
        ("[x](y)", "\\[x\\]\\(y\\)"),
        ("||spoiler||", "\\|\\|spoiler\\|\\|"),
        ("At <t:1700000000:R> sharp", "At \\<t:1700000000:R\\> sharp"),
        ("Run </reindex:1> or <:okapi:1>", "Run \\</reindex:1\\> or \\<:okapi:1\\>"),
    ],
)
def test_discord_markup_in_a_document_shows_as_text(text: str, escaped: str) -> None:
    """Discord's Markdown (its "Markdown Text 101" guide, and discord.utils.escape_markdown, which escapes the same
    line starts) takes a backslash before any punctuation as "show this character", so each piece below renders as
    the document wrote it: no list, subtext, heading, quote, masked link, spoiler, timestamp, command or emoji."""
    assert escape_markdown(text) == escaped
    assert without_markdown(escaped) == text


def test_a_very_long_title_or_path_in_the_document_list_keeps_its_line_whole() -> None:
    """/docs list cut a line of more than half a message in the middle: a document titled with a paragraph lost its
    path and sentence count, and its italics stayed open into the next document's line."""
    documents = [
        DocumentInfo(1, "deep/" * 300 + "minutes.md", "Minutes of the meeting " * 100, 12),
        DocumentInfo(2, "b.md", "Budget", 4),
    ]
    page = sources_pages(documents, 1970)[0]
    first = page.splitlines()[1]
    assert first.endswith("minutes.md` · 12 sentences") and first.startswith("- *Minutes of the meeting")
    assert unescaped(r"\*", first) == ["*", "*"] and first.count("`") == 2
    assert page.splitlines()[2] == "- *Budget* · `b.md` · 4 sentences"


def test_a_report_naming_long_paths_closes_every_code_span() -> None:
    """The "Added:" line of a reindex naming twenty long paths was cut in a code span, which Discord then ran into
    the next line's: the names that fit are listed, and how many more."""
    added = tuple("folder/" * 40 + f"file{n}.md" for n in range(30))
    lines = format_report(ReindexReport(added=added, changed=("c.md",), documents=31)).splitlines()
    listed = next(line for line in lines if line.startswith("Added: "))
    shown = listed.count("file")
    assert listed.count("`") % 2 == 0 and listed.endswith(f"` and {30 - shown} more") and 0 < shown < 20
    assert "file0.md`" in listed
    assert "Changed: `c.md`" in lines


def test_the_terminal_keeps_long_titles_and_paths_whole() -> None:
    """The CLI (docbot sources, docbot index) formats with a limit far past a message's: nothing is shortened."""
    path, title = "deep/" * 300 + "minutes.md", "Minutes of the meeting " * 100
    listed = format_sources_list([DocumentInfo(1, path, title, 12)], limit=1_000_000)
    assert f"`{path}`" in listed and title.strip() in listed
    report = format_report(ReindexReport(added=(path,), documents=1), limit=1_000_000)
    assert f"Added: `{path}`" in report


def test_a_reports_counts_are_grouped_as_its_first_line_groups_them() -> None:
    """A folder of thousands of files: "5,000 documents" above "Added 5000, ..." and "and 4980 more"."""
    added = tuple(f"notes/n{n}.txt" for n in range(5000))
    lines = format_report(ReindexReport(added=added, unchanged=1200, documents=6200)).splitlines()
    assert lines[0].endswith("6,200 documents, 0 sentences.")
    assert lines[1] == "Added 5,000, changed 0, removed 0, unchanged 1,200, warnings 0."
    assert lines[2].startswith("Added: `notes/n0.txt`, ") and lines[2].endswith(" and 4,980 more")
