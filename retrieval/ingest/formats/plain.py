"""Plain text and RTF: blank-line paragraphs, a headline first line as the title, header fields as meta."""

from __future__ import annotations

import logging
import re
from collections import Counter

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats.blocks import (
    CELL_SEPARATOR,
    BlockBuilder,
    collapse_space,
    name_key,
    names_contents,
    numbering_depth,
    opens_with_set_off_figure_label,
)
from retrieval.ingest.formats.rfc import (
    is_centred_title,
    is_header_block,
    looks_like_rfc,
    mark_page_breaks,
    rfc_parts,
)
from retrieval.ingest.split import looks_like_headline
from retrieval.ingest.structure import BlockKind, ExtractedText

logger = logging.getLogger(__name__)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n")
# Header fields of Project Gutenberg and similar plain-text editions ("Title: ...", "Release date: ...").
_HEADER_FIELD = re.compile(
    r"^(?:Title|Subtitle|Author|Authors|Editor|Translator|Illustrator|Release [Dd]ate|Posting [Dd]ate|"
    r"Last [Uu]pdated|Most recently updated|Language|Credits|Produced by|Character set encoding|Date|Version):\s"
)
_HEADER_LINES = 80  # header fields are looked for in the first lines only: later, "Date: ..." is prose
_TITLE_FIELD = re.compile(r"^Title:\s*(.+?)\s*$", re.MULTILINE)
# A one-line block is a section heading ("Chapter I. LAYING PLANS", "The Commentators") when it is this short, ends
# with no punctuation (a lead-in ends "says:—", a verse "27. When there is much running about" starts with its
# number) and holds a letter.
_SECTION_HEADING_WORDS = 12
_NOT_HEADING_END = tuple('.!?,;:)]"”’—–-')
_VERSE_NUMBER = re.compile(r"^\d+\.\s")
# A line of code, a grammar rule, a header field or a protocol line ("CRLF = CR LF", "OPTIONS * HTTP/1.1", "GET
# http://... HTTP/1.1", "Cache-Control: no-cache", "HTTP/1.1 200 OK"), standing alone between blank lines as a section's
# name does, is not one.
_CODE_MARK = re.compile(r"\s=\s|://|[|{}<>;*]|\w\(\)|^[\w-]+:\s|\b[A-Z]+/\d")
# Two columns on one line: text, a gap of 4 spaces or more, text (a memo's header: organisation left, author right).
_TWO_COLUMNS = re.compile(r"\S {4,}\S")
_RIGHT_COLUMN = 30  # indent of a line that holds only the right column
# Sections that open a paper or an RFC before any prose, right after its title (a book's "Preface" there stays a
# title-page line, as the other one-line blocks before the first prose).
_FRONT_SECTIONS = frozenset({"abstract", "status of this memo"})
# A lead-in line wrapped before its end ("Two examples of its use are") ends on a word no section name ends on.
_DANGLING_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "is",
        "are",
        "was",
        "were",
        "be",
        "and",
        "or",
        "that",
        "which",
        "with",
        "by",
        "as",
        "from",
        "than",
    }
)
# A block of this many lines or more, each of them a heading's name, is a table of contents.
_CONTENTS_LINES = 3
# A block of prose: a sentence of this many words. Before the first one, a book's title page (title, "BY", the
# author, a dedication in short lines) is front matter, neither answer nor section.
_PROSE_WORDS = 5
_PROSE_LINE = re.compile(r"[.!?][\"”’)\]]*(?:\s*\[\d+\])?$")  # a footnote mark may follow
# A numbered section heading ("1.  Introduction", "4.1.2.  Access Token Request", "A.1.  \"client_id\" Syntax",
# "Appendix B.  Use of ...") as RFCs and manuals write them; the name after the number is capitalised word by word,
# unlike a numbered verse or list item ("27. When there is much running about").
_NUMBERED_HEADING = re.compile(r"^(?:(?:Appendix\s+)?[A-Z]\.|\d+\.?)(?:\d+\.)*\d*\s+(\S.*)$")
_SMALL_WORD = re.compile(r"^(?:[a-z]{1,3}|with|from|into|over|upon|than|that|this|each)$")
# A line of a table of contents: its name, a dot leader and a page number ("1.1.  Roles ........ 6").
_CONTENTS_LINE = re.compile(r"(?:\.\s?){4,}\s*(?:\d+|[ivxlc]+)\s*$", re.IGNORECASE)


# A heading underlined (and perhaps overlined) in Setext or reStructuredText style, as plain-text specs and READMEs
# write them ("Background" over "----------"): the name is the heading; the rule lines are decoration, never text. A
# rule is one character repeated, so a simple table's "-----   -----" is not one.
_RULE_LINE = re.compile(r"^\s*([=\-~^*#+`'\".:_])\1{2,}\s*$")
_RULED_HEADING_WORDS = 15
_RULED_LEVELS = 6
_RULE_INDENT = 3  # how far right of its name's first character an underline may start
# A dot leader between a name and its figure ("Boards.......... $ 8.03", "Laths . . . . 1.25"), as accounts, price
# lists and tables of contents set them.
_DOT_LEADER = re.compile(r"\.{4,}|(?:\. ){3,}\.")


def _ruled_heading(lines: list[str]) -> tuple[str, str] | None:
    """(name, rule style) when `lines` are one underlined heading, perhaps also overlined with the same rule."""
    overline = ""
    if len(lines) == 3 and _RULE_LINE.match(lines[0]):
        overline, lines = lines[0].strip()[0], lines[1:]
    if len(lines) != 2 or _RULE_LINE.match(lines[0]) or not (rule := _RULE_LINE.match(lines[1])):
        return None
    name = lines[0].strip()
    words = len(name.split())
    if overline not in ("", rule.group(1)) or words > _RULED_HEADING_WORDS:
        return None
    if name.endswith((".", ",", ";", ":")) and words >= _PROSE_WORDS:
        return None  # a sentence above a separator line, not a heading's name
    if not any(ch.isalnum() for ch in name) or len(lines[1].strip()) < min(len(name), 3):
        return None
    if rule.group(1) == "." and len(lines[1].strip()) < len(name):
        # dots shorter than the line above are an ellipsis, not an underline: code or a quotation cut short (an
        # RFC's example "<title>Allow access?</title>" over "...", read as the page's title)
        return None
    if _DOT_LEADER.search(name):
        return None  # an account's row over the rule before its total ("Stalks........ 0.75" / "--------")
    name_indent = len(lines[0]) - len(lines[0].lstrip())
    rule_indent = len(lines[1]) - len(lines[1].lstrip())
    if rule_indent > name_indent + _RULE_INDENT and len(lines[1].strip()) * 2 < len(name):
        return None  # a short rule far right of the line: a sum's rule in a column of figures, not an underline
    return name, overline + rule.group(1)


# A bulleted list item as plain text writes it ("* Fixed a crash.", "- Keywords consist of ...", "• Tea", an RFC's
# indented "o  The client MUST ..."): the marker is not text, and each item is a unit of its own.
_BULLET = re.compile(r"^(?:\s*[*+•‣◦-]\s+|\s+o\s{2,})(?=.*[^\W\d_])")


# A lone "o" and one space opens an item only in a run of `_LETTER_BULLETS` or more under the same indentation, its
# items' wrapped lines indented deeper (curl's RELEASE-NOTES: " o gssapi: add support ..."): alone, a line of Spanish
# or Portuguese prose may open with the word "o".
_LETTER_BULLET = re.compile(r"^(\s*)o (?=\S)(?=.*[^\W\d_])")
_LETTER_BULLETS = 3


