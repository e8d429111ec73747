"""bench/realdocs.py: gold normalisation, the scoring arithmetic, the baseline and the verbatim check on a tiny set."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from tests.bench_scripts import load_bench

realdocs = load_bench("realdocs")

TXT = """THE GARDEN

Tomatoes need six hours of sun a day. Water them at the roots, never on the leaves.

Basil grows well next to tomatoes. It keeps some insects away.
"""
MD = """# Setup

Install it with `pip install gardenbot`.
Pass **check_same_thread** to the connection when threads share it.

```python
engine = create_engine(url)
```

The database stores `INTEGER`s for booleans.
"""
QUESTIONS = [
    {"q": "How many hours of sun do tomatoes need?", "kind": "answer", "gold": ["tomatoes need six hours of sun"]},
    {"q": "What grows well next to tomatoes?", "kind": "answer", "gold": ["basil grows well next to tomatoes"]},
    {"q": "How do I install gardenbot?", "kind": "answer", "gold": ["install it with pip install gardenbot"]},
    {"q": "What is the best soil pH for roses?", "kind": "unanswerable", "gold": []},
]


@pytest.fixture
def realdocs_set(tmp_path: Path) -> Path:
    """A realdocs-style folder: docs/garden/ with a .txt and a .md file, and qa.jsonl."""
    folder = tmp_path / "docs" / "garden"
    folder.mkdir(parents=True)
    (folder / "garden.txt").write_text(TXT, encoding="utf-8")
    (folder / "setup.md").write_text(MD, encoding="utf-8")
    lines = [json.dumps({**q, "doc": "garden/x", "fmt": "txt", "corpus": "garden"}) for q in QUESTIONS]
    (tmp_path / "qa.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("  The  \u201cquick\u201d\tfox ", 'the "quick" fox'),
        ("it\u2019s a \u2018test\u2019", "it's a 'test'"),
        ("pages 3\u20135 \u2014 done", "pages 3-5 - done"),
        ("\uff26\uff35\uff2c\uff2c width", "full width"),  # NFKC
        ("exclude_unset\nKEEPS underscores", "exclude_unset keeps underscores"),
    ],
)
def test_normalize(text: str, normalized: str) -> None:
    assert realdocs.normalize(text) == normalized


def test_gold_matches_as_a_substring_after_normalisation() -> None:
    assert realdocs.matches_gold("It\u2019s  the Salt \u2014 32 bits.", ["it's the salt - 32"])
    assert not realdocs.matches_gold("The salt is short.", ["32 bits"])
    assert not realdocs.matches_gold("anything", [""])  # an empty gold matches nothing
    texts = ["no", "still no", "the salt shall be at least 32 bits", "x", "y", "the salt shall be at least 32 bits"]
    assert realdocs.first_hit_rank(texts, ["salt shall be"]) == 3
    assert realdocs.first_hit_rank(texts, ["salt shall be"], k=2) is None


def test_score_arithmetic() -> None:
    def question(kind: str) -> object:
        gold = ("g",) if kind == "answer" else ()
        return realdocs.Question("q", kind, gold, "d", "md", "c")

    outcomes = [
        realdocs.QuestionOutcome(question("answer"), ["g"], False, 1),
        realdocs.QuestionOutcome(question("answer"), ["a", "b", "g"], False, 3),
        realdocs.QuestionOutcome(question("answer"), [], True, None),
        realdocs.QuestionOutcome(question("answer"), ["a"], False, None, [("a quote", ["quoet"])]),
        realdocs.QuestionOutcome(question("unanswerable"), [], True, None),
        realdocs.QuestionOutcome(question("unanswerable"), ["a"], False, None),
    ]
    s = realdocs.score(outcomes, files=4, covered=3, verbatim=True)
    assert (s.questions, s.answerable, s.files) == (6, 4, 4)
    assert s.hit1 == pytest.approx(1 / 4)
    assert s.hit5 == pytest.approx(2 / 4)
    assert s.answerable_not_found == pytest.approx(1 / 4)
    assert s.unanswerable_not_found == pytest.approx(1 / 2)
    assert s.coverage == pytest.approx(3 / 4)
    assert s.violations == 1
    assert realdocs.score(outcomes, files=4, covered=4, verbatim=False).violations is None


def test_baseline_reads_splits_and_ranks(realdocs_set: Path) -> None:
    folder = realdocs_set / "docs" / "garden"
    files = realdocs.document_files(folder)
    assert [f.name for f in files] == ["garden.txt", "setup.md"]
    md_text = realdocs.extract_text(folder / "setup.md")
    assert "create_engine" not in md_text  # code block left out
    assert "Install it with pip install gardenbot." in md_text  # backticks stripped
    assert "check_same_thread" in md_text and "**" not in md_text
    assert realdocs.split_into_sentences("One here. Two there!\n\nthree. lower stays. Four?") == [
        "One here.",
        "Two there!",
        "three. lower stays.",
        "Four?",
    ]
    questions = realdocs.load_questions(realdocs_set / "qa.jsonl")
    assert [q.answerable for q in questions] == [True, True, True, False]
    baseline = realdocs.Baseline.build(realdocs.extract_text(f) for f in files)
    outcomes = realdocs.baseline_outcomes(baseline, questions)
    assert [o.rank for o in outcomes] == [1, 1, 1, None]
    assert all(not o.not_found and len(o.texts) == 5 for o in outcomes)
    s = realdocs.score(outcomes, files=2, covered=2, verbatim=False)
    assert (s.hit1, s.hit5, s.answerable_not_found, s.unanswerable_not_found) == (1.0, 1.0, 0.0, 0.0)


def test_verbatim_check_is_a_word_set_check(realdocs_set: Path) -> None:
    words = realdocs.reference_words(realdocs_set / "docs" / "garden" / "setup.md")
    assert realdocs.missing_words("Pass check_same_thread to the connection.", words) == []
    assert realdocs.missing_words("The database stores INTEGERs for booleans.", words) == []  # `INTEGER`s rendered
    assert realdocs.missing_words("Pass checksamethread to the connexion, ok.", words) == [
        "checksamethread",
        "connexion",
    ]


def test_docbot_on_the_tiny_set(realdocs_set: Path) -> None:
    questions = realdocs.load_questions(realdocs_set / "qa.jsonl")
    folder = realdocs_set / "docs" / "garden"
    result = asyncio.run(realdocs.run_corpus("garden", folder, questions, "none", None, 5))
    assert result.covered == 2 and len(result.files) == 2
    assert len(result.docbot) == len(result.baseline) == 4
    first = result.docbot[0]
    assert first.rank is not None and first.paths[first.rank - 1] == "garden.txt"
    assert sum(len(o.violations) for o in result.docbot) == 0
    table = realdocs.results_table([result])
    assert "| garden | docbot | 2 | 4 |" in table and "| garden | bm25 | 2 | 4 |" in table


def test_a_kept_database_is_reused_and_follows_the_documents(realdocs_set: Path, tmp_path: Path) -> None:
    """--keep-db: the database stays where it is asked, and a second run over it answers from the documents as they
    are then (a changed file read again), not from what the first run stored."""
    questions = realdocs.load_questions(realdocs_set / "qa.jsonl")
    folder = realdocs_set / "docs" / "garden"
    kept = tmp_path / "kept" / "garden-none.sqlite3"
    kept.parent.mkdir()
    first = asyncio.run(realdocs.run_corpus("garden", folder, questions, "none", None, 5, kept))
    assert kept.is_file()
    assert first.docbot[1].rank == 1 and first.docbot[1].texts[0] == "Basil grows well next to tomatoes."
    (folder / "garden.txt").write_text(TXT.replace("Basil grows", "Marigolds grow"), encoding="utf-8")
    again = [
        realdocs.Question("What grows well next to tomatoes?", "answer", ("marigolds grow well",), "", "txt", "garden"),
        *questions[2:],
    ]
    second = asyncio.run(realdocs.run_corpus("garden", folder, again, "none", None, 5, kept))
    assert second.docbot[0].rank == 1 and second.docbot[0].texts[0] == "Marigolds grow well next to tomatoes."
    assert not any("Basil" in text for o in second.docbot for text in o.texts)
    assert [o.rank for o in second.docbot[1:]] == [o.rank for o in first.docbot[2:]]
    assert second.sentences == first.sentences


def test_keep_db_names_each_corpus_database(realdocs_set: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    assert realdocs.main(["--data", str(realdocs_set), "--reranker", "none", "--no-speed", "--keep-db", str(kept)]) == 0
    assert (kept / realdocs_set.resolve().name / "garden-none.sqlite3").is_file()


def test_an_epub_is_read_through_its_spine_and_emphasis_underscores_are_markup(tmp_path: Path) -> None:
    """The bench read an EPUB's zip bytes (its baseline and verbatim check were meaningless) and counted a quote of
    Markdown's "_bring your own_" as a violation; identifiers keep their inner underscores."""
    from tests.test_formats import epub_bytes

    book = tmp_path / "book.epub"
    book.write_bytes(epub_bytes({"garden": "<h1>Gardens</h1><p>Marrows ripen in August.</p>"}))
    assert realdocs.file_format(book) == "epub"
    assert realdocs.extract_text(book).split() == ["Gardens", "Marrows", "ripen", "in", "August."]
    assert realdocs.missing_words("Marrows ripen in August.", realdocs.reference_words(book)) == []
    page = tmp_path / "page.md"
    page.write_text("Tools: _bring your own_ or pass `check_same_thread`.\n", encoding="utf-8")
    words = realdocs.reference_words(page)
    assert realdocs.missing_words("Tools: bring your own or pass check_same_thread.", words) == []
