"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import charset_normalizer

# C0 controls other than tab/newline/carriage return/form feed: a text file rarely holds them, a binary one does.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# ISO-2022-JP's and ISO-2022-KR's escape sequences into their double-byte sets (ESC $ B, ESC $ @, ESC $ ) C).
_ISO_2022_ESCAPE = re.compile(rb"\x1b\$(?:[@AB]|\)C)")


class UnreadableDocument(Exception):
    """A file that cannot be indexed; the message says why in a few words."""


# The reason for a file read whole that holds no sentence to answer with (headings alone, template tags alone).
NO_SENTENCES = "no sentences found"


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and, when a fallback was used, a note on how it was decoded."""

    text: str
    note: str = ""


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a document's bytes.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such, silently: the mark says what they are.
    UTF-16 without a BOM (NUL bytes on one side of each pair), UTF-8 with a few invalid bytes or decoded twice,
    ISO-2022-JP / KR, and the legacy code pages of non-Latin scripts (Cyrillic, Greek, Hebrew, Arabic, Thai, Japanese,
    Chinese, Korean: `_other_script`) are read with a note saying how. Other bytes that are not valid UTF-8 are Latin
    text, read as Windows-1252 (the usual encoding of legacy Western text files), or Central European or Turkish
    when its letters say so (`latin_code_page`), with a note. NUL or many control bytes
    otherwise mean a binary file, which raises `UnreadableDocument`.
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
        return _repair_double_encoding(_check_text(data.decode("utf-8")))
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
    legacy = _other_script(data)
    if legacy is not None:
        return legacy
    # Latin text: Western (Windows-1252), Central European (Windows-1250, ISO-8859-2) or Turkish (Windows-1254). The
    # Windows code pages leave a few bytes undefined; they are replaced rather than refusing the whole file.
    encoding = latin_code_page(data[:_JUDGED_CHARACTERS])
    text = data.decode(encoding, errors="replace")
    return DecodedText(_check_text(text), f"not valid UTF-8; decoded as {_NAMES[encoding]}")


# UTF-8 text decoded once as Latin-1 or Windows-1252 and saved again as UTF-8 (a web page copied through a tool that
# guessed wrong: unstructured's norwich-city.txt, a Wikipedia article with '1985â\x80\x9386' for '1985–86' and 'Â£'
# for '£'): each character of the original is two or three here, a lead letter 'Â'-'ô' and continuation characters
# that are C1 controls or Windows-1252's punctuation. Such a run is put back when it re-encodes to valid UTF-8; a file
# is repaired when it has `_MOJIBAKE_MIN` such runs and they are nearly all it has (a lone 'Â©' in real text stays).
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019"
    "\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# a lead byte and as many continuation bytes as it announces
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
_MOJIBAKE_MIN = 3
_MOJIBAKE_SHARE = 0.9


def _undo_mojibake(run: str) -> str | None:
    raw = bytearray()
    for ch in run:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))  # a C1 control: Latin-1 decoding kept the byte, Windows-1252 has none there
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if len(fixed) == 1 else None


def _repair_double_encoding(text: str) -> DecodedText:
    runs = _MOJIBAKE.findall(text)
    if len(runs) < _MOJIBAKE_MIN:
        return DecodedText(text)
    repairable = sum(_undo_mojibake(run) is not None for run in runs)
    if repairable < _MOJIBAKE_SHARE * len(runs):
        return DecodedText(text)
    repaired = _MOJIBAKE.sub(lambda match: _undo_mojibake(match.group()) or match.group(), text)
    return DecodedText(repaired, f"UTF-8 decoded twice (mojibake) put back in {repairable:,} places")


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


# Legacy code pages of scripts other than Latin (Cyrillic, Greek, Hebrew, Arabic, Thai, Japanese, Chinese, Korean) are
# told apart by charset-normalizer (MIT, the detector requests uses; wheels for x86-64, aarch64 and macOS arm64). Its
# reading is taken when the letters beyond ASCII are mostly of another script than Latin; otherwise the bytes are
# Western text, read as Windows-1252 below: the library reads short French Windows-1252 text as Central European
# Windows-1250 ('crčme') and 'naïve résumé' as Urdu. On chardet's test set (418 files in 49 encodings) this takes 379
# right, the hand-written script rules it replaced 344 (rounds 5-6 of issue 11; IBM 855, Johab, some Big5, Hebrew and
# Cyrillic files wrong) and charset-normalizer alone 409 (Central European and Turkish code pages, which stay
# Windows-1252 here), in a fifth of the CPU time.
_NON_LATIN_SHARE = 0.8  # of the letters beyond ASCII
_JUDGED_CHARACTERS = 65536  # of the decoded text: its start tells the script


# Japanese prose is a fifth or more hiragana, which Shift_JIS or EUC-JP decoding of other text (Chinese or Korean EUC,
# Western bytes) hardly ever yields: tried first, since the library reads a short EUC-JP paragraph as Korean.
_JAPANESE = ("cp932", "euc_jp")  # cp932: Microsoft's Shift_JIS, what Japanese Windows saves
_HIRAGANA_SHARE = 0.2
_MIN_WIDE = 20  # characters


def _other_script(data: bytes) -> DecodedText | None:
    for encoding in _JAPANESE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) >= 0x3000]
        hiragana = sum(0x3041 <= ord(ch) <= 0x309F for ch in wide)
        if len(wide) >= _MIN_WIDE and hiragana >= _HIRAGANA_SHARE * len(wide):
            return DecodedText(_check_text(text), f"not valid UTF-8; decoded as {_NAMES[encoding]}")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    letters = [ch for ch in text[:_JUDGED_CHARACTERS] if not ch.isascii() and ch.isalpha()]
    non_latin = sum("LATIN" not in unicodedata.name(ch, "LATIN") for ch in letters)
    if not letters or non_latin < _NON_LATIN_SHARE * len(letters):
        return None
    name = _NAMES.get(best.encoding, best.encoding.upper().replace("_", "-"))
    return DecodedText(_check_text(text), f"not valid UTF-8; decoded as {name}")


# The Latin code pages a legacy file may be in, Western first: it stays the reading when another does no better.
# charset-normalizer is no help here: it reads short French Windows-1252 text as Windows-1250 ('crčme'). The letters
# beyond ASCII of each language these code pages write are known, and a text is in one language (or mostly): read
# in the wrong code page, its letters are of no one language (Czech 'příklad' as Windows-1252 is 'pøíklad', 'ø' and
# 'í'; Hungarian 'ő' and 'ű' turn Portuguese 'õ' and French 'û' among 'ö' and 'á'; Turkish 'ş' 'ğ' 'ı' turn
# Icelandic 'þ' 'ð' 'ý' among 'ü' and 'ç'), or symbols stand inside words (Polish 'ł' as ISO-8859-1 is 'w³a').
_LATIN_CODE_PAGES = ("cp1252", "cp1250", "iso8859_2", "cp1254")
_LATIN_LETTERS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíóúñü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "áéíóúëïèöü",  # Dutch
        "æøåé",  # Danish, Norwegian
        "åäöé",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
        "àçèéíïòóúü",  # Catalan
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čšž",  # Slovene
        "čćđšž",  # Croatian, Bosnian, Serbian in Latin letters
        "ăâîşţșț",  # Romanian
        "çğıöşüâîû",  # Turkish
    )
)
_WORD_BEYOND_ASCII = re.compile(r"\w*[^\x00-\x7f]\w*")
_SYMBOL_CATEGORIES = frozenset({"So", "Sc", "Sm", "Sk", "No", "Cc", "Co", "Cn"})


def latin_code_page(data: bytes) -> str:
    """The Latin code page (`_LATIN_CODE_PAGES`) that reads `data` as the text of one language: the fewest letters
    beyond ASCII outside the best-fitting language's letters, plus symbols standing against a letter inside a word.
    Measured on chardet's test files in these code pages and in Western ones, with the multilingual READMEs of
    bench/data saved as Windows-1252 (62 files, and 200 slices of about 400 bytes of them): `decode_bytes` reads 256
    of the 262 right, where Windows-1252 alone read 96 and charset-normalizer alone 184; Western text 59 of 60 as
    before (the one other is read as Mac Icelandic by `_other_script`)."""
    return min(_LATIN_CODE_PAGES, key=lambda encoding: _misfit(data.decode(encoding, errors="replace")))


def _misfit(text: str) -> int:
    letters: Counter[str] = Counter()
    symbols = 0
    for word in _WORD_BEYOND_ASCII.findall(text):
        for index, ch in enumerate(word):
            if ch.isascii():
                continue
            if ch.isalpha():
                lower = ch.lower()[0]  # 'İ' lower-cases to 'i' and a combining dot
                if not lower.isascii():
                    letters[lower] += 1
            elif (unicodedata.category(ch) in _SYMBOL_CATEGORIES or ch == "\ufffd") and (
                (index and word[index - 1].isalpha()) or word[index + 1 : index + 2].isalpha()
            ):
                symbols += 1
    if not letters:
        return symbols
    return symbols + min(sum(n for ch, n in letters.items() if ch not in language) for language in _LATIN_LETTERS)


# How notes name the encodings (Python codec names, as charset-normalizer gives them); another is named by its codec.
_NAMES = {
    **dict.fromkeys(("cp932", "shift_jis", "shift_jis_2004"), "Shift_JIS"),
    **dict.fromkeys(("euc_jp", "euc_jis_2004"), "EUC-JP"),
    **dict.fromkeys(("iso2022_jp", "iso2022_jp_2"), "ISO-2022-JP"),
    "iso2022_kr": "ISO-2022-KR",
    "cp1251": "Windows-1251",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
    "mac_cyrillic": "Mac Cyrillic",
    "cp866": "DOS Cyrillic (CP866)",
    "cp855": "DOS Cyrillic (CP855)",
    "cp1125": "DOS Cyrillic (CP1125)",
    "iso8859_5": "ISO-8859-5",
    "cp1253": "Windows-1253 (Greek)",
    "iso8859_7": "ISO-8859-7 (Greek)",
    "cp1255": "Windows-1255 (Hebrew)",
    "iso8859_8": "ISO-8859-8 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "iso8859_6": "ISO-8859-6 (Arabic)",
    "cp874": "Windows-874 (Thai)",
    "tis_620": "TIS-620 (Thai)",
    **dict.fromkeys(("gb2312", "gbk", "gb18030"), "GB18030 (Chinese)"),
    **dict.fromkeys(("big5", "big5hkscs", "cp950"), "Big5 (Chinese)"),
    **dict.fromkeys(("cp949", "euc_kr"), "EUC-KR (Korean)"),
    "johab": "Johab (Korean)",
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250 (Central European)",
    "iso8859_2": "ISO-8859-2 (Central European)",
    "cp1254": "Windows-1254 (Turkish)",
}


def _check_text(text: str) -> str:
    if "\x00" in text:
        raise UnreadableDocument("binary file (NUL characters)")
    if not text.strip():
        raise UnreadableDocument("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")
