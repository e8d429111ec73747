"""What Sphinx shows for a `:doc:` link: the title of the document it names.

":doc:`/server`" links to the page `server` of the Sphinx project and shows that page's title ("Development Server");
docutils alone leaves the role as its raw markup. A reader cannot see other files, so the folder scan says which
document is being read (`reading`), and `doc_link_text` looks for the target beside it: a target starting with "/"
from the project's source folder (the nearest folder above holding Sphinx's `conf.py`, else the documents folder), any
other from the linking document's folder; `.rst`, `.md` or `.txt`, its first heading. A target it cannot find (another
project's, through intersphinx: "werkzeug:middleware/proxy_fix"; a page outside the folder) shows its last part
("proxy_fix"), as readable as Sphinx's unresolved "/server" without its path.

A linked title is read when the linking document is: it changes with the other file only when this one is read again.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from retrieval.ingest.split import normalize_space


@dataclass(frozen=True, slots=True)
class Place:
    """The document being read: the documents folder and its path there (with /)."""

    root: Path
    relative: str


_PLACE: ContextVar[Place | None] = ContextVar("docbot_reading", default=None)

_SUFFIXES = (".rst", ".md", ".txt")
_SPHINX_CONFIG = "conf.py"
# Only the start of a linked file is read for its title.
_TITLE_BYTES = 64 * 1024
# An RST section title: a line underlined (and perhaps overlined) with one punctuation character repeated.
_UNDERLINE = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1+\s*$")
_MARKDOWN_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
# Inline markup in a title, shown as its text: ``code``, *emphasis*, **strong**, :role:`text`, `link <url>`_.
_INLINE = re.compile(r"(?::[\w.+:-]+:)?`{1,2}([^`]*?)(?:\s*<[^<>]*>)?`{1,2}_{0,2}|\*{1,2}([^*]+)\*{1,2}")
# Titles are cached per file state: a reindex of a large docs tree reads each linked page's title once.
_titles: dict[tuple[str, int, int], str | None] = {}
_CACHE_SIZE = 4096


@contextlib.contextmanager
def reading(root: Path, relative: str) -> Iterator[None]:
    """While the document at `relative` under `root` is read, `:doc:` links resolve beside it."""
    token = _PLACE.set(Place(root, relative))
    try:
        yield
    finally:
        _PLACE.reset(token)


def doc_link_text(target: str) -> str:
    """What a `:doc:` link to `target` shows: the linked document's title, else the target's last part."""
    place = _PLACE.get()
    if place is not None and ":" not in target:
        title = _linked_title(place, target.strip())
        if title:
            return title
    return _last_part(target)


def _last_part(target: str) -> str:
    project, _, path = target.strip().rpartition(":")
    parts = [part for part in path.split("/") if part not in {"", ".", ".."}]
    while len(parts) > 1 and parts[-1] == "index":
        parts.pop()  # "deploying/index" is the page of "deploying"
    if parts == ["index"] and project:
        return project  # another project's front page ("req:index")
    return parts[-1] if parts else target.strip()


def _linked_title(place: Place, target: str) -> str | None:
    here = (place.root / place.relative).parent
    base = _source_folder(place.root, here) if target.startswith("/") else here
    try:
        root = place.root.resolve()
        for suffix in _SUFFIXES:
            path = (base / (target.lstrip("/") + suffix)).resolve()
            if not path.is_relative_to(root) or not path.is_file():
                continue  # never outside the documents folder
            return _title_of(path)
    except (OSError, ValueError):
        return None
    return None


def _source_folder(root: Path, here: Path) -> Path:
    """The Sphinx project's source folder holding `here`: the nearest folder up to `root` with a conf.py."""
    folder = here
    while True:
        if (folder / _SPHINX_CONFIG).is_file():
            return folder
        if folder == root or root not in folder.parents:
            return root
        folder = folder.parent


def _title_of(path: Path) -> str | None:
    state = path.stat()
    key = (str(path), state.st_mtime_ns, state.st_size)
    if key not in _titles:
        if len(_titles) >= _CACHE_SIZE:
            _titles.clear()
        with open(path, "rb") as handle:
            text = handle.read(_TITLE_BYTES).decode("utf-8", errors="replace")
        _titles[key] = _markdown_title(text) if path.suffix == ".md" else _rst_title(text)
    return _titles[key]


def _rst_title(text: str) -> str | None:
    lines = text.splitlines()
    for number, line in enumerate(lines[:-1]):
        title = line.strip()
        underline = _UNDERLINE.match(lines[number + 1])
        if not title or line[:1].isspace() or _UNDERLINE.match(line) or title.startswith(".."):
            continue
        if underline and len(lines[number + 1].rstrip()) >= len(title):
            return _plain(title)
    return None


def _markdown_title(text: str) -> str | None:
    found = _MARKDOWN_TITLE.search(text)
    return _plain(found.group(1)) if found else None


def _plain(title: str) -> str | None:
    shown = normalize_space(_INLINE.sub(lambda m: m.group(1) or m.group(2) or "", title))
    return shown or None