# A numbered item indented by a tab or two spaces or more ("To install it you need:" over "\t1. Python 3.11 or
# newer."), its text opening on a letter: an item in a run of two or more, or after a lead-in ending in ":". Alone, an
# indented "1.  The client ..." is a paragraph an RFC numbers; run into the lead-in's paragraph, the list was cut at
# its numbers ("To install it you need: 1." / "Python 3.11 or newer." / "2.").
_NUMBERED_ITEM = re.compile(r"^(?:\t|[ \t]{2,})[ \t]*\d{1,3}[.)][ \t]+(?=[^\W\d_])")


def _bullet_ends(lines: list[str]) -> list[int | None]:
    """Where each line's bullet marker ends (see `_BULLET`, `_LETTER_BULLET` and `_NUMBERED_ITEM`), None for a line
    with no marker."""
    ends: list[int | None] = [None if (found := _BULLET.match(line)) is None else found.end() for line in lines]
    numbered = [(index, found.end()) for index, line in enumerate(lines) if (found := _NUMBERED_ITEM.match(line))]
    if len(numbered) >= 2 or (numbered and numbered[0][0] and lines[numbered[0][0] - 1].rstrip().endswith(":")):
        for index, end in numbered:
            ends[index] = end
    run: list[int] = []  # the lines of a run of lone-"o" items
    indent = -1
    for index, line in enumerate([*lines, ""]):
        letter = _LETTER_BULLET.match(line)
        if letter is not None and (not run or len(letter.group(1)) == indent):
            run.append(index)
            indent = len(letter.group(1))
        elif run and line.strip() and len(line) - len(line.lstrip()) > indent:
            continue  # an item's wrapped line
        else:
            if len(run) >= _LETTER_BULLETS:
                for item in run:
                    ends[item] = len(lines[item]) - len(lines[item][indent + 1 :].lstrip())
            run = [index] if letter is not None else []
            indent = len(letter.group(1)) if letter is not None else -1
    return ends


def _is_bulleted(lines: list[str]) -> bool:
    """True for a block that is a bulleted list, perhaps after its lead-in ("Fixes:" / "* ..."); a line of prose
    wrapped before a dash ("- and then") is not a bullet."""
    bullets = [index for index, end in enumerate(_bullet_ends(lines)) if end is not None]
    if not bullets:
        return False
    return bullets[0] == 0 or len(bullets) >= 2 or lines[bullets[0] - 1].rstrip().endswith(":")


# A list written one entry a line with no marker (a THANKS file's names, an address): short lines of a few words, none
# ending as a clause does. Wrapped prose has lines near its width, more words to a line, and commas and full stops at
# line ends; read as one paragraph, the list was one "sentence" of hundreds of names. An entry may be long or end with
# a full stop now and then ("Gilbert Ramirez Jr.", "Google Inc."): up to `_LINE_LIST_ODD` of the lines.
_LINE_LIST_LINES = 6
_LINE_LIST_WIDTH = 40
_LINE_LIST_WORDS = 4  # words on a line, at the median
_LINE_LIST_ODD = 0.1
_CLAUSE_END = re.compile(r"[,;:]['\")\u2019\u201d]?$")
_ENTRY_SENTENCE_END = re.compile(r"[.!?]['\")\u2019\u201d]?$")


def _is_line_list(lines: list[str]) -> bool:
    """True for a block of `_LINE_LIST_LINES` short lines or more, one entry each: none ending with a comma, a
    semicolon or a colon, few (`_LINE_LIST_ODD`) longer than `_LINE_LIST_WIDTH` or ending with a full stop, and a
    median of `_LINE_LIST_WORDS` words or fewer."""
    if len(lines) < _LINE_LIST_LINES:
        return False
    stripped = [line.strip() for line in lines]
    if any(_CLAUSE_END.search(line) for line in stripped):
        return False
    odd = sum(len(line) > _LINE_LIST_WIDTH or _ENTRY_SENTENCE_END.search(line) is not None for line in stripped)
    if odd > _LINE_LIST_ODD * len(stripped):
        return False
    return sorted(len(line.split()) for line in stripped)[len(stripped) // 2] <= _LINE_LIST_WORDS


# A log saved as text ("2024-05-01 12:00:03,123 INFO worker-3 request done in 12 ms", line after line with no blank
# line): each line is a record, read as a unit of its own. Read as one paragraph, its "sentences" ran over dozens of
# records. A block is a log when `_LOG_SHARE` of its `_LOG_LINES` lines or more start with a time stamp or a level.
_LOG_LINES = 5
_LOG_SHARE = 0.8
_LOG_PREFIX = re.compile(
    r"^\s*[\[(<]?(?:"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}"  # 2024-05-01 12:00:03, 2024-05-01T12:00:03Z
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ T]\d{1,2}:\d{2}"  # 01/05/2024 12:00
    r"|\d{1,2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}"  # 01/May/2024:12:00:03
    r"|[A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}:\d{2}"  # syslog's "May  1 12:00:03"
    r"|\d{1,2}:\d{2}:\d{2}"  # a time alone
    r"|(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL|SEVERE)\b"
    r")"
)


def _is_log(lines: list[str]) -> bool:
    """True for a block of log records: `_LOG_LINES` lines or more, `_LOG_SHARE` of them starting with a time stamp
    or a log level (see `_LOG_PREFIX`)."""
    if len(lines) < _LOG_LINES:
        return False
    return sum(_LOG_PREFIX.match(line) is not None for line in lines) >= _LOG_SHARE * len(lines)


def _bulleted_items(lines: list[str]) -> list[tuple[BlockKind, str]]:
    """A block's lines as (kind, text): a lead-in before the first bullet is a paragraph, then one list item per
    bullet, its marker left out and the lines after it (wrapped or indented) its own."""
    parts: list[tuple[BlockKind, list[str]]] = []
    for line, end in zip(lines, _bullet_ends(lines), strict=True):
        if end is not None:
            parts.append(("list_item", [line[end:]]))
        elif parts:
            parts[-1][1].append(line)
        else:
            parts.append(("paragraph", [line]))
    return [(kind, "\n".join(part)) for kind, part in parts]


def _split_ruled_headings(chunk: str) -> list[str]:
    """`chunk` cut before and after each underlined heading it holds, when no blank line sets it apart."""
    lines = chunk.strip("\n").split("\n")
    parts: list[list[str]] = [[]]
    index = 0
    while index < len(lines):
        size = next((n for n in (3, 2) if _ruled_heading(lines[index : index + n]) is not None), 0)
        if size:
            parts.extend([lines[index : index + size], []])
            index += size
        else:
            parts[-1].append(lines[index])
            index += 1
    return ["\n".join(part) for part in parts if part]


