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
    EUC-JP / ISO-2022-JP, Korean ISO-2022-KR / EUC-KR, Cyrillic Windows-1251 / KOI8-R / Mac Cyrillic, and Greek,
    Hebrew, Arabic, Thai and Chinese (GB18030, Big5) code pages are read with a note saying how. Other bytes that
    are not valid UTF-8 are read as Windows-1252, the usual encoding of legacy Western text files, with a note. NUL
    or many control bytes otherwise mean a binary file, which raises `UnreadableDocument`.
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
    legacy = _legacy_non_western(data) or _other_script(data)
    if legacy is not None:
        return legacy
    # Windows-1252 leaves five bytes undefined; they are replaced rather than refusing the whole file.
    text = data.decode("cp1252", errors="replace")
    return DecodedText(_check_text(text), "not valid UTF-8; decoded as Windows-1252")


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


# Greek, Hebrew, Arabic, Thai, Chinese and Korean code pages (chardet's and uchardet's test files, issue 11 round 6):
# every byte above 0x7F is some letter in each of them, so a reading is judged by whether its words are well formed
# in that script: the share of non-ASCII characters that are letters of the script, and of words made of them alone
# (a wrong code page mixes in accented Latin letters, symbols or capitals: Arabic's Windows-1256 keeps French
# letters, Greek has two cases), and a rule of the script the wrong bytes break: Greek words of four letters or more
# carry a tonos, Hebrew's final letters end words, Thai's vowel and tone marks follow a consonant, Chinese prose is
# full of its commonest characters, Korean of its commonest syllables. py3langid was tried as the judge and named
# any run of Thai-block letters Thai (and Hebrew-block ones ancient Hebrew) at probability 1.0. Central European
# and Vietnamese code pages are not tried: Windows-1252 keeps their ASCII letters and most accents.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("cp1253", "greek"),
    ("iso8859_7", "greek"),
    ("cp1255", "hebrew"),
    ("iso8859_8", "hebrew"),
    ("cp1256", "arabic"),
    ("iso8859_6", "arabic"),
    ("cp874", "thai"),
    ("gb18030", "chinese"),
    ("big5hkscs", "chinese"),
    ("cp949", "korean"),
)
_SCRIPT_LETTERS = {
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "chinese": re.compile(r"[\u4e00-\u9fff]"),
    "korean": re.compile(r"[\uac00-\ud7a3]"),
}
_SCRIPT_SHARE = 0.8  # of the non-ASCII characters, letters of the script (the rest: dashes, quotes, CJK punctuation)
_CLEAN_WORDS = 0.9  # of the words with a non-ASCII letter, made of the script's letters only
_MAX_UNDECODABLE = 0.01  # of the non-ASCII characters: a stray byte, not the wrong code page
_TONOS = frozenset("άέήίόύώΆΈΉΊΌΎΏΐΰ")
_TONOS_SHARE = 0.3  # of Greek words of 4+ letters; monotonic Greek prose: most of them
_HEBREW_FINALS = frozenset("ךםןףץ")
_FINALS_INSIDE = 0.05  # of the final letters, followed by a letter of the word
_THAI_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_THAI_BASE = re.compile(r"[\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_ORPHAN_MARKS = 0.05  # of Thai marks, after something that is not a consonant or another mark
# The commonest Chinese characters (simplified and traditional), Korean syllables and Thai letters, and the share of
# the script's letters they are in prose: the wrong code page gives them at random (measured on chardet's test files:
# Chinese and Korean prose a fifth or more, their wrong readings a few percent; Thai prose 0.54-0.60, Korean, Chinese
# or Hebrew bytes read as Thai 0.04-0.33).
_COMMON: dict[str, tuple[frozenset[str], float]] = {
    "chinese": (frozenset("的一是不了在人有我他這这中大來来上們们到說说國国和也時时要就以會会可你年為为地出"), 0.08),
    "korean": (frozenset("이의다는에하을를가고지기로한서사리자수도인적어시해대나그있으정전"), 0.08),
    "thai": (frozenset("านรอกเงมย่ีัวทลด"), 0.45),
}
_GREEK_CAPITAL_INSIDE = re.compile(r"(?<=[α-ωάέήίόύώϊϋΐΰς])[Α-ΩΆΈΉΊΌΎΏ]")
_CAPITALS_INSIDE = 0.05  # of Greek words: 'ΌςΜεΦΠΞΔ' is GB18030 Chinese read as Windows-1253
# Of the letters of Greek words, lower case: Greek prose 0.9+, news feeds with capitalised headlines 0.5-0.62, Thai
# read as Greek 0.17-0.30 (chardet's files; this threshold was set on them after a Thai page read as Greek).
_GREEK_LOWER = 0.4


def _other_script(data: bytes) -> DecodedText | None:
    best: tuple[float, str, str] | None = None
    sample = data[:_JUDGED_BYTES]
    for encoding, script in _SCRIPTS:
        text = sample.decode(encoding, errors="replace")
        if len(sample) < len(data):  # a double-byte character cut at the sample's end is not a bad byte
            text = text.rstrip("\ufffd")
        wide = [ch for ch in text if not ch.isascii()]
        if len(wide) < _MIN_LETTERS or text.count("\ufffd") > _MAX_UNDECODABLE * len(wide):
            continue
        letters = _SCRIPT_LETTERS[script]
        if sum(bool(letters.match(ch)) for ch in wide) < _SCRIPT_SHARE * len(wide):
            continue
        words = [word for word in _LETTERS_AND_MARKS.findall(text) if not word.isascii()]
        clean = [word for word in words if all(letters.match(ch) for ch in word)]
        share = len(clean) / len(words) if words else 0.0
        if script in _COMMON and script != "thai":
            share = 1.0  # Chinese and Korean run Latin words into theirs ('Blog文章'): their common characters decide
        if share < _CLEAN_WORDS or not _well_formed(script, text, clean):
            continue
        if best is None or share > best[0]:
            best = (share, encoding, text)
    if best is None:
        return None
    text = data.decode(best[1], errors="replace")
    return DecodedText(_check_text(text), f"not valid UTF-8; decoded as {_NAMES[best[1]]}")


_JUDGED_BYTES = 65536  # ten readings of a 3 MB file would cost seconds; its first 64 kB tell the script
_LETTERS_AND_MARKS = re.compile(r"(?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0591-\u05c7\u064b-\u065f])+")


def _well_formed(script: str, text: str, words: list[str]) -> bool:
    if script == "greek":
        long = [word for word in words if len(word) >= 4]
        mixed = sum(bool(_GREEK_CAPITAL_INSIDE.search(word)) for word in words)
        return (
            len(long) > 0
            and sum(ch.islower() for word in words for ch in word) >= _GREEK_LOWER * sum(map(len, words))
            and sum(any(ch in _TONOS for ch in word) for word in long) >= _TONOS_SHARE * len(long)
            and mixed <= _CAPITALS_INSIDE * len(words)
        )
    if script == "hebrew":
        finals = sum(ch in _HEBREW_FINALS for word in words for ch in word)
        inside = sum(ch in _HEBREW_FINALS for word in words for ch in word[:-1])
        return finals > 0 and inside <= _FINALS_INSIDE * finals
    if script == "thai":
        marks = [m.start() for m in _THAI_MARKS.finditer(text)]
        orphans = sum(i == 0 or not _THAI_BASE.match(text[i - 1]) for i in marks)
        if len(marks) == 0 or orphans > _ORPHAN_MARKS * len(marks):
            return False
    if script in _COMMON:
        common, share = _COMMON[script]
        letters = [ch for ch in text if _SCRIPT_LETTERS[script].match(ch)]
        return sum(ch in common for ch in letters) >= share * len(letters)
    return True  # Arabic: the clean-word share (no Latin letters inside Arabic words) is the test


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
    "cp1253": "Windows-1253 (Greek)",
    "iso8859_7": "ISO-8859-7 (Greek)",
    "cp1255": "Windows-1255 (Hebrew)",
    "iso8859_8": "ISO-8859-8 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "iso8859_6": "ISO-8859-6 (Arabic)",
    "cp874": "Windows-874 (Thai)",
    "gb18030": "GB18030 (Chinese)",
    "big5hkscs": "Big5 (Chinese)",
    "cp949": "EUC-KR (Korean)",
}


def _check_text(text: str) -> str:
    if "\x00" in text:
        raise UnreadableDocument("binary file (NUL characters)")
    if not text.strip():
        raise UnreadableDocument("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")
