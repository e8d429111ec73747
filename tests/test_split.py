"""Sentence splitting (retrieval/ingest/split.py `split_sentences`): abbreviations, initials, numbers, quotes, other
languages, and the span contract (ordered, trimmed, covering every non-space character once)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.ingest.split import MAX_SENTENCE_CHARS, split_sentences


def sentences(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in split_sentences(paragraph)]


@pytest.mark.parametrize(
    "expected",
    [
        ["Mr. Darcy bowed.", "Mrs. Bennet smiled.", "Dr. Smith left.", "St. Paul's is large."],
        ["He met Prof. Jones and Rev. Green.", "Gen. Lee rode on.", "Capt. Smith and Col. Henderson agreed."],
        ["Jacob A. Riis wrote it.", "J. R. R. Tolkien wrote another.", "Franklin D. Roosevelt read both."],
        ["The U.S. and the U.K. agreed.", "Fruit, e.g. apples, i.e. the red ones, and pears etc. are sold.", "Cheap."],
        # as mail and chat write them, without inner stops
        ["Other topics (ie. Wiki pages for users) can wait.", "Use a tool, eg. Git for this.", "Done."],
        [
            "It began on Sept. 6 at No. 5 Main Street.",
            "See p. 12 and pp. 14-16.",
            "Fig. 3 shows it.",
            "Vol. II is lost.",
        ],
        ["It was Smith vs. Jones.", "Roe v. Wade was decided.", "Pi is 3.14 here.", "Install v2.0.1 now."],
        ["Edit config.yaml first.", "Mail ann@example.org today.", "Read https://example.org/a.html later."],
        ["He paused...", "Then he spoke.", "Wait... what was that?", "Nothing."],
        ["Ask Wm. Franklin and Thos. Jefferson.", "They paid 3s. 6d. per week.", "It was in 473 B.C. in China."],
        # a number that is a code, as the Federal Register writes dockets; "no." before a plain word still ends
        [
            "Search for Docket No. FAA\u20132020\u20130686 there.",
            "See Order No. EO-14028 too.",
            "He said no.",
            "FAA left.",
        ],
    ],
)
def test_abbreviations_initials_and_numbers_stay_inside_sentences(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected
    assert sentences("\n".join(expected)) == expected  # hard-wrapped the same


def test_sentence_ends_that_look_like_abbreviations() -> None:
    # After "etc.", a dotted abbreviation, an initial or a file name, a capitalised word that starts sentences starts
    # a new one; any other capitalised word is a name that continues the sentence ("the U.S. Army", "A. Riis").
    assert sentences("He moved to the U.S. He liked it. The U.S. Army came. It was 9 a.m. The bell rang.") == [
        "He moved to the U.S.",
        "He liked it.",
        "The U.S. Army came.",
        "It was 9 a.m.",
        "The bell rang.",
    ]
    assert sentences("They sold apples, pears, etc. Then they left. He got a grade A. The rest failed.") == [
        "They sold apples, pears, etc.",
        "Then they left.",
        "He got a grade A.",
        "The rest failed.",
    ]
    assert sentences("The time grows as a function of n. Since inputs vary, we take the worst. No. I won't.") == [
        "The time grows as a function of n.",
        "Since inputs vary, we take the worst.",
        "No.",
        "I won't.",
    ]
    assert sentences("Run setup.py. Then edit config.yaml. It was 1990. He was 16. Then he left.") == [
        "Run setup.py.",
        "Then edit config.yaml.",
        "It was 1990.",
        "He was 16.",
        "Then he left.",
    ]


def test_quotes_brackets_and_footnotes_close_sentences() -> None:
    assert sentences('He said "Go." Then he left. "Why?" he asked. She cried "Stop!" Nobody did.') == [
        'He said "Go."',
        "Then he left.",
        '"Why?" he asked.',
        'She cried "Stop!"',
        "Nobody did.",
    ]
    assert sentences("It is said 'enough!' Then quiet. (See above.) Next one. A note.[12] More text. End. [3]") == [
        "It is said 'enough!'",
        "Then quiet. (See above.)",  # a short aside stays with its sentence
        "Next one.",
        "A note.[12]",
        "More text.",
        "End. [3]",
    ]
    assert sentences("“It rained.” The roads flooded. ‘Why?’ asked Ann. [Cf. III. § 3.] It ended.") == [
        "“It rained.”",
        "The roads flooded.",
        "‘Why?’ asked Ann.",
        "[Cf. III. § 3.]",
        "It ended.",
    ]


def test_numbered_points_keep_their_number() -> None:
    assert sentences("3. Order. Let all things have their places.") == [
        "3. Order.",
        "Let all things have their places.",
    ]
    assert sentences("He kept five rules: 1. Rise early. 2. Work hard.") == [
        "He kept five rules: 1. Rise early.",
        "2. Work hard.",
    ]


def test_other_languages() -> None:
    assert sentences("Das ist z. B. ein Haus. Am 3. Oktober 1990 kam er. Er kaufte Brot, Milch usw. Dann ging er.") == [
        "Das ist z. B. ein Haus.",
        "Am 3. Oktober 1990 kam er.",
        "Er kaufte Brot, Milch usw.",
        "Dann ging er.",
    ]
    assert sentences("Das ist z.B. In Ordnung. Im 19. Jahrhundert war das anders. Vgl. Nr. 4 oben.") == [
        "Das ist z.B. In Ordnung.",
        "Im 19. Jahrhundert war das anders.",
        "Vgl. Nr. 4 oben.",
    ]
    assert sentences("M. Dupont est arrivé. Mme Durand aussi. Il a dit : « Bonjour. » Puis il est parti.") == [
        "M. Dupont est arrivé.",
        "Mme Durand aussi.",
        "Il a dit : « Bonjour. »",
        "Puis il est parti.",
    ]
    assert sentences("El Sr. García llegó. La Sra. López también. ¿Vienes mañana? ¡Claro que sí! Adiós.") == [
        "El Sr. García llegó.",
        "La Sra. López también.",
        "¿Vienes mañana?",
        "¡Claro que sí!",
        "Adiós.",
    ]
    assert sentences("Он купил хлеб, молоко и т. д. Потом ушёл. Это было в 1990 г. в Москве. А. С. Пушкин писал.") == [
        "Он купил хлеб, молоко и т. д.",
        "Потом ушёл.",
        "Это было в 1990 г. в Москве.",
        "А. С. Пушкин писал.",
    ]


def test_more_abbreviations_of_other_languages() -> None:
    """Spanish "ej. 1" (The Art of Command Line's README-es.md) ended a sentence before its number, as German "Abs. 2"
    and Italian "pag. 3" did; Italian "Sig." ended one before the name."""
    assert sentences("Lista las secciones, ej. 1 es comandos. Véase p. ej. Linux. Hecho.") == [
        "Lista las secciones, ej. 1 es comandos.",
        "Véase p. ej. Linux.",
        "Hecho.",
    ]
    assert sentences("Danach gilt Abs. 2 bzw. Kap. 3. Fertig.") == ["Danach gilt Abs. 2 bzw. Kap. 3.", "Fertig."]
    assert sentences("Vedi pag. 3 del manuale. Il Sig. Rossi è arrivato.") == [
        "Vedi pag. 3 del manuale.",
        "Il Sig. Rossi è arrivato.",
    ]
    assert sentences("Zie bijv. Python of Java. Het werkt.") == ["Zie bijv. Python of Java.", "Het werkt."]


def test_a_number_after_its_abbreviation_can_end_the_sentence() -> None:
    """The number in "Fig. 3. The" read as a numbered point's ("the file. 2. Save it.") and the sentence went on:
    "_Ch'ien Han Shu_, ch. 30. _Sui Shu_, ch. 32-35." in The Art of War was one, as Portuguese "pág. 3. O" was."""
    assert sentences("See Fig. 3. The results hold.") == ["See Fig. 3.", "The results hold."]
    assert sentences("Veja a pág. 3. O Sr. Silva chegou.") == ["Veja a pág. 3.", "O Sr. Silva chegou."]
    assert sentences("Save the file. 2. Save it.") == ["Save the file.", "2. Save it."]
    assert sentences("Es kam Nr. 5. Mai war später.") == ["Es kam Nr. 5. Mai war später."]  # an ordinal: "5. Mai"


def test_cjk_full_stops_end_sentences_without_spaces() -> None:
    assert sentences("他来了。我们走吧！你好吗？「好的。」然后呢") == [
        "他来了。",
        "我们走吧！",
        "你好吗？",
        "「好的。」",
        "然后呢",
    ]
    assert sentences("東京は大きい。 大阪も大きい。") == ["東京は大きい。", "大阪も大きい。"]


def test_line_breaks_count_as_spaces_and_spans_are_trimmed() -> None:
    paragraph = "  A sentence that is\nwrapped over\tlines.\n\nThen\u00a0another one.\u3000 "
    assert split_sentences(paragraph) == [(2, 40), (42, 59)]
    assert sentences(paragraph) == ["A sentence that is\nwrapped over\tlines.", "Then\u00a0another one."]
    assert split_sentences(" \n\t ") == []
    assert split_sentences("") == []


def test_long_text_without_sentence_ends_is_cut() -> None:
    paragraph = " ".join(["word"] * 600) + ". Short one."
    spans = split_sentences(paragraph)
    assert len(spans) == 4
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert sentences(paragraph)[-1] == "Short one."


# --- the span contract ----------------------------------------------------------------------------------------------

_PIECES = [
    "Mr.", "Dr.", "U.S.", "e.g.", "etc.", "A.", "z. B.", "No.", "3.14", "12.", "5", "word", "Word", "The", "He", "i",
    ".", "...", "…", "?", "!", '"', "'", "“", "”", ")", "(", "[1]", "§", "。", "！", "「", "」", "-", "_",
    " ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "x" * 700,
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), st.text(max_size=300)))
def test_spans_are_ordered_trimmed_and_cover_every_non_space_character_once(paragraph: str) -> None:
    spans = split_sentences(paragraph)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(paragraph)
        assert not paragraph[start].isspace() and not paragraph[end - 1].isspace()
        assert end - start <= MAX_SENTENCE_CHARS
        assert paragraph[previous_end:start].strip() == ""  # nothing but white space between sentences
        previous_end = end
    assert paragraph[previous_end:].strip() == ""
    covered = sum(1 for start, end in spans for character in paragraph[start:end] if not character.isspace())
    assert covered == sum(1 for character in paragraph if not character.isspace())


def test_et_al_citation_goes_on() -> None:
    """An arXiv paper's author-year citations were cut after 'et al.' (19 '(1989)).' fragments in one paper)."""
    assert sentences("It can progress to shock (Bone et al. (1989)). However, providers struggle.") == [
        "It can progress to shock (Bone et al. (1989)).",
        "However, providers struggle.",
    ]
    assert sentences("Smith et al. 2017 found it. It held.") == ["Smith et al. 2017 found it.", "It held."]
    assert sentences("This was shown by Smith et al. The results were clear.") == [
        "This was shown by Smith et al.",
        "The results were clear.",
    ]


