"""Plain-text specifications laid out as IETF RFCs and Internet-Drafts: page breaks, usage blocks, reply-code lists.

An RFC as text (RFC 959, 3501, 5321, 2822 were read to write these rules) sets its body three spaces in, its numbered
section headings at the margin ("4.2.2.  Reply Codes by Function Groups"), and inside a section a command's usage as
small indented blocks: a label and what it labels ("Syntax" over "  MODE READER", "Result:     OK - completed" over
"            BAD - command unknown"), a list of reply codes ("   250  Requested mail action okay, completed"), and
exchanges between client and server ("C: A023 LOGOUT" / "S: * BYE ..."). Read as prose, those were one-line "headings"
("Indicating capability: READER" over the subsection after it), and a reply-code list one run-on "sentence".
Copies with their form feeds taken out keep the footer "Crispin   Standards Track   [Page 24]" and the header "RFC 3501
IMAPv4   March 2003" of every page; those lines mark the page breaks.
"""

from __future__ import annotations

import re

from retrieval.ingest.structure import BlockKind

# The first lines of an RFC or a draft name its series ("Request for Comments: 5321", "Internet-Draft", "Network
# Working Group", "Internet Engineering Task Force (IETF)") in its header block.
_SERIES = re.compile(
    r"^(?:Request for Comments|Internet[- ]Draft|INTERNET[- ]DRAFT|Network Working Group|Internet Engineering Task "
    r"Force)\b",
    re.MULTILINE,
)
_SERIES_CHARS = 2000
# An RFC's page footer: the authors, perhaps the track or the expiry date, then "[Page N]" at the right margin.
_PAGE_FOOTER = re.compile(r"^[ \t]*\S[^\n]*?[ \t]\[Page \d+\][ \t]*$", re.MULTILINE)
_FOOTERS_MIN = 3


def looks_like_rfc(text: str) -> bool:
    """True for text laid out as an RFC: its header names the series, or `_FOOTERS_MIN` page footers end its pages."""
    return bool(_SERIES.search(text[:_SERIES_CHARS])) or len(_PAGE_FOOTER.findall(text)) >= _FOOTERS_MIN


def is_header_block(lines: list[str]) -> bool:
    """True for an RFC's header block ("Network Working Group   J. Klensin" / "Request for Comments: 5321   October
    2008" / "Category: Standards Track"): its series, authors and dates, never its title."""
    return any(_SERIES.match(line) for line in lines)


# The title under the header block, centred ("                 Simple Mail Transfer Protocol"), on a line or two.
_TITLE_INDENT = 8
_TITLE_LINES = 2


def is_centred_title(lines: list[str]) -> bool:
    """True for an RFC's title: a line or two set well in from the margin, ending no sentence ("FILE TRANSFER PROTOCOL
    (FTP)", in capitals, was a title page's line and "Status of this Memo" the title)."""
    return (
        len(lines) <= _TITLE_LINES
        and all(_indent(line) >= _TITLE_INDENT for line in lines)
        and not lines[-1].rstrip().endswith(_SYNTAX_END)
        and any(ch.isalpha() for ch in lines[0])
    )


def mark_page_breaks(text: str) -> str:
    """`text` with a form feed after each RFC page footer, when its form feeds were taken out (a copy saved from a web
    page or an editor): unpaginated then as any paged text. Text with its form feeds, or fewer than `_FOOTERS_MIN`
    footers, is returned as it is."""
    if text.count("\f") >= _FOOTERS_MIN - 1 or len(_PAGE_FOOTER.findall(text)) < _FOOTERS_MIN:
        return text
    return _PAGE_FOOTER.sub(lambda found: found.group(0) + "\n\f", text)


