"""Reading documents: sentence splitting, paragraphs, offsets, Markdown, titles and decoding (retrieval/ingest/)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import pytest

from retrieval.ingest import document
from retrieval.ingest.decode import UnreadableDocument, decode_bytes
from retrieval.ingest.formats import extract
from retrieval.ingest.split import normalize_space, split_paragraphs
from retrieval.models import SentenceRecord

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9b990c146cc40a5f.txt"
SQUAD_SMALL = ROOT / "bench" / "data" / "squad-small"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return decode_bytes(SEED.read_bytes()).text


@pytest.fixture(scope="module")
def seed_sentences(seed_text: str) -> list[str]:
    return [record.text for record in document_sentences(seed_text)]


def document_sentences(text: str, name: str = "doc.txt") -> list[SentenceRecord]:
    """Every heading and sentence of `text` read as a file called `name` (headings included, as stored)."""
    return document.document_records(extract(name, text.encode()))


def document_title(text: str, file_stem: str, name: str = "doc.txt") -> str:
    return document.document_title(extract(name, text.encode()), file_stem)


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """The visible text of a Markdown document and its title."""
    extracted = extract("doc.md", markdown.encode())
    return extracted.text, extracted.title or document.document_title(extracted, "") or None


def sentences_of(text: str) -> list[str]:
    return [record.text for record in document_sentences(text)]


def the_sentence_with(sentences: list[str], fragment: str) -> str:
    found = [s for s in sentences if fragment in s]
    assert len(found) == 1, f"expected one sentence with {fragment!r}, got {found}"
    return found[0]


# --- the splitter's hard cases -------------------------------------------------------------------------------------


def test_us_mid_sentence_does_not_end_it(seed_sentences: list[str]) -> None:
    rouhani = the_sentence_with(seed_sentences, "counter U.S. sanctions")
    assert rouhani.startswith('"Iran and Turkey must further boost')
    assert rouhani.endswith("with his Iranian and Russian counterparts.")
    assert the_sentence_with(seed_sentences, "The U.S. and its allies") == (
        "The U.S. and its allies, however, believe it is Assad's forces who appear to be preparing a chemical "
        "attack in Idlib."
    )
    citing = the_sentence_with(seed_sentences, "alongside the U.S. the Iranian leader")
    assert citing.startswith("Citing Israel") and citing.endswith("by arming the anti-Assad forces.")


def test_abbreviated_month_does_not_end_a_sentence() -> None:
    paragraph = (
        'US special adviser Jim Jeffrey told reporters on Sept. 6 that "there is lots of evidence". '
        "Chemical weapons are being prepared. The talks began on Sept. 7 in Tehran."
    )
    assert sentences_of(paragraph) == [
        'US special adviser Jim Jeffrey told reporters on Sept. 6 that "there is lots of evidence".',
        "Chemical weapons are being prepared.",
        "The talks began on Sept. 7 in Tehran.",
    ]


def test_seed_date_stays_in_its_sentence(seed_sentences: list[str]) -> None:
    jeffrey = the_sentence_with(seed_sentences, "September 6")
    assert jeffrey.startswith("Russian Federation and Syria")
    assert jeffrey.endswith("by government forces in Idlib.")


def test_quotes_that_end_sentences(seed_sentences: list[str]) -> None:
    # A quotation followed by its attribution is one sentence ...
    assert (
        '"We do not want people of Idlib, who have suffered a lot, to be exposed to new catastrophes", he added.'
        in (seed_sentences)
    )
    # ... and a quotation closed by ". ends one; the next sentence starts after it.
    assert '"There are a million children".' in seed_sentences
    index = seed_sentences.index('"There are a million children".')
    assert seed_sentences[index - 1].endswith("to remove Iranian forces from the country.")
    assert seed_sentences[index + 1].startswith("Citing Israel alongside the U.S.")
    assert '"Any offensive is to us as objectionable as a reckless escalation".' in seed_sentences


def test_quote_ends_then_new_sentence_synthetic() -> None:
    paragraph = '"It will not hold", he added. The talks ended. "There are a million children". Aid is late.'
    assert sentences_of(paragraph) == [
        '"It will not hold", he added.',
        "The talks ended.",
        '"There are a million children".',
        "Aid is late.",
    ]


def test_hyphenated_names_and_numbers_stay_whole(seed_sentences: list[str]) -> None:
    assert the_sentence_with(seed_sentences, "al-Assad").endswith("opposition to Bashar al-Assad's regime.")
    fighters = the_sentence_with(seed_sentences, "10,000")
    assert fighters.startswith("An estimated 10,000 Al-Qaeda-linked fighters are among those rebels")
    assert fighters.endswith("displaced from other parts of Syria.")
    assert the_sentence_with(seed_sentences, "500,000").endswith("which has killed more than 500,000 people.")
    assert the_sentence_with(seed_sentences, "half-million").startswith("Already, almost a half-million people")


def test_seed_sentences_are_whole(seed_sentences: list[str]) -> None:
    assert len(seed_sentences) == 31
    for sentence in seed_sentences:
        assert sentence == sentence.strip() and "  " not in sentence and "\n" not in sentence
    # every sentence but the headlines and the trailing "Latest News" ends like a sentence
    prose = seed_sentences[3:-1]
    assert all(s.endswith((".", '."', '".')) for s in prose), [s for s in prose if not s.endswith(".")]


# --- paragraphs and offsets ----------------------------------------------------------------------------------------


def test_seed_paragraph_numbers(seed_text: str) -> None:
    records = document_sentences(seed_text)
    by_text = {r.text: r for r in records}
    title = records[0]
    assert (title.paragraph, title.sentence) == (1, 1)
    assert title.text == "Putin urges Russian special services, military to closely cooperate with Iran, Turkey"
    rouhani = next(r for r in records if "counter U.S. sanctions" in r.text)
    assert (rouhani.paragraph, rouhani.sentence) == (4, 1)
    assert (
        by_text["Stop Assad's assault on Idlib."].paragraph,
        by_text["Stop Assad's assault on Idlib."].sentence,
    ) == (
        13,
        2,
    )
    # Same count as the blank-line-separated blocks of the file
    blocks = [b for b in re.split(r"\n\s*\n", seed_text) if b.strip()]
    assert max(r.paragraph for r in records) == len(blocks) == 23


def test_paragraph_numbering_squad_style() -> None:
    # Title block is 1; several blank lines (or lines of spaces) are one separator; wrapped lines stay in a block.
    text = "A Title\n\nFirst block. It has two sentences.\n\n\n\nSecond block\nwrapped here.\n   \t\nThird block.\n"
    paragraphs = split_paragraphs(text)
    assert [(p.number, p.text) for p in paragraphs] == [
        (1, "A Title"),
        (2, "First block. It has two sentences."),
        (3, "Second block\nwrapped here."),
        (4, "Third block."),
    ]
    records = document_sentences(text)
    assert [(r.paragraph, r.sentence, r.text) for r in records] == [
        (1, 1, "A Title"),
        (2, 1, "First block."),
        (2, 2, "It has two sentences."),
        (3, 1, "Second block wrapped here."),
        (4, 1, "Third block."),
    ]


def _squad_normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@pytest.mark.skipif(not SQUAD_SMALL.is_dir(), reason="bench/data/squad-small is not in this tree")
def test_paragraph_numbers_match_squad_small() -> None:
    import json

    paragraphs: dict[tuple[str, int], str] = {}
    for path in (SQUAD_SMALL / "docs").glob("*.txt"):
        for record in document_sentences(decode_bytes(path.read_bytes()).text):
            key = (path.name, record.paragraph)
            paragraphs[key] = paragraphs.get(key, "") + " " + record.text
    questions = [json.loads(line) for line in (SQUAD_SMALL / "qa.jsonl").read_text().splitlines() if line.strip()]
    assert questions
    for question in questions:
        block = _squad_normalize(paragraphs[(question["doc"], question["paragraph"])])
        assert any(f" {_squad_normalize(g)} " in f" {block} " for g in question["gold"]), question


def test_offsets_point_at_the_sentence(seed_text: str) -> None:
    hard_wrapped = (
        "Title\n\nA sentence that is\nwrapped over lines.   Then   another one.\n\n\n  Indented block here.\n"
    )
    markdown = "# Head\n\nSome *text* with a [link](http://x.y). More `code` here.\n"
    for text, name in ((seed_text, "seed.txt"), (hard_wrapped, "wrapped.txt"), (markdown, "doc.md")):
        extracted = extract(name, text.encode())
        records = document.document_records(extracted)
        assert records
        for record in records:  # offsets into the document's visible text
            assert 0 <= record.start < record.end <= len(extracted.text)
            assert normalize_space(extracted.text[record.start : record.end]) == record.text
    assert [r.text for r in document_sentences(hard_wrapped)][1:] == [
        "A sentence that is wrapped over lines.",
        "Then another one.",
        "Indented block here.",
    ]


# --- Markdown ------------------------------------------------------------------------------------------------------


MARKDOWN = """---
title: front matter title
tags: [secret-tag]
---
# The Okapi Guide

