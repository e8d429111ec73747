"""Where the answer stands before the reranker decides (issue 12): per question of `realdocs`-layout sets, the gold
sentence's rank among the lexical candidates the reranker reads, among the reranked candidates, deeper in the lexical
ranking, among the stored vectors nearest the question and by paragraph; and what wins when it does not come first.

    .venv/bin/python bench/candidate_recall.py --data bench/data/realdocs_extra --data bench/data/realdocs_office ...
                                               [--half tuning|reporting] [--keep-db DIR] [--json FILE]

Each corpus is indexed as bench/realdocs.py does (`--keep-db` shares its databases: DIR/<set>/<corpus>-minilm.sqlite3)
and every question answered by `ask_now` with RERANKER=minilm, while `answering._reranked` (the lexical candidates
in, the reranked ones out), `answering.match_evidence` (the engine) and `answering.shown_hits` (the final order) are
wrapped to record what they see. A candidate is gold when its text holds a gold string (bench/realdocs.py's
`matches_gold`). Per set, over answerable questions:

- hit@1, hit@5: the answer's, as bench/realdocs.py counts them ("not found" is no hit);
- lex: gold among the `RERANK_CANDIDATES` lexical candidates; pool: among the reranked candidates (they and the hybrid
  neighbours), and the median rank there before -> after the reranker;
- deep100, deep500: within the first 100 / 500 sentences of the lexical ranking (`rank_candidates`);
- vec10, vec30, vec100: among that many stored vectors nearest the question;
- para5, para20: the gold's paragraph among the first 5 / 20 paragraphs of the lexical ranking's sentences;
- missed at 1 by: a sentence of the gold's own section (same document and section path), another sentence elsewhere,
  or no candidate (gold not in the pool);
- cpu: the asking thread's CPU time per question (all questions), ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# this checkout first, unless PYTHONPATH names the code to run (as bench/realdocs.py)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from question_bench import answer_questions, run_question_bench
from realdocs import Question, first_hit_rank, matches_gold

from retrieval.answer import answering, ranking
from retrieval.answer.semantic import RERANK_CANDIDATES
from retrieval.models import Answer
from retrieval.service import QuestionError
from retrieval.tokenize import tokenize

# Hits asked for, and the rank within which an answerable question's gold counts as found.
TOP = 5
# The reranker every question is answered with.
RERANKER = "minilm"
# How deep the lexical ranking and the stored vectors are read for the gold.
DEEP = 500
NEAREST = 100


@contextmanager
def recording(record: dict[str, Any]) -> Iterator[None]:
    """Wrap `answering._reranked`, `answering.match_evidence` and `answering.shown_hits` so that what each sees of a
    question lands in `record` (the lexical and reranked candidates, the engine, the corpus, the stored vectors)."""
    reranked, match_evidence, shown_hits = answering._reranked, answering.match_evidence, answering.shown_hits

    def recorded_reranked(question: str, corpus: Any, hits: list[Any], reranker: Any, *args: Any) -> Any:
        record["lexical"] = [h.sentence_id for h in hits]
        ordered, similarities = reranked(question, corpus, hits, reranker, *args)
        record["pool"] = [h.sentence_id for h in ordered]
        record["reranker"], record["stored"] = reranker, args[1] if len(args) > 1 else None
        return ordered, similarities

    def recorded_evidence(engine: Any, *args: Any) -> Any:
        record["engine"] = engine
        return match_evidence(engine, *args)

    def recorded_shown(corpus: Any, hits: Sequence[Any], count: int) -> Any:
        record["corpus"] = corpus
        record.setdefault("final", [h.sentence_id for h in hits])
        return shown_hits(corpus, hits, count)

    answering._reranked = recorded_reranked  # type: ignore[assignment]
    answering.match_evidence = recorded_evidence  # type: ignore[assignment]
    answering.shown_hits = recorded_shown  # type: ignore[assignment]
    try:
        yield
    finally:
        answering._reranked, answering.match_evidence, answering.shown_hits = reranked, match_evidence, shown_hits


def _first(ids: Sequence[Any], wanted: set[Any]) -> int | None:
    return next((i for i, x in enumerate(ids, 1) if x in wanted), None)


def places(question: str, gold: Sequence[str], record: dict[str, Any]) -> dict[str, Any]:
    """Where the gold stands in each candidate list `record` holds (1-based ranks, None: not there), and what the
    first reranked candidate is to it (`winner`: "gold", "section", "elsewhere" or "none")."""
    corpus, engine = record.get("corpus"), record.get("engine")
    if corpus is None or engine is None:
        return {}
    sentences = corpus.sentences
    gold_positions = [i for i, s in enumerate(sentences) if matches_gold(s.text, gold)]
    gold_ids = {sentences[i].sentence_id for i in gold_positions}
    final = record.get("final", [])
    out: dict[str, Any] = {
        "lex": _first(record.get("lexical", final), gold_ids),
        "pool": _first(record.get("pool", final), gold_ids),
    }
    language = answering.question_language(question, corpus)
    terms = tokenize(question, language)
    deep: list[Any] = []
    if terms and engine.known_terms(terms):
        query = answering.informative_terms(engine, terms)
        asked = answering.asked_terms(question, language, terms)
        ranked, _ = ranking.rank_candidates(
            question, query, sentences, engine, corpus.paragraphs, DEEP, language, asked
        )
        deep = [sentences[r.position] for r in ranked]
    out["deep"] = _first([s.sentence_id for s in deep], gold_ids)
    paragraphs = list(dict.fromkeys((s.document_id, s.paragraph) for s in deep))
    out["para"] = _first(paragraphs, {(sentences[i].document_id, sentences[i].paragraph) for i in gold_positions})
    reranker, stored = record.get("reranker"), record.get("stored")
    out["vec"] = None
    if reranker is not None and stored is not None and stored.neighbours is not None:
        nearest = stored.neighbours.nearest(reranker.embed_question(question), NEAREST)
        out["vec"] = _first([sentence_id for sentence_id, _ in nearest], gold_ids)
    out["winner"] = "none"
    if final:
        first = sentences[corpus.position_of(final[0])]
        sections = {(sentences[i].document_id, sentences[i].section) for i in gold_positions}
        if final[0] in gold_ids:
            out["winner"] = "gold"
        elif (first.document_id, first.section) in sections:
            out["winner"] = "section"
        else:
            out["winner"] = "elsewhere"
    return out


async def answer_set(folder: Path, half: str | None, keep_db: Path | None, reranker: Any) -> list[dict[str, Any]]:
    """Every question of a realdocs-layout set answered with its gold's places recorded, one row each."""
    return await answer_questions(folder, half, keep_db, reranker, RERANKER, TOP, _answered)


