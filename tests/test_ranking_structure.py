"""Ranking with the document's structure (retrieval/answer/ranking.py, issue 12): section paths, lead-ins of lists,
and sentences that only point at what follows."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer import ranking
from retrieval.answer.ranking import LEAD_IN_WEIGHT, POINTER_FACTOR, SECTION_WEIGHT, lead_in, rank_sentences
from retrieval.index.engine import RankBM25Engine
from retrieval.models import IndexedSentence
from retrieval.tokenize import tokenize
from tests.files import open_service, write_docs

# (document, paragraph, section, text): one sentence per row, in reading order
ROWS = [
    (1, 1, "Logging", "Servers keep their clocks right with NTP."),  # 0
    (1, 2, "Hardening › Time Synchronization", "Kerberos fails when the clocks of a server drift apart."),  # 1
    (1, 3, "Hardening", "A server checks new passwords against a list that may include:"),  # 2
    (1, 4, "Hardening", "Passwords from earlier breach corpuses."),  # 3: a list item
    (1, 5, "Hardening", "Repetitive characters such as aaaaaa."),  # 4: a list item
    (1, 6, "Hardening", "Why should a server check passwords?"),  # 5: a question the text asks itself
    (1, 6, "Hardening", "Attackers try the passwords that leaked first."),  # 6
    (1, 7, "Factors", "The art of war is governed by five constant factors."),  # 7
    (1, 8, "Factors", "These are: the moral law, heaven, earth, the commander and method."),  # 8
    (2, 1, "", "Kerberos is a network protocol."),  # 9: another document
]


def sentences() -> list[IndexedSentence]:
    indexed = []
    for position, (document, paragraph, section, text) in enumerate(ROWS):
        number = 1 + sum(1 for row in ROWS[:position] if row[:2] == (document, paragraph))
        indexed.append(IndexedSentence(position, document, paragraph, number, text, tuple(tokenize(text)), section))
    return indexed


def ranked(question: str, indexed: list[IndexedSentence]) -> dict[int, float]:
    engine = RankBM25Engine([s.tokens for s in indexed])
    return {r.position: r.score for r in rank_sentences(question, tokenize(question), indexed, engine, None, 20)}


def own_scores(question: str, indexed: list[IndexedSentence]) -> dict[int, float]:
    engine = RankBM25Engine([s.tokens for s in indexed])
    return {r.position: r.score for r in engine.search(tokenize(question), 20)}


def test_lead_in_of_list_items_questions_and_pronouns() -> None:
    indexed = sentences()
    assert lead_in(indexed, 3) == 2  # the first item of a list: its lead-in ends with ':'
    assert lead_in(indexed, 4) == 2  # the second item: back over the first, to the same lead-in
    assert lead_in(indexed, 6) == 5  # after a question, inside the paragraph
    assert lead_in(indexed, 8) == 7  # a paragraph opening with "These are" leans on the sentence before
    assert lead_in(indexed, 1) is None  # a paragraph of its own, no pronoun, nothing before ends in ':'
    assert lead_in(indexed, 9) is None  # never across documents
    assert lead_in(indexed, 0) is None


def test_section_path_terms_add_to_the_score() -> None:
    indexed = sentences()
    question = "Why does a server need time synchronization?"
    own = own_scores(question, indexed)
    scores = ranked(question, indexed)
    # sentence 1 holds "server" only; its section holds "time" and "synchronization"
    engine = RankBM25Engine([s.tokens for s in indexed])
    weight = sum(
        ranking._term_weights(engine, tokenize(question)).get(term, 0.0)
        for term in ranking.section_terms(indexed[1].section)
    )
    assert weight > 0
    assert scores[1] == pytest.approx(own[1] + SECTION_WEIGHT * weight)
    assert max(scores, key=lambda p: scores[p]) == 1  # above the sentence of the "Logging" section


def test_list_items_lean_on_their_lead_in_and_pointers_step_back() -> None:
    indexed = sentences()
    question = "What should a server check new passwords against?"
    own = own_scores(question, indexed)
    scores = ranked(question, indexed)
    # the list item shares one word with the question; its lead-in says what the list is
    assert scores[3] == pytest.approx(own[3] + LEAD_IN_WEIGHT * own[2])
    assert scores[3] > own[3] + LEAD_IN_WEIGHT * own[6]
    # the question the text asks itself keeps only a share of its score, and passes it on to its answer
    assert scores[5] == pytest.approx(POINTER_FACTOR * own[5])
    assert scores[6] == pytest.approx(own[6] + ranking.PREVIOUS_WEIGHT * own[5] + LEAD_IN_WEIGHT * own[5])


def test_structure_off_is_plain_sentence_and_paragraph_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = sentences()
    question = "What should a server check new passwords against?"
    monkeypatch.setattr(ranking, "SECTION_WEIGHT", 0.0)
    monkeypatch.setattr(ranking, "LEAD_IN_WEIGHT", 0.0)
    monkeypatch.setattr(ranking, "POINTER_FACTOR", 1.0)
    own = own_scores(question, indexed)
    scores = ranked(question, indexed)
    assert scores[5] == pytest.approx(own[5])
    assert scores[6] == pytest.approx(own[6] + ranking.PREVIOUS_WEIGHT * own[5])


def test_a_section_path_is_read_in_the_question_language() -> None:
    # German headings give German terms (stems, no stop words), so a German question's words find them.
    rows = [
        ("Die Häuser und die Straßen", "Man baut sie aus Stein."),
        ("Die Flüsse", "Man baut sie aus Holz."),
    ]
    indexed = [
        IndexedSentence(i, 1, i + 1, 1, text, tuple(tokenize(text, "de")), section)
        for i, (section, text) in enumerate(rows)
    ]
    engine = RankBM25Engine([s.tokens for s in indexed])
    question = "Woraus baut man Häuser?"
    terms = tokenize(question, "de")
    german = rank_sentences(question, terms, indexed, engine, None, 5, "de")
    assert german[0].position == 0 and german[0].score > german[1].score
    assert ranking.section_terms("Die Häuser und die Straßen", "de") == {"haus", "strass"}
    english = {r.position: r.score for r in rank_sentences(question, terms, indexed, engine, None, 5)}
    assert english[0] == english[1]  # read as English, the heading's "häuser" is not the question's "haus"


RELEASES = """# Releases

