"""Logging set-up for the bot: one format, and a filter that keeps the token out of every log line."""

from __future__ import annotations

import logging


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


def configure_logging(level: str, token: str) -> None:
    """Root logging to standard error at `level`, with the token redacted from every handler's output."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        # Once per handler: the command line sets logging up, then `docbot run` does it again for `python -m bot`.
        if not any(isinstance(f, RedactFilter) and f._secret == token for f in handler.filters):
            handler.addFilter(RedactFilter(token))
    if logging.getLevelName(level) < logging.INFO:
        # discord.py's gateway logs are chatty at DEBUG; INFO keeps connects and resumes.
        logging.getLogger("discord").setLevel(logging.INFO)
