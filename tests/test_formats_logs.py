"""Format readers, issue 11: a log saved as `.txt` (records line after line, no blank lines) is read one record a
unit, never as one paragraph whose "sentences" run over many records. The log is made up."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract
from tests.test_formats import texts

_LOG_LINES = [
    "2024-05-01 12:00:03,123 INFO worker-3 request done in 12 ms",
    "2024-05-01 12:00:03,140 INFO worker-1 request done in 9 ms",
    "2024-05-01 12:00:04,002 WARNING worker-2 slow query took 812 ms. Retrying",
    "2024-05-01 12:00:04,310 ERROR worker-2 connection reset by peer",
    "    at db.connect (pool.py:88)",
    "2024-05-01 12:00:05,001 INFO worker-3 request done in 15 ms",
    "2024-05-01 12:00:05,777 DEBUG worker-1 cache hit for key user:42",
]
_LOG = "\n".join(_LOG_LINES) + "\n"


def test_a_log_reads_one_record_a_unit() -> None:
    extracted = extract("server.txt", _LOG.encode())
    assert texts(extracted, "list_item") == [line.strip() for line in _LOG_LINES]
    assert texts(extracted, "paragraph") == []
    records = document_records(extracted)
    assert records
    for record in records:
        assert "\n" not in extracted.text[record.start : record.end]  # no sentence runs over two records


def test_a_log_after_prose_keeps_the_prose_as_a_paragraph() -> None:
    intro = "The service logged these lines during the outage. Each line is one request."
    extracted = extract("incident.txt", (intro + "\n\n" + _LOG).encode())
    assert texts(extracted, "paragraph") == [intro]
    assert len(texts(extracted, "list_item")) == len(_LOG_LINES)


def test_syslog_and_bracketed_levels_are_logs() -> None:
    syslog = [f"May  {day} 0{day}:15:0{day} host sshd[81]: session opened for user deploy" for day in range(1, 7)]
    levels = [f"[INFO] step {n} finished without errors" for n in range(1, 6)] + ["done"]
    for lines in (syslog, levels):
        extracted = extract("run.txt", "\n".join(lines).encode())
        assert texts(extracted, "list_item") == lines


def test_prose_with_times_is_not_a_log() -> None:
    # a timetable of five lines, few of them starting with a time, and wrapped prose stay as they were
    lines = [
        "The ferry leaves at",
        "10:15:00 on weekdays and at",
        "noon on Sundays, and the last",
        "boat returns well before dark",
        "in every season of the year.",
    ]
    extracted = extract("ferry.txt", "\n".join(lines).encode())
    assert texts(extracted, "list_item") == []
    assert len(texts(extracted, "paragraph")) == 1
