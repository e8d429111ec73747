"""Logging set-up for the bot and the command line: one place for the format (text or JSON lines), the request id that
ties a question to its answer, and the filter that keeps the token out of every log line."""

from __future__ import annotations

import contextvars
import json
import logging
import secrets
import sys
from datetime import UTC, datetime
from typing import TextIO

# The request being served in this task (an interaction or a message); "-" outside one. asyncio copies the context
# into every task it starts, so the id set where a request comes in is seen by everything that answers it.
REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("docbot_request_id", default="-")
NO_REQUEST = "-"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
# The log format of the commands that are not the bot (`docbot ask`, `index` ...): lines like their own.
COMMAND_LINE_FORMAT = "command"


def new_request_id() -> str:
    """Start a request in the current task: a short random id that every log line of it carries."""
    request_id = secrets.token_hex(4)
    REQUEST_ID.set(request_id)
    return request_id


class RequestIdFilter(logging.Filter):
    """Stamps each record with the current request id (`record.request_id`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = REQUEST_ID.get()
        return True


class RedactFilter(logging.Filter):
    """Replaces a secret (the bot token) wherever it would appear in a log record."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secret:
            return True
        message = record.getMessage()
        if self._secret in message:
            record.msg = message.replace(self._secret, "[token]")
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # The whole traceback, not just the last exception's message: the token may sit in a chained cause.
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            if self._secret in text:
                record.exc_text = text.replace(self._secret, "[token]")
        if record.stack_info and self._secret in record.stack_info:
            record.stack_info = record.stack_info.replace(self._secret, "[token]")
        return True


class TextFormatter(logging.Formatter):
    """`time LEVEL logger [request id]: message`, one line per event (tracebacks follow on their own lines)."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        if not hasattr(record, "request_id"):
            record.request_id = REQUEST_ID.get()
        return super().format(record)


class CommandLineFormatter(logging.Formatter):
    """`docbot: warning: message`, as the command line's own lines read: a command's warnings are for the person who
    typed it, not a log (tracebacks follow on their own lines)."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        line = f"docbot: {record.levelname.lower()}: {record.message}"
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        return f"{line}\n{record.exc_text}" if record.exc_text else line


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, request_id, message, and the traceback if any."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", None) or REQUEST_ID.get(),
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            payload["exception"] = record.exc_text
        if record.stack_info:
            payload["stack"] = self.formatStack(record.stack_info)
        return json.dumps(payload, ensure_ascii=False)


class _DocbotHandler(logging.StreamHandler[TextIO]):
    """The handler configure_logging installs (found again, not doubled, when it is called twice)."""


def configure_logging(level: str, token: str, log_format: str | None = None, stream: TextIO | None = None) -> None:
    """Root logging to standard error (or `stream`) at `level` in `log_format` ("text", "json", or "command" for the
    commands of the command line; None keeps the format set before, text at first), each text or JSON line with its
    request id, and the token redacted from every handler's output.

    Like `logging.basicConfig`, it leaves a root logger that already has handlers of someone else's alone (a test
    runner's, an embedding application's) but for the two filters, unless a `stream` is given.
    """
    root = logging.getLogger()
    handler = next((h for h in root.handlers if isinstance(h, _DocbotHandler)), None)
    if handler is None and (stream is not None or not root.handlers):
        handler = _DocbotHandler(stream or sys.stderr)
        handler.setFormatter(TextFormatter())
        root.addHandler(handler)
    elif handler is not None and stream is not None:
        handler.setStream(stream)
    if handler is not None:
        root.setLevel(level)
        if log_format is not None:
            formatters = {"json": JsonFormatter, COMMAND_LINE_FORMAT: CommandLineFormatter}
            handler.setFormatter(formatters.get(log_format, TextFormatter)())
    for each in root.handlers:
        # Once per handler: the command line sets logging up, then `docbot run` does it again for `python -m bot`.
        if not any(isinstance(f, RedactFilter) and f._secret == token for f in each.filters):
            each.addFilter(RedactFilter(token))
        if not any(isinstance(f, RequestIdFilter) for f in each.filters):
            each.addFilter(RequestIdFilter())
    # aiosqlite logs every statement with its parameters at DEBUG: all document text and every question. docbot's own
    # DEBUG scope is a question and the skipped files, not the documents, so its logger stays at INFO.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)
    if logging.getLevelName(level) < logging.INFO:
        # discord.py's gateway logs are chatty at DEBUG; INFO keeps connects and resumes.
        logging.getLogger("discord").setLevel(logging.INFO)
