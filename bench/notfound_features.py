"""What "not found" could be decided from (issue 12): per question, the evidence the rule weighs and candidates it does
not, on `realdocs`-layout sets, and which of them separate unanswerable questions from answerable ones.

    .venv/bin/python bench/notfound_features.py --data bench/data/realdocs_extra --data bench/data/realdocs_office ...
                                                [--half tuning|reporting] [--keep-db DIR] [--json FILE]

Each corpus is indexed as bench/realdocs.py does (`--keep-db` shares its databases: DIR/<set>/<corpus>-minilm.sqlite3)
and every question answered by `ask_now` with RERANKER=minilm, while two functions of `retrieval.answer.answering` are
wrapped to record what they see: `match_evidence` (the question's terms, their IDF and document frequency, the terms
each lexical hit holds) and `_reranked` (the lexical and reranked orders, blended scores, similarities). From them,
per question:

- cov, sim: the rule's own evidence (share of the 5 heaviest terms' IDF the best hit holds; closest similarity).
- fullcov: the share of all the question's IDF the best hit holds; maxmiss: the heaviest term it lacks over the
  largest IDF; known1_in: whether the rarest term the documents use is in it; top2_in: the share of the two rarest.
- absent: question terms no sentence holds; absent_share: their share of the 5 heaviest terms' IDF.
- u5cov: coverage by the first 5 lexical hits together; paracov, seccov, doccov: by the best lexical hit's paragraph,
  section and document; rrparacov, rrseccov: the same for the reranker's first hit.
- margin: the reranker's first blended score minus its second; agree: its first hit is the lexical best;
  rr_in_lex3: it is among the first 3 lexical hits; simgap: the closest similarity minus the median; sentsim: the
  closest similarity of a lexical hit's sentence alone (embedded here, not stored).
- simz, over99: the closest similarity against the corpus's own distribution, that is the question's similarity to
  up to `CALIBRATION_SENTENCES` sentences drawn at random from the corpus (a fixed draw per corpus): minus their mean
  over their standard deviation, and minus their 99th percentile.
- focusdrop: how much the question's rarest term the documents use carries: the closest similarity of the first 5
  lexical and 5 reranked hits' sentences alone to the question, minus that to the question without the words holding
  that term (`without_term`). A hit on the topic that does not state the asked thing is as close, or closer, without it.
- docmargin: the best lexical hit's score's lead over the best hit from another document, as a share of its score.
- bestpara: the coverage (as cov) of the best paragraph of the whole corpus, whatever the ranking found: a question
  no paragraph anywhere holds the words of is unanswerable, one whose answer was ranked low is not.
- keyword: how the question's two heaviest terms are met in the first `KEYWORD_HITS` reranked hits, word by word:
  for each, the closest MiniLM word state (the mean of a word's word-piece outputs, in its sentence) of any of their
  words to that of a question word holding it, and the lower of the two. A paraphrase ("login" for "credentials")
  meets its word; a hit on the topic that never names the asked thing does not.

Printed: per set, the median and range of each feature over answerable questions answered at 1, answered lower, not in
the top 5, and unanswerable questions answered (questions already "not found" are left out), then the single and
two-feature thresholds that would say "not found" to the most unanswerable questions answered while saying it to no
answerable question of any set given. A rule chosen this way fits its sets; judge it on held-out sets.
"""

from __future__ import annotations

import itertools
import math
import os
import random
import re
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# this checkout first, unless PYTHONPATH names the code to run (as bench/realdocs.py)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from question_bench import answer_questions, run_question_bench
from realdocs import Question, first_hit_rank

from retrieval.answer import answering, semantic
from retrieval.models import Answer
from retrieval.service import QuestionError
from retrieval.tokenize import tokenize

# Features for which a low value is the evidence of "not found", and those for which a high one is.
LOW = (
    "cov",
    "sim",
    "fullcov",
    "known1_in",
    "top2_in",
    "u5cov",
    "paracov",
    "seccov",
    "doccov",
    "rrparacov",
    "rrseccov",
    "margin",
    "agree",
    "rr_in_lex3",
    "simgap",
    "sentsim",
    "simz",
    "over99",
    "focusdrop",
    "docmargin",
    "bestpara",
    "keyword",
)
HIGH = ("maxmiss", "absent", "absent_share")