# A plain-text FAQ (Usenet FAQs, a GNU project's doc/FAQ): each question on a line of its own, opened by its number
# ("Q3)", "A8)" in section A, "3.2)", "Q:", "1.1 What is it?"), its answer under it, the questions often listed first
# as contents, and its parts named "Section A:  The latest version". Read as prose, each question line was a sentence
# that outranked its own answer (it shares the asker's words) and was stored twice (contents and body); a section
# whose name ends in "?" was no heading. A document is a FAQ when `_FAQ_QUESTIONS` or more of its blocks open on a
# numbered question ending in "?"; the numbers written as those are (`_faq_shape`) open its other questions too.
_FAQ_QUESTION = re.compile(r"^\s*(Q\s?\d*(?:\.\d+)*[.):]|[A-Z]?\d+(?:\.\d+)*\)|\d+(?:\.\d+)+\.?)\s+\S")
_FAQ_ANSWER = re.compile(r"^\s*A\s?\d*(?:\.\d+)*:\s+(?=\S)")
_FAQ_SECTION = re.compile(r"^(?:Section|SECTION|Part|PART)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})[:.)]\s+\S.{0,100}$")
_FAQ_PART_NUMBER = re.compile(r"^(\d{1,2})\.?\s+[A-Za-z][^.!?:;,]{0,60}$")
_FAQ_QUESTIONS = 3
_FAQ_QUESTION_LINES = 3  # a question wraps over at most this many lines
_FAQ_ASKS = re.compile(r"\?[\"”’)]*$")


def _faq_shape(marker: str) -> str:
    """How a question's number is written: digits as 9, a section letter as X ("A8)" and "E4)" are "X9)")."""
    return re.sub(r"[A-PR-Z]", "X", re.sub(r"\d+", "9", marker.replace(" ", "")))


def _faq_part(line: str, chunks: list[str], index: int) -> bool:
    """True for a FAQ's part: "Section D:  Why does it do that?", or "1 Getting started" over question 1.1."""
    if _FAQ_SECTION.match(line):
        return True
    found = _FAQ_PART_NUMBER.match(line)
    return found is not None and _opens_subsection(chunks, index, found.group(1))


def _faq_question(lines: list[str]) -> tuple[str, int] | None:
    """(the number's shape, how many lines the question takes) when `lines` open on a FAQ's numbered question: up
    to the line that ends in "?" among the first `_FAQ_QUESTION_LINES`, or the whole block if that short."""
    found = _FAQ_QUESTION.match(lines[0])
    if not found:
        return None
    for count, line in enumerate(lines[:_FAQ_QUESTION_LINES], start=1):
        if count > 1 and (_FAQ_QUESTION.match(line) or _FAQ_ANSWER.match(line)):
            break
        if _FAQ_ASKS.search(line.rstrip()):
            return _faq_shape(found.group(1)), count
    if len(lines) <= _FAQ_QUESTION_LINES:
        return _faq_shape(found.group(1)), len(lines)
    return None


def _faq_shapes(chunks: list[str]) -> set[str]:
    """The shapes of a FAQ's question numbers (empty for a document that is no FAQ)."""
    asked: Counter[str] = Counter()
    for chunk in chunks:
        lines = [line for line in chunk.split("\n") if line.strip()]
        question = _faq_question(lines) if lines else None
        if question and _FAQ_ASKS.search(lines[question[1] - 1].rstrip()):
            asked[question[0]] += 1
    return {shape for shape, count in asked.items() if count >= _FAQ_QUESTIONS}


def _faq_entries(lines: list[str], shapes: set[str]) -> list[str] | None:
    """The questions of a FAQ's contents block (two or more, each perhaps wrapped), or None for another block."""
    entries: list[list[str]] = []
    for line in lines:
        found = _FAQ_QUESTION.match(line)
        if found and _faq_shape(found.group(1)) in shapes:
            entries.append([line.strip()])
        elif entries and not _FAQ_SECTION.match(line.strip()):
            entries[-1].append(line.strip())
        else:
            return None
    return ["\n".join(entry) for entry in entries] if len(entries) >= 2 else None


