"""A heading that only numbers a book's division ("CHAPTER I") is no document title: the file name says more."""

from __future__ import annotations

import pytest

from retrieval.ingest.document import document_title
from retrieval.ingest.formats import extract

BOOK = (
    "CHAPTER I\n\n"
    "The orchard keeper walked down to the river before dawn, as he had done every morning for forty years.\n\n"
    "His daughter followed him with a lantern and a basket of bread for the ferryman.\n\n"
    "CHAPTER II\n\n"
    "By noon the fog had lifted from the valley and the boats were out on the water.\n"
)


@pytest.mark.parametrize("label", ["CHAPTER I", "Chapter 1", "PART ONE.", "Book the First", "Act III"])
def test_a_division_label_first_is_not_the_title(label: str) -> None:
    text = f"# {label}\n\nThe orchard keeper walked down to the river before dawn with a lantern.\n"
    assert document_title(extract("orchard.md", text.encode()), "orchard-keeper") == "orchard-keeper"


def test_a_plain_text_book_opening_with_its_first_chapter_is_named_by_its_file() -> None:
    assert document_title(extract("book.txt", BOOK.encode()), "the-orchard-keeper") == "the-orchard-keeper"


def test_a_named_first_heading_stays_the_title() -> None:
    text = "# Chapter Notes for Reviewers\n\nEach reviewer reads two chapters and writes a page of notes.\n"
    assert document_title(extract("notes.md", text.encode()), "notes") == "Chapter Notes for Reviewers"
    text = "# The Orchard Keeper\n\nThe orchard keeper walked down to the river before dawn.\n"
    assert document_title(extract("orchard.md", text.encode()), "orchard") == "The Orchard Keeper"
