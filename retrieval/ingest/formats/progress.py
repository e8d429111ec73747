"""How far a reader is into a long document, for the progress of `docbot index` and /reindex: a reader that goes part
by part (the PDF reader its pages, the EPUB reader its chapters, the DOCX reader its paragraphs and tables) says so
through `parts_read`, to whoever `reporting_parts` set for the document being read in this thread. No reader's
signature carries it, and a reader with no one listening pays one lookup a report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PartsCallback = Callable[[int, int, float], None]
"""Called with (parts read, parts in all, the share of the document's reading its parts take)."""

_LISTENER: ContextVar[PartsCallback | None] = ContextVar("docbot_parts_read", default=None)


@contextmanager
def reporting_parts(callback: PartsCallback | None) -> Iterator[None]:
    """Within the block, `parts_read` in this thread (and context) tells `callback`."""
    token = _LISTENER.set(callback)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def parts_read(done: int, total: int, share: float) -> None:
    """A reader has read `done` of the document's `total` parts (pages, or a measure of its chapters, in any unit
    that grows with the time they take); reading the parts is `share` of the document's reading, splitting their
    text the rest (each reader's constant, measured on its format)."""
    callback = _LISTENER.get()
    if callback is not None:
        callback(done, total, share)
