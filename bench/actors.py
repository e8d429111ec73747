"""Actor finding measured: precision and recall against hand-made golds, junk on documents that are not news, speed.

    .venv/bin/python bench/actors.py             # every figure, this code beside the baseline commit's
    .venv/bin/python bench/actors.py -v          # also list the errors on the seed, the development text, the
                                                 # TUNING half of actors-dev (never the held-out half's) and
                                                 # actors_news2 (never a blind set's)
    .venv/bin/python bench/actors.py --blind DIR [--blind DIR2]   # blind news sets other than actors_blind2
    .venv/bin/python bench/actors.py --baseline none   # this code only
    .venv/bin/python bench/actors.py --scale 100000,1000000 [--verify]   # actor upkeep in the store at scale

Figures, each for this code and for the code at `--baseline` (default `BASELINE`, the commit before issue 16's
changes; its `retrieval/` is extracted with `git archive` and run in a subprocess of this script):

- actors-dev (`../shared/eval/actors-dev`, 15 Wikinews articles and a hand-made gold; override with
  `--actors-dev`): the issue's table — actor precision (top 50 too), recall over required actors, kind accuracy,
  alias merging, statement precision and recall over required statements, junk (traps listed) — scored by the set's
  own `score.py` (its `score` function, fed in-process with what `docbot actors --json` and `docbot actor NAME
  --json` would print). Scored three times: on the TUNING half, on the HELD-OUT half (each half indexed as a corpus
  of its own) and on the whole set. The halves are fixed by `split_halves`: the articles sorted by file name,
  even positions (01, 03, ..., 15) tune, odd positions (02, 04, ..., 14) are held out. Rules may be written from
  the tuning half only.
- blind news sets (`--blind FOLDER`, repeatable; default `bench/data/actors_blind2` when present, `--blind none`
  for none): each a folder in actors_news2's layout (docs/*.txt, gold.json in actors-dev's format), scored as
  actors_news2 is (one actor pass over the whole set; per batch too only if its gold has batches), in a table of its
  own headed with the folder's name and "(blind)", beside the baseline's, and in `--figures-json` under "blind" ->
  the folder's name. Its errors are never printed, even with `-v`; a folder given both as `--news2` and as blind is
  scored as blind only.
- seed and development text (tests/data): actors, kinds, statements against `seed_actors_gold.json` and
  `development_actors_gold.json` (a text written for that gold before the first rules; the rules were then written
  with both in view, so it is a development text, not a held-out one).
- junk on text that is not news (`../shared/eval/realdocs-dev`: the books in docs/prose, the software docs in
  docs/md; override with `--realdocs`): of the `JUNK_TOP` most mentioned actors listed per corpus, how many a
  hand judgement in `bench/data/actors_realdocs_judged.tsv` calls junk; names listed there by no judgement are
  counted as "unjudged" (judge them and add them to the file).
- junk on software docs folders of public repositories mirrored on this machine (`MIRRORED_DOCS`; `--mirrors`):
  the same count and judgement file; Flask's and Click's docs were read while rules were written (tuning), those of
  Requests, HTTPX and Jinja only run once round 23's rules were final (check); likewise (helper ha6) curl's, Jekyll's,
  Sphinx's and pandoc's docs, the Rust book and War and Peace (tuning), Asciidoctor's, python-docx's and
  Trafilatura's docs (check); and (helper ha8) Poetry's, Jupyter Notebook's, pdfminer.six's, discord.py's and
  python-pptx's docs and a volume of Beethoven's letters (check, judged before that round's rules).
- speed: sentences per second of a full actor pass (`find_actors`) over the seed repeated `--speed` times.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import logging
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any


def _code_root(argv: Sequence[str]) -> Path:
    """Where `retrieval` is imported from: this checkout, or `--code DIR` (the baseline's extracted package)."""
    return Path(argv[argv.index("--code") + 1]) if "--code" in argv else Path(__file__).resolve().parent.parent


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(_code_root(sys.argv)))

from retrieval.actors.corpus import ActorAnalysis, find_actors
from retrieval.actors.lexicon import load_lexicon
from retrieval.actors.refresh import refresh_actors
from retrieval.ingest.document import parse_document
from retrieval.ingest.walk import ScanResult
from retrieval.models import IndexedSentence, ParsedDocument, SentenceRecord
from retrieval.store.database import Store