def plain_text(text: str, format_name: str = "text", notes: tuple[str, ...] = ()) -> ExtractedText:
    """Read plain text: blank-line separated paragraphs; headings underlined as Setext/reStructuredText write them."""
    manual = man_page_text(text, format_name, notes)
    if manual is not None:
        return manual
    builder = BlockBuilder()
    title: str | None = None
    line_number = 0
    chunks: list[str] = []
    # chunks cut out of a block without blank lines: a short line there is a heading only if it looks one
    cut: set[int] = set()
    rfc = looks_like_rfc(text)
    section_level = 1  # the level of the last numbered section heading
    for chunk in _PARAGRAPH_BREAK.split(unpaginate(mark_page_breaks(text), outline=True) if rfc else unpaginate(text)):
        if _is_log([line for line in chunk.split("\n") if line.strip()]):
            chunks.append(chunk)  # a log's lines are records, one unit each: never cut into paragraphs
            continue
        parts = [part for ruled in _split_ruled_headings(chunk) for part in _unbroken_paragraphs(ruled)]
        if len(parts) > 1:
            cut.update(range(len(chunks), len(chunks) + len(parts)))
        chunks.extend(parts)
    # A document with no block of prose (a short note) has no front matter: all its lines are its content. Before the
    # first prose, one-line blocks are title lines (a digest's headlines), kept as they are; headings come after it.
    prose_seen = not any(is_prose(chunk) for chunk in chunks)
    # One-line blocks by their words: a book's table of contents lists, before its first prose, the chapter names
    # that head the chapters later.
    one_liners = Counter(name_key(chunk) for chunk in chunks if chunk.strip() and "\n" not in chunk.strip("\n"))
    listed: set[str] = set()
    chapter_title = -1  # the block after a chapter's number, which may be its name
    faq = set() if rfc else _faq_shapes(chunks)  # a FAQ's question numbers, as they are written
    questions: set[int] = set()  # the blocks that are a FAQ's questions
    part_level, looked_at = 1, 0  # the last heading's level that is no question, among the blocks looked at
    rule_styles: list[str] = []
    for index, chunk in enumerate(chunks):
        block = chunk.strip("\n")
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        first_lines = line_number < _HEADER_LINES
        line_number += block.count("\n") + 2
        if _is_log(lines):
            for line in lines:
                builder.add("list_item", line.strip())  # a log record: one line, never joined to the next
            prose_seen = prose_seen or is_prose(block)
        elif faq and len(lines) == 1 and _faq_part(lines[0].strip(), chunks, index):
            builder.add("heading", block, level=2)  # "Section D:  Why does it do that?": a part of the FAQ
        elif faq and (entries := _faq_entries(lines, faq)):
            for entry in entries:
                builder.add("list_item", entry)  # the contents' questions, each one entry (see `contents_entries`)
        elif faq and (question := _faq_question(lines)) and question[0] in faq:
            asked, answer = lines[: question[1]], lines[question[1] :]
            following = _next_chunk(chunks, index).strip("\n").split("\n")[0]
            if answer or not (_FAQ_QUESTION.match(following) or _FAQ_SECTION.match(following.strip())):
                # the question heads its answer, as a section's name: it gives the answer's section path and is
                # never quoted as an answer of its own
                # one level below the last heading that is no question ("Section E:", "2 Keyboard"); only the blocks
                # added since the last question are looked at (all of them at every question was quadratic)
                for at in range(looked_at, len(builder.blocks)):
                    if builder.blocks[at].kind == "heading" and at not in questions:
                        part_level = builder.blocks[at].level
                level = min(part_level + 1, 6)
                looked_at = len(builder.blocks)
                questions.add(len(builder.blocks))
                builder.add("heading", "\n".join(asked), level=level)
                if answer:
                    builder.add("paragraph", _FAQ_ANSWER.sub("", "\n".join(answer), count=1))
                prose_seen = True
            else:
                builder.add("list_item", "\n".join(asked))  # a contents entry: meta when it names a later question
        elif faq and _FAQ_ANSWER.match(lines[0]):
            builder.add("paragraph", _FAQ_ANSWER.sub("", block, count=1))  # "A: ...": the answer, its mark no word
            prose_seen = True
        elif rfc and not prose_seen and not builder.blocks and is_header_block(lines):
            builder.add("meta", block)  # an RFC's header block: its series, authors and date (formats/rfc.py)
        elif (
            rfc
            and not prose_seen
            and title is None
            and builder.blocks
            and all(b.kind == "meta" for b in builder.blocks)
            and is_centred_title(lines)
        ):
            title = " ".join(line.strip() for line in lines)
            builder.add("heading", block, level=1)  # the RFC's title, centred under its header block
        elif ruled := _ruled_heading(lines):
            name, style = ruled
            if style not in rule_styles:
                rule_styles.append(style)  # as in reStructuredText, each new rule style is one level deeper
            if title is None and all(b.kind == "meta" for b in builder.blocks):
                title = name
            builder.add("heading", name, level=min(rule_styles.index(style) + 1, _RULED_LEVELS))
        elif first_lines and all(_HEADER_FIELD.match(line.strip()) for line in lines):
            found = _TITLE_FIELD.search(block)
            if found and title is None:
                title = found.group(1)
            builder.add("meta", block)
        elif not builder.blocks and len(lines) == 1 and looks_like_headline(lines[0]):
            title = title or lines[0].strip()
            builder.add("heading", block, level=1)
        elif (
            prose_seen
            and len(lines) == 1
            and (index not in cut or _CUT_HEADING.match(_NUMBER_FIRST.sub("", lines[0].strip())))
            and (level := numbered_heading_level(lines[0], chunks, index))
        ):
            builder.add("heading", block, level=level)
            section_level = level
        elif rfc and prose_seen and (usage := rfc_parts(lines, _next_chunk(chunks, index), section_level)) is not None:
            for kind, part, term, part_level in usage:
                builder.add(kind, part, level=part_level, term=term)  # a command's usage block (formats/rfc.py)
        elif (
            prose_seen
            and len(lines) <= _LEGAL_SECTION_LINES
            and (legal := _LEGAL_SECTION.match(" ".join(line.strip() for line in lines)))
            and index not in cut
        ):
            builder.add("heading", block, level=2 if legal.group("title") else 3)  # a section under its title
        elif (
            prose_seen
            and len(lines) == 1
            and (chapter := _CHAPTER_LINE.match(lines[0].strip()))
            and not _SENTENCE_NAME.match(chapter.group("name") or "")
            and index not in cut
        ):
            builder.add("heading", block, level=2)  # "CHAPTER II.", "CHAP. IV.": a book's chapter, its full stop too
            if not chapter.group("name"):
                chapter_title = index + 1
        elif prose_seen and len(lines) == 1 and _BARE_NUMBER.match(lines[0].strip()) and index not in cut:
            builder.add("heading", block, level=2)  # "216." over "TO ZMESKALL.": a letter's number, its name next
            chapter_title = index + 1
        elif (
            index == chapter_title
            and len(lines) == 1
            and len(lines[0].split()) <= _SECTION_HEADING_WORDS
            and not _LINE_GOES_ON.search(lines[0])
            and not _SPEECH.search(lines[0])
            # a name in capitals may stand over a letter's salutation ("TO TOBIAS HASLINGER." / "MY GOOD ADJUTANT,--")
            and (_opens_prose(chunks, index) or lines[0].upper() == lines[0])
        ):
            builder.add("heading", block, level=3)  # the chapter's name under its number ("Thames Darrell.")
        elif (
            prose_seen
            and len(lines) == 1
            and is_section_heading(lines[0])
            and _opens_prose(chunks, index)
            and (index not in cut or _CUT_HEADING.match(lines[0].strip()))
        ):
            builder.add("heading", block, level=2)
        elif sum(bool(_CONTENTS_LINE.search(line)) for line in lines) * 2 >= len(lines) >= 2:
            builder.add("meta", block)  # a table of contents with dot leaders: names and page numbers, said elsewhere
        elif _is_leader_table(lines):
            for row in _leader_rows(lines):
                builder.add("table_row", row)  # an account or a price list: each item with its figure, quotable
            prose_seen = True
        elif (
            not prose_seen
            and len(lines) == 1
            and (names_contents(block) or (one_liners[name_key(block)] > 1 and name_key(block) not in listed))
        ):
            listed.add(name_key(block))
            builder.add("meta", block)  # a table of contents: "Contents", then chapter names said again later
        elif (
            not prose_seen
            and len(lines) == 1
            and name_key(block) in listed
            and is_section_heading(lines[0])
            and _opens_prose(chunks, index)
        ):
            builder.add("heading", block, level=2)  # the first chapter, named in the contents, opens the text
        elif not prose_seen and len(lines) == 1 and _BYLINE.match(lines[0]):
            builder.add("meta", block)  # "By Henry David Thoreau" on a title page: who wrote it, not an answer
        elif not prose_seen and not is_prose(block) and (len(lines) > 1 or block.upper() == block):
            # an RFC's or a memo's header block in two columns ("Request for Comments: 6749     Microsoft") is
            # meta, not the title: the title is the line after it
            columns = _in_two_columns(lines)
            if title is None and not builder.blocks and not columns:
                title = " ".join(line.strip() for line in lines)  # "Sun Tzŭ / on / The Art of War"
            listed.update(name_key(line) for line in lines)  # perhaps a table of contents
            builder.add("meta", block)
        elif (
            not prose_seen
            and title is None
            and len(lines) == 1
            and looks_like_headline(lines[0])
            and all(b.kind == "meta" for b in builder.blocks)
        ):
            title = lines[0].strip()
            builder.add("heading", block, level=1)
        elif (
            not prose_seen
            and len(lines) == 1
            and lines[0].strip().lower() in _FRONT_SECTIONS
            and _opens_prose(chunks, index)
        ):
            builder.add("heading", block, level=2)  # "Abstract" before the first prose
        elif len(lines) >= _CONTENTS_LINES and all(is_section_heading(line) for line in lines):
            builder.add("meta", block)  # a table of contents: the headings' names, none of them said
        elif _is_grammar(lines) and not is_prose(block):
            builder.add("code", block)  # ABNF/BNF rules ("Max-Forwards = ..."): a grammar, never an answer
        elif _is_text_figure(block):
            builder.add("code", block)  # a diagram drawn in characters: its labels searchable, never a sentence
        elif entries := _section_entries(lines):
            for entry in entries:
                builder.add("list_item", entry)
            prose_seen = True
        elif _is_bulleted(lines):
            for kind, part in _bulleted_items(lines):
                builder.add(kind, part)
            prose_seen = True
        elif _is_line_list(lines):
            for line in lines:
                builder.add("list_item", line.strip())
        else:
            prose_seen = prose_seen or is_prose(block)
            builder.add("paragraph", block)
    return builder.build(format_name, title, notes)


