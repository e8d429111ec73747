"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# C0 controls other than tab/newline/carriage return/form feed: a text file rarely holds them, a binary one does.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# ISO-2022-JP's and ISO-2022-KR's escape sequences into their double-byte sets (ESC $ B, ESC $ @, ESC $ ) C).
_ISO_2022_ESCAPE = re.compile(rb"\x1b\$(?:[@AB]|\)C)")


class UnreadableDocument(Exception):
    """A file that cannot be indexed; the message says why in a few words."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and, when a fallback was used, a note on how it was decoded."""

    text: str
    note: str = ""


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a document's bytes.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such, silently: the mark says what they are.
    UTF-16 without a BOM (NUL bytes on one side of each pair), UTF-8 with a few invalid bytes, Japanese Shift_JIS /
    EUC-JP / ISO-2022-JP, Korean ISO-2022-KR and Cyrillic Windows-1251 / KOI8-R / Mac Cyrillic text are read with a
    note saying how. Other bytes that are not valid
    UTF-8 are read as Windows-1252, the usual encoding of legacy Western text files, with a note. NUL or many control
    bytes otherwise mean a binary file, which raises `UnreadableDocument`.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableDocument(f"invalid {encoding.upper()} after its byte-order mark") from error
            return DecodedText(_check_text(text))
    if b"\x00" in data:
        wide = _bomless_utf16(data)
        if wide is None:
            raise UnreadableDocument("binary file (NUL bytes)")
        return wide
    sample = data[:65536]
    escape = _ISO_2022_ESCAPE.search(sample)
    if escape:  # Japanese and Korean mail and old Unix text: 7-bit, shifted into double bytes by escapes
        encoding = "iso2022_kr" if escape.group() == b"\x1b$)C" else "iso2022_jp_2"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if text and not any(ch in _CONTROL_CHARACTERS for ch in text[:32768]):
            return DecodedText(_check_text(text), f"decoded as {_NAMES[encoding]}")
    if sample and sum(sample.count(bytes([b])) for b in _CONTROL_BYTES) > len(sample) // 100 + 1:
        raise UnreadableDocument("binary file (control bytes)")
    try:
        return DecodedText(_check_text(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few corrupt bytes (a truncated copy, a stray Latin-1 byte) is still UTF-8: read as
    # Windows-1252 every accented letter and curly quote in it would turn to mojibake ("cafÃ©"). Legacy Windows-1252
    # text almost never holds a valid multi-byte UTF-8 sequence, so more valid sequences than bad bytes decides.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = len(lenient) - len(lenient.encode("ascii", errors="ignore")) - bad
    if valid_multibyte > bad:
        places = f"{bad:,} place" + ("s" if bad != 1 else "")
        return DecodedText(_check_text(lenient), f"invalid UTF-8 in {places}, replaced by U+FFFD")
    legacy = _legacy_non_western(data)
    if legacy is not None:
        return legacy
    # Windows-1252 leaves five bytes undefined; they are replaced rather than refusing the whole file.
    text = data.decode("cp1252", errors="replace")
    return DecodedText(_check_text(text), "not valid UTF-8; decoded as Windows-1252")


# UTF-16 saved without its byte-order mark (uchardet's ja/utf-16le.txt; some Windows tools): text whose ASCII characters
# leave a NUL byte on the same side of nearly every pair. Read as such, with a note, since it is a guess; a binary file
# has NULs on both sides.
_WIDE_NUL_SHARE = 0.95  # of the NUL bytes on one side
_WIDE_MIN_NULS = 8


def _bomless_utf16(data: bytes) -> DecodedText | None:
    sample = data[:65536]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if len(data) % 2 or max(even, odd) < _WIDE_MIN_NULS or max(even, odd) < _WIDE_NUL_SHARE * (even + odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(ch in _CONTROL_CHARACTERS for ch in text[:32768]):
        return None
    return DecodedText(_check_text(text), f"no byte-order mark; decoded as {encoding.upper()}")


_CONTROL_CHARACTERS = frozenset(_CONTROL_BYTES.decode("ascii"))


# Legacy encodings of scripts other than Latin, which Windows-1252 would turn into mojibake ('Ïðèâåò' for Russian,
# '¤Ï¡¢' for Japanese) or skip (Shift_JIS's text read as no words): uchardet's test files in Japanese and Bulgarian.
# Japanese prose is a third or more hiragana (a fifth is asked), which Shift_JIS or EUC-JP decoding of other text
# (Chinese or Korean EUC, Western bytes) hardly ever yields. Cyrillic read as Windows-1252 gives words made of accented
# letters only; of Windows-1251, KOI8-R, Mac Cyrillic, DOS's CP866 and ISO-8859-5, a wrong one gives mostly capitals
# (KOI8-R has the cases the other way round), few of the commonest letters, or capitals inside words. Tried on all 121
# files of uchardet's test set: every Japanese, Russian and Bulgarian file in these encodings named right (not a
# Shift_JIS file of kanji only, nor Russian in IBM 855), every Western one still Windows-1252. Greek, Hebrew, Arabic,
# Chinese, Korean EUC and Central European code pages are not told apart here: they stay Windows-1252, with its note.
_JAPANESE = ("cp932", "euc_jp")  # cp932: Microsoft's Shift_JIS, what Japanese Windows saves
_HIRAGANA_SHARE = 0.2
_MIN_LETTERS = 20  # characters (or words) of the script before anything is concluded
_NON_LATIN_WORDS = 0.8  # of the words with a letter beyond ASCII, as Windows-1252 reads them
_CYRILLIC = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5")
_LOWER_SHARE = 0.6
_OTHER_SHARE = 0.1
# The commonest letters of Russian, Bulgarian, Serbian and Ukrainian text, a third of its letters or more (a quarter is
# asked); Greek, Hebrew or Arabic bytes read as Cyrillic letters (the case test alone let them through) give them about
# an eighth.
_COMMON_CYRILLIC = frozenset("оеаиі")
_COMMON_SHARE = 0.25


def _legacy_non_western(data: bytes) -> DecodedText | None:
    for encoding in _JAPANESE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) >= 0x3000]
        hiragana = sum(0x3041 <= ord(ch) <= 0x309F for ch in wide)
        if len(wide) >= _MIN_LETTERS and hiragana >= _HIRAGANA_SHARE * len(wide):
            return DecodedText(_check_text(text), f"not valid UTF-8; decoded as {_NAMES[encoding]}")
    western = data.decode("cp1252", errors="replace")
    words = [word for word in _WORD.findall(western) if not word.isascii()]
    non_latin = sum(not any(ch.isascii() for ch in word) for word in words)
    if len(words) < _MIN_LETTERS or non_latin < _NON_LATIN_WORDS * len(words):
        return None  # accented letters inside mostly ASCII words: Western text
    best: tuple[int, str, str] | None = None
    for encoding in _CYRILLIC:
        text = data.decode(encoding, errors="replace")
        letters = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
        others = sum(not ch.isascii() for ch in text) - len(letters)  # dashes, quotes, other scripts
        if (
            len(letters) >= _MIN_LETTERS
            and others <= _OTHER_SHARE * len(letters)
            and sum(ch.islower() for ch in letters) >= _LOWER_SHARE * len(letters)
            and sum(ch in _COMMON_CYRILLIC for ch in text.lower()) >= _COMMON_SHARE * len(letters)
        ):
            # the code pages differ in where they put capitals and a few letters: the right one has the fewest
            # capitals inside words ('используетсЯ' read from Mac Cyrillic as Windows-1251)
            inside = len(_CAPITAL_INSIDE.findall(text))
            if best is None or inside < best[0]:
                best = (inside, encoding, text)
    if best is not None:
        return DecodedText(_check_text(best[2]), f"not valid UTF-8; decoded as {_NAMES[best[1]]}")
    return None


_WORD = re.compile(r"[^\W\d_]+")
_CAPITAL_INSIDE = re.compile(r"(?<=[а-яё])[А-ЯЁ]")
_NAMES = {
    "cp932": "Shift_JIS",
    "euc_jp": "EUC-JP",
    "cp1251": "Windows-1251",
    "koi8_r": "KOI8-R",
    "mac_cyrillic": "Mac Cyrillic",
    "cp866": "DOS Cyrillic (CP866)",
    "iso8859_5": "ISO-8859-5",
    "iso2022_jp_2": "ISO-2022-JP",
    "iso2022_kr": "ISO-2022-KR",
}


def _check_text(text: str) -> str:
    if "\x00" in text:
        raise UnreadableDocument("binary file (NUL characters)")
    if not text.strip():
        raise UnreadableDocument("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")