def test_a_short_aside_in_brackets_stays_with_its_sentence() -> None:
    # alone, "(Default 100)" answers nothing and loses what it is the default of
    assert sentences("The most connections the pool holds. (Default 100)") == [
        "The most connections the pool holds. (Default 100)"
    ]
    assert sentences("It rained all week. (See Figure 3.) Then it stopped.") == [
        "It rained all week. (See Figure 3.)",
        "Then it stopped.",
    ]
    # a bracketed sentence of its own is one
    long_aside = "(This paragraph was added in the second edition after readers asked for it.)"
    assert sentences(f"It rained. {long_aside}") == ["It rained.", long_aside]


def test_a_letter_in_quotes_before_a_full_stop_ends_the_sentence() -> None:
    # a letter named in quotes is no initial ("Jacob A. Riis")
    assert sentences("Prefix the string with the letter 'f' or 'F'. Everywhere else it is an error.") == [
        "Prefix the string with the letter 'f' or 'F'.",
        "Everywhere else it is an error.",
    ]
    assert sentences("Written by Jacob A. Riis. He was here.") == ["Written by Jacob A. Riis.", "He was here."]


def test_a_spaced_ellipsis_is_no_run_of_sentences() -> None:
    # Walden quotes a poem with a gap, "his mind! . . . . . . . Can use this horse": it was cut into seven "sentences"
    # of one dot each; The Waste Land's "I sat down and wept . . ." into three
    assert sentences("To his beasts and disafforested his mind! . . . . . . . Can use this horse, goat, wolf.") == [
        "To his beasts and disafforested his mind! . . . . . . .",
        "Can use this horse, goat, wolf.",
    ]
    assert sentences("By the waters of Leman I sat down and wept . . .") == [
        "By the waters of Leman I sat down and wept . . ."
    ]
    assert sentences("He paused . . . . Then he left.") == ["He paused . . . .", "Then he left."]
    assert sentences("The court . . . held that it applied. It ended.") == [
        "The court . . . held that it applied.",
        "It ended.",
    ]