# A manual page rendered to text (`man htpasswd > htpasswd.txt`): a header line "HTPASSWD(1)  htpasswd  HTPASSWD(1)",
# section names at the margin (NAME, SYNOPSIS, OPTIONS) with their text indented under them without a blank line,
# subsections indented 3, options as tagged paragraphs (the tag, then its text indented deeper), words hyphenated at
# line ends with U+2010 (groff's hyphen in UTF-8), and a footer line ending as the header does. Read as plain text the
# section names ran into the prose ("SUMMARY htpasswd is used ...") and words were cut ("If ht‐ passwd cannot").
_MAN_HEADER = re.compile(r"^([\w.:+-]+\([0-9][\w]*\))\s{2,}.*?\1\s*$")
_MAN_SECTION = re.compile(r"^[A-Z][A-Z0-9 ,/&'-]*$")
_MAN_SUBSECTION_INDENT = 3
_MAN_HYPHEN = "\u2010"


def man_page_text(text: str, format_name: str = "text", notes: tuple[str, ...] = ()) -> ExtractedText | None:
    """A rendered manual page's sections, tagged options and paragraphs; None when `text` is not one."""
    # `man ls | col -b` writes runs of spaces as tabs (a tagged paragraph's text indented "\t      "): indents are
    # measured, and text shown, with the tabs set out as the terminal showed them
    lines = text.expandtabs().split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    header = _MAN_HEADER.match(lines[first].strip())
    if header is None or not any(line.rstrip() == "NAME" for line in lines[first + 1 : first + 6]):
        return None
    last = max(i for i, line in enumerate(lines) if line.strip())
    footer = last if last > first and lines[last].rstrip().endswith(header.group(1)) else None
    builder = BlockBuilder()
    builder.add("meta", lines[first])
    section = ""
    title: str | None = None
    chunk: list[str] = []

    def flush() -> None:
        nonlocal title
        if not chunk:
            return
        indents = [len(line) - len(line.lstrip()) for line in chunk]
        tagged = (len(indents) > 1 and min(indents[1:]) > indents[0]) or bool(_MAN_TAG.match(chunk[0]))
        joined = _man_join([line.strip() for line in chunk])
        chunk.clear()
        if section == "SYNOPSIS":
            builder.add("code", joined)  # the command's forms: its options searchable, not an answer
        elif section == "NAME":
            title = title or joined
            builder.add("paragraph", joined)  # "htpasswd - Manage user files for basic authentication"
        elif tagged:
            builder.add("list_item", joined)  # a tagged paragraph: an option and what it does
        else:
            builder.add("paragraph", joined)

    for index in range(first + 1, (footer if footer is not None else last + 1)):
        line = lines[index].rstrip()
        indent = len(line) - len(line.lstrip())
        if not line:
            flush()
        elif indent == 0 and _MAN_SECTION.match(line):
            flush()
            section = line
            builder.add("heading", line, level=2)
        elif indent == _MAN_SUBSECTION_INDENT and not _PROSE_LINE.search(line):
            flush()
            builder.add("heading", line.strip(), level=3)
        else:
            chunk.append(line)
    flush()
    if footer is not None:
        builder.add("meta", lines[footer])
    return builder.build(format_name, title, notes)


# An option's tag with its text on the same line after a gap ("-b     Use batch mode; ...").
_MAN_TAG = re.compile(r"^\s+-\S*(?: \S+)?\s{2,}\S")


def _man_join(lines: list[str]) -> str:
    """Lines of one paragraph joined; a word hyphenated at a line end (U+2010 before a lower-case letter) made whole."""
    joined = ""
    for line in lines:
        if joined.endswith(_MAN_HYPHEN) and joined[-2:-1].isalpha() and line[:1].islower():
            joined = joined[:-1] + line
        else:
            joined = f"{joined}\n{line}" if joined else line
    return joined


# Text copied out of a PDF or a printed web page keeps its line wraps but no blank line between paragraphs
# (unstructured's norwich-city.txt: a Wikipedia article, 742 lines, not one blank): read as one block, every sentence
# was "paragraph 1" and the infobox's lines ("Full name Iwan Wyn Roberts", "Date of birth 26 June 1968") ran into one
# 300-character sentence. A block of this many lines or more, mostly flush left, is cut as a PDF's lines are: after
# a line ending a sentence that is shorter than a full line, and around a short line with a word that ends no sentence
# (a field, a heading).
_UNBROKEN_LINES = 40
_FOOTNOTE_START = re.compile(r"^\[\d+\]")
# A heading there: a few capitalised words without punctuation ("Early life", "Club career"), not a line of prose cut
# short by the layout beside it ("In the semi-final, Leicester drew 0-0 with Stoke City").
_NUMBER_FIRST = re.compile(r"^[\d.]+\s+")
_CUT_HEADING = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}$")
_FULL_LINE_SHARE = 0.85
_SHORT_LINE_SHARE = 0.5
_LINE_END_SENTENCE = re.compile(r"[.!?][\"”’)\]]*(?:\[\d+\])*$")
_LINE_GOES_ON = re.compile(r"[,;:(\-–—]$|\[\d+\]$|\b(?:and|or|of|the|a|an|to|in|for|with|by)$")


def _unbroken_paragraphs(chunk: str) -> list[str]:
    lines = chunk.strip("\n").split("\n")
    if len(lines) < _UNBROKEN_LINES or sum(line[:1].isspace() for line in lines) * 2 > len(lines):
        return [chunk]  # short, or laid out with indents (an RFC's grammar, code): its lines mean what they are
    width = sorted(len(line.rstrip()) for line in lines)[int(len(lines) * 0.9)]
    parts: list[list[str]] = [[]]
    broken = True  # the line before ended a block
    for line in lines:
        text = line.strip()
        if _FOOTNOTE_START.match(text) and len(parts) > 1 and not parts[-1]:
            parts.pop()  # "[10] Having made ...": the mark ends the sentence before, wrapped onto this line
        ends = bool(_LINE_END_SENTENCE.search(text)) and len(text) < _FULL_LINE_SHARE * width
        # a field or heading: a short line that ends no sentence, after a block's end or starting with a capital
        # (not "18,[5]", the end of a sentence wrapped after its footnote mark)
        alone = (
            len(text) < _SHORT_LINE_SHARE * width
            and any(ch.isalnum() for ch in text)
            and not _FOOTNOTE_START.match(text)
            and not _LINE_END_SENTENCE.search(text)
            and not _LINE_GOES_ON.search(text)
            and (broken or text[:1].isupper())
        )
        if alone and parts[-1]:
            parts.append([])
        parts[-1].append(line)
        broken = ends or alone
        if broken:
            parts.append([])
    return ["\n".join(part) for part in parts if part]


# A title page's byline ("By Henry David Thoreau", "Translated by Lionel Giles"): a short line naming who wrote it.
_BYLINE = re.compile(r"^\s*(?:(?:written|translated|edited|illustrated)\s+)?by\s+[A-Z][^.!?]{2,60}$", re.IGNORECASE)


