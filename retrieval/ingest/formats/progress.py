"""How far a reader is into a long document, for the progress of `docbot index` and /reindex: a reader that goes page
by page (the PDF reader) says so through `pages_read`, to whoever `reporting_pages` set for the document being read
in this thread. No reader's signature carries it, and a reader with no one listening pays one lookup a page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PagesCallback = Callable[[int, int], None]
"""Called with (pages read, pages in all)."""

_LISTENER: ContextVar[PagesCallback | None] = ContextVar("docbot_pages_read", default=None)


@contextmanager
def reporting_pages(callback: PagesCallback | None) -> Iterator[None]:
    """Within the block, `pages_read` in this thread (and context) tells `callback`."""
    token = _LISTENER.set(callback)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def pages_read(done: int, total: int) -> None:
    """A reader has read `done` of the document's `total` pages."""
    callback = _LISTENER.get()
    if callback is not None:
        callback(done, total)
