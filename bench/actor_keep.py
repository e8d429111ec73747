"""A learned keep/drop decision for actors (issue 16, ha25): record features and labels, fit, score leave-batches-out.

    .venv/bin/python bench/actor_keep.py record --out /tmp/keep.json   # every name the rules keep: features, label
    .venv/bin/python bench/actor_keep.py fit --data /tmp/keep.json     # fit on batches 1-16 (+ actors-dev tuning half),
                                                                       # threshold on 17-24, figures on 17-24

`record` runs the rules on TUNING text only: each batch of bench/data/actors_news2 as a corpus of its own (as
`bench/actors.py` scores it), actors-dev's tuning half (`split_halves`; never the held-out half) and the seed. For
every actor listed it keeps general features of its component of names (`features`: its summed counts as
`merge._decide_one` sees them, how many documents name it, its words against the word lists) and a label from the
set's gold, matched as actors-dev's `score.py` matches: 1 a gold actor, 0 not one (a trap or any other name), None a
neutral name (left out of the scores and of the fit). It also keeps each corpus's listing and statements, so that
`fit` re-scores each batch with score.py with the names a threshold drops left out of the listing (a simulation: a
dropped actor's mentions are not re-linked to another).

`fit`: logistic regression (numpy, L2 `--l2`, features standardised on the training rows), trained on news batches
1-16 and actors-dev's tuning half. Two thresholds, each the probability that drops the most non-actors while pooled
recall falls by at most `--recall-loss` (0.01) and junk does not rise: (a) chosen on batches 17-24 themselves (the
protocol of the task), (b) chosen on the training parts, each scored by a model fitted without it (leave one part out),
so that 17-24 stay unseen. For each: batches 17-24 with and without the model, pooled and per batch, and what it drops
of the seed. The rules are never changed: nothing here is wired into `retrieval/`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import actors as bench  # bench/actors.py: corpus loading and scoring

from retrieval.actors import merge
from retrieval.actors.analysis import analyse_document
from retrieval.actors.corpus import find_actors
from retrieval.actors.facts import ACTORS_VERSION, EVIDENCE, PERSON
from retrieval.actors.lexicon import Lexicon, is_common, load_lexicon

TRAIN_BATCHES = 16  # batches 1-16 train, 17-24 choose the threshold and are scored
SEED = "seed"
_SHARES = tuple(name for name in EVIDENCE if name != "undecided")  # "undecided" is counted into "news" first
_ACRONYM_LETTERS = 2  # an all-capitals name of this many letters or more is written as an acronym
_MAX_WORDS = 5

FEATURES = (
    "log_mentions",
    "log_documents",
    "mentions_per_document",
    "words",
    "one_word",
    *(f"share_{name}" for name in _SHARES),
    "acts",
    "given_name_first",
    "body_word_last",
    "title_word_first",
    "all_common",
    "any_common",
    "capitals",
    "person",
    "log_forms",
    "unreliable",
    "lower_word",
    "symbol",
    "digit",
    "place_word_last",
    "thing_word_last",
    "city_word",
)


def features(
    members: Sequence[merge.NameGroup],
    actor: merge.FoundActor,
    documents: int,
    lexicon: Lexicon,
    short_as_news: bool,
) -> tuple[float, ...]:
    """The features (`FEATURES`) of one actor the rules keep, from its component of names as `merge._decide_one`
    reads it, the number of documents naming it, and its display name against the word lists (no list of names)."""
    evidence = {name: sum(g.has(name) for g in members) for name in EVIDENCE}
    if short_as_news:
        evidence["news"] += evidence["undecided"]
    mentions = sum(g.mentions for g in members)
    count = max(mentions, 1)
    words = actor.name.split()
    folded = [word.casefold().strip(".,'’") for word in words]
    common = [is_common(word, lexicon) for word in words]
    letters = [c for c in actor.name if c.isalpha()]
    return (
        math.log1p(mentions),
        math.log1p(documents),
        math.log1p(mentions / max(documents, 1)),
        float(min(len(words), _MAX_WORDS)),
        float(len(words) == 1),
        *(min(evidence[name] / count, 2.0) for name in _SHARES),
        float(merge._acts(evidence)),
        float(len(words) >= 2 and folded[0] in lexicon.genders),
        float(len(words) >= 2 and lexicon.has("organisation_words", words[-1])),
        float(lexicon.has("titles", words[0])),
        float(all(common)),
        float(any(common)),
        float(len(letters) >= _ACRONYM_LETTERS and all(c.isupper() for c in letters)),
        float(actor.kind == PERSON),
        math.log1p(len(actor.aliases)),
        sum(not g.reliable for g in members) / len(members),
        float(any(word.islower() for word in words)),
        float(any(not (c.isalnum() or c in " .'’-") for c in actor.name)),
        float(any(c.isdigit() for c in actor.name)),
        float(len(words) >= 2 and (lexicon.has("place_words", words[-1]) or lexicon.has("place_nouns", words[-1]))),
        float(lexicon.has("thing_words", words[-1])),
        float(any(word in lexicon.cities for word in folded)),
    )


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic weights over standardised features; a name is kept when its probability reaches `threshold`."""

    means: np.ndarray
    scales: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float = 0.0

    def probability(self, values: Sequence[float]) -> float:
        z = self.bias + float(((np.asarray(values) - self.means) / self.scales) @ self.weights)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def keeps(self, values: Sequence[float]) -> bool:
        return self.probability(values) >= self.threshold

    def at(self, threshold: float) -> Model:
        return Model(self.means, self.scales, self.weights, self.bias, threshold)