# A book's chapter line, its number in words, Roman or Arabic figures, with the full stop Gutenberg's books often
# give it ("CHAPTER II.", "CHAP. IV.", "Book the First.", "LETTER 3"), perhaps followed by a short name.
_CHAPTER_LINE = re.compile(
    r"(?:CHAPTER|Chapter|CHAP\.|Chap\.|BOOK|Book|PART|Part|LETTER|Letter|STAVE|Stave|CANTO|Canto|EPOCH|Epoch)"
    r"\s+(?:[IVXLC]+|\d{1,3}|(?:the\s+)?[A-Z][a-z]+|THE\s+[A-Z]+|[A-Z]+)\b\.?(?:\s*[-:.\u2014]?\s*(?P<name>\S.{0,60}))?$"
)
# A number alone on its line, with a full stop, in a book: a letter's or a section's ("216." over "TO ZMESKALL." in
# Beethoven's letters, "XII."), read as a one-word sentence before.
_BARE_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,7})\.$")
# A name starting in lower case makes the line a sentence about a chapter ("Chapter 119 of title 18, United States
# Code, is amended--"), not a chapter's heading.
_SENTENCE_NAME = re.compile(r"^[a-z]")
# A law's or a contract's section heading, numbered and named in capitals with a full stop ("SEC. 101.
# COUNTERTERRORISM FUND.", "SECTION 1. SHORT TITLE.", "ARTICLE IV. TERMINATION."), perhaps wrapped onto a second
# line, and a law's title ("TITLE III--INTERNATIONAL MONEY LAUNDERING" / "ABATEMENT ... ACT OF 2001"): read as prose,
# a section's was two "sentences", its label and its name, and a wrapped title no heading at all.
_LEGAL_SECTION = re.compile(
    r"(?:(?P<title>TITLE|DIVISION)\s+(?:[IVXLC]+|\d{1,3})(?:--|\u2014)|(?:SECTION|SEC\.|ARTICLE|ART\.)\s+"
    r"(?:\d{1,4}[A-Z]?|[IVXLC]+)\.?\s+)(?=[^a-z]*[A-Z])[^a-z\s][^a-z]{0,240}$"
)
_LEGAL_SECTION_LINES = 4
# A law's table of contents, one line a section ("Sec. 101. Counterterrorism fund."), a long name wrapped onto an
# indented line: each entry an item of its own, so that the entries naming a section further on are found as
# contents (`contents_entries`) rather than run together into a paragraph, each cut in two at its number's stop.
_SECTION_ENTRY = re.compile(r"^(?:Sec\.|SEC\.|Section|SECTION|Article|ARTICLE)\s+(?:\d{1,4}[A-Z]?|[IVXLC]+)\.\s")


def _section_entries(lines: list[str]) -> list[str] | None:
    """The entries of a block that is a law's table of contents (`_SECTION_ENTRY`), or None for any other block."""
    entries: list[list[str]] = []
    for line in lines:
        if _SECTION_ENTRY.match(line):
            entries.append([line])
        elif entries and line[:1].isspace():
            entries[-1].append(line)
        else:
            return None
    return ["\n".join(entry) for entry in entries] if len(entries) >= 2 else None


# A chapter's first line that is speech, not its name ('Said I: "How do you manage ...?"').
_SPEECH = re.compile(r"[\"\u201c\u201d?!]")


def _is_leader_table(lines: list[str]) -> bool:
    """True for a block of two or more rows, most of them an item, a dot leader and its figure: an account, a price
    list (a table of contents, whose figures are page numbers, is told apart before)."""
    leaders = sum(bool(_DOT_LEADER.search(line)) for line in lines)
    return leaders >= 2 and leaders * 2 >= len(lines)


def _leader_rows(lines: list[str]) -> list[str]:
    """A leader table's rows: each line with a leader ends one, taking the lines before it that have none (an item's
    name wrapped onto two lines); a rule line before a total is decoration; lines after the last leader are a row."""
    rows: list[list[str]] = [[]]
    for line in lines:
        if _RULE_LINE.match(line):
            continue
        rows[-1].append(line.strip())
        if _DOT_LEADER.search(line):
            rows.append([])
    return ["\n".join(row) for row in rows if row]


# A figure drawn with characters (RFC 6749's "+--------+ |--(A)- Authorization Request ->|", RFC 2616's "request
# chain -------> UA ----v---- O"): at least this share of its visible characters are neither letters nor digits.
_FIGURE_SYMBOLS = 0.5
_FIGURE_MIN_CHARS = 20


def _is_text_figure(block: str) -> bool:
    visible = "".join(block.split())
    symbols = sum(not ch.isalnum() for ch in visible)
    return len(visible) >= _FIGURE_MIN_CHARS and symbols >= _FIGURE_SYMBOLS * len(visible)


# A grammar rule's first line, ABNF or BNF ("Max-Forwards   = "Max-Forwards" ":" 1*DIGIT", "<digit> ::= ..."):
# a name at the line's start (`<">` in RFC 2616), then "=", "=/", ":=" or "::=" (its definition may go on below).
_GRAMMAR_RULE = re.compile(r"^(?:<[^<>\s]+>|[^\W\d][\w.-]*)\s*(?:::=|:=|=/|=)(?!=)")


def _is_grammar(lines: list[str]) -> bool:
    """True for a block of grammar rules: each line opens a rule at the block's indent, or goes on the rule above it
    indented deeper (as ABNF's continuation lines are)."""
    indent = len(lines[0]) - len(lines[0].lstrip())
    for line in lines:
        depth = len(line) - len(line.lstrip())
        if depth < indent or (depth == indent and not _GRAMMAR_RULE.match(line.lstrip())):
            return False
    return True


def numbered_heading_level(line: str, chunks: list[str], index: int) -> int:
    """The level of a numbered section heading ("1.  Introduction" 2, "4.1.  Overview" 3) standing as block `index`
    of `chunks`, or 0 for any other line."""
    line = line.strip()
    found = _NUMBERED_HEADING.match(line)
    name = found.group(1) if found else ""
    # "142. _UNLOAD._": a numbered paragraph's first sentence, in emphasis marks, not a section's name
    if not found or not _names_a_section(name) or name.rstrip("_*").endswith(_NOT_HEADING_END):
        return 0
    if _CONTENTS_LINE.search(line):
        return 0
    number = line[: found.start(1)].split()
    parts = [part for part in number[-1].split(".") if part]
    words = [word.strip("\"'“”‘’()") for word in name.split()]
    # a number of one part may be a numbered verse or list item ("2. Two" / "a. Three", one per line in an RTF list):
    # its name must be capitalised word by word, and it must open prose
    capitalised = all(word[:1].isupper() or not word[:1].isalpha() or _SMALL_WORD.match(word) for word in words)
    if len(parts) == 1 and not (
        capitalised and (_opens_prose(chunks, index) or _opens_subsection(chunks, index, parts[0]))
    ):
        return 0
    return min(1 + numbering_depth(".".join(parts)), 6)


# Text laid out in pages (RFCs, manuals printed to text): pages end at a form feed, and the first and last lines of
# each are a running header and footer ("RFC 2616    HTTP/1.1    June 1999", "Fielding, et al.  Standards Track
# [Page 5]"). A line is furniture when, with its digits and spaces evened out, it stands first (or last) on this
# share of the pages or more.
_PAGES_MIN = 3
_FURNITURE_SHARE = 0.5
_FURNITURE_LINES = 2  # lines of a header (or a footer) at most
_DIGITS = re.compile(r"\d+")
# A page's last line that ends a sentence (or a lead-in's colon): the next page starts a paragraph of its own.
_PAGE_SENTENCE_END = re.compile(r"[.!?:][\"”’)\]]*$")
# The U.S. Government Publishing Office's text editions (laws, bills, the Federal Register, the Congressional Record
# on govinfo.gov) mark where each printed page starts with a line of its own, "[[Page 115 STAT. 272]]", often in the
# middle of a paragraph: a page break, not text (read as text it was two "sentences", "[[Page 115 STAT." and "272]]").
_PAGE_MARKER_LINE = re.compile(r"^[ \t]*\[\[Page [^\[\]\n]{1,40}\]\][ \t]*$", re.MULTILINE)
# The same editions print the margin's notes inside the text, "(a) Short <<NOTE: 18 USC 1 note.>> Title.--This Act
# ...": an editor's cross-reference or catchword, not the law's words, and it cut the sentence it stands in.
_MARGIN_NOTE = re.compile(r"[ \t]?<<NOTE:[^<>]{0,400}>>")