def _answered(name: str, question: Question, ask: Callable[[str], Answer]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    with recording(record):
        started = time.thread_time()
        try:
            answer = ask(question.q)
        except QuestionError as error:
            answer = Answer(question.q, (), True, str(error))
        cpu = time.thread_time() - started
    row: dict[str, Any] = {
        "set": name,
        "q": question.q,
        "answerable": question.answerable,
        "not_found": answer.not_found,
        "cpu_ms": round(1000 * cpu, 2),
    }
    if question.answerable:
        row["rank"] = first_hit_rank([h.text for h in answer.hits], question.gold, TOP)
        row |= places(question.q, question.gold, record)
    return row


def _within(value: Any, limit: int) -> bool:
    return value is not None and value <= limit


def summary(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per set: the counts the module's docstring names."""
    lines = []
    for name in dict.fromkeys(r["set"] for r in rows):
        in_set = [r for r in rows if r["set"] == name]
        answerable = [r for r in in_set if r["answerable"]]
        in_pool = [r for r in answerable if r.get("pool") is not None]
        missed = [r for r in answerable if r.get("winner") not in (None, "gold")]
        line: dict[str, Any] = {
            "set": name,
            "answerable": len(answerable),
            "hit@1": sum(r["rank"] == 1 for r in answerable),
            "hit@5": sum(r["rank"] is not None for r in answerable),
            "lex": sum(r.get("lex") is not None for r in answerable),
            "pool": len(in_pool),
            "median rank before": statistics.median([r["lex"] for r in in_pool if r.get("lex")] or [0]),
            "median rank after": statistics.median([r["pool"] for r in in_pool] or [0]),
            "deep100": sum(_within(r.get("deep"), 100) for r in answerable),
            "deep500": sum(r.get("deep") is not None for r in answerable),
            "vec10": sum(_within(r.get("vec"), 10) for r in answerable),
            "vec30": sum(_within(r.get("vec"), 30) for r in answerable),
            "vec100": sum(_within(r.get("vec"), 100) for r in answerable),
            "para5": sum(_within(r.get("para"), 5) for r in answerable),
            "para20": sum(_within(r.get("para"), 20) for r in answerable),
            "missed by section": sum(r["winner"] == "section" and r.get("pool") is not None for r in missed),
            "missed elsewhere": sum(r["winner"] == "elsewhere" and r.get("pool") is not None for r in missed),
            "missed, not in pool": sum(r.get("pool") is None for r in missed),
            "cpu ms": round(statistics.mean(r["cpu_ms"] for r in in_set), 1) if in_set else 0.0,
        }
        lines.append(line)
    return lines


def report(rows: Sequence[dict[str, Any]]) -> None:
    lines = summary(rows)
    if not lines:
        return
    print("| " + " | ".join(lines[0]) + " |")
    print("|" + "---|" * len(lines[0]))
    for line in lines:
        print("| " + " | ".join(str(v) for v in line.values()) + " |")


def main(argv: Sequence[str] | None = None) -> int:
    return run_question_bench(
        "candidate_recall",
        __doc__.split("\n\n")[0],
        "write each question's places as JSON lines",
        RERANKER,
        f"RERANKER={RERANKER}, ENGINE=auto, top {TOP}, {RERANK_CANDIDATES} reranked",
        answer_set,
        report,
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
