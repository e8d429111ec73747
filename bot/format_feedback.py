"""The feedback report (/report and `docbot report`) as Discord Markdown pages; the terminal strips the Markdown."""

from __future__ import annotations

from bot.format import MESSAGE_LIMIT, clean_text, code_text, escape_markdown, sectioned_pages
from retrieval.feedback import AskedQuestion, DownVoted, FeedbackReport
from retrieval.models import clip
from retrieval.times import shown_time

QUESTION_CHARS = 300  # a question is shown up to this long in a report
NOTHING_KEPT = "Questions are not kept (QUESTION_RETENTION_DAYS=0): there is nothing to report."


def _question(text: str) -> str:
    return escape_markdown(clip(clean_text(text), QUESTION_CHARS))


def _where(guild_id: int | None, report: FeedbackReport) -> str:
    # Within a server's report every line is of that server; across servers each line says which.
    if report.guild_id is not None:
        return ""
    return " · server " + (str(guild_id) if guild_id is not None else "none")


def _not_found_line(entry: AskedQuestion, report: FeedbackReport) -> str:
    times = f" (×{entry.times})" if entry.times > 1 else ""
    return f"- {_question(entry.question)}{times} · {shown_time(entry.last_asked)}{_where(entry.guild_id, report)}"


def _down_line(entry: DownVoted, report: FeedbackReport) -> str:
    document = f"`{code_text(entry.document)}`" if entry.document else "no excerpt"
    return (
        f"- {_question(entry.question)} · 👎 {entry.down} 👍 {entry.up} · top excerpt from {document}"
        f" · {shown_time(entry.asked_at)}{_where(entry.guild_id, report)}"
    )


def report_header(report: FeedbackReport, server_name: str | None = None) -> str:
    """The first lines: what the report covers (the server by its `server_name` when known) and its totals."""
    where = f"server {report.guild_id}" if report.guild_id is not None else "every server"
    if server_name:
        where = escape_markdown(clean_text(server_name))
    return (
        f"**Feedback report** for {where}: questions of the last {report.retention_days} days (since "
        f'{shown_time(report.since)}).\n{report.questions:,} asked · {report.not_found_count:,} answered "not found" · '
        f"votes 👍 {report.up:,} 👎 {report.down:,}"
    )


def _blocks(report: FeedbackReport) -> list[tuple[str, list[str]]]:
    topics = ", ".join(f"{escape_markdown(t.word)} ({t.questions})" for t in report.topics)
    no_topics = "*No word in two questions yet.*"
    return [
        (
            '**Answered "not found"** (most asked first): documents to add',
            [_not_found_line(e, report) for e in report.not_found] or ["*None.*"],
        ),
        (
            "**Voted down** (more 👎 than 👍)",
            [_down_line(e, report) for e in report.voted_down] or ["*None.*"],
        ),
        ("**Most-asked topics** (questions using the word)", [topics] if topics else [no_topics]),
    ]


def feedback_pages(report: FeedbackReport, limit: int = MESSAGE_LIMIT, server_name: str | None = None) -> list[str]:
    """The report in pages of at most `limit` characters, header first. An item is never split across pages; a
    section that goes on to a new page repeats its heading with "(continued)"."""
    if report.retention_days <= 0:
        return [NOTHING_KEPT]
    return sectioned_pages(report_header(report, server_name), _blocks(report), limit)
