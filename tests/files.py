"""Writing test documents."""

from __future__ import annotations

from pathlib import Path

GOOD = "Good document\n\nThe okapi is a shy animal of the forest. It eats leaves.\n"


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to `path`, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