# How far a section or document is read either side of a hit (sentences).
_REACH = 3000
# Hits asked for, and the rank within which an answerable question's gold counts as found.
TOP = 5
# The reranker every question is answered with: most features weigh its order or its similarities.
RERANKER = "minilm"
# Sentences drawn from each corpus to place a question's closest similarity in the corpus's own distribution.
CALIBRATION_SENTENCES = 400
# The corpora's drawn sentences' vectors, by the corpus snapshot (a run asks many questions of one).
_calibration: dict[int, Any] = {}
_WORD = re.compile(r"\w+(?:['.-]\w+)*")
# The corpora's paragraphs holding each term, by the corpus snapshot (cleared with the calibration, corpus by corpus).
_passages: dict[int, dict[str, set[tuple[int, int]]]] = {}
# Reranked hits whose words meet the question's heaviest terms (`keyword`), and how many of those terms.
KEYWORD_HITS = 3
KEYWORD_TERMS = 2


def without_term(question: str, term: str, language: str = "en") -> str:
    """The question without its words whose terms include `term` (the rest joined by single spaces)."""
    return " ".join(w.group() for w in _WORD.finditer(question) if term not in tokenize(w.group(), language))


def _drawn_vectors(corpus: Any, reranker: Any) -> Any:
    """The vectors of `CALIBRATION_SENTENCES` sentences of the corpus drawn at random (the same draw every time)."""
    key = id(corpus)
    if key not in _calibration:
        count = len(corpus.sentences)
        positions = sorted(random.Random(12).sample(range(count), min(CALIBRATION_SENTENCES, count)))
        _calibration[key] = reranker.encode([corpus.sentences[p].text for p in positions]) if positions else None
    return _calibration[key]


def _paragraphs_by_term(corpus: Any) -> dict[str, set[tuple[int, int]]]:
    """Each term of the corpus's sentences with the paragraphs (document, paragraph) holding it."""
    key = id(corpus)
    if key not in _passages:
        holding: dict[str, set[tuple[int, int]]] = {}
        for sentence in corpus.sentences:
            for term in set(sentence.tokens):
                holding.setdefault(term, set()).add((sentence.document_id, sentence.paragraph))
        _passages[key] = holding
    return _passages[key]


def _clear_corpus_caches() -> None:
    # both are kept by the snapshot's id, which a later corpus may take
    _calibration.clear()
    _passages.clear()


@lru_cache(maxsize=1)
def _word_model() -> Any:
    """docbot's MiniLM as an onnxruntime session with its tokenizer, read for its word-piece outputs."""
    modules = semantic._semantic_modules()
    files = semantic.default_model()
    tokenizer = modules["tokenizers"].Tokenizer.from_str(files.tokenizer.read_text(encoding="utf-8"))
    tokenizer.enable_truncation(max_length=semantic.MAX_TOKENS)
    tokenizer.no_padding()
    options = modules["onnxruntime"].SessionOptions()
    options.intra_op_num_threads = 1
    session = modules["onnxruntime"].InferenceSession(str(files.model), options, providers=["CPUExecutionProvider"])
    return tokenizer, session, {i.name for i in session.get_inputs()}


def word_states(text: str) -> list[tuple[str, Any]]:
    """Each word of `text` (as the tokenizer splits words) with its unit MiniLM state in the text: the mean of its
    word pieces' outputs."""
    tokenizer, session, inputs = _word_model()
    encoded = tokenizer.encode(text)
    if not encoded.ids:
        return []
    ids = np.array([encoded.ids], dtype=np.int64)
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    hidden = session.run(None, {k: v for k, v in feed.items() if k in inputs})[0][0]
    pieces: dict[int, list[int]] = {}
    for index, word in enumerate(encoded.word_ids):
        if word is not None:
            pieces.setdefault(word, []).append(index)
    words = []
    for indexes in pieces.values():
        vector = hidden[indexes].mean(axis=0)
        start, end = encoded.offsets[indexes[0]][0], encoded.offsets[indexes[-1]][1]
        words.append((text[start:end], vector / max(float(np.linalg.norm(vector)), 1e-9)))
    return words


