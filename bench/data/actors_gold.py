"""The gold of a news set in actors-dev's format, written by each set's make_gold.py from its own tables (actors,
statements, traps): the splitter the gold counts sentences with, the checks every table must pass, and gold.json.
Shared by bench/data/actors_news2 and bench/data/actors_blind2."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

PER, CTY, ORG = "person", "country", "organisation"
R = "req"  # a statement every docbot must find; any other mark ("opt:<why>") makes it optional

_SPLIT = re.compile(r'(?<=[.!?])(["\u201d\']?)\s+(?=["\u201c\']?[A-Z0-9])')


def sentences(path: pathlib.Path) -> list[tuple[int, int, str]]:
    """(paragraph, sentence, text) of one document by the gold's splitter (actors-dev's)."""
    out = []
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    for pi, paragraph in enumerate(paragraphs, 1):
        start, si = 0, 0
        for match in [*_SPLIT.finditer(paragraph), None]:
            end = len(paragraph) if match is None else match.start() + len(match.group(1))
            text = paragraph[start:end].strip()
            if text:
                si += 1
                out.append((pi, si, text))
            if match is not None:
                start = match.end()
    return out


def write_gold(
    here: pathlib.Path,
    table: list[tuple[Any, ...]],
    marks: dict[str, dict[int, list[tuple[str, str]]]],
    trap_groups: dict[str, list[str]],
    neutral: list[str],
    corpus: dict[str, Any],
    doc: str,
    alias_in_other_documents: bool = False,
) -> dict[str, Any]:
    """Check the tables and write `here`/gold.json; its counts are returned.

    `table`: (name, kind, aliases as the texts write them, document stems[, optional]); `marks`: per document stem,
    sentence number (by `sentences`) to (actor, R or "opt:<why>"); `trap_groups`: capitalised names that are no
    actor; `neutral`: names neither counted right nor wrong; `corpus`: the gold's description of the texts (its
    "files" are added); `doc`: the script's docstring, whose "Calls particular to these texts:" list becomes the
    notes. `alias_in_other_documents`: one alias may name two actors that never share a document ("Congress" of two
    countries)."""
    docs_dir = here / "docs"
    names = {a[0] for a in table}
    assert len(names) == len(table), "duplicate actor names"
    files = {p.stem: p for p in sorted(docs_dir.glob("*.txt"))}
    missing = set(marks) - set(files)
    assert not missing, f"documents missing from {docs_dir}: {missing}"
    texts = {stem: path.read_text(encoding="utf-8") for stem, path in files.items()}
    actors, alias_owner = [], {}
    for row in table:
        name, kind, aliases, docs = row[:4]
        optional = len(row) > 4 and row[4]
        for d in docs:
            assert d in files, (name, d)
        for alias in aliases:
            owner = alias_owner.setdefault(alias.casefold(), name)
            shared = alias_in_other_documents and not set(docs) & set(next(a for a in table if a[0] == owner)[3])
            assert owner == name or shared, (alias, name, owner)
            # an alias is a form found in the texts; only the canonical name may be absent from them
            assert alias == name or any(alias in texts[d] for d in docs), (name, alias)
        actors.append(
            {
                "name": name,
                "kind": kind,
                "aliases": aliases,
                "documents": len(docs),
                "docs": [d + ".txt" for d in docs],
                "optional": bool(optional),
            }
        )
    statements = []
    for stem, marked in marks.items():
        split = sentences(files[stem])
        for number, who in sorted(marked.items()):
            pi, _, text = split[number - 1]
            for actor, how in who:
                assert actor in names, (stem, number, actor)
                row = next(a for a in table if a[0] == actor)
                assert stem in row[3], f"{actor} speaks in {stem} but is not listed in it"
                statements.append(
                    {
                        "actor": actor,
                        "doc": stem + ".txt",
                        "paragraph": pi,
                        "text": text,
                        "optional": how != R,
                        **({"why": how[4:]} if how != R else {}),
                    }
                )
    traps = sorted({t for group in trap_groups.values() for t in group}, key=lambda t: (t.casefold(), t))
    clash = [t for t in traps + neutral if t.casefold() in alias_owner]
    assert not clash, f"traps or neutral names that are also aliases: {clash}"
    absent = [t for t in traps + neutral if not any(t in text for text in texts.values())]
    assert not absent, f"traps or neutral names that do not occur in the texts: {absent}"
    described = dict(corpus)
    batches = described.pop("batches", None)
    described["files"] = sorted(p.name for p in files.values())
    if batches is not None:
        described["batches"] = batches
    calls = doc.split("Calls particular to these texts:")[1]
    gold = {
        "corpus": described,
        "notes": [" ".join(line.split()) for line in calls.split("\n- ")[1:]],
        "actors": actors,
        "neutral": neutral,
        "traps": traps,
        "trap_groups": trap_groups,
        "statements": statements,
        "counts": {
            "actors": len(actors),
            "required_actors": sum(not a["optional"] for a in actors),
            "persons": sum(a["kind"] == PER for a in actors),
            "countries": sum(a["kind"] == CTY for a in actors),
            "organisations": sum(a["kind"] == ORG for a in actors),
            "statements": len(statements),
            "required_statements": sum(not s["optional"] for s in statements),
            "traps": len(traps),
        },
    }
    (here / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold["counts"]
