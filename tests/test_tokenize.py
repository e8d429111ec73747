"""The one tokenizer for documents and questions (retrieval/tokenize.py)."""

from __future__ import annotations

import pytest

from retrieval.tokenize import STOP_WORDS, iter_tokens, match_spans, stem, tokenize


def test_nfkc_and_case_folding() -> None:
    # full-width letters, the "fi" ligature and German sharp s all fold to the plain spelling
    assert tokenize("Ｐｕｔｉｎ") == tokenize("putin") == ["putin"]
    assert tokenize("ﬁghters") == tokenize("FIGHTERS") == tokenize("fighters")
    assert tokenize("Straße") == tokenize("STRASSE") == tokenize("strasse")
    assert tokenize("IDLIB Idlib idlib") == ["idlib"] * 3


def test_numbers_keep_their_digits_together() -> None:
    assert tokenize("10,000") == tokenize("10000") == ["10000"]
    assert tokenize("more than 500,000 people") == ["500000", "peopl"]
    assert tokenize("500,000") == tokenize("500000")
    assert tokenize("about 3 million") == ["3", "million"]
    assert tokenize("3.5 percent") == ["3.5", "percent"]
    assert tokenize("1,234,567.89") == ["1234567.89"]
    # a comma between small numbers is a list, not a thousands separator
    assert tokenize("1,2") != tokenize("12")


def test_hyphenated_words_give_the_whole_and_the_parts() -> None:
    assert tokenize("half-million") == ["half-million", "half", "million"]
    assert tokenize("al-Assad") == ["al-assad", "al", "assad"]
    terms = tokenize("Al-Qaeda-linked fighters")
    assert terms[0] == "al-qaeda-link"
    assert {"al", "qaeda", "link", "fighter"} <= set(terms)
    # so a question with either spelling finds the word
    assert "assad" in tokenize("Bashar al-Assad's regime")
    assert "million" in tokenize("a half-million people")
    # stop words inside a hyphenated word are not kept as parts
    assert tokenize("all-out") == ["all-out"]


def test_possessives() -> None:
    assert tokenize("Assad's forces") == tokenize("Assad forces") == ["assad", "forc"]
    assert tokenize("Erdogan’s proposal") == tokenize("Erdogan's proposal") == ["erdogan", "propos"]
    assert tokenize("the rebels' positions") == ["rebel", "posit"]


def test_acronyms_survive_where_their_lower_case_is_a_stop_word() -> None:
    assert "us" in STOP_WORDS
    assert tokenize("U.S.") == tokenize("the US") == ["us"]
    assert tokenize("counter U.S. sanctions") == ["counter", "us", "sanction"]
    assert tokenize("US special adviser") == ["us", "special", "advis"]
    assert tokenize("to us as objectionable") == ["objection"]
    assert tokenize("What did he tell us?") == ["tell"]
    # "IT" and "WHO" are acronyms in mixed-case text, stop words otherwise
    assert tokenize("the WHO said") == ["who", "said"]
    assert tokenize("who said") == ["said"]
    # in all-capitals text nothing can tell an acronym from a shouted word, so stop words stay stop words
    assert tokenize("WHAT IS THIS") == []


def test_stop_words_are_dropped() -> None:
    assert tokenize("What is the capital of the country?") == ["capit", "countri"]
    assert tokenize("the and of to it is was") == []
    for word in ("the", "is", "what", "did", "about", "it", "he", "she", "they", "us", "could", "also"):
        assert word in STOP_WORDS, word
    for word in ("putin", "ceasefire", "war", "killed"):
        assert word not in STOP_WORDS, word


def test_snowball_stemming() -> None:
    assert tokenize("killed killing kills") == ["kill"] * 3
    assert tokenize("ceasefire ceasefires") == ["ceasefir"] * 2
    assert tokenize("preparing prepared") == ["prepar"] * 2
    assert stem("sanctions") == "sanction"
    assert stem("civilians") == "civilian"
    # Porter2 (Snowball English), not the original Porter: "generously" → "generous"
    assert stem("generously") == "generous"