def keyword_match(question: str, terms: Sequence[str], hits: Sequence[str]) -> float:
    """The lower, over `terms`, of the closest word state in `hits` to that of a question word holding the term (1.0
    when no question word holds one, 0.0 without hits)."""
    states = [np.stack([v for _, v in words]) for words in map(word_states, hits) if words]
    if not states:
        return 0.0
    asked = word_states(question)
    met = []
    for term in terms:
        vectors = [v for word, v in asked if term in tokenize(word, "en")]
        if vectors:
            met.append(max(float((np.stack(vectors) @ words.T).max()) for words in states))
    return min(met, default=1.0)


@contextmanager
def recording(record: dict[str, Any]) -> Iterator[None]:
    """Wrap `answering.match_evidence` and `answering._reranked` so that each question's evidence lands in `record`."""
    match_evidence, reranked = answering.match_evidence, answering._reranked

    def recorded_reranked(question: str, corpus: Any, hits: list[Any], reranker: Any, *args: Any) -> Any:
        lexical = list(hits)
        ordered, similarities = reranked(question, corpus, hits, reranker, *args)
        record["lexical"] = [h.sentence_id for h in lexical[:10]]
        record["reranked"] = [h.sentence_id for h in ordered[:10]]
        record["scores"] = [h.score for h in ordered[:10]]
        record["similarities"] = list(similarities or [])
        vectors = reranker.encode([h.text for h in lexical[:5]])
        record["sentence_similarities"] = [float(v) for v in vectors @ reranker.embed_question(question)]
        record["places"] = [_place_terms(corpus, h.sentence_id) for h in (lexical[0], ordered[0])]
        drawn = _drawn_vectors(corpus, reranker)
        if drawn is not None:
            spread = drawn @ reranker.embed_question(question)
            record["drawn"] = [float(spread.mean()), float(spread.std()), float(np.percentile(spread, 99))]
        texts = list(dict.fromkeys([h.text for h in lexical[:5]] + [h.text for h in ordered[:5]]))
        record["candidate_vectors"] = reranker.encode(texts)
        record["reranker"] = reranker
        record["lexical_documents"] = [_document_of(corpus, h.sentence_id) for h in lexical[:10]]
        record["lexical_scores"] = [h.score for h in lexical[:10]]
        record["paragraphs_by_term"] = _paragraphs_by_term(corpus)
        record["hit_texts"] = [h.text for h in ordered[:KEYWORD_HITS]]
        return ordered, similarities

    def recorded_evidence(engine: Any, terms: Sequence[str], matched: Sequence[Sequence[str]], *args: Any) -> Any:
        evidence = match_evidence(engine, terms, matched, *args)
        record["terms"] = [(t, answering.term_weight(engine, t), engine.document_frequency(t)) for t in set(terms)]
        record["size"] = engine.size
        record["matched"] = [list(m) for m in matched[:10]]
        record["coverage"], record["similarity"] = evidence.coverage, evidence.similarity
        record["long"] = evidence.long_question
        # the focus: the rarest term the documents use (ties: the first in the question)
        known = [t for t in dict.fromkeys(terms) if engine.document_frequency(t) > 0]
        record["focus"] = max(known, key=lambda t: answering.term_weight(engine, t)) if known else None
        return evidence

    answering.match_evidence, answering._reranked = recorded_evidence, recorded_reranked  # type: ignore[assignment]
    try:
        yield
    finally:
        answering.match_evidence, answering._reranked = match_evidence, reranked


def _document_of(corpus: Any, sentence_id: int) -> int:
    position = corpus.position_of(sentence_id)
    return -1 if position is None else int(corpus.sentences[position].document_id)


def _focus_drop(question: str, record: dict[str, Any]) -> float:
    """The closest candidate sentence's similarity to the question minus that to it without its focus term."""
    vectors, reranker, focus = record.get("candidate_vectors"), record.get("reranker"), record.get("focus")
    if vectors is None or reranker is None or focus is None or not len(vectors):
        return 0.0
    whole = vectors @ reranker.embed_question(question)
    without = vectors @ reranker.embed_question(without_term(question, focus))
    return float(whole.max() - without.max())


def _document_margin(record: dict[str, Any]) -> float:
    scores, documents = record.get("lexical_scores") or [], record.get("lexical_documents") or []
    if not scores or scores[0] <= 0:
        return 1.0
    others = [s for s, d in zip(scores, documents, strict=True) if d != documents[0]]
    return (scores[0] - others[0]) / scores[0] if others else 1.0