Each release gets security fixes for a while after the next one is out.

| Release | Support ends | Notes |
|---|---|---|
| 2.2 | 31 March 2026 | End of life. |
| 2.3 | 30 September 2026 | Security fixes only. |
| 2.4 | 31 March 2027 | Current release. |
"""


@pytest.mark.parametrize(
    "question, row",
    [
        ("When does support for release 2.3 end?", "2.3 | 30 September 2026 | Security fixes only."),
        ("What are the notes for release 2.4?", "2.4 | 31 March 2027 | Current release."),
    ],
)
@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
async def test_a_table_header_row_leads_its_rows_and_answers_nothing(
    tmp_path: Path, question: str, row: str, engine: str
) -> None:
    # The header shares the question's words ("Release", "Support ends", "Notes") with every row: it lends them to the
    # rows below it, as a list's lead-in does, and does not answer itself.
    docs = write_docs(tmp_path / "docs", {"releases.md": RELEASES})
    async with open_service(docs, tmp_path / "db.sqlite3", engine=engine) as service:
        answer = await service.ask(question, top=3)
    assert not answer.not_found, answer.reason  # the row's answer leans on its header's words
    assert answer.hits[0].text == row


def test_only_a_table_first_row_of_labels_is_a_header() -> None:
    def rows(*texts: str) -> list[IndexedSentence]:
        return [IndexedSentence(i, 1, i + 1, 1, t, tuple(tokenize(t))) for i, t in enumerate(texts)]

    table = rows("Intro text.", "Release | Support ends", "2.3 | 30 September 2026", "Name | Role")
    assert ranking.is_table_header(table, 1)
    assert not ranking.is_table_header(table, 2)  # a digit: data
    assert not ranking.is_table_header(table, 3)  # labels, but not the first row
    assert not ranking.is_table_header(rows("The release is out. | Yes"), 0)  # a sentence's end
    assert not ranking.is_table_header(rows("Release notes"), 0)  # no cells
    assert lead_in(table, 2) == 1


def test_a_sentence_that_only_announces_what_follows_yields_to_what_follows() -> None:
    from retrieval.answer.answering import without_pointers_first
    from retrieval.models import Hit, Source

    assert ranking.points_ahead("Beekeepers mostly wear the following gloves:")
    assert ranking.points_ahead("The log shows a line looking like this:")
    assert ranking.points_ahead("Smoking the hive could be done like this…")
    assert ranking.points_ahead("Each frame is numbered as follows:")
    assert not ranking.points_ahead("There are currently three hive sizes:")  # states the answer before its example
    assert not ranking.points_ahead("The following spring the colony swarmed.")  # no lead-in
    source = Source("bees.md", "Bees", 1, 1)
    lead = Hit("Beekeepers mostly wear the following gloves:", 0.95, (source,), ("beekeep", "glove"))
    item = Hit("Goatskin: goatskin gloves are the usual choice of beekeepers.", 0.9, (source,), ("glove",))
    other = Hit("Gloves are washed after each visit.", 0.5, (source,), ("glove",))
    ordered = without_pointers_first("", [lead, item, other])
    assert [hit.text for hit in ordered] == [item.text, lead.text, other.text]
    assert ordered[1].score == pytest.approx(0.95 * POINTER_FACTOR)
    assert without_pointers_first("", [item, other]) == [item, other]


def test_a_cross_reference_yields_to_the_sentence_it_points_to() -> None:
    from retrieval.answer.answering import without_pointers_first
    from retrieval.models import Hit, Source

    assert ranking.refers_elsewhere("For more information, see Hives: SMOKE vs SPRAY.")
    assert ranking.refers_elsewhere("See Appendix B for the complete list of hive sizes.")
    assert ranking.refers_elsewhere("Refer to the Beekeeping Guide for core concepts.")
    assert ranking.refers_elsewhere("For a complete guide to smoking you may want to check out the handbook.")
    assert ranking.refers_elsewhere("The four hive sizes are defined below.")
    assert ranking.refers_elsewhere("The smoking step is described in Section 6.")
    assert not ranking.refers_elsewhere("Smoke calms the bees, so the keeper can open the hive.")
    assert not ranking.refers_elsewhere("Seeds of clover are sown near the hives.")
    assert not ranking.refers_elsewhere("For more honey, keepers leave the supers on longer.")  # no pointer after it
    # Lexically: the cross-reference shares more of the question's words, and keeps only POINTER_FACTOR of its score.
    texts = [
        "For more details on smoke versus spray, see Hives: SMOKE vs SPRAY.",
        "Smoke calms the bees of a hive; a spray of sugar water keeps them busy instead.",
        "Keepers paint their hives white.",
        "Frames are lifted one at a time.",
    ]
    indexed = [IndexedSentence(i, 1, i + 1, 1, t, tuple(tokenize(t))) for i, t in enumerate(texts)]
    question = "What is the difference between smoke and spray for hives?"
    own = own_scores(question, indexed)
    scores = ranked(question, indexed)
    assert own[0] > own[1]
    assert scores[0] == pytest.approx(POINTER_FACTOR * own[0])
    assert max(scores, key=lambda p: scores[p]) == 1
    # After the semantic reranker too.
    source = Source("bees.md", "Bees", 1, 1)
    reference = Hit(texts[0], 1.0, (source,), ("smoke", "spray", "hive"))
    answer = Hit(texts[1], 0.8, (source,), ("smoke", "spray"))
    assert [hit.text for hit in without_pointers_first("", [reference, answer])] == [answer.text, reference.text]


def test_a_fragment_yields_to_a_sentence_after_reranking() -> None:
    """A label or a link's text repeating the question's words ("smoker for beginners") is all topic and no statement:
    the reranker's similarity put it above the sentence that answers."""
    from retrieval.answer.answering import without_pointers_first
    from retrieval.models import Hit, Source

    assert ranking.is_fragment("smoker for beginners")
    assert ranking.is_fragment('"hive.open_lid"')
    assert ranking.is_fragment("Queen excluders.")
    assert not ranking.is_fragment("Smoke the hive gently.")  # four words: a statement
    source = Source("bees.md", "Bees", 1, 1)
    label = Hit("smoker for beginners", 0.95, (source,), ("smoker", "beginn"))
    answer = Hit(
        "A beginner lights the smoker with dry pine needles before opening the hive.", 0.9, (source,), ("smoker",)
    )
    ordered = without_pointers_first("", [label, answer])
    assert [hit.text for hit in ordered] == [answer.text, label.text]
    assert ordered[1].score == pytest.approx(0.95 * POINTER_FACTOR)