Okapis are **shy** animals of the _Ituri_ forest. See the [park website](https://example.org/okapi) for more.

![An okapi grazing](images/okapi.png)

## Diet and habits

- They eat *leaves* and fruit.
- They use `long tongues` to clean their ears.
1. First numbered item.

> Quoted words of a ranger.

```python
print("fenced code keeps its words")
```

Setext heading
--------------
"""


def test_markdown_keeps_words_and_drops_markup() -> None:
    text, heading = markdown_to_text(MARKDOWN)
    assert heading == "front matter title"  # the front matter's title is the document's title
    for words in (
        "The Okapi Guide",
        "Okapis are shy animals of the Ituri forest.",
        "See the park website for more.",
        "An okapi grazing",
        "Diet and habits",
        "They eat leaves and fruit.",
        "They use long tongues to clean their ears.",
        "First numbered item.",
        "Quoted words of a ranger.",
        'print("fenced code keeps its words")',
        "Setext heading",
    ):
        assert words in text, words
    for markup in ("**", "_Ituri_", "](", "![", "`", "## ", "- They", "> Quoted", "https://", "okapi.png", "---"):
        assert markup not in text, markup
    # front matter is metadata, not prose
    assert "front matter title" not in text and "secret-tag" not in text


def test_markdown_headings_are_their_own_paragraphs() -> None:
    sentences = [record.text for record in document_sentences(MARKDOWN, "guide.md")]
    assert sentences[0] == "The Okapi Guide"
    assert "Diet and habits" in sentences
    assert "Setext heading" in sentences


def test_markdown_heading_becomes_the_title() -> None:
    assert document_title(MARKDOWN, "okapi-guide", "guide.md") == "front matter title"
    assert document_title(MARKDOWN.split("---\n", 2)[2], "okapi-guide", "guide.md") == "The Okapi Guide"
    intro = "Intro line without heading.\n\n## Only a second-level heading\n\nBody.\n"
    assert document_title(intro, "notes", "notes.md") == "notes"
    _, heading = markdown_to_text("# **Bold** [linked](x) title #\n\nBody text.\n")
    assert heading == "Bold linked title"


# --- titles --------------------------------------------------------------------------------------------------------


def test_headline_first_line_is_the_title(seed_text: str) -> None:
    assert (
        document_title(seed_text, "000_9b990c146cc40a5f")
        == "Putin urges Russian special services, military to closely cooperate with Iran, Turkey"
    )
    assert document_title("Computational complexity theory\n\nIt is a branch.", "cct") == (
        "Computational complexity theory"
    )


@pytest.mark.parametrize(
    "text",
    [
        "This first line is a sentence and ends with a full stop.\n\nMore text.",  # reads as prose
        "lower-case start of a note\n\nBody.",
        "Two lines\nin the first block\n\nBody.",  # first block is a paragraph, not a headline
        " ".join(["word"] * 40).capitalize() + "\n\nBody.",  # too long for a headline
    ],
)
def test_title_falls_back_to_the_file_name(text: str) -> None:
    assert document_title(text, "my-notes") == "my-notes"


# --- decoding ------------------------------------------------------------------------------------------------------


def test_utf8_with_and_without_bom() -> None:
    assert decode_bytes("Café – naïve\n".encode()).text == "Café – naïve\n"
    decoded = decode_bytes(codecs.BOM_UTF8 + "Café\r\nline two\r\n".encode())
    assert decoded.text == "Café\nline two\n"  # BOM gone, line ends normalized
    assert decoded.note == ""


@pytest.mark.parametrize(("bom", "encoding"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom(bom: bytes, encoding: str) -> None:
    decoded = decode_bytes(bom + "Idlib – “quoted” text\n".encode(encoding))
    assert decoded.text == "Idlib – “quoted” text\n"
    assert decoded.note == ""  # the byte-order mark says what it is: nothing to warn about, as for UTF-8's


def test_windows_1252_fallback_with_a_note() -> None:
    decoded = decode_bytes(b"Caf\xe9 \x93quoted\x94 \x96 dash\n")
    assert decoded.text == "Café “quoted” – dash\n"
    assert "Windows-1252" in decoded.note and "UTF-8" in decoded.note


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"text with a NUL\x00 byte", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b"some text", "binary"),
        (b"", "empty"),
        (b"  \n\t\r\n  \n", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF16_LE + "   \n".encode("utf-16-le"), "empty"),
    ],
)
def test_unreadable_bytes_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableDocument, match=reason):
        decode_bytes(data)