def _place_terms(corpus: Any, sentence_id: int) -> dict[str, list[str]]:
    """The terms of a sentence's paragraph, section and document."""
    position = corpus.position_of(sentence_id)
    if position is None:
        return {"paragraph": [], "section": [], "document": []}
    own = corpus.sentences[position]
    paragraph = tokenize(answering.paragraph_text(corpus, position), "en")
    section: set[str] = set()
    document: set[str] = set()
    for step in (-1, 1):
        index = position if step < 0 else position + 1
        while 0 <= index < len(corpus.sentences) and abs(index - position) < _REACH:
            sentence = corpus.sentences[index]
            if sentence.document_id != own.document_id:
                break
            document.update(sentence.tokens)
            if sentence.section == own.section:
                section.update(sentence.tokens)
            index += step
    return {"paragraph": sorted(set(paragraph)), "section": sorted(section), "document": sorted(document)}


def features(record: dict[str, Any]) -> dict[str, float] | None:
    """The features of one question's record (None when the reranker did not run: no similarity to weigh)."""
    if "terms" not in record or "places" not in record or record.get("similarity") is None:
        return None
    # Equal weights are ordered by term: the terms arrive in set order, which changes with the hash seed.
    weights = {t: w for t, w, _ in sorted(record["terms"], key=lambda x: (-x[1], x[0]))}
    frequency = {t: df for t, _, df in record["terms"]}
    ordered = list(weights)
    heaviest = sorted(weights.values(), reverse=True)[: answering.COVERAGE_TERMS]
    top = sum(heaviest) or 1.0
    total = sum(weights.values()) or 1.0
    best = set(record["matched"][0]) if record["matched"] else set()

    def covered(terms: set[str]) -> float:
        return min(1.0, sum(weights[t] for t in terms if t in weights) / top)

    known = [t for t in ordered if frequency[t] > 0]
    missing = [weights[t] for t in ordered if t not in best]
    similarities = record["similarities"]
    scores = record["scores"]
    lexical, reranked = record["lexical"], record["reranked"]
    places = record["places"]
    closest = record["similarity"]
    mean, deviation, top_percent = record.get("drawn") or (closest, 0.0, closest)
    return {
        "cov": record["coverage"],
        "sim": record["similarity"],
        "fullcov": sum(weights[t] for t in best if t in weights) / total,
        "maxmiss": max(missing) / math.log(record["size"] + 1) if missing else 0.0,
        "known1_in": float(bool(known) and known[0] in best),
        "top2_in": sum(t in best for t in ordered[:2]) / max(1, min(2, len(ordered))),
        "absent": float(sum(1 for t in ordered if frequency[t] == 0)),
        "absent_share": min(1.0, sum(weights[t] for t in ordered if frequency[t] == 0) / top),
        "u5cov": covered(set().union(*map(set, record["matched"][:5]))),
        "paracov": covered(set(places[0]["paragraph"])),
        "seccov": covered(set(places[0]["section"])),
        "doccov": covered(set(places[0]["document"])),
        "rrparacov": covered(set(places[1]["paragraph"])),
        "rrseccov": covered(set(places[1]["section"])),
        "margin": scores[0] - scores[1] if len(scores) > 1 else 1.0,
        "agree": float(bool(lexical) and bool(reranked) and lexical[0] == reranked[0]),
        "rr_in_lex3": float(bool(reranked) and reranked[0] in lexical[:3]),
        "simgap": max(similarities) - statistics.median(similarities) if similarities else 0.0,
        "sentsim": max(record["sentence_similarities"], default=0.0),
        "simz": (closest - mean) / deviation if deviation > 0 else 0.0,
        "over99": closest - top_percent,
        "focusdrop": record.get("focus_drop", 0.0),
        "docmargin": _document_margin(record),
        "bestpara": _best_paragraph(weights, top, record["paragraphs_by_term"]),
        "keyword": record.get("keyword", 1.0),
    }


def _best_paragraph(weights: dict[str, float], top: float, holding: dict[str, set[tuple[int, int]]]) -> float:
    """The coverage of the corpus's paragraph that holds the most of the question's weight (over `top`, at most 1)."""
    held: dict[tuple[int, int], float] = {}
    for term, weight in weights.items():
        for paragraph in holding.get(term, ()):
            held[paragraph] = held.get(paragraph, 0.0) + weight
    return min(1.0, max(held.values()) / top) if held else 0.0


