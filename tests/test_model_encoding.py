"""MODEL_PATH's embedding.json: a model trained for retrieval is read with its own pooling and prefixes (bge: CLS
pooling and a question instruction; e5: "query: " / "passage: " and mean pooling)."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from retrieval.answer import semantic
from retrieval.answer.semantic import (
    Candidate,
    Encoding,
    RerankerUnavailable,
    SemanticReranker,
    Vectors,
    default_model,
    load_reranker,
    minilm_encoder,
    model_files,
    read_encoding,
)


def own_model_at(folder: Path, encoding: dict[str, object] | str | None = None) -> Path:
    """docbot's MiniLM copied into `folder` as a MODEL_PATH model, with `encoding` as its embedding.json."""
    own = default_model()
    shutil.copyfile(own.model, folder / semantic.MODEL_FILE)
    shutil.copyfile(own.tokenizer, folder / semantic.TOKENIZER_FILE)
    if encoding is not None:
        text = encoding if isinstance(encoding, str) else json.dumps(encoding)
        (folder / semantic.ENCODING_FILE).write_text(text, encoding="utf-8")
    return folder


class Recording:
    """An encoder that records the texts it is given (every text gets the same unit vector)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, texts: Sequence[str]) -> Vectors:
        self.texts.extend(texts)
        vectors = np.zeros((len(texts), 4), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


def test_without_the_file_a_model_is_read_as_minilm(tmp_path: Path) -> None:
    files = model_files(own_model_at(tmp_path))
    assert files.encoding is None
    assert read_encoding(files) == Encoding("mean", "", "")
    assert read_encoding(default_model()) == Encoding()


def test_the_prefixes_go_before_questions_and_passages() -> None:
    encoder = Recording()
    reranker = SemanticReranker(encoder, encoding=Encoding("mean", "query: ", "passage: "))
    reranker.embed_question("What religion were the Normans?")
    reranker.encode(["The Normans adopted the Catholic faith."])
    reranker.score("Who was Rollo?", [Candidate("Rollo was a Viking.", "Rollo was a Viking. He led.", 1.0)] * 2)
    assert encoder.texts[:2] == [
        "query: What religion were the Normans?",
        "passage: The Normans adopted the Catholic faith.",
    ]
    assert encoder.texts[2] == "query: Who was Rollo?"
    assert sorted(encoder.texts[3:]) == ["passage: Rollo was a Viking.", "passage: Rollo was a Viking. He led."]
    plain = Recording()
    SemanticReranker(plain).embed_question("Who was Rollo?")
    assert plain.texts == ["Who was Rollo?"]


def test_a_model_path_model_is_loaded_with_its_pooling_and_prefixes(tmp_path: Path) -> None:
    """A real model (docbot's MiniLM copied into a MODEL_PATH folder) with CLS pooling and prefixes: its vectors are
    the first word piece's hidden state, L2-normalised, of the prefixed text, and differ from mean pooling's."""
    import onnxruntime
    from tokenizers import Tokenizer

    (tmp_path / "cls").mkdir()
    folder = own_model_at(tmp_path / "cls", {"pooling": "cls", "query_prefix": "Represent: ", "passage_prefix": ""})
    reranker = load_reranker("minilm", model_path=folder)
    assert reranker is not None
    question = "How do I reset my password?"
    vector = reranker.embed_question(question)

    tokenizer = Tokenizer.from_file(str(folder / semantic.TOKENIZER_FILE))
    tokenizer.no_padding()  # the file pads to 128 pieces; docbot pads each batch to its longest text
    ids = np.array([tokenizer.encode("Represent: " + question).ids], dtype=np.int64)
    session = onnxruntime.InferenceSession(str(folder / semantic.MODEL_FILE), providers=["CPUExecutionProvider"])
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    first = session.run(None, {i.name: feed[i.name] for i in session.get_inputs()})[0][0, 0]
    assert float(vector @ (first / np.linalg.norm(first))) > 0.999

    mean_pooled = minilm_encoder(model_files(own_model_at(tmp_path, None)))(["Represent: " + question])[0]
    assert float(vector @ mean_pooled) < 0.99


def test_the_file_is_part_of_the_models_name(tmp_path: Path) -> None:
    """Stored vectors are named by the model: another embedding.json (other prefixes) makes them recomputed."""
    for name in "abc":
        (tmp_path / name).mkdir()
    plain = semantic.model_id(model_files(own_model_at(tmp_path / "a")))
    e5 = semantic.model_id(model_files(own_model_at(tmp_path / "b", {"query_prefix": "query: "})))
    bge = semantic.model_id(model_files(own_model_at(tmp_path / "c", {"pooling": "cls"})))
    assert len({plain, e5, bge}) == 3
    assert e5.startswith(plain) and bge.startswith(plain)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("{not json", "is not JSON"),
        ('["query: "]', "must be a JSON object"),
        ('{"query_prefix": "query: ", "instruction": "x"}', "must be a JSON object with only the keys"),
        ('{"pooling": "max"}', "pooling must be one of mean, cls"),
        ('{"query_prefix": 3}', "the prefixes must be strings"),
    ],
)
def test_a_wrong_file_is_one_clear_line(tmp_path: Path, text: str, complaint: str) -> None:
    folder = own_model_at(tmp_path, text)
    with pytest.raises(RerankerUnavailable) as caught:
        load_reranker("minilm", model_path=folder)
    message = str(caught.value)
    assert "\n" not in message and complaint in message and semantic.ENCODING_FILE in message


def test_the_file_is_read_once_a_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """embedding.json was read three times as a reranker loaded (the encoder's pooling, the prefixes, the model's
    name): a file saved meanwhile could name the vectors of one file and read them with another's prefixes. It is
    read once, and the model's name is that of the file read. The model file was hashed twice (the check, the name):
    once now."""
    folder = own_model_at(tmp_path, {"pooling": "cls", "query_prefix": "query: "})
    reads: list[str] = []
    real_bytes, real_text = Path.read_bytes, Path.read_text

    def read_bytes(path: Path) -> bytes:
        reads.append(path.name)
        return real_bytes(path)

    def read_text(path: Path, *args: Any, **kwargs: Any) -> str:
        reads.append(path.name)
        return real_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "read_text", read_text)
    reranker = load_reranker("minilm", model_path=folder)
    assert reranker is not None and reads.count(semantic.ENCODING_FILE) == 1, reads
    # the model file is hashed once, for the check and the name (onnxruntime reads it itself)
    assert reads.count(semantic.MODEL_FILE) == 1 and reads.count(semantic.TOKENIZER_FILE) == 2, reads
    monkeypatch.undo()
    assert reranker.model_id == semantic.model_id(model_files(folder))
    assert reranker.model_id.endswith(hashlib.sha256((folder / semantic.ENCODING_FILE).read_bytes()).hexdigest()[:16])