def unpaginate(text: str, outline: bool = False) -> str:
    """The text without its running headers and footers, a paragraph cut by a page break joined again; text with
    fewer than `_PAGES_MIN` form-feed pages is returned as it is. In an `outline` (an RFC: its body indented, its
    numbered headings at the margin), a page that opens on a numbered heading, or less deep than the line before it
    (the next item's name, "body subtype" after "[MIME-IMB]."), opens a block of its own."""
    text = _MARGIN_NOTE.sub("", _PAGE_MARKER_LINE.sub("\f", text))
    pages = [page.split("\n") for page in text.split("\f")]
    if len(pages) < _PAGES_MIN:
        return text

    def key(line: str) -> str:
        return _DIGITS.sub("#", collapse_space(line).strip())

    def edge(lines: list[str], last: bool) -> int | None:
        order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
        return next((i for i in order if lines[i].strip()), None)

    # a header may take two lines (RFC 959's "RFC 959   October 1985" over "File Transfer Protocol"): the lines at
    # the pages' edges once the furniture is taken off are looked at again
    for _ in range(_FURNITURE_LINES):
        furniture: set[str] = set()
        for last in (False, True):
            counts: dict[str, int] = {}
            for lines in pages:
                at = edge(lines, last)
                if at is not None:
                    counts[key(lines[at])] = counts.get(key(lines[at]), 0) + 1
            furniture |= {k for k, n in counts.items() if n >= 2 and n >= _FURNITURE_SHARE * len(pages)}
        stripped: list[list[str]] = []
        for lines in pages:
            for last in (False, True):
                at = edge(lines, last)
                if at is not None and key(lines[at]) in furniture:
                    lines = lines[:at] + lines[at + 1 :]
            stripped.append(lines)
        pages = stripped
        if not furniture:
            break
    bodies: list[list[str]] = []
    for lines in pages:
        while lines and not lines[0].strip():
            lines = lines[1:]
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        if lines:
            bodies.append(lines)
    joined: list[str] = []
    for lines in bodies:
        if joined:
            # a next page that starts in lower case, or at the same indent after a line that ends mid-sentence,
            # continues the paragraph ("1.  Introduction" after the contents' last line does not)
            before, after = joined[-1].rstrip(), lines[0]
            before_indent, after_indent = len(before) - len(before.lstrip()), len(after) - len(after.lstrip())
            continues = after.lstrip()[:1].islower() or (
                before_indent == after_indent and not _PAGE_SENTENCE_END.search(before)
            )
            if outline and (
                after_indent < before_indent or (not after[:1].isspace() and _NUMBERED_HEADING.match(after.strip()))
            ):
                continues = False
            if not continues:
                joined.append("")
        joined.extend(lines)
    return "\n".join(joined)


def _in_two_columns(lines: list[str]) -> bool:
    """True for a header block laid out in two columns: 2+ lines with both, most lines two-column or right-aligned
    (the right column alone: "                                                  P. Leach")."""
    both = sum(bool(_TWO_COLUMNS.search(line.strip())) for line in lines)
    right = sum(len(line) - len(line.lstrip()) >= _RIGHT_COLUMN for line in lines)
    return both >= 2 and (both + right) * 2 > len(lines)


def _next_chunk(chunks: list[str], index: int) -> str:
    """The next non-blank block after `index`, or "" at the end. Read in place: a copy of the rest (`chunks[index +
    1 :]`) at every block made a 20 MB RFC's reading quadratic (over five minutes)."""
    return next((chunks[at] for at in range(index + 1, len(chunks)) if chunks[at].strip()), "")


def _opens_subsection(chunks: list[str], index: int, number: str) -> bool:
    """True when the next non-blank block after `index` is the first subsection of section `number` ("1 Introduction"
    then "1.1 Purpose")."""
    following = _next_chunk(chunks, index).strip()
    return bool(following) and bool(re.match(rf"{re.escape(number)}\.1\.?\s+\S", following))


def _opens_prose(chunks: list[str], index: int) -> bool:
    """True when the next non-blank block after `index` is prose or a block of several lines (a heading opens text;
    one-line headlines listed one after another, as in a news digest, are its content)."""
    following = _next_chunk(chunks, index)
    lines = [line for line in following.split("\n") if line.strip()]
    return bool(lines) and (len(lines) > 1 or is_prose(following))


def is_prose(block: str) -> bool:
    """True for a block that reads as prose: it ends like a sentence and has `_PROSE_WORDS` words or more."""
    return len(block.split()) >= _PROSE_WORDS and bool(_PROSE_LINE.search(block.rstrip()))


def is_section_heading(line: str) -> bool:
    """True for a one-line block that names a section rather than saying something (see `_SECTION_HEADING_WORDS`)."""
    line = line.strip()
    return looks_like_headline(line) and not _VERSE_NUMBER.match(line) and _names_a_section(line)


def _names_a_section(name: str) -> bool:
    words = name.split()
    return (
        len(words) <= _SECTION_HEADING_WORDS
        and not name.endswith(_NOT_HEADING_END)
        and not _CODE_MARK.search(name)
        # "Figure 1: Abstract Protocol Flow" names a picture, not a section
        and not opens_with_set_off_figure_label(name)
        and (len(words) == 1 or words[-1].lower() not in _DANGLING_WORDS)
        and any(ch.isalpha() for ch in name)
    )


# striprtf writes "|" for \cell and a line break for \row, and nothing for \trowd or \intbl, so a cell holding "|"
# or a paragraph break cannot be told from the table's own structure in its output. Before striprtf runs, these
# control words are replaced by marker characters it passes through as text (Unicode noncharacters: latin-1 decoded
# source holds none, and no writer escapes them). Each follows an empty group "{}", which ends any \uN fallback skip,
# so the marker is never swallowed; one inside an ignored destination (a style sheet's \intbl) is dropped with it.
_ROW_START = "\ufdd0"  # \trowd (a row's definition) or \intbl (a paragraph in a table): a row's cells follow
_CELL_END = "\ufdd1"  # \cell
_ROW_END = "\ufdd2"  # \row
_MARKERS = {"trowd": _ROW_START, "intbl": _ROW_START, "cell": _CELL_END, "row": _ROW_END}
# An escaped backslash is matched (and kept) first, so "\\row" in the text is not a control word; a control word
# ends at its first non-letter (\cellx is another word) and takes one space after it as its delimiter.
_TABLE_WORD = re.compile(r"\\\\|\\(trowd|intbl|cell|row)(?![a-zA-Z])(?:-?\d+)? ?")
_MARKER = re.compile(f"[{_ROW_START}{_CELL_END}{_ROW_END}]")