def test_a_heading_that_asks_the_question_brings_the_sentences_under_it() -> None:
    """A FAQ entry's heading is the question; the sentences under it answer it without repeating its words."""
    rows = [
        (1, 1, "Smoking", "A smoker that goes out quickly angers the bees."),  # 0
        (1, 2, "Smoking", "Keepers puff the smoker at the hive entrance."),  # 1
        (1, 3, "FAQ › Why does the smoker go out so quickly?", "Wet fuel is the usual cause of a dying smoker."),  # 2
        (1, 4, "FAQ › Why does the smoker go out so quickly?", "Damp pine needles starve the flame of air."),  # 3
        (1, 5, "FAQ › Where do bees sleep?", "Bees rest inside the hive at night."),  # 4: another entry
        (2, 1, "", "Honey is stored in the supers."),  # 5
    ]
    indexed = [
        IndexedSentence(i, document, paragraph, 1, text, tuple(tokenize(text)), section)
        for i, (document, paragraph, section, text) in enumerate(rows)
    ]
    scores = ranked("Why does the smoker go out so quickly?", indexed)
    assert 3 in scores  # holds no word of the question: found through its heading
    assert scores[3] > scores[0]  # above a sentence outside the entry that holds all the question's words
    assert scores[2] > scores[0]
    assert 4 not in scores  # the next entry's heading asks something else
    assert max(scores, key=lambda p: scores[p]) == 2