BASELINE = "1f40d72"  # main before issue 16's actor changes
GOLDS = {
    "seed": (ROOT / "tests/data/seed_actors_gold.json", ROOT / "seeds"),
    "development text": (ROOT / "tests/data/development_actors_gold.json", ROOT / "tests/data/actors_development"),
}
SHARED = ROOT.parent / "shared" / "eval"
JUNK_TOP = 30  # the most mentioned actors judged per corpus of realdocs-dev
JUDGED = ROOT / "bench" / "data" / "actors_realdocs_judged.tsv"
NEWS2 = ROOT / "bench" / "data" / "actors_news2"  # a second tuning set of news, scored by actors-dev's score.py
BLIND2 = ROOT / "bench" / "data" / "actors_blind2"  # a BLIND news set (`--blind`'s default): scored, errors never shown
REALDOCS_CORPORA = {"books": "docs/prose", "software docs": "docs/md"}
MIRRORS = ROOT.parent / ".mirror"  # public repositories mirrored on this machine (`--mirrors`), one git dir each
# Software docs folders of public repositories, as a new user would index them (their files at a pinned commit; the
# repository's licence in the note), judged like realdocs-dev: "tuning" ones were read while rules were written,
# "check" ones only run once the rules of their round were final (h16u's round 23; ha6), their junk its honest figure.
MIRRORED_DOCS = {
    # corpus: (mirror, commit, paths, role); Flask and Jinja BSD-3-Clause (Pallets), Click BSD-3-Clause (Pallets),
    # Requests Apache-2.0, HTTPX BSD-3-Clause (Encode)
    "flask docs": ("pallets+flask", "2ac89889f4cc330eabd50f295dcef02828522c69", ("docs",), "tuning"),
    "click docs": ("pallets+click", "2c8cd3ac958a7eb316d67f2d316c27086c4c0369", ("docs", "README.md"), "tuning"),
    "requests docs": ("psf+requests", "1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e", ("docs",), "check"),
    "httpx docs": ("encode+httpx", "ae1b9f66238f75ced3ced5e4485408435de10768", ("docs",), "check"),
    "jinja docs": ("pallets+jinja", "5ef70112a1ff19c05324ff889dd30405b1002044", ("docs",), "check"),
    # issue 16 outside news (ha6): curl MIT-style (curl licence), Jekyll MIT, Sphinx BSD-2-Clause, pandoc GPL-2.0+,
    # the Rust book MIT/Apache-2.0, War and Peace (public domain, Unstructured's example docs, Apache-2.0);
    # Asciidoctor MIT, python-docx MIT, Trafilatura Apache-2.0
    "curl docs": ("curl+curl", "5c61e168698a72b87437d58ed728bcdea6d5db42", ("docs",), "tuning"),
    "jekyll docs": ("jekyll+jekyll", "202df571314ba1d18e9fccd81d12aaad4a703c38", ("docs/_docs",), "tuning"),
    "sphinx docs": ("sphinx-doc+sphinx", "e44a40eb2f810558ccd9da1425421270ccb81351", ("doc",), "tuning"),
    "pandoc docs": ("jgm+pandoc", "0a9a2f261510322ee5a33a2a7facce54b8a718ec", ("doc", "MANUAL.txt"), "tuning"),
    "rust book": ("rust-lang+book", "917544888a55e4da7109bdba8c88c893c0da70f4", ("src",), "tuning"),
    "war and peace": (
        "Unstructured-IO+unstructured",
        "3e5482bfcdc843b5218ad98d2845b4b71ab013b7",
        ("example-docs/book-war-and-peace-1225p.txt",),
        "tuning",
    ),
    "asciidoctor docs": ("asciidoctor+asciidoctor", "ae5891df10f12dda069abea8a318c9b94d545bee", ("docs",), "check"),
    "python-docx docs": ("python-openxml+python-docx", "e45454602b53e8e572b179ccf1c91093ec9f4ed7", ("docs",), "check"),
    "trafilatura docs": ("adbar+trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", ("docs",), "check"),
    # issue 16 outside news, second round (ha8), all check: Poetry MIT, Jupyter Notebook BSD-3-Clause, pdfminer.six
    # MIT, discord.py MIT, python-pptx MIT, Beethoven's Letters vol. 2 (public domain, Project Gutenberg #13272 as
    # GITenberg keeps it)
    "poetry docs": (
        "python-poetry+poetry",
        "f46702336862f30050d5c641d5ed6f7568ded793",
        ("docs", "CHANGELOG.md"),
        "check",
    ),
    "notebook docs": (
        "jupyter+notebook",
        "1cabcced0af1f7d6e43f06cec6883576399d6ac1",
        ("docs", "CHANGELOG.md"),
        "check",
    ),
    "pdfminer docs": (
        "pdfminer+pdfminer.six",
        "9e1243c4ad000bf9bbe60e81fc8dde2fccc0ed3b",
        ("docs", "CHANGELOG.md", "README.md"),
        "check",
    ),
    "discord.py docs": ("Rapptz+discord.py", "1add8a0b40577186431cdb5f63f97affadab285b", ("docs",), "check"),
    "python-pptx docs": ("scanny+python-pptx", "278b47b1dedd5b46ee84c286e77cdfb0bf4594be", ("docs",), "check"),
    "beethoven letters": (
        "GITenberg+Beethoven-s-Letters-1790-1826-Volume-2_13272",
        "3484c039b1416cf01897f8b517ab0228bb642fae",
        ("13272-8.txt",),
        "check",
    ),
    # hq30's admin trial (issue 16, ha30, tuning: its faults were read): the Luanti docs site (CC BY-SA 4.0 / LGPL
    # 2.1+) and the Veloren book (GPL-3.0)
    "luanti docs": ("luanti-org+docs.luanti.org", "c4d085d196d3996a22bee9dfb90d548911663cc7", ("content",), "tuning"),
    "veloren book": ("veloren+book", "1e6e0502cc89331d8a08b281d2095b3068d2fb43", ("src",), "tuning"),
}


def load_sentences(path: Path, document_id: int = 1, first_id: int = 1, name: str = "") -> list[IndexedSentence]:
    """The sentences of one document as the index holds them."""
    document, _ = parse_document(name or path.name, path.read_bytes(), 0)
    return [
        IndexedSentence(first_id + i, document_id, s.paragraph, s.sentence, s.text, s.tokens)
        for i, s in enumerate(document.sentences)
    ]


def load_corpus(root: Path, files: Sequence[Path]) -> tuple[list[IndexedSentence], dict[int, str]]:
    """The sentences of several documents (document ids from 1, in the order given) and each document's path."""
    sentences: list[IndexedSentence] = []
    paths: dict[int, str] = {}
    for number, path in enumerate(files, start=1):
        relative = path.relative_to(root).as_posix()
        try:
            sentences.extend(load_sentences(path, number, len(sentences) + 1, relative))
        except Exception as error:  # a file the readers refuse is skipped, as the index does
            print(f"  skipped {relative}: {error}", file=sys.stderr)
            continue
        paths[number] = relative
    return sentences, paths


def ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


# Golds in tests/data ------------------------------------------------------------------------------------------------