def rtf_text(data: bytes) -> ExtractedText:
    """Read RTF through striprtf (BSD-3, pure Python): each RTF paragraph (one line of its output) is a paragraph,
    each table row (\\trowd ... \\cell ... \\row) a table row, its cells joined by CELL_SEPARATOR."""
    from striprtf.striprtf import rtf_to_text

    source = data.decode("latin-1")  # RTF is 7-bit; \'xx escapes and \uN carry the other characters
    source = _drop_hidden_text(source)
    source, notes = _take_notes(source)
    source = _TABLE_WORD.sub(_mark_table_word, source)
    try:
        text: str = rtf_to_text(source, errors="replace")  # type: ignore[no-untyped-call]
        texts: list[str] = []
        for note in notes:
            shown: str = rtf_to_text("{\\rtf1 " + note + "}", errors="replace")  # type: ignore[no-untyped-call]
            texts.append(collapse_space(shown).strip())
    except (ValueError, IndexError) as error:
        raise UnreadableDocument("damaged RTF") from error
    text = _place_notes(text, texts)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _MARKER.sub("", text).strip():
        raise UnreadableDocument("RTF with no text")
    lines, rows = _rtf_lines_and_rows(text)
    # striprtf ends each \par with one newline: a paragraph per line, tab-separated cells kept as they are.
    extracted = plain_text("\n\n".join(lines), "rtf")
    if not rows:
        return extracted
    # Table rows go in among plain_text's blocks (one per line, in order), so its title and heading rules read the
    # paragraphs as before and never take a row for a title.
    if len(extracted.blocks) != len(lines):
        logger.warning("RTF: %d blocks for %d lines; table rows may be out of place", len(extracted.blocks), len(lines))
    builder = BlockBuilder()
    row_index = 0
    for index, block in enumerate(extracted.blocks):
        while row_index < len(rows) and rows[row_index][0] <= index:
            builder.add("table_row", CELL_SEPARATOR.join(rows[row_index][1]))
            row_index += 1
        builder.add(block.kind, extracted.block_text(block), level=block.level, page=block.page)
    for _, cells in rows[row_index:]:
        builder.add("table_row", CELL_SEPARATOR.join(cells))
    return builder.build("rtf", extracted.title, extracted.notes)


# A footnote or endnote ({\\footnote ...}), which striprtf drops with its text, is taken out before it runs and left
# as a marker (after "{}", as the table markers are) and the note's number in a private-use plane; its text then
# follows the paragraph that cites it, as DOCX, ODT and AsciiDoc notes do, or stands in the cell that cites it.
_NOTE_MARK = "\ufdd3"
_NOTE_NUMBER = 0xF0000
_MAX_NOTES = 0xFFFE  # the numbers U+F0000 to U+FFFFD
_NOTE_START = re.compile(r"\{\\footnote(?![a-zA-Z])")
_PLACED_NOTE = re.compile(f"{_NOTE_MARK}([\U000f0000-\U000ffffd])")


def _take_notes(source: str) -> tuple[str, list[str]]:
    """The RTF with each footnote group replaced by its marker, and the groups' contents in order."""
    notes: list[str] = []
    parts: list[str] = []
    position = 0
    for start in _NOTE_START.finditer(source):
        if start.start() < position:
            continue  # a note inside a note: read with it
        if len(notes) == _MAX_NOTES:
            break  # the rest are dropped by striprtf, as before
        depth, index = 0, start.start()
        while index < len(source):
            char = source[index]
            if char == "\\":
                index += 2
                continue
            depth += {"{": 1, "}": -1}.get(char, 0)
            index += 1
            if depth == 0:
                break
        parts.append(source[position : start.start()])
        parts.append("{}" + _NOTE_MARK + chr(_NOTE_NUMBER + len(notes)))
        notes.append(source[start.end() : index - 1])
        position = index
    parts.append(source[position:])
    return "".join(parts), notes


def _place_notes(text: str, notes: list[str]) -> str:
    """striprtf's output with each note's marker replaced: the note's text on a line after the marker's paragraph,
    or in its place within a table's cell."""
    if not notes:
        return text

    def note(found: re.Match[str]) -> str:
        number = ord(found.group(1)) - _NOTE_NUMBER
        return notes[number] if number < len(notes) else ""

    lines: list[str] = []
    for line in text.split("\n"):
        cited: list[str] = []
        if _MARKER.search(line) is not None:  # in a table: in the cell, in the marker's place
            line = _PLACED_NOTE.sub(lambda found: f" {note(found)}", line)
        else:  # on a line after the paragraph
            cited = [note(found) for found in _PLACED_NOTE.finditer(line)]
        lines.append(_PLACED_NOTE.sub("", line))
        lines.extend(shown for shown in cited if shown)
    return "\n".join(lines)


# RTF's hidden text: \v turns it on up to \v0, \plain or the end of the group (striprtf keeps it as text).
_HIDDEN_WORD = re.compile(r"\\v(?![a-zA-Z])")
_RTF_TOKEN = re.compile(r"\\(?:([a-zA-Z]+)(-?\d+)? ?|'[0-9a-fA-F]{2}|.)|[{}]|[^\\{}]+", re.DOTALL)


def _drop_hidden_text(source: str) -> str:
    """The RTF without its hidden text (\\v): the characters go, control words and groups stay (a hidden
    paragraph's \\par leaves an empty line)."""
    if not _HIDDEN_WORD.search(source):
        return source
    kept: list[str] = []
    hidden = False
    outer: list[bool] = []  # the hidden state of each enclosing group
    for match in _RTF_TOKEN.finditer(source):
        token = match.group(0)
        word = match.group(1)
        if token == "{":
            outer.append(hidden)
        elif token == "}":
            hidden = outer.pop() if outer else False
        elif word == "v":
            hidden = match.group(2) != "0"
            continue
        elif word == "plain":
            hidden = False
        elif hidden and (word is None or word == "u"):  # text, \'xx, control symbols, \uN: a hidden character
            continue
        kept.append(token)
    return "".join(kept)


def _mark_table_word(match: re.Match[str]) -> str:
    word = match.group(1)
    return match.group(0) if word is None else "{}" + _MARKERS[word]


def _rtf_lines_and_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Split striprtf's marked output into paragraph lines (non-blank) and table rows: (number of lines before the
    row, its non-empty cells with white space collapsed)."""
    lines: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    cells: list[str] = []  # the cells of the row being read
    pending = ""  # text since the last cell or row end
    for piece in re.split(f"([{_CELL_END}{_ROW_END}])", text):
        if piece == _CELL_END:
            if not cells:
                # the row's first cell: what came before its \trowd or \intbl (or, with neither, before its last
                # line break) is text outside the table
                before, cell = _split_row_start(pending)
                _add_lines(lines, before)
                pending = cell
            cells.append(pending)
            pending = ""
        elif piece == _ROW_END:
            if cells:
                cells.append(pending)  # text between the last \cell and \row is a cell too (usually empty)
                _add_row(rows, len(lines), cells)
                cells, pending = [], ""
        else:
            pending += piece
    if cells:  # a row never closed by \row: its cells are still a row
        cells.append(pending)
        _add_row(rows, len(lines), cells)
    else:
        _add_lines(lines, pending)
    return lines, rows


def _split_row_start(pending: str) -> tuple[str, str]:
    """Text before a table row and the first cell's text, cut at the row's first start marker."""
    at = pending.find(_ROW_START)
    if at < 0:
        at = pending.rfind("\n") + 1
    return pending[:at], pending[at:]


def _add_row(rows: list[tuple[int, list[str]]], lines_before: int, cells: list[str]) -> None:
    # empty cells are left out, as the other formats' readers do
    row = [cell for cell in (collapse_space(_MARKER.sub("", c)).strip() for c in cells) if cell]
    if row:
        rows.append((lines_before, row))


def _add_lines(lines: list[str], text: str) -> None:
    lines.extend(line for line in _MARKER.sub("", text).split("\n") if line.strip())
