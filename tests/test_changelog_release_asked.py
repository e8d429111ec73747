"""Changelogs and the body (issue 12): a changelog's entry yields to the body only when a body hit answers about as
well, and "what changed in <version>?" gets the first entries of the release whose heading names that version."""

from __future__ import annotations

from retrieval.answer.answering import without_pointers_first
from retrieval.models import Hit, Source


def hit(text: str, score: float, path: str, section: str, terms: tuple[str, ...]) -> Hit:
    title = "Changelog" if path == "CHANGELOG.md" else "Guide"
    return Hit(text, score, (Source(path, title, 1, 1, section),), terms)


def test_an_entry_yields_only_to_a_body_hit_that_holds_its_terms_nearly_as_well() -> None:
    question = "Does the child lock keep the lid shut while boiling?"
    entry = hit(
        "A child lock keeps the lid shut while the water boils.",
        1.0,
        "CHANGELOG.md",
        "3.18.0 - 2024-05-02 › Added",
        ("child", "lock", "lid", "shut", "boil"),
    )
    # close in score, but about the lid alone: the entry is the only strong evidence and keeps its place
    lid = hit("The lid opens with one hand.", 0.86, "guide.md", "The lid", ("lid", "shut"))
    assert [h.text for h in without_pointers_first(question, [entry, lid])] == [entry.text, lid.text]
    # a body sentence holding the entry's terms (all but one) within the share: the body answers too
    body = hit(
        "The child lock keeps the lid shut until the water stops boiling.",
        0.88,
        "guide.md",
        "Safety",
        ("child", "lock", "lid", "shut"),
    )
    assert without_pointers_first(question, [entry, lid, body])[0].text == body.text
    # the same sentence far below the entry is no match for it
    far = hit(body.text, 0.5, "guide.md", "Safety", body.matched_terms)
    assert without_pointers_first(question, [entry, far])[0].text == entry.text