def _run(
    root: Path, files: Sequence[Path], lexicon: Lexicon
) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, tuple[float, ...]]]:
    """The listing and details `bench.cli_output` gives for some documents, and each listed actor's features
    (countries are decided before any evidence is weighed: they have none)."""
    sentences, paths = bench.load_corpus(root, files)
    documents_of: dict[str, set[int]] = {}
    for document, group in itertools.groupby(sentences, key=lambda s: s.document_id):
        rows = list(group)
        facts = analyse_document([s.text for s in rows], [s.paragraph for s in rows], lexicon)
        for row in facts.names:
            documents_of.setdefault(row.key, set()).add(document)
    found: dict[str, tuple[float, ...]] = {}
    decide = merge._decide_one

    def recording(
        members: Sequence[merge.NameGroup], known: Any, lexicon: Lexicon, short_as_news: bool
    ) -> merge.FoundActor | None:
        actor = decide(members, known, lexicon, short_as_news)
        if actor is not None and not members[0].country:
            documents = len(set().union(*(documents_of.get(g.key, set()) for g in members)))
            found[actor.name] = features(members, actor, documents, lexicon, short_as_news)
        return actor

    merge._decide_one = recording  # type: ignore[assignment]
    try:
        listing, details = bench.cli_output(find_actors(sentences, lexicon), sentences, paths)
    finally:
        merge._decide_one = decide  # type: ignore[assignment]
    return listing, details, found


def _labels(scorer: Any, gold: Mapping[str, Any], listing: list[dict[str, Any]], details: dict[str, Any]) -> list[Any]:
    """Per listed actor: [1 a gold actor, 0 not, None neutral; whether it is a trap] (score.py's matching)."""
    index: set[str] = set()
    for actor in gold["actors"]:
        for alias in (actor["name"], *actor["aliases"]):
            index |= scorer.variants(alias)
    neutral = {v for n in gold.get("neutral", ()) for v in scorer.variants(n)}
    traps = {scorer.key(t) for t in gold.get("traps", ())}
    labels: list[Any] = []
    for row in listing:
        names = [row["actor"], *(details.get(row["actor"], {}).get("aliases") or [])]
        keys = set().union(*(scorer.variants(n) for n in names))
        if keys & index:
            labels.append([1, False])
        elif keys & neutral:
            labels.append([None, False])
        else:
            labels.append([0, scorer.key(row["actor"]) in traps])
    return labels


