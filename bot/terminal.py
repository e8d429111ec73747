"""Answers as plain text for a terminal: excerpts exactly as the documents have them, no Discord Markdown.

On a terminal the matched words are shown in bold with ANSI escapes; in a pipe or a file the text is plain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.format import clean_text, other_places, place_of
from retrieval.models import Answer, Hit, Source
from retrieval.tokenize import match_spans

Emphasis = Callable[[str], str]


def plain(text: str) -> str:
    """No emphasis."""
    return text


def ansi_bold(text: str) -> str:
    """Bold on an ANSI terminal."""
    return f"\x1b[1m{text}\x1b[0m"


def emphasize(text: str, terms: tuple[str, ...], emphasis: Emphasis, language: str | None = None) -> str:
    """`text` with the words whose terms are in `terms` passed through `emphasis` (`language`: the text's, when
    known)."""
    parts: list[str] = []
    position = 0
    for start, end in match_spans(text, frozenset(terms), language):
        parts += [text[position:start], emphasis(text[start:end])]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def source_line(source: Source) -> str:
    """Title · file · section · page or paragraph."""
    # A file name may hold a line break or a terminal escape (ESC [31m): the name is shown, not obeyed.
    parts = [clean_text(source.title), clean_text(source.path)]
    if source.section:
        parts.append(clean_text(source.section))
    parts.append(place_of(source))
    return "— " + " · ".join(parts)


def hit_text(hit: Hit, emphasis: Emphasis = plain) -> str:
    """One hit: context sentences indented, the sentence quoted, then where it stands."""
    lines = [f"  … {clean_text(s)}" for s in hit.context.before]
    lines.append(f"> {emphasize(clean_text(hit.text), hit.matched_terms, emphasis, hit.source.language)}")
    lines += [f"  … {clean_text(s)}" for s in hit.context.after]
    lines.append(source_line(hit.source))
    places = other_places(hit.sources)
    if places:
        others = ", ".join(f"{clean_text(s.path)} ({place_of(s)})" for s in places[:3])
        more = f" and {len(places) - 3} more" if len(places) > 3 else ""
        lines.append(f"  also in {others}{more}")
    return "\n".join(lines)


def answer_text(answer: Answer, emphasis: Emphasis = plain) -> str:
    """The whole answer for a terminal: excerpts, or "Not found." with the closest excerpts marked as weak."""
    if answer.not_found:
        text = f"Not found. {answer.reason}"
        if answer.weak:
            text += "\n\nClosest excerpts (weak matches):\n" + "\n\n".join(hit_text(h, emphasis) for h in answer.weak)
        return text
    return "\n\n".join(hit_text(h, emphasis) for h in answer.hits)


# A code span first: what is inside it is literal (a file named "group__group08.html" keeps its underscores).
_MARKDOWN = re.compile(r"`([^`]*)`|\\(.)|<(https?://[^\s<>]+)>|\*\*|\*|`|__")


def without_markdown(text: str) -> str:
    """Discord Markdown made by bot/format.py (reports, lists of sources and actors) as plain terminal text: bold,
    italics and code marks dropped, code spans, escaped characters and `<links>` as written."""
    return _MARKDOWN.sub(lambda m: next((group for group in m.groups() if group is not None), ""), text)
