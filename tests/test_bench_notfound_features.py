"""bench/notfound_features.py: the evidence recorded per question on a tiny set, and the rule search over it."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

from retrieval.answer import answering
from retrieval.answer.semantic import SemanticReranker
from retrieval.ingest.document import INGEST_VERSION
from tests.bench_scripts import load_bench, write_question_set

bench = load_bench("notfound_features")

GARDEN = """THE GARDEN

Tomatoes need six hours of sun a day. Water them at the roots, never on the leaves.

Basil grows well next to tomatoes. It keeps some insects away.

Roses like rich soil and a sunny place. Prune them in early spring.
"""
QUESTIONS = [
    {"q": "How many hours of sun do tomatoes need?", "kind": "answer", "gold": ["tomatoes need six hours of sun"]},
    {"q": "What grows well next to tomatoes?", "kind": "answer", "gold": ["basil grows well next to tomatoes"]},
    {"q": "Which fertiliser brand do roses prefer?", "kind": "unanswerable", "gold": []},
]


@pytest.fixture
def garden_set(tmp_path: Path) -> Path:
    return write_question_set(tmp_path, "garden.txt", GARDEN, QUESTIONS)


def test_each_question_gets_its_evidence_and_the_wrapped_functions_are_put_back(
    garden_set: Path, tmp_path: Path, minilm: SemanticReranker
) -> None:
    before = (answering.match_evidence, answering._reranked)
    rows = asyncio.run(bench.answer_set(garden_set, None, tmp_path / "kept", minilm))
    assert (answering.match_evidence, answering._reranked) == before
    assert (tmp_path / "kept" / "garden_set" / "garden-minilm.sqlite3").is_file()
    assert [r["q"] for r in rows] == [q["q"] for q in QUESTIONS]
    assert rows[0]["kind"] == "at 1" and rows[1]["kind"] == "at 1" and rows[2]["kind"] == "unanswerable"
    first, second, unanswerable = (r["features"] for r in rows)
    assert set(first) == {*bench.LOW, *bench.HIGH}
    # "many" is in no sentence; the answer holds the question's other terms, all within its paragraph.
    assert first["absent"] == 1.0 and 0.0 < first["absent_share"] < 0.5 and 0.5 < first["cov"] < 1.0
    # sums of the same weights in another order may differ in the last bit: compared with pytest.approx's tolerance
    cov, paracov, seccov, doccov = (first[k] for k in ("cov", "paracov", "seccov", "doccov"))
    assert all(
        wider >= narrower or wider == pytest.approx(narrower)
        for wider, narrower in ((paracov, cov), (seccov, paracov), (doccov, seccov))
    )
    assert second["cov"] == 1.0 and second["absent"] == 0.0 and second["maxmiss"] == 0.0
    assert first["agree"] == second["agree"] == 1.0 and 0.0 < first["sim"] < 1.0 and first["margin"] > 0.0
    # "fertiliser", "brand" and "prefer" are in no sentence: most of the unanswerable question's weight is absent, yet
    # its best hit (on roses) covers more than the rule's bar and it is answered.
    assert not rows[2]["not_found"] and unanswerable["absent"] == 3.0 and unanswerable["absent_share"] > 0.5
    assert unanswerable["cov"] < first["cov"]
    # every sentence of the garden is drawn: the closest candidate stands above the question's mean similarity to them
    assert all(r["simz"] > 0.0 for r in (first, second, unanswerable))
    # the garden is one document: no other document's hit to lead
    assert first["docmargin"] == second["docmargin"] == 1.0
    assert all(-1.0 < r["focusdrop"] < 1.0 for r in (first, second, unanswerable))
    # the garden's paragraphs: the one the hits came from is the best anywhere; no paragraph holds what roses prefer
    assert second["bestpara"] == 1.0 and first["bestpara"] == pytest.approx(paracov)
    assert unanswerable["bestpara"] < 0.5
    # the second question's words all stand in its hits; "fertiliser" and "brand" in none of the unanswerable's, nor
    # "many" (no sentence holds it, so it weighs most) in the first's
    assert second["keyword"] > 0.8 and max(first["keyword"], unanswerable["keyword"]) < second["keyword"]


def test_a_term_is_met_by_its_own_word_and_missed_by_others(minilm: SemanticReranker) -> None:
    """`keyword_match`: a hit naming the asked thing meets it; one only on the topic meets it less; a term no
    question word holds is not weighed."""
    question = "Which fertiliser do roses prefer?"
    naming = bench.keyword_match(question, ["fertilis"], ["Feed roses with a fertiliser rich in potash."])
    topic = bench.keyword_match(question, ["fertilis"], ["Roses like rich soil and a sunny place."])
    assert naming > 0.8 and topic < 0.6
    assert bench.keyword_match(question, ["basil"], ["Roses like rich soil."]) == 1.0
    assert bench.keyword_match(question, ["fertilis"], []) == 0.0
    words = [w for w, _ in bench.word_states("Prune the roses in early spring.")]
    assert words == ["Prune", "the", "roses", "in", "early", "spring", "."]


def test_the_focus_term_leaves_the_question_with_its_words() -> None:
    """`without_term` drops every word whose terms hold the focus term (any inflection), and only those."""
    assert bench.without_term("Do tomatoes need sun? A tomato needs water.", "tomato") == "Do need sun A needs water"
    assert bench.without_term("What User-Agent header does httpx send?", "httpx") == "What User-Agent header does send"
    assert bench.without_term("What grows here?", "basil") == "What grows here"


def test_rules_are_searched_only_among_those_sparing_every_answerable_question() -> None:
    def row(kind: str, cov: float, margin: float) -> dict[str, object]:
        values = dict.fromkeys((*bench.LOW, *bench.HIGH), 0.5) | {"cov": cov, "margin": margin}
        return {"set": "s", "kind": kind, "not_found": False, "features": values}

    answerable = [row("at 1", 0.3, 0.3), row("at 1", 0.9, 0.02)]
    unanswerable = [row("unanswerable", 0.3, 0.02), row("unanswerable", 0.9, 0.3)]
    assert bench.caught([*answerable, *unanswerable], [("cov", 0.5), ("margin", 0.1)]) == [unanswerable[0]]
    assert bench.caught(answerable, [("cov", 0.5)]) == [answerable[0]]


def test_a_folder_that_is_no_set_is_said_without_a_traceback(
    garden_set: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --data folder without qa.jsonl ended in FileNotFoundError's traceback, after the model had loaded."""
    assert bench.main(["--data", str(garden_set), "--data", str(tmp_path / "nothing")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"notfound_features: {tmp_path / 'nothing'} needs qa.jsonl and docs/\n"


def test_the_run_says_its_settings_first(
    garden_set: Path,
    tmp_path: Path,
    minilm: SemanticReranker,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the figures were measured with, as bench/realdocs.py says it: the sets, the half, the reranker, the
    engine, the hits asked for, the ingest version and where the code came from (PYTHONPATH runs a baseline)."""
    monkeypatch.setattr(  # the command line shared with bench/candidate_recall.py loads it
        sys.modules["question_bench"],
        "load_reranker",
        lambda name, model_path=None: minilm if name == bench.RERANKER else None,
    )
    assert bench.main(["--data", str(garden_set), "--half", "tuning", "--json", str(tmp_path / "rows.jsonl")]) == 0
    first = capsys.readouterr().out.split("\n", 1)[0]
    assert first == (
        f"notfound_features: {garden_set}; tuning questions; RERANKER=minilm, ENGINE=auto, top {bench.TOP};"
        f" INGEST_VERSION {INGEST_VERSION}; code in {Path(answering.__file__).resolve().parents[2]}"
    )
    rows = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["q"] for r in rows] == [q["q"] for q in QUESTIONS[::2]]  # the tuning half: even (0-based) lines


def test_a_json_file_in_no_folder_is_refused_before_the_run(
    garden_set: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rows were computed, then writing them failed with a traceback (FileNotFoundError)."""
    assert bench.main(["--data", str(garden_set), "--json", str(tmp_path / "missing" / "rows.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err == f"notfound_features: no folder {tmp_path / 'missing'} for --json\n"