def test_an_announcement_of_what_follows_steps_back() -> None:
    assert ranking.refers_elsewhere("Now let's talk a bit about why the hive needs a queen.")
    assert ranking.refers_elsewhere("Let's see how smoke calms the bees.")
    assert ranking.refers_elsewhere("Now is a good time to understand why the frames are numbered.")
    assert not ranking.refers_elsewhere("The keeper lets the bees settle before opening the hive.")
    assert not ranking.refers_elsewhere("Outlets sell smokers in spring.")
    texts = [
        "Now let's talk about why the hive needs a queen at all.",
        "A hive needs a queen, as only she lays the eggs.",
        "Frames are lifted one at a time.",
    ]
    indexed = [IndexedSentence(i, 1, i + 1, 1, t, tuple(tokenize(t))) for i, t in enumerate(texts)]
    question = "Why does a hive need a queen?"
    own = own_scores(question, indexed)
    scores = ranked(question, indexed)
    assert own[0] >= own[1] * 0.95
    assert scores[0] == pytest.approx(POINTER_FACTOR * own[0])
    assert max(scores, key=lambda p: scores[p]) == 1


@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
async def test_a_sentence_standing_in_two_places_shows_first_where_the_question_points(
    tmp_path: Path, engine: str
) -> None:
    """discord.py's event reference has "Called when a message is deleted." under two events: the hit showed the
    sources in path and paragraph order, so the event asked about came second (and the context shown, of the best
    ranked place, stood under another source)."""
    events = (
        "# Widget events\n\n## on_widget_drop\n\nCalled when a widget is deleted.\n\n"
        "## on_raw_widget_drop\n\nCalled when a widget is deleted.\n\nIt is called for widgets not in the cache too.\n"
    )
    docs = write_docs(tmp_path / "docs", {"events.md": events})
    async with open_service(docs, tmp_path / "db.sqlite3", engine=engine) as service:
        answer = await service.ask("When is on_raw_widget_drop called?", top=3)
    hit = next(h for h in answer.hits if h.text == "Called when a widget is deleted.")
    assert [s.section for s in hit.sources] == ["on_raw_widget_drop", "on_widget_drop"]


