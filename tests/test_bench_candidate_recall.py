"""bench/candidate_recall.py: the gold's places recorded per question on a tiny set, and the per-set summary."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from retrieval.answer import answering
from retrieval.answer.semantic import SemanticReranker
from tests.bench_scripts import load_bench, write_question_set

bench = load_bench("candidate_recall")

GARDEN = """# Vegetables

Tomatoes need six hours of sun a day. Water them at the roots, never on the leaves.

Basil grows well next to tomatoes. It keeps some insects away.

# Flowers

Roses like rich soil and a sunny place. Prune them in early spring.
"""
QUESTIONS = [
    {"q": "How many hours of sun do tomatoes need?", "kind": "answer", "gold": ["tomatoes need six hours of sun"]},
    {"q": "When should roses be pruned?", "kind": "answer", "gold": ["prune them in early spring"]},
    {"q": "Which fertiliser brand do roses prefer?", "kind": "unanswerable", "gold": []},
]


@pytest.fixture
def garden_set(tmp_path: Path) -> Path:
    return write_question_set(tmp_path, "garden.md", GARDEN, QUESTIONS)


def test_each_answerable_question_gets_its_golds_places_and_the_wrapped_functions_are_put_back(
    garden_set: Path, tmp_path: Path, minilm: SemanticReranker
) -> None:
    before = (answering._reranked, answering.match_evidence, answering.shown_hits)
    rows = asyncio.run(bench.answer_set(garden_set, None, tmp_path / "kept", minilm))
    assert (answering._reranked, answering.match_evidence, answering.shown_hits) == before
    assert (tmp_path / "kept" / "garden_set" / "garden-minilm.sqlite3").is_file()
    assert [r["q"] for r in rows] == [q["q"] for q in QUESTIONS]
    tomatoes, roses, unanswerable = rows
    # The first question's answer holds all its words: first lexically, among the nearest vectors, first shown.
    assert tomatoes["rank"] == 1 and tomatoes["winner"] == "gold"
    assert tomatoes["lex"] == tomatoes["deep"] == tomatoes["para"] == 1
    assert tomatoes["pool"] == 1 and tomatoes["vec"] is not None
    # "Prune them ..." holds "prune" only; its paragraph ("Roses like ...") holds "roses": the paragraph is first.
    assert roses["para"] == 1 and roses["lex"] is not None and roses["pool"] is not None
    assert roses["winner"] in ("gold", "section") and (roses["rank"] == 1) == (roses["winner"] == "gold")
    # Unanswerable questions are answered and timed, with no gold to place.
    assert not unanswerable["answerable"] and "lex" not in unanswerable and unanswerable["cpu_ms"] > 0


def test_the_summary_counts_each_class_of_miss_once() -> None:
    def row(rank: int | None, lex: int | None, pool: int | None, winner: str) -> dict[str, object]:
        places = {"lex": lex, "pool": pool, "deep": lex, "vec": None, "para": 1 if pool else None}
        return {"set": "s", "answerable": True, "rank": rank, "cpu_ms": 2.0, "winner": winner, **places}

    rows = [
        row(1, 1, 1, "gold"),
        row(3, 2, 3, "section"),  # the gold's own section wins, the gold is 3rd
        row(None, 12, 9, "elsewhere"),
        row(None, None, None, "section"),  # not among the candidates: counted there, not as the section's
        {"set": "s", "answerable": False, "q": "?", "cpu_ms": 4.0},
    ]
    (line,) = bench.summary(rows)
    assert (line["answerable"], line["hit@1"], line["hit@5"], line["lex"], line["pool"]) == (4, 1, 2, 3, 3)
    assert (line["missed by section"], line["missed elsewhere"], line["missed, not in pool"]) == (1, 1, 1)
    assert line["median rank before"] == 2 and line["median rank after"] == 3
    assert line["para5"] == 3 and line["vec10"] == 0 and line["cpu ms"] == 2.4


def test_a_folder_that_is_no_set_is_said_without_a_traceback(
    garden_set: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--data", str(garden_set), "--data", str(tmp_path / "nothing")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"candidate_recall: {tmp_path / 'nothing'} needs qa.jsonl and docs/\n"


def test_a_json_file_in_no_folder_is_refused_before_the_run(
    garden_set: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rows were computed, then writing them failed with a traceback (FileNotFoundError)."""
    assert bench.main(["--data", str(garden_set), "--json", str(tmp_path / "missing" / "rows.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err == f"candidate_recall: no folder {tmp_path / 'missing'} for --json\n"
