"""What bench/candidate_recall.py and bench/notfound_features.py share, their command line and their answering: each
answers the questions of `realdocs`-layout sets with the reranker and records one row a question; only the rows and
their report differ."""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from realdocs import CORPORA, Question, load_questions, not_a_set

from bot.settings import Settings
from bot.wiring import build_service
from retrieval.answer import answering
from retrieval.answer.semantic import RerankerUnavailable, load_reranker
from retrieval.ingest.document import INGEST_VERSION
from retrieval.models import Answer
from retrieval.store.database import Store, StoreError

AnswerSet = Callable[[Path, str | None, Path | None, Any], Awaitable[list[dict[str, Any]]]]
# One question answered into its row: (the set's name, the question, `ask`: the service's ask_now at the bench's top)
AnswerRow = Callable[[str, Question, Callable[[str], Answer]], dict[str, Any]]


async def answer_questions(
    folder: Path,
    half: str | None,
    keep_db: Path | None,
    reranker: Any,
    reranker_setting: str,
    top: int,
    answer_row: AnswerRow,
    before_corpus: Callable[[], None] | None = None,
) -> list[dict[str, Any]]:
    """Every question of the realdocs-layout set `folder` (of `half` only, when given) turned into its row by
    `answer_row`, corpus by corpus: each indexed with `reranker` (named `reranker_setting`) in a temporary database,
    or in bench/realdocs.py's --keep-db one, shared, and its sentence vectors made first; `before_corpus` runs before
    each corpus is opened."""
    questions = load_questions(folder / "qa.jsonl")
    if half:
        questions = [q for q in questions if q.half == half]
    corpora = [c for c in dict.fromkeys([*CORPORA, *(q.corpus for q in questions)]) if (folder / "docs" / c).is_dir()]
    rows: list[dict[str, Any]] = []
    for corpus in corpora:
        asked = [q for q in questions if q.corpus == corpus]
        if not asked:
            continue
        with tempfile.TemporaryDirectory(prefix="docbot-questions-") as tmp:
            db = Path(tmp) / "index.sqlite3"
            if keep_db is not None:
                (keep_db / folder.resolve().name).mkdir(parents=True, exist_ok=True)
                db = keep_db / folder.resolve().name / f"{corpus}-{reranker_setting}.sqlite3"
            if before_corpus is not None:
                before_corpus()
            settings = Settings(docs_dir=folder / "docs" / corpus, db_path=db, reranker=reranker_setting)
            store = await Store.open(db)
            try:
                service = build_service(settings, store, reranker)
                await service.reindex()
                await service.embed_missing()
                ask = functools.partial(service.ask_now, top=top)
                rows.extend(answer_row(folder.name, question, ask) for question in asked)
            finally:
                await store.close()
    return rows


def run_question_bench(
    name: str,
    description: str,
    rows_help: str,
    reranker_setting: str,
    settings: str,
    answer_set: AnswerSet,
    report: Callable[[Sequence[dict[str, Any]]], None],
    argv: Sequence[str] | None = None,
) -> int:
    """Parse --data/--half/--keep-db/--json, check them before the run, answer every set with the reranker named
    `reranker_setting` (or MODEL_PATH's model), write the rows as JSON lines and `report` them; the exit status."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, action="append", required=True, help="a realdocs-layout set (repeatable)")
    parser.add_argument("--half", choices=("tuning", "reporting"), help="only this half's questions")
    parser.add_argument("--keep-db", type=Path, help="bench/realdocs.py's --keep-db folder, shared")
    parser.add_argument("--json", type=Path, help=rows_help)
    args = parser.parse_args(argv)
    for folder in args.data:
        if (unfit := not_a_set(folder)) is not None:
            print(f"{name}: {unfit}", file=sys.stderr)
            return 2
    if args.json is not None and not args.json.resolve().parent.is_dir():  # found before the run, not after it
        print(f"{name}: no folder {args.json.resolve().parent} for --json", file=sys.stderr)
        return 2
    try:
        reranker = load_reranker(reranker_setting, model_path=Settings.from_env(os.environ).model_path)
    except RerankerUnavailable as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 2
    code = Path(answering.__file__).resolve().parents[2]
    print(
        f"{name}: {', '.join(str(f) for f in args.data)}; {args.half or 'all'} questions; {settings};"
        f" INGEST_VERSION {INGEST_VERSION}; code in {code}"
    )

    async def run() -> list[dict[str, Any]]:
        return [row for folder in args.data for row in await answer_set(folder, args.half, args.keep_db, reranker)]

    try:
        rows = asyncio.run(run())
    except StoreError as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 1
    if args.json:
        with args.json.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    report(rows)
    return 0
