"""The bench scripts (bench/*.py), loaded as modules for their tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_bench(name: str) -> ModuleType:
    """bench/`name`.py as the module docbot_bench_`name` (bench/ is no package: its scripts run as files)."""
    spec = importlib.util.spec_from_file_location(f"docbot_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def write_question_set(root: Path, document: str, text: str, questions: Sequence[dict[str, Any]]) -> Path:
    """A one-document realdocs-layout set in `root`/garden_set: docs/garden/`document` holding `text`, and qa.jsonl
    with `questions` (q, kind, gold), each about that document of the garden corpus."""
    folder = root / "garden_set"
    (folder / "docs" / "garden").mkdir(parents=True)
    (folder / "docs" / "garden" / document).write_text(text, encoding="utf-8")
    fmt = Path(document).suffix.lstrip(".")
    lines = [json.dumps({**q, "doc": document, "fmt": fmt, "corpus": "garden"}) for q in questions]
    (folder / "qa.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