def record(args: argparse.Namespace) -> None:
    lexicon = load_lexicon()
    scorer = bench._load_scorer(args.actors_dev)
    parts: list[tuple[str, Path, list[str], dict[str, Any]]] = []
    news = json.loads((args.news2 / "gold.json").read_text(encoding="utf-8"))
    for number, (name, files) in enumerate(news["corpus"]["batches"].items(), start=1):
        parts.append((f"{number:02d} {name}", args.news2, files, bench.gold_part(news, set(files))))
    dev = json.loads((args.actors_dev / "gold.json").read_text(encoding="utf-8"))
    tuning, _ = bench.split_halves([f.name for f in (args.actors_dev / "docs").glob("*.txt")])
    parts.append(("actors-dev tuning half", args.actors_dev, tuning, bench.gold_part(dev, set(tuning))))
    seed_gold, seed_folder = bench.GOLDS[SEED]
    seed = json.loads(seed_gold.read_text(encoding="utf-8"))
    # the seed's gold in score.py's shape: its actors (and aliases); its `not_actors` as traps
    seed_as_news = {"actors": seed["actors"], "neutral": [], "traps": seed.get("not_actors", [])}
    data: list[dict[str, Any]] = []
    seed_root = seed_folder.resolve()
    seed_part = (SEED, seed_root, [seed_root / seed["document"]], seed_as_news)
    news_parts = [
        (label, folder / "docs", [folder / "docs" / f for f in files], gold) for label, folder, files, gold in parts
    ]
    for label, root, paths, gold in [*news_parts, seed_part]:
        listing, details, found = _run(root, paths, lexicon)
        labels = _labels(scorer, gold, listing, details)
        rows = [
            {
                "actor": row["actor"],
                "kind": row["kind"],
                "mentions": row["mentions"],
                "label": labelled,
                "trap": trap,
                "features": found.get(row["actor"]),
            }
            for row, (labelled, trap) in zip(listing, labels, strict=True)
        ]
        folder = str(root.parent) if label != SEED else ""
        files = [p.name for p in paths]
        data.append(
            {"part": label, "folder": folder, "files": files, "listing": listing, "details": details, "rows": rows}
        )
        negatives = sum(r["label"] == 0 for r in rows)
        print(f"{label}: {len(rows)} listed, {negatives} not actors, {sum(r['trap'] for r in rows)} traps")
    try:
        args.out.write_text(json.dumps({"features": FEATURES, "parts": data}, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        raise SystemExit(f"actor_keep.py: cannot write {args.out}: {error.strerror}") from None


def _matrix(parts: Sequence[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    rows = [r for p in parts for r in p["rows"] if r["label"] is not None and r["features"] is not None]
    return np.array([r["features"] for r in rows], dtype=float), np.array([r["label"] for r in rows], dtype=float)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float) -> Model:
    """An L2-regularised logistic regression over standardised features (Newton's method); threshold 0."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    design = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    theta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-design @ theta))
        gradient = design.T @ (p - y) + penalty * theta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-9:
            break
    return Model(means, scales, theta[:-1], float(theta[-1]))


def score_part(scorer: Any, part: dict[str, Any], model: Model | None) -> dict[str, Any]:
    """score.py's figures on one news part with the names `model` drops left out of its listing (None: the rules)."""
    folder = Path(part["folder"])
    gold = bench.gold_part(json.loads((folder / "gold.json").read_text(encoding="utf-8")), set(part["files"]))
    kept = [
        row
        for row, r in zip(part["listing"], part["rows"], strict=True)
        if model is None or r["features"] is None or model.keeps(r["features"])
    ]
    figures = scorer.score(gold, kept, part["details"])
    errors = figures.pop("errors")
    required = sum(1 for a in gold["actors"] if not a["optional"])
    scored = figures["actors_listed"] - figures["neutral_left_out"]
    figures["counts"] = {
        "scored": scored,
        "real": round(figures["actor_precision"] * scored),
        "required": required,
        "found": required - len(errors["missed_actors"]),
        "junk": figures["junk"],
    }
    return dict(figures)


def pooled(figures: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and junk of several parts pooled (counts summed), and how many non-actors are listed."""
    total = {k: sum(f["counts"][k] for f in figures) for k in ("scored", "real", "required", "found", "junk")}
    return {
        "precision": round(bench.ratio(total["real"], total["scored"]), 3),
        "recall": round(bench.ratio(total["found"], total["required"]), 3),
        "junk": total["junk"],
        "listed": total["scored"],
        "non_actors": total["scored"] - total["real"],
        "statements_listed": sum(f["statements_listed"] for f in figures),
    }


def choose_threshold(
    scorer: Any, parts: Sequence[dict[str, Any]], models: Sequence[Model], recall_loss: float
) -> tuple[float, dict[str, Any]]:
    """The threshold dropping the most non-actors of `parts` (each with its own model) while their pooled recall
    falls by at most `recall_loss` and their junk does not rise (0.0: none does better than the rules)."""
    base = pooled([score_part(scorer, p, None) for p in parts])
    probabilities = sorted(
        {m.probability(r["features"]) for p, m in zip(parts, models, strict=True) for r in p["rows"] if r["features"]}
    )
    best: tuple[int, float, dict[str, Any]] = (0, 0.0, base)
    for threshold in [p + 1e-9 for p in probabilities[: len(probabilities) // 3]]:
        result = pooled([score_part(scorer, p, m.at(threshold)) for p, m in zip(parts, models, strict=True)])
        if result["recall"] < base["recall"] - recall_loss or result["junk"] > base["junk"]:
            break
        dropped = base["non_actors"] - result["non_actors"]
        if dropped > best[0]:
            best = (dropped, threshold, result)
    return best[1], best[2]


def _report(scorer: Any, title: str, validation: Sequence[dict[str, Any]], seed: dict[str, Any], model: Model) -> None:
    print(f"\n{title}: threshold {model.threshold:.4f}")
    print(f"  batches 17-24, rules alone: {pooled([score_part(scorer, p, None) for p in validation])}")
    print(f"  batches 17-24, rules + model: {pooled([score_part(scorer, p, model) for p in validation])}")
    for part in validation:
        before, after = score_part(scorer, part, None), score_part(scorer, part, model)
        gone = [(r["actor"], r["label"]) for r in part["rows"] if r["features"] and not model.keeps(r["features"])]
        print(
            f"  {part['part'][:36]:36s} P {before['actor_precision']:.3f} -> {after['actor_precision']:.3f}"
            f"  R {before['actor_recall']:.3f} -> {after['actor_recall']:.3f}  junk {before['junk']} -> {after['junk']}"
            f"  dropped (name, label) {gone}"
        )
    gone = [(r["actor"], r["label"]) for r in seed["rows"] if r["features"] and not model.keeps(r["features"])]
    print(f"  seed: {len(seed['rows'])} listed, dropped (name, label) {gone}")


def fit(args: argparse.Namespace) -> None:
    try:
        data = json.loads(args.data.read_text(encoding="utf-8"))
    except OSError as error:
        raise SystemExit(f"actor_keep.py: cannot read {args.data} ({error.strerror}): run `record` first") from None
    except ValueError as error:
        raise SystemExit(f"actor_keep.py: {args.data} is not what `record` writes ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("parts"), list):
        raise SystemExit(f"actor_keep.py: {args.data} is not what `record` writes (no parts)")
    if tuple(data.get("features", ())) != FEATURES:
        sys.exit("the data were recorded with other features: record again")
    parts = data["parts"]
    seed = next(p for p in parts if p["part"] == SEED)
    news = [p for p in parts if p["part"][:2].isdigit()]
    train = [p for p in news if int(p["part"][:2]) <= TRAIN_BATCHES]
    train += [p for p in parts if not p["part"][:2].isdigit() and p["part"] != SEED]
    validation = [p for p in news if int(p["part"][:2]) > TRAIN_BATCHES]
    x, y = _matrix(train)
    print(
        f"actor_keep fit: {args.data}; training rows {len(y)} ({int((y == 0).sum())} not actors) in {len(train)}"
        f" parts (batches 1-{TRAIN_BATCHES} and actors-dev's tuning half), L2 {args.l2}, recall loss at most"
        f" {args.recall_loss}"
    )
    model = fit_logistic(x, y, args.l2)
    scorer = bench._load_scorer(args.actors_dev)
    # (a) the threshold chosen on batches 17-24 themselves
    threshold, _ = choose_threshold(scorer, validation, [model] * len(validation), args.recall_loss)
    _report(scorer, "(a) threshold chosen on batches 17-24", validation, seed, model.at(threshold))
    # (b) the threshold chosen on the training parts, each scored by a model fitted without it
    held = [fit_logistic(*_matrix([q for q in train if q is not p]), args.l2) for p in train]
    threshold, result = choose_threshold(scorer, train, held, args.recall_loss)
    print(f"\n(b) leave one training part out, threshold {threshold:.4f}: training parts {result}")
    _report(scorer, "(b) threshold chosen on batches 1-16 (left out in turn)", validation, seed, model.at(threshold))
    print("\nweights (standardised features), largest first:")
    for name, weight in sorted(zip(FEATURES, model.weights, strict=True), key=lambda nw: -abs(nw[1])):
        print(f"  {weight:+.3f} {name}")


def _share(text: str) -> float:
    """A share from 0 to 1 (`--recall-loss`), else argparse's one line."""
    value = float(text)
    if not 0.0 <= value <= 1.0:  # nan too
        raise argparse.ArgumentTypeError(f"{text!r} is not a share from 0 to 1")
    return value


def _not_negative(text: str) -> float:
    """A finite number of 0 or more (`--l2`), else argparse's one line."""
    value = float(text)
    if not (0.0 <= value < math.inf):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of 0 or more")
    return value


def missing_inputs(args: argparse.Namespace) -> str | None:
    """What the step needs and does not find, in one line (a folder without its gold or score.py, a folder to write
    `--out` in), before any work; None when all is there."""
    needed = [args.actors_dev / "score.py"]
    if args.step == "record":
        needed += [args.actors_dev / "gold.json", args.news2 / "gold.json"]
    missing = [str(path) for path in needed if not path.is_file()]
    if missing:
        return f"not found: {', '.join(missing)} (--actors-dev, --news2)"
    if args.step == "record" and not args.out.resolve().parent.is_dir():
        return f"no folder to write {args.out} in"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("record", "fit"))
    parser.add_argument("--out", type=Path, default=Path("actor_keep_data.json"))
    parser.add_argument("--data", type=Path, default=Path("actor_keep_data.json"))
    parser.add_argument("--actors-dev", type=Path, default=bench.SHARED / "actors-dev")
    parser.add_argument("--news2", type=Path, default=bench.NEWS2)
    parser.add_argument("--l2", type=_not_negative, default=1.0)
    parser.add_argument("--recall-loss", type=_share, default=0.01)
    args = parser.parse_args(argv)
    missing = missing_inputs(args)
    if missing is not None:
        print(f"actor_keep.py: {missing}", file=sys.stderr)
        return 2
    if args.step == "record":
        print(
            f"actor_keep record: the rules (ACTORS_VERSION {ACTORS_VERSION}) on {args.news2}'s batches, the tuning half"
            f" of {args.actors_dev} and the seed; features and labels to {args.out}"
        )
        record(args)
    else:
        fit(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