# A reply code and its meaning, as SMTP, FTP, NNTP and POP list them ("250  Requested mail action okay, completed",
# "211 number low high group     Group successfully selected", "110 Restart marker reply."): three digits, the first
# 1 to 5, a space or a hyphen, then text.
_REPLY_CODE = re.compile(r"^[1-5]\d\d(?:[ -]\s*\S|$)")
# A status and its meaning ("OK - capability completed", "BAD - command unknown", POP3's "+OK name is a valid
# mailbox" and "-ERR never heard of mailbox name").
_STATUS = re.compile(r"^(?:[A-Z]{2,}\s+-\s+\S|[+-][A-Z]{2,}\b)")
# A line of a client/server exchange ("C: A001 LOGIN ...", "S: * OK", "[C] GROUP misc.test").
_TRANSCRIPT = re.compile(r"^(?:[CS]:|\[[CS]\])(?:\s|$)")
# A command's syntax on a line of its own: a command word in capitals, then its arguments ("MODE STREAM", "XINDEX ggg",
# "AUTHINFO USER username", "LIST ACTIVE [wildmat]"), no clause: no word ends with punctuation ("REQUIRED untagged
# response: CAPABILITY" is a sentence), no grammar rule's "=".
_SYNTAX = re.compile(r"^[A-Z][A-Z0-9]{2,}(?:[-_][A-Z0-9]+)*(?:\s+[^\s=]*[^\s=.,;:!?]){0,6}$")
_SYNTAX_END = tuple(".,;:!?")
_FUNCTION_WORDS = frozenset({"a", "an", "the", "is", "are", "was", "be", "to", "of", "in", "on", "for", "and", "with"})
# A label over (or before) what it labels: a few words, capitalised, perhaps a colon ("Syntax", "Responses",
# "Possible Responses:", "Result:", "Example:").
_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:?$")
_LABEL_VALUE = re.compile(r"^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:)(\s+)(\S.*)$")
# A parameter and its meaning in two columns ("group     Name of newsgroup"), under a label.
_PARAMETER = re.compile(r"^\S+(?: \S+){0,3} {2,}\S")
# An indented one-line block over a block set deeper is the name of what that block says ("ASCII" over its
# definition, "USER NAME (USER)" over the command's description): a heading of this many words at most.
_NAME_WORDS = 8
_NAME_DEPTH = 8  # how much deeper than its name that block is set (a caption is centred further in)
_SYMBOLS = re.compile(r"[=<>|{}*]")  # a grammar's rule, an exchange's arrows ("I: 354 -> data -> S: 250")
_COLUMNS = re.compile(r"\S {3,}\S")  # a table's header or a figure's labels, side by side
_MAX_LEVEL = 6

# A line opening on a number and a gap ("  64     End of data block is EOF" under "128     ..."): a table's row set
# right-aligned, never an entry's wrapped line.
_FIGURE = re.compile(r"^\d+\s{2,}")

# kind, text, term (the label of a list item, "" for none), level (a heading's, 0 for any other block)
Part = tuple[BlockKind, str, str, int]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _entries(lines: list[str], opens: re.Pattern[str]) -> list[str] | None:
    """`lines` as entries when each opens with `opens` at one indent, and any other line is set deeper (a wrapped
    entry); None otherwise."""
    indent = _indent(lines[0])
    entries: list[list[str]] = []
    for line in lines:
        if _indent(line) == indent and opens.match(line.lstrip()):
            entries.append([line.strip()])
        elif entries and _indent(line) > indent and not _FIGURE.match(line.lstrip()):
            entries[-1].append(line.strip())
        else:
            return None
    return ["\n".join(entry) for entry in entries]


def _is_syntax(line: str) -> bool:
    text = line.strip()
    # "CDUP - Change to Parent Directory": a command and its name, a list's line
    # "EDT is semantically equivalent to -0400": a sentence, its words English
    return (
        bool(_SYNTAX.match(text))
        and not text.endswith(_SYNTAX_END)
        and " - " not in text
        and not any(word in _FUNCTION_WORDS for word in text.split())
    )


def _is_transcript(lines: list[str]) -> bool:
    said = [line for line in lines if _TRANSCRIPT.match(line.lstrip())]
    return bool(said) and _TRANSCRIPT.match(lines[0].lstrip()) is not None and len(said) * 2 >= len(lines)