@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
async def test_a_faq_entry_answers_through_its_heading_on_either_engine(tmp_path: Path, engine: str) -> None:
    """The sentences under a FAQ heading that asks the question are found though they share none of its words."""
    faq = (
        "# Smoking\n\nA smoker that goes out quickly angers the bees.\n\n"
        "Keepers puff the smoker at the hive entrance.\n\n"
        "# FAQ\n\n## Why does the smoker go out so quickly?\n\nWet fuel is the usual cause of a dying smoker.\n\n"
        "Damp pine needles starve the flame of air.\n\n"
        "## Where do bees sleep?\n\nBees rest inside the hive at night.\n"
    )
    docs = write_docs(tmp_path / "docs", {"faq.md": faq})
    async with open_service(docs, tmp_path / "db.sqlite3", engine=engine) as service:
        answer = await service.ask("Why does the smoker go out so quickly?", top=5)
    texts = [hit.text for hit in answer.hits]
    assert "Damp pine needles starve the flame of air." in texts
    assert texts.index("Damp pine needles starve the flame of air.") < texts.index(
        "A smoker that goes out quickly angers the bees."
    )
    assert "Bees rest inside the hive at night." not in texts


def test_a_changelog_entry_yields_to_the_docs_unless_the_question_asks_about_versions() -> None:
    """A changelog's entries hold a feature's words without explaining it: "why is smoking off by default" got the
    release line that switched it off before the page that says why."""
    from retrieval.answer.answering import without_pointers_first
    from retrieval.answer.cues import asks_about_changes
    from retrieval.ingest.document import document_records, document_title
    from retrieval.ingest.formats import extract
    from retrieval.models import Hit, Source

    changelog = (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n* A quieter smoker. (#12)\n\n"
        "## 0.28.1 (6th December, 2024)\n\n* Smoking is off by default, but can be switched on. (#9)\n\n"
        "## 4.0.0 / 2019-08-19\n\n### Major Enhancements\n\n- Add --calm flag to the smoker (#4059)\n"
    )
    extracted = extract("CHANGELOG.md", changelog.encode())
    title = document_title(extracted, "CHANGELOG.md")
    entries = [r for r in document_records(extracted, title) if r.kind != "heading"]
    assert len(entries) == 3
    assert all(ranking.in_changelog(Source("CHANGELOG.md", title, 1, 1, r.section)) for r in entries)
    # the version heading alone says it, whatever the document's title
    assert ranking.in_changelog(Source("history.md", "History", 1, 1, "4.0.0 / 2019-08-19 › Major Enhancements"))
    assert ranking.in_changelog(Source("notes.md", "Release Notes", 1, 1, "Latest Changes › Docs"))
    assert ranking.in_changelog(Source("whats_new.rst", "Notes", 1, 1, "v2.7.1 › Bug Fixes"))
    # a manual's numbered sections and headings that merely start with the words are not versions
    for section in ("2.1 Installation", "Version control", "Release the queen", "3.4 Smoking › 3.4.1 Fuel"):
        assert not ranking.in_changelog(Source("guide.md", "Beekeeping", 1, 1, section))
    assert not ranking.in_changelog(Source("news.txt", "News from Nowhere", 1, 1, ""))

    entry = Hit(
        "Smoking is off by default, but can be switched on. (#9)",
        0.95,
        (Source("CHANGELOG.md", title, 3, 1, "0.28.1 (6th December, 2024)"),),
        ("smoke", "default"),
    )
    answer = Hit(
        "Smoking is off by default because smoke stresses a small colony.",
        0.9,
        (Source("smoking.md", "Smoking", 2, 1),),
        ("smoke", "default"),
    )
    question = "Why is smoking off by default?"
    assert not asks_about_changes(question)
    assert [hit.text for hit in without_pointers_first(question, [entry, answer])] == [answer.text, entry.text]
    for question in (
        "In which version was the calm flag added?",
        "What changed in 0.28.1?",
        "Since when is smoking off by default?",
    ):
        assert asks_about_changes(question)
        assert without_pointers_first(question, [entry, answer]) == [entry, answer]
