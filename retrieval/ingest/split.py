"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from retrieval.tokenize import SUPERSCRIPT_DIGITS
from retrieval.wordlists import parse_word_lists

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A blank-line separated block: 1-based number, text and offset in the document."""

    number: int
    text: str
    start: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into blank-line separated blocks, numbered from 1 in file order."""
    paragraphs: list[Paragraph] = []
    position = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[position:end]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            paragraphs.append(Paragraph(len(paragraphs) + 1, block.strip(), position + lead))
        position = match.end() if match else len(text)
    return paragraphs


# Sentences are split by hand-written rules over the word lists of `data/abbreviations.txt`: pure Python, so docbot
# runs wherever Python does (blingfire, used before, ships x86-64 binaries only). Measured on seeds, squad-small and the
# realdocs-dev Gutenberg books (bench/split.py, CPU time): ~100k sentences/s, as fast as blingfire's bare splitter
# (~30k/s with the offsets docbot needs), which also cut 8 sentences after "Mr."/"Mrs."/"Dr." (these rules: 0).
# sentencex (Rust, 430k/s) keeps whole quoted passages and bracketed notes as one sentence and needs the text's
# language; punkt 40k/s, syntok 6.6k/s, pysbd 1k/s.
def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, trimmed, in order (line breaks count as spaces)."""
    flat = _ANY_SPACE.sub(" ", paragraph)
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _sentence_ends(flat):
        spans.extend(_trimmed_pieces(flat, start, boundary))
        # a table row's cell separator after a sentence's end opens no sentence ("| It sinks after that.")
        start = boundary + len(_CELL_BREAK) if flat.startswith(_CELL_BREAK, boundary) else boundary
    spans.extend(_trimmed_pieces(flat, start, len(flat)))
    return _with_asides_joined(flat, spans)


# A sentence that is only a short aside in brackets after a full stop ("... or None for no limits. (Default 100)",
# "(See Figure 3.)") belongs to the sentence before it: alone, it answers nothing and its subject is lost. So does a
# changelog entry's issue or pull request after its last sentence (structlog's "... for async log methods. [#807](...)"
# shows "#807", itsdangerous' ":pr:`372`" shows "372"): 152 sentences of the changelogs' tuning set were a number.
_ASIDE = re.compile(r"\([^()]*\)\.?")
_ASIDE_WORDS = 5
_REFERENCE_ONLY = re.compile(
    r"[(\[]?(?:(?:PR|GH|gh|pr|[Ii]ssue)[ -]?)?#?\d{1,6}(?:(?:,| and|,? &)? #?\d{1,6})*[)\]]?\.?"
)


def _with_asides_joined(flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        text = flat[start:end]
        aside = _ASIDE.fullmatch(text) is not None and len(text.split()) <= _ASIDE_WORDS
        aside = aside or _REFERENCE_ONLY.fullmatch(text) is not None
        if aside and joined and end - joined[-1][0] <= MAX_SENTENCE_CHARS:
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


# A run of sentence-ending marks with the closing quotes, brackets and footnote marks ("[12]", "¹²", French " »")
# after it. Western marks end a sentence only before white space (so "3.14", "v2.0.1", "config.yaml", "a@b.org" never
# split); CJK full stops end one anywhere, since Chinese and Japanese put no space between sentences.
_SENTENCE_END = re.compile(
    rf"([.!?…؟।]+)((?:[\"'”’»)\]}}{SUPERSCRIPT_DIGITS}]| ?\[\d{{1,3}}\]| »)*)(?= |$)"
    r"|[。！？]+[」』）】》〉\"'”’)\]]*"
)


_ANY_SPACE = re.compile(r"[^\S ]")  # white space other than plain spaces, which need no change


# The word after a candidate sentence end (past opening quotes, brackets, dashes, "§") and a full stop right after it.
_NEXT_WORD = re.compile(r"[\W_]*([^\W_]*)(\.?)")


# The word before a full stop, without what is glued before it ("(Mr", "1733.—W", '"Dr'), and what may frame a word
# but is no part of it.
_WORD_BEFORE = re.compile(r"[\w.'’-]*\Z")
_NOT_IN_WORD = "._'’-"


# A lower-case identifier opening a sentence, as docs sites open them with code (the readers drop the code span's
# backticks): "`ctx.send` returns the message.", "`<archivesBaseName>` and `<version>` are ...": a name joined by a
# dot ("ctx.send", not "e.g." or "p.m."), an underscore, a capital inside ("eBay", "iPhone"), a call's bracket or an
# angle bracket. The abbreviation rules still hold it back ("e.g. ctx.send" goes on).
_CODE_START = re.compile(r" <?[a-z][a-z0-9]*(?:(?<=[a-z0-9]{2})\.[A-Za-z_]|[A-Z_(>])")


# "U.S.", "a.m.", "Ph.D.", "e.g.": letters in runs of one or two joined by full stops.
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")


_AMOUNT = re.compile(r"\d+[^\W\d_]{1,2}")


# A single letter in quotes before a full stop ("'F'."): the letter itself, not an initial.
_QUOTED_LETTER = re.compile(r"['‘][^\W\d_]['’]")


# An identifier made of capitals and digits joined by dashes: the number after "No." in "Docket No. FAA-2020-0686".
_CODE_NUMBER = re.compile(r"[A-Z]{1,6}[-\u2010-\u2014]?\d[\w\u2010-\u2014-]*")


# Roman numerals up to 99, either case ("Vol. II", "see VII. § 36", "James ii. 15").
_ROMAN_NUMERAL = re.compile(r"(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", re.IGNORECASE)


def _sentence_ends(flat: str) -> list[int]:
    """Offsets right after each sentence end of a paragraph whose white space is all plain spaces."""
    ends: list[int] = []
    abbreviations = _abbreviations()
    quoted_example = '")' in flat or "\u201d)" in flat  # most paragraphs have none: skip the look
    for mark in _SENTENCE_END.finditer(flat):
        end = mark.end()
        if end >= len(flat):
            break
        stops = mark.group(1)
        if stops is None:  # a CJK full stop
            ends.append(end)
            continue
        if flat.startswith(_CELL_BREAK, end) and _short_cell(flat, mark.start()):
            continue  # a table row's label cell ("I. | The Sun-seeker | 1" in a book's contents): the row goes on
        if flat.startswith(_CELL_BREAK, end) and _SENTENCE_STOP.search(flat, end) is None:
            # a cell's last sentence before the row's last cells, which hold none ("Added the bibliography. | 7th
            # July 1997 | esr"): they go with it, not a "sentence" of their own ("| 7th July 1997 | esr")
            continue
        if len(stops) >= _LEADER_DOTS and _FIGURE_AFTER.match(flat, end):
            continue  # a dot leader before its figure ("In all........ $28.12", "Laths....... 1.25"): one row
        if _SPACED_DOT.match(flat, end):
            continue  # an ellipsis spaced out (". . . ."), as books and law print it: it ends after its last dot
        following = _NEXT_WORD.match(flat, end)
        assert following is not None  # every part of the pattern may be empty
        next_word = following.group(1)
        if next_word[:1].islower() and not _CODE_START.match(flat, end):
            continue  # "etc. and", "e.g. the", '"Why?" he asked', "Wait... what": the sentence goes on
        if quoted_example and _in_quoted_example(flat, ends[-1] if ends else 0, mark.start(), end, mark.group(2)):
            continue  # '(for example, "We use X. It works.")': the quote and its bracket close later in the sentence
        if stops in ("!", "?") and not mark.group(2) and _opens_quoted_speech(flat, ends[-1] if ends else 0, end):
            continue  # 'said, "Ah! Cornelius Agrippa! My dear Victor, ...": the cry opens what is said
        if stops != "." or mark.group(2):
            ends.append(end)  # "?", "!", "...", or a full stop closed by a quote, bracket or footnote: '."', '.)'
            continue
        stop = mark.start()
        word_before = _WORD_BEFORE.search(flat, flat.rfind(" ", 0, stop) + 1, stop)
        assert word_before is not None  # the pattern may be empty
        word = word_before.group().lstrip(_NOT_IN_WORD)
        word_start = stop - len(word)
        word = word.rstrip(_NOT_IN_WORD)  # "_d_." (Markdown-style italics in plain text)
        quoted = len(word) == 1 and _QUOTED_LETTER.fullmatch(word_before.group()) is not None
        if quoted or _full_stop_ends_sentence(flat, word_start, word, next_word, following.group(2), abbreviations):
            ends.append(end)  # a letter in quotes is named, not an initial: "the letter 'f' or 'F'. Everywhere"
    return ends


_LEADER_DOTS = 4
# A dot standing alone after a space: the next dot of a spaced ellipsis ("his mind! . . . . . . . Can use ..." in
# Walden's quoted verse was cut into seven "sentences" of one dot each).
_SPACED_DOT = re.compile(r" \.(?= |$)")
_FIGURE_AFTER = re.compile(r" +[$£€¥]? ?\d")


# A quotation's first words ending in "!" or "?" inside it ('"Ah! Cornelius Agrippa! My dear ...', '"Where to? Come
# back!"'): this many words or fewer since the quote opened are a cry or a call that opens what is said, not a
# sentence of their own ("Cornelius Agrippa!" alone answered questions about the book).
_QUOTE_OPENING_WORDS = 4


def _opens_quoted_speech(flat: str, since: int, end: int) -> bool:
    """True when `end` closes the first few words of a quotation still open (opened after `since`)."""
    segment = flat[since:end]
    curly = segment.rfind("\u201c")
    if curly >= 0 and "\u201d" not in segment[curly:]:
        opened = curly
    elif segment.count('"') % 2 == 1:
        opened = segment.rfind('"')
    else:
        return False
    return len(segment[opened + 1 :].split()) <= _QUOTE_OPENING_WORDS


# A quotation closed right before a closing bracket: the end of a quoted example given in brackets.
_QUOTE_THEN_BRACKET = re.compile('["\u201d]\\)')


def _in_quoted_example(flat: str, since: int, stop: int, end: int, closing: str) -> bool:
    """True when the sentence end at `stop` is inside a quotation opened inside a bracket still open since `since`,
    and both close later ('(for example, "We use X. It works.")'): cut there, the second piece kept the '")'."""
    if '"' in closing or "\u201d" in closing:
        return False  # this end closes the quotation itself
    segment = flat[since:stop]
    bracket = segment.rfind("(")
    if bracket < 0 or ")" in segment[bracket:]:
        return False
    inner = segment[bracket + 1 :]
    curly = inner.rfind("\u201c")
    quoted = (curly >= 0 and "\u201d" not in inner[curly:]) or inner.count('"') % 2 == 1
    return quoted and _QUOTE_THEN_BRACKET.search(flat, end, end + MAX_SENTENCE_CHARS) is not None


# Table rows join their cells with " | " (formats.blocks.CELL_SEPARATOR); a cell of this many words or fewer ending
# in a full stop ("I.", "CHAP.", "No. 4.") is a label or a number, not a sentence of its own.
_CELL_BREAK = " | "
_SHORT_CELL_WORDS = 2
# A sentence's end in a table row's cells: a stop and the closing quotes or brackets after it, before a space or the
# row's end ("v1.2" and "3.5" hold none).
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)\]]*(?:\s|$)")


def _short_cell(flat: str, stop: int) -> bool:
    cell_start = flat.rfind(_CELL_BREAK, 0, stop)
    cell = flat[cell_start + len(_CELL_BREAK) if cell_start >= 0 else 0 : stop]
    return len(cell.split()) <= _SHORT_CELL_WORDS


def _full_stop_ends_sentence(
    flat: str, word_start: int, word: str, next_word: str, stop_after_next: str, abbreviations: _Abbreviations
) -> bool:
    """Whether "word." ends its sentence, given the next word (which does not start with a lower-case letter)."""
    lower = word.lower()
    if word_start == 0 and word.isupper() and _ROMAN_NUMERAL.fullmatch(word):
        # a section's or an item's number opening its paragraph ("II. Biological rationale for sequencing the
        # platypus genome", a Word report's title a PDF gives as a paragraph): "II." alone is no sentence
        return False
    if len(word) > 2 and word.isalpha() and lower not in abbreviations.listed and not next_word[:1].isdigit():
        return True  # most full stops: after a plain word that is no abbreviation
    if not word:
        return not next_word[:1].isdigit()  # "§§. 12-14"
    if lower == "al" and flat[max(0, word_start - 3) : word_start].lower() == "et ":
        # A citation: "(Bone et al. (1989))", "Smith et al. 2017 found" go on (an arXiv paper's 19 "(1989))."
        # fragments); "... as Smith et al. The results" ends, as after a dotted abbreviation.
        return next_word.lower() in abbreviations.sentence_starters
    for key in (*_joined_with_previous(flat, word_start, lower), lower):
        if key in abbreviations.never_final:
            return False
        if key in abbreviations.can_end:
            return True
    next_is_number = next_word[:1].isdigit() or (
        (len(next_word) > 1 or stop_after_next != "") and _ROMAN_NUMERAL.fullmatch(next_word) is not None
    )
    if lower in abbreviations.before_number and not next_is_number:
        # a number that is a code: "Docket No. FAA-2020-0686", "Order No. EO-14028" (government documents)
        next_is_number = _CODE_NUMBER.match(flat, word_start + len(word) + 2) is not None
    if lower in abbreviations.before_number or (next_is_number and _ROMAN_NUMERAL.fullmatch(word)):
        return not next_is_number  # "No. 5", "Sept. 6", "Vol. II", "ch. V.", "see VII. § 36"; but "No. I won't."
    # A capitalised word after a single letter or a dotted abbreviation starts a new sentence only when it is a word
    # that starts sentences ("grade A. The", "to the U.S. He"), and not an initial itself ("A. A. Milne").
    starts_new = next_word.lower() in abbreviations.sentence_starters and not (len(next_word) == 1 and stop_after_next)
    if len(word) == 1 and word.isalpha():
        # An initial ("Jacob A. Riis", "J. R. R. Tolkien"), a letter abbreviation ("Roe v. Wade", "50 v. Chr.") or a
        # variable that ends a sentence ("a function of n. Since").
        return starts_new
    if _DOTTED_LETTERS.fullmatch(word):
        return starts_new  # "to the U.S. He" ends a sentence; "the U.S. Army", "at 9 a.m. Monday" go on
    if next_word[:1].isdigit() and _AMOUNT.fullmatch(word):
        return False  # an amount in old money or units before the next: "3s. 6d.", "5ft. 10in."
    if word.isdigit() and len(word) <= 2:
        # The number of a numbered point ("3. Order.", "the file. 2. Save it.") or an ordinal before a word that
        # follows ordinals (German "am 3. Oktober", "im 19. Jahrhundert") goes on; "He was 16. Then" ends.
        if word_start < 2 or (flat[word_start - 2] in ".!?:;" and not _numbered_by(flat, word_start, abbreviations)):
            return False
        return next_word.lower() not in abbreviations.after_ordinal
    return True


def _numbered_by(flat: str, word_start: int, abbreviations: _Abbreviations) -> bool:
    """Whether the number at `word_start` is the number of the abbreviation before it ("Fig. 3", "pág. 3", "Abs. 2"):
    then "Fig. 3. The" ends its sentence, where "the file. 2. Save it." is a numbered point that goes on."""
    stop = word_start - 2
    word_before = _WORD_BEFORE.search(flat, flat.rfind(" ", 0, stop) + 1, stop)
    return word_before is not None and word_before.group().lower() in abbreviations.before_number


def _joined_with_previous(flat: str, word_start: int, lower: str) -> list[str]:
    """The keys that end in this word joined with the one or two short abbreviations before it ("z. B" -> "z.b",
    "i. d. R" -> "i.d.r"), longest first; none when the word follows no full stop and space."""
    keys: list[str] = []
    key = lower
    end = word_start - 1  # the space before the word
    for _ in range(2):
        if end < 2 or flat[end] != " " or flat[end - 1] != ".":
            break
        word_before = _WORD_BEFORE.search(flat, flat.rfind(" ", 0, end - 1) + 1, end - 1)
        assert word_before is not None  # the pattern may be empty
        previous = word_before.group().lower()
        if not previous or len(previous) > 4:
            break
        key = f"{previous}.{key}"
        keys.append(key)
        end = end - 1 - len(previous) - 1
    return keys[::-1]


def _trimmed_pieces(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and flat[start] == " ":
        start += 1
    while end > start and flat[end - 1] == " ":
        end -= 1
    return _cut_long(flat, start, end)


@dataclass(frozen=True, slots=True)
class _Abbreviations:
    """The lists of `data/abbreviations.txt`, lower-cased and without final full stops."""

    never_final: frozenset[str]
    before_number: frozenset[str]
    can_end: frozenset[str]
    sentence_starters: frozenset[str]
    after_ordinal: frozenset[str]
    listed: frozenset[str]  # every abbreviation: words not in it skip the lookups


@cache
def _abbreviations() -> _Abbreviations:
    text = resources.files("retrieval").joinpath("data/abbreviations.txt").read_text(encoding="utf-8")
    sections = parse_word_lists(text, str.lower)
    return _Abbreviations(
        never_final=frozenset(sections["titles"] | sections["mid_sentence"]),
        before_number=frozenset(sections["before_number"]),
        can_end=frozenset(sections["can_end"]),
        sentence_starters=frozenset(sections["sentence_starters"]),
        after_ordinal=frozenset(sections["after_ordinal"]),
        listed=frozenset(
            sections["titles"] | sections["mid_sentence"] | sections["before_number"] | sections["can_end"]
        ),
    )


# The longest span kept as one sentence. Text with no sentence end for longer (a one-line or minified file, a table
# dumped as text) is cut at the last space before it (or hard, with no space), so a megabyte-long "sentence" can never
# become one hit that every answer must rank, escape and shorten; each piece is still verbatim.
MAX_SENTENCE_CHARS = 1000


def _cut_long(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = flat.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        piece_end = cut
        while piece_end > start and flat[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and flat[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def normalize_space(text: str) -> str:
    """Fold runs of white space (line breaks of hard-wrapped text included) into single spaces."""
    return _WHITESPACE.sub(" ", text).strip()


_HEADLINE_MAX_CHARS = 200


_HEADLINE_MAX_WORDS = 25


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence and starts with a capital or digit."""
    line = line.strip()
    if not line or len(line) > _HEADLINE_MAX_CHARS or len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    if line[-1] in ".,;:" and not line.endswith("..."):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"