def test_documents_and_questions_share_terms() -> None:
    sentence = "Putin said a ceasefire would be pointless as it would not involve Islamist militant groups."
    question = "What did Putin say about a ceasefire?"
    assert set(tokenize(question)) == {"putin", "say", "ceasefir"}
    assert {"putin", "ceasefir"} <= set(tokenize(sentence))


@pytest.mark.parametrize("text", ["", "   ", "?!.,;", "— – …"])
def test_nothing_to_tokenize(text: str) -> None:
    assert tokenize(text) == []


def test_token_spans_point_at_the_surface_text() -> None:
    text = "Syria's 10,000 fighters — “half-million” U.S. dead."
    for token in iter_tokens(text):
        assert 0 <= token.start < token.end <= len(text)
        surface = text[token.start : token.end]
        assert tokenize(surface)[0] == token.term or token.term in tokenize(surface), (token, surface)


def test_match_spans() -> None:
    text = 'Putin said "a ceasefire would be good" but Moscow doubts the ceasefires.'
    spans = match_spans(text, {"putin", "ceasefir"})
    assert [text[a:b] for a, b in spans] == ["Putin", "ceasefire", "ceasefires"]
    # a hyphenated word matched by its whole and its part is one merged span
    text = "almost a half-million people"
    assert [text[a:b] for a, b in match_spans(text, {"half-million", "million"})] == ["half-million"]
    # a part alone bolds only the part
    assert [text[a:b] for a, b in match_spans(text, {"million"})] == ["million"]
    # acronyms and numbers
    text = "to counter U.S. sanctions on 10,000 firms"
    assert [text[a:b] for a, b in match_spans(text, {"us", "10000"})] == ["U.S.", "10,000"]
    assert match_spans(text, set()) == []
    assert match_spans(text, {"absent"}) == []


def test_match_spans_when_normalization_changes_the_length() -> None:
    # "…" becomes "..." and "ﬁ" becomes "fi" under NFKC: spans still point at the original characters
    text = "…the ﬁghters of Ｐｕｔｉｎ’s army…"
    spans = match_spans(text, {"fighter", "putin", "armi"})
    assert [text[a:b] for a, b in spans] == ["ﬁghters", "Ｐｕｔｉｎ", "army"]
    shortened = "okapi word0 word1 word2…"
    assert [shortened[a:b] for a, b in match_spans(shortened, {"okapi"})] == ["okapi"]
    # a base letter with a combining accent is one character of the normalized text
    accented = "the cafe\u0301 is open…"
    assert [accented[a:b] for a, b in match_spans(accented, {"cafe", "open"})] == ["cafe\u0301", "open"]


def test_latin_accents_are_folded_after_stemming() -> None:
    # a book spells "Sun Tzŭ", a question "Sun Tzu"; a member types "Herve" for "Hervé"
    assert tokenize("Sun Tzŭ") == tokenize("Sun Tzu") == ["sun", "tzu"]
    assert tokenize("Hervé Müller") == tokenize("Herve Muller") == ["herv", "muller"]
    # the stemmer still sees the accents: French "élèves" and "élève" are one stem, written without them
    assert tokenize("élèves", "fr") == tokenize("élève", "fr") == tokenize("eleve", "fr")
    # other scripts keep their marks: Cyrillic й is not и, Japanese が is not か
    assert tokenize("йога", "ru") != tokenize("иога", "ru")
    assert tokenize("が", "ja") == ["が"]


def test_a_one_letter_option_is_a_term_of_its_own() -> None:
    # "What does -k do?": the letter alone matched every "100 k" of a manual, and "-s" was a stop word
    assert tokenize("What does the -k option do?") == ["-k", "option"]
    assert tokenize("-k --keep Keep the input files.") == ["-k", "keep", "keep", "input", "file"]
    assert tokenize("-s --small") == ["-s", "small"]
    assert tokenize("use -V or -v") == ["use", "-V", "-v"]  # case kept: options differ by it
    # hyphens inside words, ranges and a lone dash are as before
    assert tokenize("e-mail 5-7 -- done") == ["e-mail", "mail", "5", "7", "done"]
    assert [(t.term, t.start, t.end) for t in iter_tokens("Use -k.") if t.term == "-k"] == [("-k", 4, 6)]
