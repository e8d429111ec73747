"""bench/actors.py: a blind news set (`--blind`) is scored, labelled blind, and its errors are never printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench_scripts import load_bench

actors = load_bench("actors")

# A stand-in for actors-dev's score.py (../shared may not be beside the checkout): the same `score(gold, listing,
# details)` interface, actors matched by exact name, and an "errors" entry naming every listed actor the gold lacks
# and every gold actor missed, as the real one does.
SCORER = """
def score(gold, listing, details):
    names = {a["name"] for a in gold["actors"]}
    listed = [row["actor"] for row in listing]
    right = [name for name in listed if name in names]
    statements = sum(len(details[name]["statements"]) for name in listed)
    return {
        "actors_listed": len(listed),
        "actor_precision": len(right) / len(listed) if listed else 0.0,
        "actor_recall": len(set(right)) / len(names) if names else 0.0,
        "statements_listed": statements,
        "errors": {
            "not_gold_actors": [name for name in listed if name not in names],
            "missed_actors": sorted(names - set(listed)),
        },
    }
"""

DEV_TEXT = """Harbour talks resume

Marta Velloso, the Velmaro port director, said on Monday that the talks would resume.

"We expect an agreement this week," Velloso said.
"""
DEV_TEXT_2 = """Union waits

The Kestrel Dockers Union said on Tuesday that its members would vote.
"""
BLIND_TEXT = """Bridge reopens

Orla Quennell, the Dunmarra transport minister, said on Friday that the bridge would reopen in May.

"The repairs are finished," Quennell told reporters.
"""
BLIND_TEXT_2 = """Ferry fares

Tobias Arkwright, the chief executive of the Saltmere Ferry Company, said fares would rise.
"""
# gold actors the blind texts never name: the missed-actor errors are certain, and must not be printed
BLIND_ONLY_NAMES = ("Petra Hallvard", "Ingmar Stolt")


def news_folder(folder: Path, texts: dict[str, str], actors_named: list[str], batches: dict[str, list[str]]) -> Path:
    """A news set in actors_news2's layout: docs/*.txt and a gold.json in actors-dev's format."""
    (folder / "docs").mkdir(parents=True)
    for name, text in texts.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    corpus: dict[str, object] = {"docs": "docs/"}
    if batches:
        corpus["batches"] = batches
    gold = {
        "corpus": corpus,
        "actors": [
            {"name": name, "kind": "person", "aliases": [name], "docs": sorted(texts), "optional": False}
            for name in actors_named
        ],
        "neutral": [],
        "traps": [],
        "statements": [],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.fixture
def sets(tmp_path: Path) -> dict[str, Path]:
    dev = news_folder(tmp_path / "actors-dev", {"01_a.txt": DEV_TEXT, "02_b.txt": DEV_TEXT_2}, ["Noor Haddad"], {})
    (dev / "score.py").write_text(SCORER, encoding="utf-8")
    blind = news_folder(
        tmp_path / "tiny_blind", {"01_bridge.txt": BLIND_TEXT, "02_ferry.txt": BLIND_TEXT_2}, list(BLIND_ONLY_NAMES), {}
    )
    return {"dev": dev, "blind": blind, "none": tmp_path / "nonexistent"}


def run(sets: dict[str, Path], *extra: str) -> None:
    """bench/actors.py on the made-up sets only (no speed run, no realdocs-dev, no mirrors, no baseline)."""
    none = str(sets["none"])
    common = ["--baseline", "none", "--speed", "0", "--mirrors", none, "--realdocs", none, "--news2", none]
    assert actors.main([*common, "--actors-dev", str(sets["dev"]), *extra]) == 0


def test_a_blind_set_is_labelled_blind_and_its_errors_are_never_printed(
    sets: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    run(sets, "-v", "--blind", str(sets["blind"]))
    out = capsys.readouterr().out
    assert "### tiny_blind (blind) (baseline = none)" in out
    assert "BLIND: its errors are never printed" in out
    # -v printed the tuning half's errors, so the errors were asked for; the blind set's gave no line
    assert "actors-dev, tuning half: errors" in out
    assert "Noor Haddad" in out
    assert "tiny_blind, " not in out and "(tuning)" not in out
    for name in (*BLIND_ONLY_NAMES, "Quennell", "Arkwright", "Saltmere"):
        assert name not in out
    # one part, the whole set (its gold has no batches), in a table of its own
    table = out[out.index("### tiny_blind (blind)") :]
    header = next(line for line in table.splitlines() if line.startswith("| figure"))
    assert header == "| figure | target | whole set: before | whole set: now |"
    assert "actors_news2" not in out


def test_the_same_folder_as_news2_shows_its_errors_unless_it_is_blind(
    sets: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # as a tuning set (no blind set): -v prints its missed actors, so the check above can see a leak
    run(sets, "-v", "--news2", str(sets["blind"]), "--blind", "none")
    out = capsys.readouterr().out
    assert "actors_news2, whole set (tuning): errors" in out
    assert all(name in out for name in BLIND_ONLY_NAMES)
    assert "(blind)" not in out
    # named both ways, it is blind: scored once, labelled blind, no error line
    run(sets, "-v", "--news2", str(sets["blind"]), "--blind", str(sets["blind"]))
    out = capsys.readouterr().out
    assert "### tiny_blind (blind)" in out and "### actors_news2" not in out
    assert not any(name in out for name in BLIND_ONLY_NAMES)


def test_figures_json_holds_each_blind_set_under_its_name_with_batches_when_its_gold_has_them(
    sets: dict[str, Path], tmp_path: Path
) -> None:
    batched = news_folder(
        tmp_path / "batched_blind",
        {"01_bridge.txt": BLIND_TEXT, "02_ferry.txt": BLIND_TEXT_2},
        ["Orla Quennell"],
        {"first batch": ["01_bridge.txt"], "second batch": ["02_ferry.txt"]},
    )
    out = tmp_path / "figures.json"
    run(sets, "--figures-json", str(out), "--blind", str(sets["blind"]), "--blind", str(batched))
    blind = json.loads(out.read_text(encoding="utf-8"))["blind"]
    assert list(blind) == ["tiny_blind", "batched_blind"]
    assert list(blind["tiny_blind"]) == ["whole set"]
    assert list(blind["batched_blind"]) == ["first batch", "second batch", "whole set"]
    whole = blind["batched_blind"]["whole set"]
    parts = [blind["batched_blind"][part] for part in ("first batch", "second batch")]
    # each part indexed on its own: the whole set's sentences are its batches' sentences
    assert whole["sentences"] == sum(part["sentences"] for part in parts) > 0
    assert "errors" not in whole
    sentences, _ = actors.load_corpus(batched / "docs", sorted((batched / "docs").glob("*.txt")))
    assert whole["sentences"] == len(sentences)
    assert whole["actors_listed"] >= 1
