"""The word-list files shipped in retrieval/data/ (and editable by admins): `[section]` lines start a list, one entry a
line, `#` starts a comment."""

from __future__ import annotations

from collections.abc import Callable


def parse_word_lists(text: str, fold: Callable[[str], str] = str.casefold) -> dict[str, frozenset[str]]:
    """The `[section]` lists of a word-list file, each entry passed through `fold` (case folding by default)."""
    sections: dict[str, set[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif line:
            sections.setdefault(current, set()).add(fold(line))
    return {name: frozenset(entries) for name, entries in sections.items()}
