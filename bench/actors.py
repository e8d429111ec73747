"""Precision and recall of actor finding against hand-made gold files.

    .venv/bin/python bench/actors.py            # the seed gold and the held-out gold
    .venv/bin/python bench/actors.py -v         # also list every miss and every false find
    .venv/bin/python bench/actors.py --speed 2000   # also time find_actors on the seed repeated 2000 times

Measures, per gold file:
- actors: a found actor is right when its name or an alias is a name or alias of a gold actor; junk counts the
  gold's `not_actors` found as actors (or aliases);
- kind: share of the matched actors whose kind is the gold kind;
- merging: pairs of gold aliases seen in the output, same actor in the output vs same actor in the gold;
- mentions: (sentence, actor) pairs, a statement being a mention too;
- statements: (sentence, speaking actor) pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.actors import ActorAnalysis, find_actors  # noqa: E402
from retrieval.ingest import parse_document  # noqa: E402
from retrieval.models import IndexedSentence  # noqa: E402

GOLDS = (
    (ROOT / "tests/data/seed_actors_gold.json", ROOT / "seeds"),
    (ROOT / "tests/data/heldout_actors_gold.json", ROOT / "tests/data/actors_heldout"),
)


def load_sentences(path: Path, document_id: int = 1, first_id: int = 1) -> list[IndexedSentence]:
    """The sentences of one document as the index holds them."""
    document, _ = parse_document(path.name, path.read_bytes(), 0)
    return [
        IndexedSentence(first_id + i, document_id, s.paragraph, s.sentence, s.text, s.tokens)
        for i, s in enumerate(document.sentences)
    ]


def ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


def evaluate(gold: dict[str, object], sentences: list[IndexedSentence], analysis: ActorAnalysis) -> dict[str, object]:
    """Counts and scores of one analysis against one gold."""
    gold_actors = gold["actors"]
    assert isinstance(gold_actors, list)
    alias_of: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for actor in gold_actors:
        kinds[actor["name"]] = actor["kind"]
        for alias in (actor["name"], *actor["aliases"]):
            alias_of[alias.casefold()] = actor["name"]
    # found actor index → gold actor name (or a name of its own when it matches none)
    mapping: dict[int, str] = {}
    for index, found in enumerate(analysis.actors):
        matches = {alias_of[a.casefold()] for a in (found.name, *found.aliases) if a.casefold() in alias_of}
        mapping[index] = sorted(matches)[0] if matches else f"?{found.name}"
    matched = {name for name in mapping.values() if not name.startswith("?")}
    false_actors = sorted(name[1:] for name in mapping.values() if name.startswith("?"))
    kind_right = sum(
        1
        for index, found in enumerate(analysis.actors)
        if mapping[index] in kinds and kinds[mapping[index]] == found.kind
    )
    not_actors = {n.casefold() for n in gold.get("not_actors", [])}  # type: ignore[union-attr]
    junk = sorted({a for found in analysis.actors for a in (found.name, *found.aliases) if a.casefold() in not_actors})
    # merging: gold aliases seen in the output
    seen_in: dict[str, int] = {}
    for index, found in enumerate(analysis.actors):
        for alias in (found.name, *found.aliases):
            if alias.casefold() in alias_of:
                seen_in.setdefault(alias.casefold(), index)
    pairs = list(combinations(sorted(seen_in), 2))
    same_found = {(a, b) for a, b in pairs if seen_in[a] == seen_in[b]}
    same_gold = {(a, b) for a, b in pairs if alias_of[a] == alias_of[b]}
    # mentions and statements
    by_position = {(s.paragraph, s.sentence): s.sentence_id for s in sentences}
    gold_mentions: set[tuple[int, str]] = set()
    gold_statements: set[tuple[int, str]] = set()
    text_mismatch = 0
    gold_sentences = gold["sentences"]
    assert isinstance(gold_sentences, list)
    texts = {s.sentence_id: s.text for s in sentences}
    for entry in gold_sentences:
        sentence_id = by_position[(entry["paragraph"], entry["sentence"])]
        text_mismatch += texts[sentence_id] != entry["text"]
        gold_mentions |= {(sentence_id, a) for a in (*entry["mentions"], *entry["statements"])}
        gold_statements |= {(sentence_id, a) for a in entry["statements"]}
    found_mentions = {(link.sentence_id, mapping[link.actor]) for link in analysis.links}
    found_statements = {(link.sentence_id, mapping[link.actor]) for link in analysis.links if link.is_statement}
    where = {s.sentence_id: f"{s.paragraph}.{s.sentence}" for s in sentences}

    def errors(found: set[tuple[int, str]], expected: set[tuple[int, str]]) -> tuple[list[str], list[str]]:
        missed = sorted(f"{where[s]} {a}" for s, a in expected - found)
        wrong = sorted(f"{where[s]} {a}" for s, a in found - expected)
        return missed, wrong

    return {
        "actors": (len(matched), len(analysis.actors), len(gold_actors), false_actors),
        "missing_actors": sorted(set(kinds) - matched),
        "kind": (kind_right, sum(1 for name in mapping.values() if name in kinds)),
        "junk": junk,
        "merging": (len(same_found & same_gold), len(same_found), len(same_gold)),
        "mentions": (len(found_mentions & gold_mentions), len(found_mentions), len(gold_mentions)),
        "statements": (len(found_statements & gold_statements), len(found_statements), len(gold_statements)),
        "mention_errors": errors(found_mentions, gold_mentions),
        "statement_errors": errors(found_statements, gold_statements),
        "text_mismatch": text_mismatch,
    }


def print_table(name: str, result: dict[str, object], verbose: bool) -> None:
    print(f"\n{name}")
    print(f"{'measure':<12} {'right':>6} {'found':>6} {'gold':>6} {'precision':>10} {'recall':>8}")
    rows: list[tuple[str, int, int, int]] = []
    right, found, total, _ = result["actors"]  # type: ignore[misc]
    rows.append(("actors", right, found, total))
    for key in ("merging", "mentions", "statements"):
        r, f, g = result[key]  # type: ignore[misc]
        rows.append((key, r, f, g))
    for label, r, f, g in rows:
        print(f"{label:<12} {r:>6} {f:>6} {g:>6} {ratio(r, f):>10.3f} {ratio(r, g):>8.3f}")
    kind_right, kind_total = result["kind"]  # type: ignore[misc]
    print(f"kind right: {kind_right}/{kind_total}; junk actors: {result['junk'] or 'none'}")
    if result["text_mismatch"]:
        print(f"WARNING: {result['text_mismatch']} gold sentence texts differ from the splitter's")
    if verbose:
        print(f"false actors: {result['actors'][3]}")  # type: ignore[index]
        print(f"missing actors: {result['missing_actors']}")
        for key in ("mention_errors", "statement_errors"):
            missed, wrong = result[key]  # type: ignore[misc]
            print(f"{key}: missed {missed}; wrong {wrong}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false finds")
    parser.add_argument("--speed", type=int, default=0, metavar="N", help="time the seed repeated N times")
    args = parser.parse_args(argv)
    for gold_path, folder in GOLDS:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        sentences = load_sentences(folder / gold["document"])
        started = time.perf_counter()
        analysis = find_actors(sentences)
        seconds = time.perf_counter() - started
        print_table(
            f"{gold_path.name}: {len(sentences)} sentences, {seconds * 1000:.0f} ms",
            evaluate(gold, sentences, analysis),
            args.verbose,
        )
    if args.speed:
        base = load_sentences(ROOT / "seeds" / json.loads(GOLDS[0][0].read_text())["document"])
        corpus = [
            IndexedSentence(copy * len(base) + s.sentence_id, copy, s.paragraph, s.sentence, s.text, s.tokens)
            for copy in range(args.speed)
            for s in base
        ]
        started = time.perf_counter()
        analysis = find_actors(corpus)
        seconds = time.perf_counter() - started
        print(
            f"\nspeed: {len(corpus):,} sentences in {seconds:.2f} s ({len(corpus) / seconds:,.0f} sentences/s), "
            f"{len(analysis.actors)} actors, {len(analysis.links):,} links"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
