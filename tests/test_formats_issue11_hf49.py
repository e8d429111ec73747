"""Readers' leftovers (hf49, issue 11), on real documents (tests/data/formats/README.md names their sources): a list
indented by a tab or four spaces under a paragraph is a list, in Markdown and in plain text, not code nor a paragraph
cut at its numbers; a picture's credit alone in its paragraph ("Photo by X on Unsplash") is no sentence."""

from __future__ import annotations

from pathlib import Path

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats.blocks import credit_line
from tests.files import FORMATS, open_service, write_docs
from tests.test_formats_issue11_hf47 import answers, read

EOS_GUIDE = "eos_evm_compilation_guide.md"
RECORDER = "indented_lists_field_recorder"
GLIDE = "glide_dimension_watermark_README.md"


def test_a_tab_indented_list_under_a_paragraph_is_a_list() -> None:
    # "Prerequisites:", a blank line, then three "\t- ..." lines: CommonMark's indented code block, stored as code
    # with no sentence before; its author meant the prerequisites' list
    document = read(EOS_GUIDE)
    items = [(r.text, r.section) for r in document.sentences if r.kind == "list_item"]
    assert items == [
        (
            "Successfully built nodeos in leap repo (https://github.com/AntelopeIO/leap.git)",
            "Deploy EVM contract to nodeos",
        ),
        (
            "Successfully built system contracts in eos-system-contracts repo "
            "(https://github.com/eosnetworkfoundation/eos-system-contracts.git)",
            "Deploy EVM contract to nodeos",
        ),
        ("Successfully compiled EVM smart contracts", "Deploy EVM contract to nodeos"),
    ]
    # the fenced code blocks around it stay code
    assert not any("git submodule update" in text for text in answers(document))


def test_an_indented_numbered_list_is_items_in_markdown_and_plain_text() -> None:
    expected = [
        "A GNU Arm toolchain, version 12 or newer.",
        "The board support package from the vendor site.",
        "A USB cable with data lines.",
        "Hold the boot button while you plug the board in.",
        "Copy firmware.uf2 onto the drive that appears.",
        "Wait for the green light before you unplug it.",
    ]
    for suffix in (".md", ".txt"):
        document = read(RECORDER + suffix)
        # the first list follows its lead-in with no blank line (a lazy continuation, one paragraph cut at "1."), the
        # second after a blank line (a code block in Markdown; "2." and "3." sentences of their own in plain text)
        assert [r.text for r in document.sentences if r.kind == "list_item"] == expected, suffix
        found = answers(document)
        assert "Before you start you need:" in found
        assert "To flash a board, follow these steps:" in found
        assert not any(text.rstrip(".").isdigit() or text.endswith(" 1.") for text in found), suffix


def test_indented_code_after_a_paragraph_stays_code() -> None:
    source = (
        "Run the tool with a configuration:\n\n"
        "    - name: recorder\n"
        "      port: 8080\n\n"
        "Then install it:\n\n"
        "    $ make install\n\n"
        "Numbers in a wrapped line stay words:\n"
        "the 2024 model has\n"
        "    1.5 times the memory.\n"
    )
    document, _ = parse_document("notes.md", source.encode(), 0)
    found = answers(document)
    assert not any(r.kind == "list_item" for r in document.sentences)
    assert not any("recorder" in text or "make install" in text for text in found)
    assert "Numbers in a wrapped line stay words: the 2024 model has 1.5 times the memory." in found


def test_an_indented_numbered_line_alone_stays_a_paragraph() -> None:
    # an RFC numbers its paragraphs ("   1.  The client ..."): one numbered line in a block, no lead-in, is no list
    source = "Overview\n\n   1.  The client opens a connection to the server and sends its greeting.\n"
    document, _ = parse_document("rfc.txt", source.encode(), 0)
    assert [r.kind for r in document.sentences if r.kind != "heading"] == ["paragraph"]


def test_a_pictures_credit_alone_is_no_sentence() -> None:
    document = read(GLIDE)
    found = answers(document)
    # "*Photo by [Robert Bye](...) on [Unsplash](...)*", a paragraph of its own under the two example pictures
    assert not any("Unsplash" in text or "Robert Bye" in text for text in found)
    assert "This library is a Glide manipulator which will do this and automatically adjust text size." in found
    # the rule, one place for every reader: a credit's shape, not a sentence about a picture or a source
    assert credit_line("Image: Jane Doe, CC BY-SA 4.0") is not None
    assert credit_line("Source: Wikimedia Commons") is not None
    assert credit_line("*Photo by John Smith on Unsplash*") is not None
    assert credit_line("Source code: Lib/os.py") is None
    assert credit_line("Photo: the harbour office.") is None
    assert credit_line("Images are resized before they are stored.") is None


def test_credits_in_plain_text_are_no_sentences() -> None:
    source = (
        "Harbour walk\n\n"
        "The walk starts at the old lighthouse and follows the sea wall for two kilometres.\n\n"
        "Image: Jane Doe, CC BY-SA 4.0\n\n"
        "The lighthouse was built in 1872 and guided ships until 1954.\n\n"
        "Source: Wikimedia Commons\n"
    )
    document, _ = parse_document("walk.txt", source.encode(), 0)
    assert [r.text for r in document.sentences if r.kind != "heading"] == [
        "The walk starts at the old lighthouse and follows the sea wall for two kilometres.",
        "The lighthouse was built in 1872 and guided ships until 1954.",
    ]


async def test_what_a_deployment_needs_is_answered_from_the_list(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"docs/compilation.md": (FORMATS / EOS_GUIDE).read_bytes()})
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=None) as service:
        answer = await service.ask("What must be built before you deploy the EVM contract to nodeos?", top=3)
    assert answer.hits
    assert answer.hits[0].text.startswith("Successfully built")
    assert answer.hits[0].source.section == "Deploy EVM contract to nodeos"


def test_a_changelog_entrys_issue_number_is_no_sentence_of_its_own() -> None:
    # structlog ends each entry with its pull request on a line of its own ("  [#807](https://...)"); "#807" was a
    # sentence, 119 of them in its changelog
    document = read("structlog_changelog_26.1.0.md")
    found = answers(document)
    assert not any(text.lstrip("#").replace(" #", "").isdigit() for text in found)
    assert "structlog.WriteLogger is usable after unpickling. #787" in found
    assert found["Python 3.15 support. #813"] == "26.1.0 - 2026-06-06 › Added"
    # a bracketed or numbered sentence that says something stays one
    split, _ = parse_document("notes.md", b"Version 2 is out. 3 new commands were added. (#12, #13)\n", 0)
    assert [r.text for r in split.sentences] == ["Version 2 is out.", "3 new commands were added. (#12, #13)"]
