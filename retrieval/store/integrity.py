"""The record of the database's last integrity check (SQLite's quick_check, run by `docbot check` and `docbot run`'s
start-up check), for /status: a quick_check reads the whole file (docs/benchmarks.md, hq40: 1.4-1.6 s at 100,000
sentences, 2.2-3.5 s with their vectors, on a busy two-core host; it grows with the file), too slow to run for a
command; its result and time are kept in the meta table instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from retrieval.store.reader import SET_META_SQL, connect_reading, connect_writing, meta_value

# Meta key: the last quick_check's result, as JSON {"at": UTC ISO 8601, "result": "ok" or its first problem,
# "seconds": how long it took}.
INTEGRITY_KEY = "integrity_checked"
# The recording waits no longer than this for a reindex's write: it is left out rather than holding a check.
_BUSY_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class IntegrityCheck:
    """A quick_check of the database: when (UTC, ISO 8601), its result ("ok" or its first problem), its seconds."""

    at: str
    result: str
    seconds: float


def record(db_path: Path, check: IntegrityCheck) -> None:
    """Keep `check` as the database's last; sqlite3.Error when it cannot be written (read-only, busy, no tables)."""
    connection = connect_writing(db_path, _BUSY_SECONDS)
    try:
        value = json.dumps({"at": check.at, "result": check.result, "seconds": round(check.seconds, 3)})
        connection.execute(SET_META_SQL, (INTEGRITY_KEY, value))
    finally:
        connection.close()


def last(db_path: Path) -> IntegrityCheck | None:
    """The database's last recorded quick_check; None when none is (or the record is not understood)."""
    connection = connect_reading(db_path)
    try:
        recorded = meta_value(connection, INTEGRITY_KEY)
    finally:
        connection.close()
    if recorded is None:
        return None
    try:
        value = json.loads(recorded)
        return IntegrityCheck(str(value["at"]), str(value["result"]), float(value["seconds"]))
    except (ValueError, TypeError, KeyError):
        return None
