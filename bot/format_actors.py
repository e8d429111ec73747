"""Actor summaries and the actors list as Discord Markdown, within Discord's limits. Pure functions: the CLI prints the
same text and the Discord cog pages it.

Document text and names are escaped (`bot.format.escape_markdown`) so a sentence cannot leave its quote, forge a link
or render a mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.format import MESSAGE_LIMIT, clean_text, escape_markdown, format_source, plural, sectioned_pages
from retrieval.actors.directory import ActorListing, ActorQuote, ActorSummary
from retrieval.models import ELLIPSIS

_MAX_QUOTE_CHARS = 600
# /actor or `docbot actor` given no name (spaces only): "No actor named ." said nothing.
EMPTY_ACTOR_NAME = "The actor name is empty: give the name of a person, country or organisation."


def _quote(quote: ActorQuote) -> str:
    text = clean_text(quote.text)
    if len(text) > _MAX_QUOTE_CHARS:
        cut = text.rfind(" ", 0, _MAX_QUOTE_CHARS - 1)
        text = text[: cut if cut > 0 else _MAX_QUOTE_CHARS - 1] + ELLIPSIS
    return f"> {escape_markdown(text)}\n— {format_source(quote.source)}"


def actor_header(summary: ActorSummary) -> str:
    """Name, kind, counts and the other names seen."""
    line = (
        f"**{escape_markdown(clean_text(summary.name))}** · {summary.kind} · {plural(summary.mentions, 'mention')}"
        f" in {plural(summary.documents, 'document')}"
    )
    if summary.aliases:
        line += "\nAlso written: " + ", ".join(escape_markdown(clean_text(a)) for a in summary.aliases)
    return line


def _blocks(summary: ActorSummary) -> list[tuple[str, list[str]]]:
    """The sections of a summary: (heading, items)."""
    related = ", ".join(f"{escape_markdown(clean_text(r.name))} ({r.count})" for r in summary.related)
    return [
        ("**In their own words**", [_quote(q) for q in summary.statements] or ["*No statements found.*"]),
        ("**What the documents say**", [_quote(q) for q in summary.mentioned_in] or ["*Nothing more.*"]),
        ("**Often mentioned with**", [related] if related else ["*No other actors.*"]),
    ]


def actor_pages(summary: ActorSummary, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The summary cut into pages of at most `limit` characters, header first (see `sectioned_pages`)."""
    return sectioned_pages(actor_header(summary), _blocks(summary), limit)


def format_actor(summary: ActorSummary, limit: int = MESSAGE_LIMIT) -> str:
    """The summary as one message of at most `limit` characters: the first page, and how many more there are."""
    pages = actor_pages(summary, limit - 40)
    if len(pages) == 1:
        return pages[0]
    return f"{pages[0]}\n*… {len(pages) - 1} more page{'' if len(pages) == 2 else 's'}*"


NO_ACTORS = "No people, countries or organisations found in the documents."
# While the actors of a question's collections are being found (`AnswerService.finding_actors_of`) they are not all
# there yet: no answer.
FINDING_ACTORS = (
    "The people, countries and organisations of the documents are still being found; please try again in a moment."
)


def format_unknown_actor(name: str, suggestions: Sequence[str], none_found: bool = False, listed_by: str = "") -> str:
    """One line for a name that is not an actor, with "did you mean" when there are close names, or saying plainly
    that the documents name no actor at all (`none_found`: a folder of manuals may hold none); else `list_hint`."""
    line = f"no actor named {escape_markdown(clean_text(name))}"
    if none_found:
        return f"{line}: {NO_ACTORS[0].lower()}{NO_ACTORS[1:-1]}"
    if suggestions:
        return line + "; did you mean " + ", ".join(escape_markdown(clean_text(s)) for s in suggestions) + "?"
    return line + list_hint(suggestions, none_found, listed_by)


def list_hint(suggestions: Sequence[str], none_found: bool, listed_by: str) -> str:
    """For an unknown name with no close name among actors found, the command `listed_by` ("/actors") that lists
    them: a member who guessed a name learns where the names are. Kept apart for the terminal, whose line loses its
    Markdown but not this command's code marks."""
    return "" if suggestions or none_found or not listed_by else f"; `{listed_by}` lists the actors found"


def actors_pages(actors: Sequence[ActorListing], limit: int = MESSAGE_LIMIT) -> list[str]:
    """The actors list (most mentioned first) in pages of at most `limit` characters."""
    if not actors:
        return [NO_ACTORS]
    header = f"**{plural(len(actors), 'actor')}** (mentions · documents)"
    lines = [f"- {escape_markdown(clean_text(a.name))} · {a.kind} · {a.mentions:,} · {a.documents:,}" for a in actors]
    pages: list[str] = []
    current = header
    for line in lines:
        if len(current) + 1 + len(line) > limit:
            pages.append(current)
            current = line[:limit]
        else:
            current += "\n" + line
    pages.append(current)
    return pages


def format_actors(actors: Sequence[ActorListing], limit: int = MESSAGE_LIMIT) -> str:
    """The actors list as one message of at most `limit` characters: the first page, and how many more there are."""
    pages = actors_pages(actors, limit - 40)
    if len(pages) == 1:
        return pages[0]
    return f"{pages[0]}\n*… {len(pages) - 1} more page{'' if len(pages) == 2 else 's'}*"