def _labelled(lines: list[str]) -> tuple[str, list[str]] | None:
    """(label, body lines) for a block that is a label and what it labels: a label line over lines set deeper, or
    "Label:   value" with the lines after it set at the value's column or deeper."""
    first = lines[0]
    if len(lines) >= 2 and _LABEL.match(first.strip()) and all(_indent(line) > _indent(first) for line in lines[1:]):
        return first.strip(), lines[1:]
    found = _LABEL_VALUE.match(first.strip())
    if found is None:
        return None
    column = _indent(first) + found.start(3)
    if any(_indent(line) < column for line in lines[1:]):
        return None
    return found.group(1), [" " * column + found.group(3), *lines[1:]]


def _body_parts(label: str, body: list[str]) -> list[Part] | None:
    """What a label's body is, or None when it is none of these: reply codes, statuses or parameters (one list item
    each, the label their term); an exchange or a command's syntax (code, the label with it)."""
    for opens in (_REPLY_CODE, _STATUS):
        if (entries := _entries(body, opens)) is not None:
            return [("list_item", entry, label, 0) for entry in entries]
    if _is_transcript(body) or all(_is_syntax(line) for line in body):
        return [("code", "\n".join([label, *body]) if label else "\n".join(body), "", 0)]
    if label and (entries := _entries(body, _PARAMETER)) is not None:
        return [("list_item", entry, label, 0) for entry in entries]
    return None


def rfc_parts(lines: list[str], next_chunk: str, level: int) -> list[Part] | None:
    """How a block of an RFC's body reads (its non-blank `lines`; `next_chunk` the block after it; `level` that of the
    numbered section it stands in), or None to read it as any plain text: see the module's description. A line at
    the margin is left to the plain-text rules (a section's heading)."""
    if _indent(lines[0]) == 0:
        return None
    if len(lines) == 1:
        line = lines[0]
        text = line.strip()
        if _REPLY_CODE.match(text):
            return [("list_item", text, "", 0)]
        if _TRANSCRIPT.match(text):
            return [("code", text, "", 0)]  # "S: 250"
        if (labelled := _labelled(lines)) is not None:
            label, body = labelled
            if _STATUS.match(body[0].lstrip()):
                return [("list_item", body[0].strip(), label, 0)]  # "Result:     OK - noop completed"
            if _TRANSCRIPT.match(body[0].lstrip()):
                return [("code", text, "", 0)]  # "Example:    S: * 23 EXISTS"
            # "Indicating capability: READER", "Responses:  no specific response for this command": a line of the
            # body, never a heading over the next section
            return [("paragraph", text, "", 0)]
        after = [row for row in next_chunk.split("\n") if row.strip()]
        if (
            after
            and 0 < _indent(after[0]) - _indent(line) <= _NAME_DEPTH
            # what it names is said or exchanged ("DATA" over "S: 250"), not a caption
            and (len(after) > 1 or after[0].rstrip().endswith(".") or _TRANSCRIPT.match(after[0].lstrip()))
            and len(text.split()) <= _NAME_WORDS
            and not text.endswith(_SYNTAX_END)
            and (text[:1].isupper() or text[:1].isdigit())  # not "or" between two examples; "5yz   Permanent ..."
            and not _TRANSCRIPT.match(text)
            and not _SYMBOLS.search(text)
            and not _COLUMNS.search(text)
            and any(ch.isalpha() for ch in text)
        ):
            return [("heading", text, "", min(level + 1, _MAX_LEVEL))]
        if _is_syntax(line):
            return [("code", text, "", 0)]  # "MAIL FROM:<reverse-path> [SP <mail-parameters> ] <CRLF>"
        return None  # read as plain text reads it ("Step 1 -- Source Host to Relay Host" names what follows)
    labelled = _labelled(lines)
    if labelled is not None:
        return _body_parts(*labelled)
    return _body_parts("", lines)
