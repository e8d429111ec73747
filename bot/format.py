"""Answers as Discord Markdown within Discord's limits. Pure functions: the CLI prints the same text.

Document text is escaped so a sentence cannot leave its quote, forge a link, start a heading or render a mention;
matched words are bolded after escaping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from retrieval.ingest.formats import SLIDE_SUFFIXES
from retrieval.ingest.walk import summarize_not_documents, summarize_warnings
from retrieval.models import ELLIPSIS, Answer, DocumentInfo, FileWarning, Hit, ReindexReport, Source, clip
from retrieval.scope import Scope
from retrieval.times import shown_time
from retrieval.tokenize import match_spans

MESSAGE_LIMIT = 2000
# Discord's limits on autocomplete: characters in a choice's name and value (and in a string option a choice fills),
# and choices in one list.
CHOICE_LIMIT = 100
CHOICE_COUNT = 25


def choice_value(text: str, *, tail: bool = False) -> str:
    """`text` as an autocomplete choice carries it: whole when it fits in CHOICE_LIMIT, else cut with ELLIPSIS, its
    start kept (a name) or with `tail` its end (a path, whose file name tells it apart); `from_choice` reads it back."""
    if len(text) <= CHOICE_LIMIT:
        return text
    kept = CHOICE_LIMIT - len(ELLIPSIS)
    return ELLIPSIS + text[-kept:] if tail else text[:kept] + ELLIPSIS


def from_choice(value: str, candidates: Iterable[str], *, tail: bool = False) -> str | None:
    """The candidate that `value`, a choice cut by `choice_value`, was cut from (the first, in the rare case of two);
    None when `value` is no cut choice or names none of them."""
    if not (value.startswith(ELLIPSIS) if tail else value.endswith(ELLIPSIS)):
        return None
    return next((c for c in candidates if c != value and choice_value(c, tail=tail) == value), None)


_MARKDOWN_SPECIALS = re.compile(r"([\\*_~`|\[\]()<>])")
_LINE_START_SPECIALS = re.compile(r"^(\s*)([#>\-+]|\d+\.)")
# C0 and C1 controls (C1 holds a terminal's 8-bit CSI, U+009B), zero-width and bidirectional formatting characters.
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"*_~|]\\"  # and a backslash, which would escape the closing ">"
# The scheme of an address left as text (one holding @everyone): Discord would still link it and fetch its preview card.
_BARE_SCHEME = re.compile(r"(https?):(?=//)", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Text on one line with control, zero-width and bidirectional-override characters removed."""
    return " ".join(_INVISIBLE.sub("", text).split())


def escape_markdown(text: str, line_start: bool = True) -> str:
    """Escape Discord Markdown so `text` shows literally (also within a `> ` quote); with `line_start`, `text` opens a
    line, where "# ", "- ", "1. " and the like would start a heading or a list. A web address is written `<url>`: a
    link as it stands (escapes inside it would change where it leads), without a preview card."""
    parts: list[str] = []
    position = 0
    for start, end in _links(text):
        parts.append(_escape_plain(text[position:start], line_start and position == 0))
        parts.append(f"<{text[start:end]}>")
        position = end
    parts.append(_escape_plain(text[position:], line_start and position == 0))
    return "".join(parts)