def evaluate(gold: dict[str, Any], sentences: list[IndexedSentence], analysis: ActorAnalysis) -> dict[str, Any]:
    """Counts and scores of one analysis against one gold of tests/data.

    - actors: a found actor is right when its name or an alias is a name or alias of a gold actor; junk counts the
      gold's `not_actors` found as actors (or aliases);
    - kind: share of the matched actors whose kind is the gold kind;
    - merging: pairs of gold aliases seen in the output, same actor in the output vs same actor in the gold;
    - mentions: (sentence, actor) pairs, a statement being a mention too;
    - statements: (sentence, speaking actor) pairs.
    """
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
    not_actors = {n.casefold() for n in gold.get("not_actors", [])}
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


# actors-dev ----------------------------------------------------------------------------------------------------------


def split_halves(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """The fixed split of actors-dev: file names sorted; even positions tune, odd positions are held out."""
    ordered = sorted(names)
    return ordered[0::2], ordered[1::2]


def _load_scorer(folder: Path) -> Any:
    """The set's own `score.py` (stdlib only), imported as a module."""
    spec = importlib.util.spec_from_file_location("actors_dev_score", folder / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cli_output(
    analysis: ActorAnalysis, sentences: Sequence[IndexedSentence], paths: dict[int, str]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """What `docbot actors --json` and `docbot actor NAME --json` print for this analysis (the fields score.py
    reads): per actor its name, kind and mentions (sentences linked), its aliases and its statements (in reading
    order, a repeated text once), each with its document's path."""
    by_id = {s.sentence_id: s for s in sentences}
    linked: dict[int, list[int]] = {}
    spoken: dict[int, list[int]] = {}
    for link in analysis.links:
        linked.setdefault(link.actor, []).append(link.sentence_id)
        if link.is_statement:
            spoken.setdefault(link.actor, []).append(link.sentence_id)
    listing: list[dict[str, Any]] = []
    details: dict[str, dict[str, Any]] = {}
    for index, actor in enumerate(analysis.actors):
        listing.append({"actor": actor.name, "kind": actor.kind, "mentions": len(set(linked.get(index, [])))})
        statements: list[dict[str, Any]] = []
        seen: set[str] = set()
        for sentence_id in sorted(set(spoken.get(index, [])), key=lambda i: (by_id[i].document_id, i)):
            sentence = by_id[sentence_id]
            key = " ".join(sentence.text.casefold().split())
            if key not in seen:
                seen.add(key)
                statements.append({"text": sentence.text, "source": paths[sentence.document_id]})
        aliases = [a for a in actor.aliases if a != actor.name]
        details.setdefault(actor.name, {"actor": actor.name, "aliases": aliases, "statements": statements})
    listing.sort(key=lambda row: (-row["mentions"], row["actor"].casefold()))
    return listing, details


def gold_part(gold: dict[str, Any], documents: set[str]) -> dict[str, Any]:
    """The gold restricted to some documents: their actors and statements (traps and neutral names kept)."""
    part = dict(gold)
    part["actors"] = [a for a in gold["actors"] if documents & set(a["docs"])]
    part["statements"] = [s for s in gold["statements"] if s["doc"] in documents]
    return part


ACTORS_DEV_FIGURES = (
    ("actor precision", "actor_precision", "≥ 0.90"),
    ("  top 50 by mentions", "actor_precision_top50", ""),
    ("actor recall", "actor_recall", "≥ 0.90"),
    ("kind accuracy", "kind_accuracy", "≥ 0.95"),
    ("alias merging", "merge_ok", ""),
    ("statement precision", "statement_precision", "≥ 0.85"),
    ("statement recall", "statement_recall", "≥ 0.85"),
    ("junk (traps listed)", "junk", "≤ 1"),
    ("actors listed", "actors_listed", ""),
    ("statements listed", "statements_listed", ""),
)


def _score_part(
    scorer: Any, gold: dict[str, Any], folder: Path, names: Sequence[str], errors_title: str | None
) -> dict[str, Any]:
    """The issue's figures on some documents of a news set, indexed as a corpus of their own; the errors are printed
    under `errors_title` when one is given (tuning text only) and never returned."""
    sentences, paths = load_corpus(folder / "docs", [folder / "docs" / name for name in names])
    started = time.perf_counter()
    analysis = find_actors(sentences)
    seconds = time.perf_counter() - started
    figures = scorer.score(gold_part(gold, set(names)), *cli_output(analysis, sentences, paths))
    figures["sentences"], figures["seconds"] = len(sentences), seconds
    errors = figures.pop("errors")
    if errors_title:
        print(f"\n{errors_title}: errors")
        for kind, items in errors.items():
            listed = list(items.items()) if isinstance(items, dict) else items
            print(f"-- {kind} ({len(listed)}):")
            for item in listed:
                print("   ", item)
    return dict(figures)


def actors_dev_figures(folder: Path, verbose: bool) -> dict[str, dict[str, Any]]:
    """The issue's figures on the tuning half, the held-out half and the whole of actors-dev."""
    scorer = _load_scorer(folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = sorted((folder / "docs").glob("*.txt"))
    tuning, held_out = split_halves([f.name for f in files])
    result: dict[str, dict[str, Any]] = {}
    for part, names in (("tuning half", tuning), ("held-out half", held_out), ("whole set", [f.name for f in files])):
        # errors of the tuning half only: rules are written from it, the held-out half's are never looked at
        title = "actors-dev, tuning half" if verbose and part == "tuning half" else None
        result[part] = _score_part(scorer, gold, folder, names, title)
    return result


def news_set_figures(folder: Path, scorer_folder: Path, errors_label: str | None) -> dict[str, dict[str, Any]]:
    """The issue's figures on a news folder with a gold in actors-dev's format (docs/*.txt, gold.json), per batch
    when its gold has batches, and whole, scored by actors-dev's `score.py`; each part's errors printed under
    "`errors_label`, PART" when a label is given (tuning sets only, never a blind one)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted(f.name for f in (folder / "docs").glob("*.txt"))
    scorer = _load_scorer(scorer_folder)
    # each batch scored as a corpus of its own: a new batch's first score, taken before any rule is written from
    # it, is the figure on text the rules have never seen
    parts: dict[str, list[str]] = dict(gold["corpus"].get("batches", {}))
    parts["whole set"] = names
    return {
        part: _score_part(scorer, gold, folder, files, f"{errors_label}, {part} (tuning)" if errors_label else None)
        for part, files in parts.items()
    }


def news2_figures(folder: Path, scorer_folder: Path, verbose: bool) -> dict[str, dict[str, Any]]:
    """The issue's figures on actors_news2, a second TUNING set (Wikinews articles in batches, each with a hand-made
    gold in actors-dev's format, bench/data/actors_news2; its README counts them), per batch and whole; errors with
    `verbose`."""
    return news_set_figures(folder, scorer_folder, "actors_news2" if verbose else None)


def blind_figures(folders: Sequence[Path], scorer_folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """The issue's figures on each BLIND news folder (`--blind`), keyed by the folder's name, scored as actors_news2
    is (one actor pass per part: the whole set, and each batch if its gold has batches). Its errors are never
    printed, whatever `-v` says: no rule may be written from them."""
    return {folder.name: news_set_figures(folder, scorer_folder, None) for folder in folders}


def blind_folders(args: argparse.Namespace) -> list[Path]:
    """The blind folders to score: `--blind` as given (`none`: none), else `BLIND2` when it has a gold; never the
    folder `--news2` names (see `all_figures`)."""
    given: list[Path] | None = args.blind
    if given is None:
        return [BLIND2] if (BLIND2 / "gold.json").exists() else []
    return [folder for folder in given if str(folder) != "none"]


# Junk on text that is not news ---------------------------------------------------------------------------------------


def load_judgements(path: Path) -> dict[tuple[str, str], str]:
    """(corpus, actor name) → "actor" or "junk", from the tab-separated judgement file (# comments)."""
    judged: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            corpus, name, verdict = line.split("\t")[:3]
            judged[(corpus, name)] = verdict
    return judged


def junk_figures(folder: Path, verbose: bool) -> dict[str, dict[str, Any]]:
    """Per corpus of realdocs-dev: actors listed, and of the `JUNK_TOP` most mentioned, how many are judged junk."""
    return _junk_of({corpus: folder / sub for corpus, sub in REALDOCS_CORPORA.items()}, "realdocs-dev", verbose)


def mirrored_junk_figures(mirrors: Path, verbose: bool) -> dict[str, dict[str, Any]]:
    """`junk_figures` of the `MIRRORED_DOCS` folders whose repository is mirrored under `mirrors`."""
    with tempfile.TemporaryDirectory(prefix="docbot-actors-docs-") as work:
        roots: dict[str, Path] = {}
        for corpus, (mirror, commit, paths, _) in MIRRORED_DOCS.items():
            git_dir = mirrors / mirror / "repo"
            archive = subprocess.run(["git", f"--git-dir={git_dir}", "archive", commit, *paths], capture_output=True)
            if archive.returncode != 0 and git_dir.exists():  # a mirror without its largest files: the rest of them
                present = _present_files(git_dir, commit, paths)
                if present:
                    archive = subprocess.run(
                        ["git", f"--git-dir={git_dir}", "archive", commit, *present], capture_output=True
                    )
            if archive.returncode != 0:
                print(f"  {corpus}: not mirrored ({archive.stderr.decode().strip()})", file=sys.stderr)
                continue
            roots[corpus] = Path(work) / mirror
            roots[corpus].mkdir()
            subprocess.run(["tar", "-x", "-C", str(roots[corpus])], input=archive.stdout, check=True)
        return _junk_of(roots, "mirrored docs", verbose)


def _present_files(git_dir: Path, commit: str, paths: Sequence[str]) -> list[str]:
    """The files under `paths` at `commit` whose content the mirror holds (fetch leaves its largest files out)."""
    listing = subprocess.run(
        ["git", f"--git-dir={git_dir}", "ls-tree", "-r", commit, "--", *paths], capture_output=True, text=True
    )
    rows = [line.split("\t", 1) for line in listing.stdout.splitlines() if "\t" in line]
    blobs = [(meta.split()[2], name) for meta, name in rows if meta.split()[1] == "blob"]
    check = subprocess.run(
        ["git", f"--git-dir={git_dir}", "cat-file", "--batch-check"],
        input="".join(f"{blob}\n" for blob, _ in blobs),
        capture_output=True,
        text=True,
    )
    missing = {line.split()[0] for line in check.stdout.splitlines() if line.endswith(" missing")}
    return [name for blob, name in blobs if blob not in missing]


def _junk_of(roots: dict[str, Path], label: str, verbose: bool) -> dict[str, dict[str, Any]]:
    judged = load_judgements(JUDGED) if JUDGED.exists() else {}
    result: dict[str, dict[str, Any]] = {}
    for corpus, root in roots.items():
        sentences, paths = load_corpus(root, sorted(p for p in root.rglob("*") if p.is_file()))
        listing, _ = cli_output(find_actors(sentences), sentences, paths)
        top = listing[:JUNK_TOP]
        verdicts = [judged.get((corpus, row["actor"]), "unjudged") for row in top]
        result[corpus] = {
            "actors_listed": len(listing),
            "junk": verdicts.count("junk"),
            "unjudged": verdicts.count("unjudged"),
            "top": [
                f"{row['actor']}\t{row['kind']}\t{row['mentions']}\t{v}" for row, v in zip(top, verdicts, strict=True)
            ],
        }
        if verbose:
            print(f"\n{label} {corpus}: top {JUNK_TOP} of {len(listing)} actors (name, kind, mentions, verdict)")
            for line in result[corpus]["top"]:
                print("   ", line)
    return result


# Figures of one code version ---------------------------------------------------------------------------------------


def all_figures(args: argparse.Namespace) -> dict[str, Any]:
    """Every figure of the code imported (this checkout's, or `--code`'s)."""
    figures: dict[str, Any] = {}
    for label, (gold_path, folder) in GOLDS.items():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        sentences = load_sentences(folder / gold["document"])
        result = evaluate(gold, sentences, find_actors(sentences))
        if args.verbose:
            print_table(f"{label} ({gold_path.name}): {len(sentences)} sentences", result, True)
        right, found, total, _ = result["actors"]
        st_right, st_found, st_total = result["statements"]
        figures[label] = {
            "actor_precision": ratio(right, found),
            "actor_recall": ratio(right, total),
            "kind_accuracy": ratio(*result["kind"]),
            "statement_precision": ratio(st_right, st_found),
            "statement_recall": ratio(st_right, st_total),
            "junk": len(result["junk"]),
        }
    if (args.actors_dev / "gold.json").exists():
        figures["actors-dev"] = actors_dev_figures(args.actors_dev, args.verbose)
        blind = [folder for folder in blind_folders(args) if (folder / "gold.json").exists()]
        # a folder named both ways is blind: scored once, as blind, its errors never printed
        news2_is_blind = any(args.news2.resolve() == folder.resolve() for folder in blind)
        if (args.news2 / "gold.json").exists() and not news2_is_blind:
            figures["actors_news2"] = news2_figures(args.news2, args.actors_dev, args.verbose)
        if blind:
            figures["blind"] = blind_figures(blind, args.actors_dev)
    if args.realdocs.is_dir():
        figures["realdocs-dev"] = junk_figures(args.realdocs, args.verbose)
    if args.mirrors.is_dir():
        figures["mirrored docs"] = mirrored_junk_figures(args.mirrors, args.verbose)
    if args.speed:
        base = load_sentences(ROOT / "seeds" / json.loads(GOLDS["seed"][0].read_text())["document"])
        corpus = [
            IndexedSentence(copy * len(base) + s.sentence_id, copy, s.paragraph, s.sentence, s.text, s.tokens)
            for copy in range(args.speed)
            for s in base
        ]
        started = time.perf_counter()
        find_actors(corpus)
        seconds = time.perf_counter() - started
        figures["speed"] = {"copies": args.speed, "sentences": len(corpus), "per_second": len(corpus) / seconds}
    return figures


def baseline_figures(args: argparse.Namespace) -> dict[str, Any] | None:
    """`all_figures` of the baseline commit's `retrieval/`, run in a subprocess of this script."""
    with tempfile.TemporaryDirectory(prefix="docbot-actors-baseline-") as work:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "retrieval"], capture_output=True)
        if archive.returncode != 0:
            print(f"baseline {args.baseline}: {archive.stderr.decode().strip()}", file=sys.stderr)
            return None
        subprocess.run(["tar", "-x", "-C", work], input=archive.stdout, check=True)
        out = Path(work) / "figures.json"
        command = [sys.executable, __file__, "--code", work, "--figures-json", str(out), "--baseline", "none"]
        command += ["--speed", str(args.speed), "--actors-dev", str(args.actors_dev), "--realdocs", str(args.realdocs)]
        command += ["--news2", str(args.news2), "--mirrors", str(args.mirrors)]
        for folder in blind_folders(args) or [Path("none")]:
            command += ["--blind", str(folder)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return figures


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "—" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def _print_news_set(
    name: str, dev: dict[str, Any], dev_then: dict[str, Any], baseline: str, blind: bool = False
) -> None:
    """One news set's table (actors-dev's three parts, actors_news2, or a blind set), this code beside the
    baseline's."""
    if not dev:
        return
    parts = list(dev)
    print(f"\n### {name}{' (blind)' if blind else ''} (baseline = {baseline})\n")
    print("| figure | target | " + " | ".join(f"{p}: before | {p}: now" for p in parts) + " |")
    print("|---|---|" + "---|---|" * len(parts))
    for label, key, target in ACTORS_DEV_FIGURES:
        cells = [f"{_cell(dev_then.get(p, {}).get(key))} | {_cell(dev[p].get(key))}" for p in parts]
        print(f"| {label} | {target} | " + " | ".join(cells) + " |")
    sizes = ", ".join(f"{p} {dev[p]['sentences']} sentences" for p in parts)
    if name == "actors-dev":
        print(f"\n({sizes}; halves: sorted file names, even positions tune, odd positions held out)")
    elif blind:
        print(f"\n({sizes}; BLIND: its errors are never printed, no rule is written from it)")
    else:
        print(f"\n({sizes}; a further tuning set: its errors may be read)")


def print_figures(now: dict[str, Any], before: dict[str, Any] | None, baseline: str) -> None:
    """The figures as Markdown tables, this code beside the baseline's."""
    then = before or {}
    for news_set in ("actors-dev", "actors_news2"):
        _print_news_set(news_set, now.get(news_set, {}), then.get(news_set, {}), baseline)
    for blind_set, parts in now.get("blind", {}).items():
        _print_news_set(blind_set, parts, then.get("blind", {}).get(blind_set, {}), baseline, blind=True)
    print(f"\n### tests/data golds (baseline = {baseline})\n")
    labels = [label for label in GOLDS if label in now]
    print("| figure | " + " | ".join(f"{label}: before | {label}: now" for label in labels) + " |")
    print("|---|" + "---|---|" * len(labels))
    for key in ("actor_precision", "actor_recall", "kind_accuracy", "statement_precision", "statement_recall", "junk"):
        cells = [f"{_cell(then.get(label, {}).get(key))} | {_cell(now[label][key])}" for label in labels]
        print(f"| {key.replace('_', ' ')} | " + " | ".join(cells) + " |")
    for junk_set in ("realdocs-dev", "mirrored docs"):
        junk, junk_then = now.get(junk_set, {}), then.get(junk_set, {})
        if not junk:
            continue
        print(f"\n### {junk_set}: junk among the {JUNK_TOP} most mentioned actors (baseline = {baseline})\n")
        print("| corpus | actors listed: before | now | junk: before | now | unjudged: before | now |")
        print("|---|---|---|---|---|---|---|")
        for corpus, row in junk.items():
            old = junk_then.get(corpus, {})
            role = f" ({MIRRORED_DOCS[corpus][3]})" if corpus in MIRRORED_DOCS else ""
            print(
                f"| {corpus}{role} | {_cell(old.get('actors_listed'))} | {row['actors_listed']:,}"
                f" | {_cell(old.get('junk'))} | {row['junk']} | {_cell(old.get('unjudged'))} | {row['unjudged']} |"
            )
    if "speed" in now:
        speed, old = now["speed"], then.get("speed", {})
        before_text = f"{old['per_second']:,.0f}" if old else "—"
        print(
            f"\nspeed (find_actors, seed × {speed['copies']:,} = {speed['sentences']:,} sentences): "
            f"{speed['per_second']:,.0f} sentences/s (baseline {before_text})"
        )


def print_table(name: str, result: dict[str, Any], verbose: bool) -> None:
    print(f"\n{name}")
    print(f"{'measure':<12} {'right':>6} {'found':>6} {'gold':>6} {'precision':>10} {'recall':>8}")
    rows: list[tuple[str, int, int, int]] = []
    right, found, total, _ = result["actors"]
    rows.append(("actors", right, found, total))
    for key in ("merging", "mentions", "statements"):
        r, f, g = result[key]
        rows.append((key, r, f, g))
    for label, r, f, g in rows:
        print(f"{label:<12} {r:>6} {f:>6} {g:>6} {ratio(r, f):>10.3f} {ratio(r, g):>8.3f}")
    kind_right, kind_total = result["kind"]
    print(f"kind right: {kind_right}/{kind_total}; junk actors: {result['junk'] or 'none'}")
    if result["text_mismatch"]:
        print(f"WARNING: {result['text_mismatch']} gold sentence texts differ from the splitter's")
    if verbose:
        print(f"false actors: {result['actors'][3]}")
        print(f"missing actors: {result['missing_actors']}")
        for key in ("mention_errors", "statement_errors"):
            missed, wrong = result[key]
            print(f"{key}: missed {missed}; wrong {wrong}")


# --------------------------------------------------------------------------------------------------------------
# Scale: a generated news corpus in the store

SENTENCES_PER_DOCUMENT = 100
_ONSETS = ("b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "tr")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia")
_CODAS = ("", "", "", "n", "r", "s", "l", "k", "m", "sh")
_SPEECH = ("said", "warned", "told reporters", "urged", "has said", "insisted", "described it as", "denied")


def _zipf(count: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(count)]


class NewsWriter:
    """Documents of news-like sentences with people, countries and organisations (see the module's head)."""

    def __init__(self, size: int, seed: int = 7) -> None:
        self.random = random.Random(seed)
        lexicon = load_lexicon()
        taken = set(lexicon.common_words) | {w for key in lexicon.phrases for w in key}
        speech = lexicon.words.get("speech_verbs", frozenset()) | lexicon.words.get("auxiliaries", frozenset())
        excluded = speech | {"he", "she", "they", "it", "i", "according"}
        try:  # English words with their real frequencies (the bench extra), else common words with Zipf weights
            import wordfreq

            self.words = [w for w in wordfreq.top_n_list("en", 8000) if w.isalpha() and w not in excluded][:6000]
            self.word_weights = [wordfreq.word_frequency(w, "en") for w in self.words]
        except ImportError:
            vocabulary = sorted(w for w in lexicon.common_words if w.isalpha() and w not in excluded and len(w) > 1)
            self.words = random.Random(seed).sample(vocabulary, 6000)
            self.word_weights = _zipf(len(self.words))
        self.countries = [c for c in lexicon.countries if c.adjectives and c.capitals]
        self.country_weights = _zipf(len(self.countries))
        self.titles = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Senator", "General")
        self.org_words = ("Council", "Party", "Bank", "Agency", "Committee", "Commission", "Union", "Fund", "Ministry")
        names: set[str] = set()

        def name(low: int, high: int) -> str:
            while True:
                syllables = self.random.randint(low, high)
                text = "".join(
                    self.random.choice(_ONSETS) + self.random.choice(_VOWELS) + self.random.choice(_CODAS)
                    for _ in range(syllables)
                ).capitalize()
                if text.casefold() not in taken and text not in names and len(text) > 3:
                    names.add(text)
                    return text

        first_names = [name(2, 2) for _ in range(400)]
        self.people = [(self.random.choice(first_names), name(2, 3)) for _ in range(max(200, size // 40))]
        self.people_weights = _zipf(len(self.people))
        self.organisations = [
            (
                f"{'National ' if self.random.random() < 0.3 else ''}{name(2, 3)} {self.random.choice(self.org_words)}",
                self.random.random() < 0.3,  # also known by its initials
            )
            for _ in range(max(50, size // 400))
        ]
        self.organisation_weights = _zipf(len(self.organisations))

    def clause(self, low: int = 5, high: int = 14) -> str:
        return " ".join(self.random.choices(self.words, self.word_weights, k=self.random.randint(low, high)))

    def document(self, number: int) -> tuple[str, list[list[str]]]:
        """(title, paragraphs of sentences) of one document of 100 sentences, the title line included."""
        rnd = self.random
        people = rnd.choices(self.people, self.people_weights, k=rnd.randint(2, 5))
        countries = rnd.choices(self.countries, self.country_weights, k=rnd.randint(1, 3))
        organisations = rnd.choices(self.organisations, self.organisation_weights, k=rnd.randint(1, 2))
        mentioned: set[tuple[str, str]] = set()

        def person() -> str:
            who = rnd.choice(people) if rnd.random() < 0.9 else rnd.choices(self.people, self.people_weights)[0]
            if who in mentioned and rnd.random() < 0.6:
                return who[1]
            mentioned.add(who)
            if rnd.random() < 0.4:
                return f"{rnd.choice(self.titles)} {who[0]} {who[1]}"
            return f"{who[0]} {who[1]}"

        def country(form: str = "") -> str:
            chosen = rnd.choice(countries)
            form = form or rnd.choice(("name", "name", "name", "adjective", "capital"))
            if form == "adjective":
                return rnd.choice(chosen.adjectives)
            if form == "capital":
                return chosen.capitals[0]
            return chosen.other_names[0] if chosen.other_names and rnd.random() < 0.1 else chosen.name

        def organisation() -> str:
            chosen, acronym = rnd.choice(organisations)
            if acronym and rnd.random() < 0.5:
                return "".join(w[0] for w in chosen.split())
            return f"the {chosen}"

        def sentence(previous_statement: bool) -> tuple[str, bool]:
            roll = rnd.random()
            if previous_statement and roll < 0.3:
                return f'"{self.clause().capitalize()}," {rnd.choice(("he", "she"))} added.', False
            roll = rnd.random()
            if roll < 0.35:
                return f"{self.clause(6, 20).capitalize()}.", False
            if roll < 0.45:
                return f'"{self.clause().capitalize()}," {person()} said.', True
            if roll < 0.55:
                return f"{person()} {rnd.choice(_SPEECH)} {self.clause()}.", True
            if roll < 0.62:
                return f"{country('name')} {rnd.choice(_SPEECH)} {self.clause()}.", True
            if roll < 0.68:
                return f"{country('adjective')} {self.clause(3, 10)} in {country('capital')}.", False
            if roll < 0.74:
                return f"According to {organisation()}, {self.clause()}.", True
            if roll < 0.80:
                named = organisation()
                return f"{named[0].upper()}{named[1:]} {rnd.choice(_SPEECH)} {self.clause()}.", True
            if roll < 0.86:
                return f"{person()}'s {self.clause()} with {country()}.", False
            if roll < 0.92:
                return f"{self.clause().capitalize()} with {person()} and {country()}.", False
            if roll < 0.96:
                return f"{country('capital')} does not think {self.clause()}.", False
            return f"{self.clause().capitalize()}, {organisation()} and {person()} {self.clause(2, 6)}.", False

        title = " ".join([country("name"), *(w.capitalize() for w in self.clause(2, 4).split()), person().split()[-1]])
        paragraphs: list[list[str]] = [[title]]
        left = SENTENCES_PER_DOCUMENT - 1
        statement = False
        while left:
            size = min(left, rnd.randint(3, 7))
            paragraph = []
            for _ in range(size):
                text, statement = sentence(statement)
                paragraph.append(text)
            paragraphs.append(paragraph)
            left -= size
        return title, paragraphs


def parsed_document(path: str, title: str, paragraphs: list[list[str]], stamp: int) -> ParsedDocument:
    records: list[SentenceRecord] = []
    offset = 0
    for number, paragraph in enumerate(paragraphs, start=1):
        for index, text in enumerate(paragraph, start=1):
            records.append(SentenceRecord(number, index, text, offset, offset + len(text)))
            offset += len(text) + 1
    return ParsedDocument(path, title, f"hash-{path}-{stamp}", offset, stamp, tuple(records))


def stored_actors(db: Path) -> tuple[set[tuple[str, str, tuple[str, ...]]], set[tuple[str, str, int, bool]]]:
    """The stored actors (name, kind, aliases) and links (name, kind, sentence id, statement), ids left out."""
    with sqlite3.connect(db) as connection:
        aliases: dict[int, list[str]] = {}
        for actor_id, alias in connection.execute("SELECT actor_id, alias FROM actor_aliases"):
            aliases.setdefault(actor_id, []).append(alias)
        names = {i: (n, k) for i, n, k in connection.execute("SELECT id, name, kind FROM actors")}
        links = {
            (*names[a], s, bool(t))
            for a, s, t in connection.execute("SELECT actor_id, sentence_id, is_statement FROM actor_mentions")
        }
    actors = {(n, k, tuple(sorted(aliases.get(i, [])))) for i, (n, k) in names.items()}
    return actors, links


def recomputed_actors(db: Path) -> tuple[set[tuple[str, str, tuple[str, ...]]], set[tuple[str, str, int, bool]]]:
    """`stored_actors` of find_actors over the stored corpus: what a full recompute gives."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT s.id, s.document_id, s.paragraph, s.sentence, s.text FROM sentences s"
            " JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.paragraph, s.sentence"
        ).fetchall()
    analysis = find_actors([IndexedSentence(r[0], r[1], r[2], r[3], r[4], ()) for r in rows])
    actors = {(a.name, a.kind, tuple(sorted(a.aliases))) for a in analysis.actors}
    links = {
        (analysis.actors[k.actor].name, analysis.actors[k.actor].kind, k.sentence_id, k.is_statement)
        for k in analysis.links
    }
    return actors, links


class _Summaries(logging.Handler):
    """Keeps what `refresh_actors` logs of each refresh (documents analysed, re-linked, time per step)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("actors: "):
            self.messages.append(record.getMessage().removeprefix("actors: "))


async def scale_run(size: int, work: Path, verify: bool, changes: int = 3, seed: int = 7) -> dict[str, object]:
    """Build the actors of a generated corpus of `size` sentences, then change one document at a time, `changes`
    times (documents spread over the corpus); timings in seconds, the incremental ones the median and the worst."""
    summaries = _Summaries()
    store_log = logging.getLogger("retrieval.actors.refresh")
    store_log.addHandler(summaries)
    store_log.setLevel(logging.DEBUG)
    writer = NewsWriter(size, seed)
    documents = [
        parsed_document(f"part{n // 1000:03d}/doc{n:06d}.txt", *writer.document(n), 1)
        for n in range(max(1, size // SENTENCES_PER_DOCUMENT))
    ]
    db = work / f"actors-{size}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    count = len(documents)
    row: dict[str, object] = {"sentences": sum(len(d.sentences) for d in documents), "documents": count}
    store = await Store.open(db)
    try:
        started = time.perf_counter()
        await store.apply_scan(ScanResult(parsed=documents, added=[d.path for d in documents]), {})
        row["write_s"] = time.perf_counter() - started
        del documents
        started = time.perf_counter()
        await refresh_actors(store)
        row["full_s"] = time.perf_counter() - started
        row["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # generation and writing included
        started = time.perf_counter()
        directory = await store.actor_directory()
        row["directory_s"] = time.perf_counter() - started
        row["actors"] = len(directory)
        if verify:
            row["full_same"] = stored_actors(db) == recomputed_actors(db)
        incremental: list[float] = []
        directory_s: list[float] = []
        for change in range(changes):
            # a document rewritten with 100 new sentences, by a writer whose people are new names
            number = change * max(1, count // changes) % count
            path = f"part{number // 1000:03d}/doc{number:06d}.txt"
            changed = parsed_document(path, *NewsWriter(size, seed + 1 + change).document(number), 2 + change)
            await store.apply_scan(ScanResult(parsed=[changed], changed=[changed.path]), {})
            started = time.perf_counter()
            await refresh_actors(store)
            incremental.append(time.perf_counter() - started)
            started = time.perf_counter()
            await store.actor_directory()
            directory_s.append(time.perf_counter() - started)
        row["incremental_s"] = statistics.median(incremental)
        row["incremental_max_s"] = max(incremental)
        row["incremental_directory_s"] = statistics.median(directory_s)
        if verify:
            row["incremental_same"] = stored_actors(db) == recomputed_actors(db)
    finally:
        await store.close()
        store_log.removeHandler(summaries)
    row["steps"] = summaries.messages
    return row


def print_scale(rows: list[dict[str, object]]) -> None:
    print(
        "\n| sentences | documents | actors | write s | full actors s | + directory s | peak MiB | incremental actors s"
        " | + directory s | same as full recompute |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        steps = row.get("steps", [])
        assert isinstance(steps, list)
        for number, summary in enumerate(steps):
            print(f"  {row['sentences']:,} {'full' if number == 0 else f'change {number}'}: {summary}")
    for row in rows:
        same = "not checked"
        if "full_same" in row:
            same = "yes" if row["full_same"] and row["incremental_same"] else "NO"
        print(
            f"| {row['sentences']:,} | {row['documents']:,} | {row['actors']:,} | {row['write_s']:.1f}"
            f" | {row['full_s']:.2f} | {row['directory_s']:.2f} | {row['peak_mib']:,.0f} | {row['incremental_s']:.3f}"
            f" (worst {row['incremental_max_s']:.3f}) | {row['incremental_directory_s']:.3f} | {same} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list errors (tuning sets only, never blind) and top actors"
    )
    parser.add_argument("--baseline", default=BASELINE, help="commit to compare with ('none': no comparison)")
    parser.add_argument("--actors-dev", type=Path, default=SHARED / "actors-dev", help="the actors-dev folder")
    parser.add_argument("--news2", type=Path, default=NEWS2, help="the actors_news2 folder (a second tuning set)")
    parser.add_argument(
        "--blind",
        type=Path,
        action="append",
        metavar="FOLDER",
        help="a BLIND news folder (repeatable; 'none': no blind set; default bench/data/actors_blind2 when present):"
        " scored like --news2, labelled '(blind)', its errors never printed",
    )
    parser.add_argument("--realdocs", type=Path, default=SHARED / "realdocs-dev", help="the realdocs-dev folder")
    parser.add_argument("--mirrors", type=Path, default=MIRRORS, help="mirrored repositories (`MIRRORED_DOCS`)")
    parser.add_argument("--speed", type=int, default=1000, metavar="N", help="time the seed repeated N times (0: not)")
    parser.add_argument("--code", type=Path, help="import retrieval/ from this folder (the baseline run)")
    parser.add_argument("--figures-json", type=Path, help="write the figures to this file instead of printing them")
    parser.add_argument("--scale", default="", metavar="N[,N]", help="time actor upkeep on generated corpora")
    parser.add_argument("--verify", action="store_true", help="with --scale: compare with a full recompute")
    parser.add_argument("--work", type=Path, default=None, help="with --scale: folder for the databases")
    parser.add_argument("--changes", type=int, default=3, help="with --scale: documents changed one at a time")
    args = parser.parse_args(argv)
    if args.scale:
        work = args.work or Path(tempfile.mkdtemp(prefix="docbot-actors-"))
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        for size in (int(n) for n in args.scale.split(",")):
            rows.append(asyncio.run(scale_run(size, work, args.verify, args.changes)))
            print_scale(rows[-1:])
        print_scale(rows)
        return 0
    figures = all_figures(args)
    if args.figures_json:
        args.figures_json.write_text(json.dumps(figures, ensure_ascii=False, default=list), encoding="utf-8")
        return 0
    before = None if args.baseline == "none" else baseline_figures(args)  # after ours: never two timings at once
    print_figures(figures, before, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