def test_a_sentence_opening_with_code_is_split_from_the_one_before() -> None:
    # Readers drop a code span's backticks: "`ctx.send` returns ..." reaches the splitter as "ctx.send returns ...".
    assert sentences(
        "The file is named modid-<version>.jar. <archivesBaseName> and <version> are set in the build."
    ) == [
        "The file is named modid-<version>.jar.",
        "<archivesBaseName> and <version> are set in the build.",
    ]
    assert sentences("Call it first. ctx.send returns the message. bot_token is secret. fetch() waits.") == [
        "Call it first.",
        "ctx.send returns the message.",
        "bot_token is secret.",
        "fetch() waits.",
    ]
    # abbreviations still hold it back, and a plain lower-case word or a dotted abbreviation still goes on
    for paragraph in (
        "Use a helper, e.g. ctx.send in a command.",
        "Send it etc. and wait.",
        "It ends at 5 p.m. in winter.",
        "It ends here. e.g. this is no sentence start.",
    ):
        assert sentences(paragraph) == [paragraph]


def test_a_quoted_example_in_brackets_stays_whole() -> None:
    assert sentences('Write a summary (for example, "We use X. It works.") before the list. Then go on.') == [
        'Write a summary (for example, "We use X. It works.") before the list.',
        "Then go on.",
    ]
    assert sentences("Keep it short (say, \u201cIt runs! It stops.\u201d). Then go on.") == [
        "Keep it short (say, \u201cIt runs! It stops.\u201d).",
        "Then go on.",
    ]
    # a quotation outside brackets is still split, and the bracket's end still ends its sentence
    assert sentences('He said "We use X. It works." and left.') == ['He said "We use X.', 'It works." and left.']
    assert sentences('Pick one (as in "Use X.") now. Then go.') == ['Pick one (as in "Use X.") now.', "Then go."]
