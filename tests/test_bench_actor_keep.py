"""bench/actor_keep.py: the features recorded per actor the rules keep, and the logistic fit over them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.actors.lexicon import load_lexicon
from tests.bench_scripts import load_bench

keep = load_bench("actor_keep")

FIRST = """Harbour talks resume

Marta Velloso, the Velmaro port director, said on Monday that the talks would resume.

"We expect an agreement this week," Velloso said. The Kestrel Dockers Union said it would wait.
"""
SECOND = """Union waits

The Kestrel Dockers Union said on Tuesday that its members would vote.

Marta Velloso told reporters the vote was welcome.
"""


def test_each_listed_actor_gets_its_features_and_the_documents_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    listing, _, found = keep._run(tmp_path, [tmp_path / "a.txt", tmp_path / "b.txt"], load_lexicon())
    names = {row["actor"] for row in listing}
    assert {"Marta Velloso", "Kestrel Dockers Union"} <= names
    documents = keep.FEATURES.index("log_documents")
    given = keep.FEATURES.index("given_name_first")
    body = keep.FEATURES.index("body_word_last")
    for name in ("Marta Velloso", "Kestrel Dockers Union"):
        assert len(found[name]) == len(keep.FEATURES)
        assert round(float(np.expm1(found[name][documents]))) == 2  # named in both documents
    assert found["Marta Velloso"][given] == 1.0 and found["Marta Velloso"][body] == 0.0
    assert found["Kestrel Dockers Union"][given] == 0.0 and found["Kestrel Dockers Union"][body] == 1.0


def test_the_fit_learns_which_feature_tells_actors_apart() -> None:
    rng = np.random.default_rng(7)
    telling = rng.integers(0, 2, 400).astype(float)
    noise = rng.normal(size=400)
    labels = np.where(rng.random(400) < 0.9, telling, 1 - telling)  # the first feature right nine times in ten
    model = keep.fit_logistic(np.column_stack([telling, noise]), labels, 1.0)
    assert model.weights[0] > 1.0 and abs(model.weights[1]) < 0.5
    assert model.probability([1.0, 0.0]) > 0.8 > 0.2 > model.probability([0.0, 0.0])
    assert model.at(0.5).keeps([1.0, 0.0]) and not model.at(0.5).keeps([0.0, 0.0])


def test_missing_inputs_and_wrong_data_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing --data file, one that is not `record`'s, a missing actors-dev folder or no folder for --out ended in
    tracebacks (--out's after the whole record run); each is one line now, before any work."""
    assert keep.main(["record", "--actors-dev", str(tmp_path / "none")]) == 2
    assert "not found:" in capsys.readouterr().err
    # an actors-dev folder of its own, so that the checks after it speak (../shared may not be beside the checkout)
    dev = tmp_path / "actors-dev"
    dev.mkdir()
    (dev / "score.py").write_text("", encoding="utf-8")
    (dev / "gold.json").write_text("{}", encoding="utf-8")
    assert keep.main(["record", "--actors-dev", str(dev), "--out", str(tmp_path / "none" / "keep.json")]) == 2
    assert "no folder to write" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="run `record` first"):
        keep.main(["fit", "--actors-dev", str(dev), "--data", str(tmp_path / "keep.json")])
    (tmp_path / "keep.json").write_text('{"features": []}', encoding="utf-8")
    with pytest.raises(SystemExit, match="is not what `record` writes"):
        keep.main(["fit", "--actors-dev", str(dev), "--data", str(tmp_path / "keep.json")])
    for option in (["--l2", "-1"], ["--recall-loss", "nan"], ["--recall-loss", "2"]):
        with pytest.raises(SystemExit):
            keep.main(["fit", *option])
        assert "error: argument" in capsys.readouterr().err