async def answer_set(folder: Path, half: str | None, keep_db: Path | None, reranker: Any) -> list[dict[str, Any]]:
    """Every question of a realdocs-layout set answered with its evidence recorded, one row each."""
    return await answer_questions(folder, half, keep_db, reranker, RERANKER, TOP, _answered, _clear_corpus_caches)


def _answered(name: str, question: Question, ask: Callable[[str], Answer]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    with recording(record):
        try:
            answer = ask(question.q)
        except QuestionError as error:
            answer = Answer(question.q, (), True, str(error))
    record["focus_drop"] = _focus_drop(question.q, record)
    if "terms" in record and "hit_texts" in record:
        heaviest = [t for t, _, _ in sorted(record["terms"], key=lambda x: (-x[1], x[0]))][:KEYWORD_TERMS]
        record["keyword"] = keyword_match(question.q, heaviest, record["hit_texts"])
    rank = first_hit_rank([h.text for h in answer.hits], question.gold, TOP) if question.answerable else None
    kind = "unanswerable" if not question.answerable else ("at 1" if rank == 1 else ("lower" if rank else "missed"))
    return {
        "set": name,
        "q": question.q,
        "kind": kind,
        "not_found": answer.not_found,
        "features": features(record),
    }


def thresholds(rows: Sequence[dict[str, Any]], name: str) -> list[float]:
    values = sorted({round(r["features"][name], 3) for r in rows})
    return values if len(values) <= 30 else [values[i * (len(values) - 1) // 29] for i in range(30)]


def caught(rows: Sequence[dict[str, Any]], rule: Sequence[tuple[str, float]]) -> list[dict[str, Any]]:
    """The rows a rule (all its conditions: a LOW feature under its value, a HIGH one over it) says "not found" to."""
    return [r for r in rows if all((r["features"][n] < t) if n in LOW else (r["features"][n] > t) for n, t in rule)]


def report(rows: Sequence[dict[str, Any]]) -> None:
    answered = [r for r in rows if not r["not_found"] and r["features"] is not None]
    for name in dict.fromkeys(r["set"] for r in rows):
        in_set = [r for r in rows if r["set"] == name]
        unanswerable = [r for r in in_set if r["kind"] == "unanswerable"]
        print(
            f"\n{name}: unanswerable {sum(r['not_found'] for r in unanswerable)} of {len(unanswerable)} not found, "
            f"answerable {sum(r['not_found'] for r in in_set if r['kind'] != 'unanswerable')} of "
            f"{len(in_set) - len(unanswerable)}"
        )
        print("| feature | unanswerable answered | answerable at 1 | lower in top 5 | not in top 5 |")
        print("|---|---|---|---|---|")
        for feature in (*LOW, *HIGH):
            cells = []
            for kind in ("unanswerable", "at 1", "lower", "missed"):
                values = [r["features"][feature] for r in answered if r["set"] == name and r["kind"] == kind]
                cells.append(
                    f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})" if values else "-"
                )
            print(f"| {feature} | {' | '.join(cells)} |")
    answerable = [r for r in answered if r["kind"] != "unanswerable"]
    unanswerable = [r for r in answered if r["kind"] == "unanswerable"]
    best: list[tuple[int, int, tuple[tuple[str, float], ...]]] = []
    names = (*LOW, *HIGH)
    for size in (1, 2):
        for chosen in itertools.combinations(names, size):
            for values in itertools.product(*(thresholds(answered, n) for n in chosen)):
                rule = tuple(zip(chosen, values, strict=True))
                if caught(answerable, rule):
                    continue
                hits = caught(unanswerable, rule)
                if hits:
                    best.append((len(hits), len({r["set"] for r in hits}), rule))
    best.sort(key=lambda b: (-b[1], -b[0]))
    print(f"\nanswered: {len(unanswerable)} unanswerable, {len(answerable)} answerable")
    print("rules saying 'not found' to no answerable question (unanswerable caught, sets):")
    for count, sets, rule in best[:10]:
        text = " and ".join(f"{n} {'<' if n in LOW else '>'} {t}" for n, t in rule)
        print(f"  {count} in {sets} sets: {text}")


def main(argv: Sequence[str] | None = None) -> int:
    return run_question_bench(
        "notfound_features",
        __doc__.split("\n\n")[0],
        "write each question's features as JSON lines",
        RERANKER,
        f"RERANKER={RERANKER}, ENGINE=auto, top {TOP}",
        answer_set,
        report,
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