def _escape_plain(text: str, line_start: bool) -> str:
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    if line_start:
        escaped = _LINE_START_SPECIALS.sub(_escape_line_start, escaped)
    # An address left as text is no link with the colon of its scheme escaped ("\\:" shows ":"). SUPPRESS_EMBEDS
    # cannot stand in: Discord ignores the flags of the first follow-up to a deferred reply (discord-api-docs issue
    # 4784) and a deferral may carry EPHEMERAL only (discord-api-docs PR 7386), so a slow /ask's answer is posted
    # without it. Every address is then <url> (no card: Discord's Markdown guide) or text.
    escaped = _BARE_SCHEME.sub(r"\1\\:", escaped)
    # A zero-width space keeps @everyone/@here from rendering as a mention even where pings are disabled.
    return _MENTION.sub("@\u200b\\1", escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    # Discord reads a backslash only before punctuation ("\\1." shows it): a number's full stop is escaped instead.
    spaces, mark = match.group(1), match.group(2)
    return f"{spaces}{mark[:-1]}\\." if mark[0].isdigit() else f"{spaces}\\{mark}"


def _links(text: str) -> list[tuple[int, int]]:
    """The spans of the web addresses in `text`, without the punctuation that ends the sentence around them."""
    spans = []
    for match in _URL.finditer(text):
        url = match.group()
        while url and (url[-1] in _URL_TRAILING or (url[-1] == ")" and url.count(")") > url.count("("))):
            url = url[:-1]
        # An address, not a bare "https://"; one holding @everyone/@here is escaped as text (the mention broken).
        if url.split("://", 1)[1] and not _MENTION.search(url):
            spans.append((match.start(), match.start() + len(url)))
    return spans


def highlight(text: str, terms: Sequence[str], language: str | None = None) -> str:
    """`text` escaped, with the words whose terms are in `terms` in bold (not inside a web address); `language` is
    the text's when known (`match_spans`)."""
    text = clean_text(text)
    links = _links(text)
    spans = [
        (start, end)
        for start, end in match_spans(text, frozenset(terms), language)
        if not any(start < link_end and link_start < end for link_start, link_end in links)
    ]
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(escape_markdown(text[position:start], line_start=position == 0))
        parts.append(f"**{escape_markdown(text[start:end], line_start=False)}**")
        position = end
    parts.append(escape_markdown(text[position:], line_start=position == 0))
    return "".join(parts)


def shorten_around(text: str, terms: Sequence[str], limit: int, language: str | None = None) -> str:
    """A window of at most `limit` characters of `text` around its first matched word, cut at word edges."""
    text = clean_text(text)
    if len(text) <= limit:
        return text
    spans = match_spans(text, frozenset(terms), language)
    focus = spans[0][0] if spans else 0
    start = max(0, min(focus - limit // 3, len(text) - limit))
    end = min(len(text), start + limit - 2)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return f"{prefix}{text[start:end].strip()}{suffix}"


def format_source(source: Source) -> str:
    """One source line: title, file, section path, and page or paragraph (a very long title, path or section is
    shortened so a hit always fits)."""
    parts = [f"*{escape_markdown(_short_title(source.title))}*", f"`{code_text(_short_path(source.path))}`"]
    if source.section:
        parts.append(escape_markdown(clip(clean_text(source.section), _SOURCE_SECTION_CHARS, keep_end=True)))
    parts.append(place_of(source))
    return " · ".join(parts)


def place_of(source: Source) -> str:
    """Where in its file a sentence stands: its page in paged formats (its slide in a deck), else its paragraph."""
    return _page_of(source) if source.page else f"paragraph {source.paragraph}"


def _page_of(source: Source) -> str:
    return f"slide {source.page}" if source.path.lower().endswith(SLIDE_SUFFIXES) else f"p. {source.page}"


def other_places(sources: Sequence[Source]) -> list[Source]:
    """The places after the first that a reader can tell apart (file and page or paragraph): a sentence repeated
    within one paragraph is one place."""
    seen = {(sources[0].path, place_of(sources[0]))} if sources else set()
    places: list[Source] = []
    for source in sources[1:]:
        key = (source.path, place_of(source))
        if key not in seen:
            seen.add(key)
            places.append(source)
    return places


def format_sources(sources: Sequence[Source]) -> str:
    """The source line of a hit; a sentence found in several places lists each (once)."""
    first = f"— {format_source(sources[0])}"
    places = other_places(sources)
    if not places:
        return first
    others = ", ".join(f"`{code_text(_short_path(s.path))}` {_short_place(s)}" for s in places[:3])
    more = f" and {len(places) - 3} more" if len(places) > 3 else ""
    return f"{first} (also in {others}{more})"


def _short_place(source: Source) -> str:
    return _page_of(source) if source.page else f"¶{source.paragraph}"


def code_text(text: str) -> str:
    """`text` to show between backticks: one line, its own backticks made quotes (one would end the code span)."""
    return clean_text(text).replace("`", "'")


_SOURCE_TITLE_CHARS = 150
_SOURCE_PATH_CHARS = 120
_SOURCE_SECTION_CHARS = 120


def _short_title(title: str) -> str:
    """A document's title, cleaned, within `_SOURCE_TITLE_CHARS`."""
    return clip(clean_text(title), _SOURCE_TITLE_CHARS)


def _short_path(path: str) -> str:
    """A file's path within `_SOURCE_PATH_CHARS`, its end (the file's name) kept."""
    return clip(path, _SOURCE_PATH_CHARS, keep_end=True)


def _in_message(limit: int) -> bool:
    """Whether a list of at most `limit` characters is a Discord message, where titles and paths are shortened as in a
    source line; the terminal's (the CLI's limit is far larger) keeps them whole."""
    return limit <= MESSAGE_LIMIT


def _path_within(path: str, limit: int) -> str:
    """A path in a list of at most `limit` characters (see `_in_message`)."""
    return _short_path(path) if _in_message(limit) else path


def _title_within(title: str, limit: int) -> str:
    """A title in a list of at most `limit` characters (see `_in_message`)."""
    return _short_title(title) if _in_message(limit) else clean_text(title)


def format_hit(hit: Hit, max_sentence_chars: int = 1500, with_context: bool = True) -> str:
    """A hit as a quote (matched words bold, context in italics) and its source line."""
    # In its document's language: guessing it loaded the language model (~90 MB) for a hit whose matched terms are
    # not all in its own words (a paragraph's, a heading's), even in an index of one language (docs/benchmarks.md hl10).
    language = hit.source.language
    text = shorten_around(hit.text, hit.matched_terms, max_sentence_chars, language)
    lines: list[str] = []
    if with_context:
        lines += [f"> *{escape_markdown(shorten_around(s, (), 300))}*" for s in hit.context.before]
    lines.append(f"> {highlight(text, hit.matched_terms, language)}")
    if with_context:
        lines += [f"> *{escape_markdown(shorten_around(s, (), 300))}*" for s in hit.context.after]
    lines.append(format_sources(hit.sources))
    return "\n".join(lines)


def format_hits(hits: Sequence[Hit], limit: int = MESSAGE_LIMIT) -> tuple[str, int]:
    """As many hits as fit in `limit` characters, joined by blank lines; returns the text and how many fit.

    The first hit always fits: its sentence is shortened around the matched words when it is very long, and its
    context dropped before that.
    """
    blocks: list[str] = []
    used = 0
    for hit in hits:
        block = format_hit(hit)
        if len(block) + used + 2 > limit:
            block = format_hit(hit, with_context=False)
        if len(block) + used + 2 > limit and not blocks:
            room = max(limit - 400, 100)
            block = format_hit(hit, max_sentence_chars=room, with_context=False)
            while len(block) > limit and room > 50:
                room -= 100
                block = format_hit(hit, max_sentence_chars=room, with_context=False)
        if len(block) + used + 2 > limit:
            break
        blocks.append(block)
        used += len(block) + 2
    return "\n\n".join(blocks), len(blocks)


def format_answer(answer: Answer, limit: int = MESSAGE_LIMIT) -> str:
    """The whole reply to a question: excerpts, or a plain "not found" with any weak matches marked as such."""
    if answer.not_found:
        text = f"**Not found.** {escape_markdown(answer.reason)}"
        if answer.weak:
            weak, _ = format_hits(answer.weak, limit - len(text) - 60)
            if weak:
                text += "\n\nClosest excerpts (weak matches):\n" + weak
        return text[:limit]
    body, _ = format_hits(answer.hits, limit)
    return body


def plural(count: int, word: str) -> str:
    """`count` and `word`, with an "s" unless the count is one: "1 document", "2,010 sentences"."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def collections_named(names: Iterable[str]) -> str:
    """Collections by name, sorted: "collection alpha", "collections alpha, beta"."""
    ordered = sorted(names)
    return ("collection " if len(ordered) == 1 else "collections ") + ", ".join(ordered)


# After /docs add or remove: the folder's other skipped files (a hundred images, say) are /reindex's to list.
OTHERS_NOTED = "Other files of the folder skipped or read with a note: {count:,} (`/reindex` lists them)."


def format_file_report(report: ReindexReport, relative: str, limit: int = MESSAGE_LIMIT) -> str:
    """The report of the reindex after /docs changed the file at `relative`: `format_report`, the warnings about that
    file only, and how many other files have one, in one line."""
    own = tuple(w for w in report.warnings if w.path == relative)
    others = len({w.path for w in report.warnings if w.path != relative})
    tail = f"\n{OTHERS_NOTED.format(count=others)}" if others else ""
    # the folder's pictures and stylesheets are /reindex's to count, as its other skipped files are
    return format_report(replace(report, not_documents=()), limit - len(tail), told=own) + tail


def format_report(
    report: ReindexReport,
    limit: int = MESSAGE_LIMIT,
    interrupted: str | None = None,
    scoped: bool = False,
    told: Sequence[FileWarning] | None = None,
) -> str:
    """A reindex report: counts, then the names of what changed and every warning (or those `told`), within `limit`;
    first, when `interrupted` (its start time), that an earlier reindex never finished, and what is up to date now:
    the index, or only this server's documents when the reindex was `scoped` to its collections."""
    done = "Reindex done, with problems" if report.problems else "Reindex done"
    now = "this server's documents are" if scoped else "the index is"
    lines = [] if interrupted is None else [INTERRUPTED.format(started=shown_time(interrupted), now=now)]
    lines += [
        f"**{done}** in {report.seconds:.2f} s: {plural(report.documents, 'document')}, "
        f"{plural(report.sentences, 'sentence')}.",
        # grouped as the line above groups its counts ("5,000 documents"): "Added 5000" read as another number
        f"Added {len(report.added):,}, changed {len(report.changed):,}, removed {len(report.removed):,}, "
        f"unchanged {report.unchanged:,}, warnings {len(report.warnings):,}.",
    ]
    if report.not_documents:
        # a docs site's pictures and stylesheets are expected beside its pages: counted once, by kind, not warned
        lines.append(f"Not documents, skipped: {summarize_not_documents(report.not_documents)}.")
    for label, paths in (("Added", report.added), ("Changed", report.changed), ("Removed", report.removed)):
        if paths:
            lines.append(_names_line(label, paths, limit))
    if report.embeddings_left:
        lines.append(
            f"Semantic vectors: {plural(report.embeddings_left, 'sentence')} still to embed; until then their answers"
            " are reranked as before."
        )
    if report.problems:
        lines.append("Not done:")
        lines += [f"- {escape_markdown(clean_text(problem))}" for problem in report.problems]
    warnings = report.warnings if told is None else told
    if warnings:
        lines.append("Skipped or read with a note:")
        lines += [f"- {escape_markdown(clean_text(line))}" for line in summarize_warnings(warnings)]
    return _fit_lines(lines, limit)


_NAMES_SHOWN = 20  # the most names a reindex report lists of what was added, changed or removed
_MORE_ROOM = 20  # kept free after them for " and 1,234 more"


def _names_line(label: str, paths: Sequence[str], limit: int) -> str:
    """ "Added: `a.md`, `b.md` and 3 more": at most `_NAMES_SHOWN` names, as many as fit in half of `limit` (a line
    cut by `_fit_lines` would leave a code span open, and Discord would run it into the next line's)."""
    line = f"{label}: "
    shown = 0
    for path in paths[:_NAMES_SHOWN]:
        name = f"{', ' if shown else ''}`{code_text(_path_within(path, limit))}`"
        if len(line) + len(name) + _MORE_ROOM > limit // 2:
            break
        line += name
        shown += 1
    if not shown:
        return f"{label}: {len(paths):,}"
    return line + (f" and {len(paths) - shown:,} more" if len(paths) > shown else "")


# Said only of an index that serves (before the first one, questions get the still-indexing reply): one that found no
# document, at its last reindex (not "yet": an empty folder stays empty until someone fills it).
NO_DOCUMENTS_INDEXED = "No document is indexed: the documents folder held none docbot reads when it was last indexed."
# Folders of a scope named in that line, at most (COLLECTIONS maps a server to a few).
_FOLDERS_NAMED = 5


def no_documents_indexed(scope: Scope | None = None) -> str:
    """The line for an index that serves and holds no document a question limited to `scope` may see: with
    COLLECTIONS (or --collection) its own folders, not "the documents folder", while other folders have documents."""
    if scope is None:
        return NO_DOCUMENTS_INDEXED
    names = [f"`{code_text(name)}`" for name in sorted(scope)]
    if len(names) > _FOLDERS_NAMED:
        names[_FOLDERS_NAMED - 1 :] = [f"{len(names) - _FOLDERS_NAMED + 1:,} more"]
    if len(names) == 1:
        return f"No document is indexed in the folder {names[0]}: it held none docbot reads when it was last indexed."
    folders = ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"No document is indexed in the folders {folders}: they held none docbot reads when they were last indexed."


# A reindex whose reply stopped at a progress line: docbot was restarted under it (its reply could not be told).
INTERRUPTED = (
    "The reindex started at {started} did not finish (docbot was stopped or restarted): nothing it left half"
    " done was served, and {now} up to date now."
)


def format_sources_list(
    documents: Sequence[DocumentInfo],
    limit: int = MESSAGE_LIMIT,
    matched: SourcesFilter | None = None,
    scope: Scope | None = None,
) -> str:
    """The indexed documents with their sentence counts; `matched`: they are those a filter kept; `scope`: the
    collections they were listed from."""
    if not documents:
        return _no_documents(matched, scope)
    return _fit_lines(_sources_lines(documents, limit, matched), limit)


def sources_pages(
    documents: Sequence[DocumentInfo],
    limit: int = MESSAGE_LIMIT,
    matched: SourcesFilter | None = None,
    scope: Scope | None = None,
) -> list[str]:
    """The indexed documents with their sentence counts, in pages of at most `limit` characters (/docs list);
    `matched`: they are those a filter kept; `scope`: the collections they were listed from."""
    if not documents:
        return [_no_documents(matched, scope)]
    pages: list[str] = []
    current = ""
    for line in _sources_lines(documents, limit, matched):
        line = line if len(line) <= limit // 2 else line[: limit // 2 - 1] + ELLIPSIS
        if current and len(current) + 1 + len(line) > limit:
            pages.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    pages.append(current)
    return pages


@dataclass(frozen=True, slots=True)
class SourcesFilter:
    """The text a document list was filtered by (/sources filter, `docbot sources --filter`), and how many documents
    it was filtered from."""

    text: str
    total: int

    def shown(self) -> str:
        # A path picked from the suggestions may be long: its end tells it apart, as in the suggestion.
        return f"`{code_text(choice_value(self.text, tail=True))}`"

    def heading(self, documents: Sequence[DocumentInfo]) -> str:
        """ "**3 of 2,000 documents match `budget`, 41 sentences**"."""
        sentences = sum(d.sentence_count for d in documents)
        return (
            f"**{len(documents):,} of {plural(self.total, 'document')} match {self.shown()}, "
            f"{plural(sentences, 'sentence')}**"
        )

    def nothing(self, scope: Scope | None = None) -> str:
        """The reply when no document of `scope` matches."""
        if not self.total:
            return no_documents_indexed(scope)
        if self.total == 1:  # not "None of the 1 document has ..."
            return (
                f"The only document indexed does not have {self.shown()} in its path or title: try a shorter part of "
                "the name, or no filter to list it."
            )
        return (
            f"None of the {plural(self.total, 'document')} has {self.shown()} in its path or title: try a shorter "
            "part of the name, or no filter to list them all."
        )


def _no_documents(matched: SourcesFilter | None, scope: Scope | None) -> str:
    """The reply for an empty document list: none indexed (in `scope`), or none the filter kept."""
    return no_documents_indexed(scope) if matched is None else matched.nothing(scope)


def _sources_lines(documents: Sequence[DocumentInfo], limit: int, matched: SourcesFilter | None) -> list[str]:
    total = sum(d.sentence_count for d in documents)
    heading = f"**{plural(len(documents), 'document')}, {plural(total, 'sentence')}**"
    lines = [heading if matched is None else matched.heading(documents)]
    # In a message, title and path shortened as in a source line: a line cut to fit would lose its count and leave
    # its italics open.
    lines += [
        f"- *{escape_markdown(_title_within(d.title, limit))}* · `{code_text(_path_within(d.path, limit))}` · "
        f"{plural(d.sentence_count, 'sentence')}"
        for d in documents
    ]
    return lines


def _fit_lines(lines: Sequence[str], limit: int) -> str:
    kept: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        if len(line) > limit // 2:
            line = line[: limit // 2 - 1] + ELLIPSIS
        remaining = len(lines) - index
        if used + len(line) + 1 > limit - 40:
            kept.append(f"… and {remaining} more lines")
            break
        kept.append(line)
        used += len(line) + 1
    return "\n".join(kept)


def format_paragraph(sentences: Sequence[str], focus: int, source_line: str, limit: int) -> str:
    """A paragraph (its sentences, `focus` the one answered) quoted within `limit` characters with its source line.

    The sentences nearest the focus are kept, and the text is cut before it is escaped: a paragraph of megabytes costs
    no more than one of a few lines (the event loop waits for this).
    """
    budget = max(limit - len(source_line) - 4, 1) // 2  # escaping may double the length
    start = end = focus
    used = len(sentences[focus]) if sentences else 0
    while True:
        grown = False
        for step in (1, -1):
            index = end + 1 if step == 1 else start - 1
            if 0 <= index < len(sentences) and used + 1 + len(sentences[index]) <= budget:
                used += 1 + len(sentences[index])
                start, end = min(start, index), max(end, index)
                grown = True
        if not grown:
            break
    text = " ".join(sentences[start : end + 1])
    text = text if len(text) <= budget else text[: budget - 1] + ELLIPSIS
    return f"> {escape_markdown(clean_text(text))}\n{source_line}"


def sectioned_pages(header: str, blocks: Iterable[tuple[str, Sequence[str]]], limit: int = MESSAGE_LIMIT) -> list[str]:
    """`header`, then each block's heading and items, cut into pages of at most `limit` characters. An item is never
    split across pages; a block that goes on to a new page repeats its heading with "(continued)"."""
    pages: list[str] = []
    current = header[:limit]
    for heading, items in blocks:
        for index, item in enumerate(items):
            piece = (f"\n\n{heading}\n" if index == 0 else "\n") + item
            if len(current) + len(piece) <= limit:
                current += piece
                continue
            pages.append(current)
            current = f"{heading}{' (continued)' if index else ''}\n{item}"
            if len(current) > limit:
                current = current[: limit - 1] + ELLIPSIS
    pages.append(current)
    return pages
