"""Documents and questions in other languages (issue 12): detection, stems and stop words, Chinese and Japanese
characters, the stored language, and the LANGUAGE setting. The documents are real: "The Art of Command Line" and
its translations (bench/data/multilingual, CC BY-SA 4.0)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError
from retrieval.ingest import document as document_module
from retrieval.ingest.document import parse_document
from retrieval.language import SAMPLE_CHARS, detect_language
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.tokenize import (
    COMPOUND_MAX_LETTERS,
    compound_parts,
    match_spans,
    question_compound_parts,
    supported_languages,
    tokenize,
)
from tests.files import open_service

DOCS = Path(__file__).resolve().parent.parent / "bench" / "data" / "multilingual" / "docs"


def sentence_of(language: str, fragment: str) -> str:
    """The line of the translated document that holds `fragment` (so the tests quote the documents themselves)."""
    text = (DOCS / f"README-{language}.md").read_text(encoding="utf-8")
    return next(line.strip("- ").strip() for line in text.splitlines() if fragment in line)


def test_each_document_is_detected_in_its_language() -> None:
    for language in ("en", "de", "es", "fr", "it", "pt", "ru", "zh", "ja"):
        path = DOCS / f"README-{language}.md"
        document, _ = parse_document(path.name, path.read_bytes(), 0)
        assert document.language == language


def test_a_document_of_one_huge_block_is_detected_from_a_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    # A text without blank lines is one block: detection scored all of it (5 s for a 10 MB file).
    line = " ".join(sentence_of("de", fragment) for fragment in ("Kenne reguläre", "passwortloser"))
    data = (" ".join([line] * 5000)).encode("utf-8")
    seen: list[int] = []

    def detect(text: str, among: object = None) -> str:
        seen.append(len(text))
        return detect_language(text)

    monkeypatch.setattr(document_module, "detect_language", detect)  # where a document's language is guessed
    document, _ = parse_document("lang.txt", data, 0)
    assert len(data) > 100 * SAMPLE_CHARS
    assert seen and max(seen) <= SAMPLE_CHARS
    assert document.language == "de"


def test_a_question_is_detected_among_the_indexed_languages() -> None:
    assert detect_language("Wie lasse ich einen Hintergrundprozess dauerhaft weiterlaufen?") == "de"
    assert detect_language("Как приостановить процесс?") == "ru"
    assert detect_language("怎样回到前一个工作路径？") == "zh"
    assert detect_language("前のワーキングディレクトリに戻るには？") == "ja"
    # Spanish and Portuguese are close; among the index's languages the right one is chosen, and with one language
    # in the index there is nothing to guess.
    assert detect_language("¿Cómo vuelvo al directorio de trabajo anterior?", {"es", "pt", "en"}) == "es"
    assert detect_language("Wie lasse ich einen Prozess laufen?", {"en"}) == "en"
    assert detect_language("1234 ???") == "en"


def test_german_stop_words_and_stems() -> None:
    sentence = sentence_of("de", "Hintergrundprozess")
    terms = tokenize(sentence, "de")
    # "wie", "ist", "das", "du", "oder", "wenn" are German stop words, not content words
    assert not {"wie", "ist", "das", "du", "oder", "wenn", "einen"} & set(terms)
    assert "hintergrundprozess" in terms
    # the question's inflected words meet the document's: "laufen lassen" ~ "läuft", "lässt"
    assert set(tokenize("Wie läuft ein Hintergrundprozess für immer?", "de")) & set(terms) >= {
        "hintergrundprozess",
        "imm",
    }
    # as English (before): the stop words were terms
    assert {"wie", "ist", "das"} <= set(tokenize("Wie ist das?"))


def test_french_elisions_and_russian_yo() -> None:
    assert tokenize("l'exécution d'un processus", "fr") == tokenize("exécution processus", "fr")
    assert tokenize("dell'albero", "it") == tokenize("albero", "it")
    # "ё" is spelled "е" by Snowball's Russian stemmer and stop list
    assert tokenize("Ещё процессы", "ru") == tokenize("Еще процессы", "ru") == tokenize("процессы", "ru")


def test_chinese_and_japanese_characters_are_pairs() -> None:
    assert tokenize("进程树", "zh") == ["进程", "程树"]
    assert tokenize("树", "zh") == ["树"]
    # Latin words inside Chinese text stay words; the characters are pairs whatever the language
    assert tokenize("使用 nohup 使一个后台进程持续运行。", "zh")[:2] == ["使用", "nohup"]
    assert tokenize("後台", "en") == ["後台"]
    sentence = sentence_of("zh", "后台进程持续运行")
    question = tokenize("如何使后台进程持续运行？", "zh")
    assert {"后台", "进程", "持续", "运行"} <= set(question) & set(tokenize(sentence, "zh"))


def test_english_tokens_are_unchanged() -> None:
    assert tokenize("The U.S. government's half-million dollars") == [
        "us",
        "govern",
        "half-million",
        "half",
        "million",
        "dollar",
    ]
    assert tokenize("Don't stop", "en") == tokenize("Don't stop")
    # a language without a stemmer treats its words as English words
    assert tokenize("running processes", "ko") == tokenize("running processes")


def test_matched_words_of_another_language_are_bolded() -> None:
    sentence = "Verwende nohup oder disown, wenn du einen Hintergrundprozess für immer laufen lassen willst."
    terms = frozenset(tokenize("Hintergrundprozess läuft immer", "de"))
    bolded = [sentence[start:end] for start, end in match_spans(sentence, terms)]
    assert "Hintergrundprozess" in bolded and "immer" in bolded
    text = "使用 nohup 使一个后台进程持续运行。"
    spans = match_spans(text, frozenset({"后台", "进程"}), "zh")
    assert [text[start:end] for start, end in spans] == ["后台进程"]


def copy_docs(folder: Path, *languages: str) -> Path:
    folder.mkdir()
    for language in languages:
        shutil.copy(DOCS / f"README-{language}.md", folder / f"README-{language}.md")
    return folder


async def test_questions_in_each_language_find_their_own_document(tmp_path: Path) -> None:
    docs = copy_docs(tmp_path / "docs", "en", "de", "ru", "zh", "ja")
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        assert {d.path: d.language for d in await service.store.documents()} == {
            "README-de.md": "de",
            "README-en.md": "en",
            "README-ja.md": "ja",
            "README-ru.md": "ru",
            "README-zh.md": "zh",
        }
        cases = [
            ("Wie lasse ich einen Hintergrundprozess dauerhaft weiterlaufen?", "README-de.md", "Hintergrundprozess"),
            ("Как сделать, чтобы процесс в фоне выполнялся бесконечно?", "README-ru.md", "в фоне"),
            ("如何使后台进程持续运行？", "README-zh.md", "后台进程持续运行"),
            ("バックグラウンドプロセスをずっと実行し続けるには？", "README-ja.md", "ずっと実行し続けたい"),
            ("How do I keep a background process running forever?", "README-en.md", "keep running forever"),
        ]
        for question, path, fragment in cases:
            answer = service.ask_now(question, 3)
            assert not answer.not_found, question
            assert answer.hits[0].sources[0].path == path
            assert fragment in answer.hits[0].text


async def test_language_setting_forces_one_language_and_rereads(tmp_path: Path) -> None:
    docs = copy_docs(tmp_path / "docs", "de")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        await AnswerService(store, docs, language="en").reindex()
        assert [d.language for d in await store.documents()] == ["en"]
        # German stop words are terms when everything is English
        sentences = await store.load_sentences()
        assert any("wenn" in s.tokens for s in sentences)
        # another LANGUAGE reads every document again, though none changed
        report = await AnswerService(store, docs, language="auto").reindex()
        assert report.changed == ("README-de.md",) or report.added == ("README-de.md",)
        assert [d.language for d in await store.documents()] == ["de"]
        assert not any("wenn" in s.tokens for s in await store.load_sentences())
    finally:
        await store.close()


def test_language_setting_values() -> None:
    assert Settings.from_env({"LANGUAGE": "DE"}).language == "de"
    assert Settings.from_env({}).language == "auto"
    assert {"en", "de", "fr", "es", "pt", "it", "nl", "ru", "zh", "ja"} <= set(supported_languages())
    with pytest.raises(SettingsError, match="LANGUAGE"):
        Settings.from_env({"LANGUAGE": "klingon"})


def test_a_corpus_gathers_its_documents_languages_once() -> None:
    """The languages a question may be tokenized in were gathered from every document at every question."""
    from retrieval.index.corpus import Corpus
    from retrieval.models import DocumentInfo

    documents = [DocumentInfo(1, "a.txt", "A", 3, "de"), DocumentInfo(2, "b.txt", "B", 2, "en")]
    documents.append(DocumentInfo(3, "c.txt", "C", 1, "de"))
    assert Corpus.build([], documents).languages == frozenset({"de", "en"})
    assert Corpus.build([], []).languages == frozenset()


def test_a_hit_in_the_questions_language_comes_before_the_same_tip_translated() -> None:
    """Where a page stands in several translations, a question in French wants the French sentence: the German one
    shared its command's name and came first."""
    from retrieval.answer.answering import OTHER_LANGUAGE_FACTOR, in_question_language_first
    from retrieval.index.corpus import Corpus
    from retrieval.models import DocumentInfo, Hit, IndexedSentence, Source

    german = IndexedSentence(1, 1, 1, 1, "Mit nohup läuft ein Prozess weiter.", ("nohup", "prozess"))
    french = IndexedSentence(2, 2, 1, 1, "Avec nohup, un processus continue.", ("nohup", "processus"))
    corpus = Corpus.build(
        [german, french], [DocumentInfo(1, "de.md", "Befehle", 1, "de"), DocumentInfo(2, "fr.md", "Commandes", 1, "fr")]
    )
    hits = [
        Hit(german.text, 1.0, (Source("de.md", "Befehle", 1, 1),), ("nohup",), sentence_id=1),
        Hit(french.text, 0.9, (Source("fr.md", "Commandes", 1, 1),), ("nohup",), sentence_id=2),
    ]
    ordered = in_question_language_first(corpus, "fr", hits)
    assert [hit.text for hit in ordered] == [french.text, german.text]
    assert ordered[1].score == pytest.approx(OTHER_LANGUAGE_FACTOR)
    assert [hit.score for hit in in_question_language_first(corpus, "de", hits)] == [
        1.0,
        pytest.approx(0.9 * OTHER_LANGUAGE_FACTOR),
    ]


async def test_a_hit_is_bolded_in_its_documents_language_without_the_language_model(tmp_path: Path) -> None:
    """Bolding a hit whose matched terms are not all its own words (a heading's or its paragraph's) guessed its
    language: the language model (~90 MB resident) loaded at the first such question, in an index of English
    documents only. A hit's source carries its document's language, and its words are bolded in that language's stems;
    only a hit of unknown language (a store row) is guessed, as before."""
    from bot.format import format_hit
    from retrieval import language
    from retrieval.models import Hit, Source

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "okapi.md").write_text("# Okapi\n\nThe okapi lives in the Ituri forest.\n", encoding="utf-8")
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        answer = await service.ask("Where does the okapi live?")
    assert answer.hits and answer.hits[0].source.language == "en"

    def hit(text: str, terms: tuple[str, ...], source_language: str | None) -> Hit:
        return Hit(text, 1.0, (Source("okapi.md", "Okapi", 1, 1, language=source_language),), terms)

    language._identifier.cache_clear()
    shown = format_hit(hit("It lives in the Ituri forest.", ("okapi", "ituri"), "en"))
    assert "**Ituri**" in shown and "**" not in shown.replace("**Ituri**", "")
    assert language._identifier.cache_info().currsize == 0  # no guess: English stems only
    german = "Die Okapis leben in den Wäldern."
    shown = format_hit(hit(german, tuple(tokenize(german, "de")), "de"))
    assert "**Okapis**" in shown and "**Wäldern**" in shown
    assert language._identifier.cache_info().currsize == 0
    format_hit(hit("It lives in the Ituri forest.", ("okapi", "ituri"), None))
    assert language._identifier.cache_info().currsize == 1  # a hit of unknown language: guessed


def test_short_romance_words_meet_their_longer_forms() -> None:
    """Snowball leaves a short Italian, Spanish or Portuguese word whole ("usa", "uso", "usar"; "usare" -> "usar"):
    the question's infinitive and the document's "usa" were two terms."""
    assert set(tokenize("Quale strumento usare per il JSON?", "it")) & set(tokenize("Per il JSON usa jq.", "it")) == {
        "us",
        "json",
    }
    assert "us" in set(tokenize("¿Qué uso para JSON?", "es")) & set(tokenize("Para JSON, usa jq.", "es"))
    assert "us" in set(tokenize("O que uso para JSON?", "pt")) & set(tokenize("Para JSON, use o jq.", "pt"))
    # a word Snowball stems keeps its stem: both forms of "utilizzare" met already
    assert tokenize("utilizzare", "it") == tokenize("utilizza", "it") == ["utilizz"]
    # a short word that is no verb or inflected form keeps its letters but for a final vowel
    assert tokenize("mare", "it") == ["mar"]
    assert tokenize("casa caso", "es") == ["cas", "cas"]
    # English is untouched
    assert tokenize("use uses used", "en") == ["use", "use", "use"]


def test_russian_verb_stems_meet_their_nouns() -> None:
    """Snowball takes "-ть" off a Russian verb and keeps the vowel before it: "работать" was "работа", "работы"
    "работ"."""
    assert "работ" in set(tokenize("Чем работать с JSON?", "ru")) & set(tokenize("Для работы с JSON есть jq.", "ru"))
    assert tokenize("узнать узнайте", "ru") == ["узн", "узн"]


def test_question_words_are_stop_words_in_every_language() -> None:
    """English drops how, why, where, when (NLTK's list); Snowball's other lists keep their question words, which
    then picked the one sentence that happened to say "comment" or "warum"."""
    assert tokenize("Comment savoir pourquoi le port est fermé ?", "fr") == ["savoir", "port", "ferm"]
    assert "warum" not in tokenize("Warum bricht der Build ab?", "de")
    assert "почем" not in tokenize("Почему падает сборка?", "ru")
    assert not {"cuand", "dond"} & set(tokenize("¿Dónde y cuándo se guarda el registro?", "es"))
    # without its accent a stop word is one all the same ("quê" is "que")
    assert "que" not in tokenize("Não sei por quê", "pt")
    # not where the letters differ: Swedish "år" (year) is no "är", German "Uber" no "über"
    assert "ar" in tokenize("Hur många år tar det?", "sv")
    assert "uber" in tokenize("Mit Uber fahren", "de")
    # in a document too: its stored terms are the question's
    assert "comment" not in tokenize("Il est utile de savoir comment créer un tunnel SSH.", "fr")


async def test_an_italian_question_in_the_infinitive_finds_the_imperative(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text(
        "Per il JSON usa jq, che filtra e formatta i dati.\n\n"
        "Questo strumento converte i file XML in tabelle.\n\n"
        "Il comando tar crea archivi compressi.\n",
        encoding="utf-8",
    )
    (docs / "заметки.md").write_text(
        "Для работы с JSON есть утилита jq.\n\nФормат YAML похож на JSON.\n\nКоманда tar создаёт архивы.\n",
        encoding="utf-8",
    )
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        assert {d.path: d.language for d in await service.store.documents()} == {"note.md": "it", "заметки.md": "ru"}
        answer = service.ask_now("Quale strumento usare per il JSON?", 3)
        assert not answer.not_found
        assert answer.hits[0].text.startswith("Per il JSON usa jq")
        answer = service.ask_now("Чем работать с JSON?", 3)
        assert not answer.not_found
        assert answer.hits[0].text.startswith("Для работы с JSON")


def test_german_and_dutch_compounds_split_into_words_of_their_document() -> None:
    """A question's "Performance" never met the document's "Performanceinformationen": a compound is split where
    each part is a word of the document on its own, joined directly or by a linking "s", "n", "en"."""
    known = set(tokenize("Die Festplatte ist voll. Manipulation der Daten ist verboten.", "de"))
    assert compound_parts("Festplattenmanipulation", known, "de") == ("festplatt", "manipulation")
    known = set(tokenize("Die Leistung ist gut. Weitere Informationen im Handbuch.", "de"))
    assert compound_parts("Leistungsinformationen", known, "de") == ("leistung", "information")
    known = set(tokenize("De zoek duurt lang. De resultaten staan in een lijst.", "nl"))
    assert compound_parts("Zoekresultaten", known, "nl") == ("zoek", "resultaat")
    # a part the document never writes alone, or a short word or ending ("Tab", "Ende"), splits nothing
    assert compound_parts("Festplattenmanipulation", set(tokenize("Die Festplatte ist voll.", "de")), "de") == ()
    assert compound_parts("Buchstaben", set(tokenize("Buch, Tab und Buchstaben", "de")), "de") == ()
    assert compound_parts("laufende", set(tokenize("laufen, Ende, laufende", "de")), "de") == ()
    # other languages have no compounds to split
    assert compound_parts("Leistungsinformationen", known | {"leistung", "information"}, "en") == ()


def test_a_run_of_letters_longer_than_any_compound_is_not_split() -> None:
    """A PDF's text layer without spaces runs words together into one long "word": past COMPOUND_MAX_LETTERS it is
    not looked at for parts (every cut stems the letters before it: a 16,000-letter run took seconds)."""
    run = "ohneleerzeichen" * (COMPOUND_MAX_LETTERS // 15 + 1)  # a word of the document, as its text layer wrote it
    known = set(tokenize(f"Die Leistung ist gut. {run}", "de"))
    assert len(f"leistungs{run}") > COMPOUND_MAX_LETTERS
    assert compound_parts(f"Leistungs{run}", known, "de") == ()
    # the same split within the limit is made
    short = run[: COMPOUND_MAX_LETTERS - 20]
    assert compound_parts(f"Leistungs{short}", known | set(tokenize(short, "de")), "de") == (
        "leistung",
        *tokenize(short, "de"),
    )


async def test_a_german_question_finds_the_compound_that_holds_its_words(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "werkzeuge.md").write_text(
        "Das Werkzeug hdparm liefert Leistungsinformationen über SATA-Laufwerke.\n\n"
        "Die Leistung eines Servers hängt von vielen Dingen ab, etwa vom Netz.\n\n"
        "Weitere Informationen über Befehle stehen im Handbuch des Systems.\n\n"
        "Mit tar erstellt man Archive aus vielen Dateien.\n",
        encoding="utf-8",
    )
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        assert {d.path: d.language for d in await service.store.documents()} == {"werkzeuge.md": "de"}
        answer = service.ask_now("Was zeigt Informationen zur Leistung?", 3)  # "not found" before
        assert not answer.not_found
        # the sentence is shown as written: only its terms gained the compound's parts
        assert answer.hits[0].text == "Das Werkzeug hdparm liefert Leistungsinformationen über SATA-Laufwerke."


def test_a_questions_compound_splits_into_words_of_the_documents() -> None:
    """A document's compounds were split, a question's were not: "Fußzeilenwert" never met "Wert einer Fußzeile".
    A question's compound that the documents do not hold gives its parts' terms where they hold each part."""
    known = set(tokenize("Der Wert einer Fußzeile darf Leerzeichen enthalten. Die Festplatte ist voll.", "de"))
    assert question_compound_parts("Wann endet ein Fußzeilenwert?", "de", known) == ["fusszeil", "wert"]
    # a compound the documents hold is searched as it is; a part they never write splits nothing
    assert question_compound_parts("Wann endet ein Fußzeilenwert?", "de", known | {"fusszeilenwert"}) == []
    assert question_compound_parts("Wann endet ein Festplattenwert?", "de", known - {"wert"}) == []
    assert question_compound_parts("Wann endet ein Fußzeilenwert?", "en", known) == []


async def test_a_german_questions_compound_finds_the_sentence_of_its_parts(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "commits.md").write_text(
        "Das Parsen endet bei einem Fehler.\n\n"
        "Der Wert einer Fußzeile endet vor dem nächsten Symbolwort.\n\n"
        "Eine Fußzeile steht unter dem Textkörper der Nachricht.\n\n"
        "Mit tar erstellt man Archive aus vielen Dateien.\n",
        encoding="utf-8",
    )
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        answer = service.ask_now("Wo endet ein Fußzeilenwert?", 3)
        assert not answer.not_found
        assert answer.hits[0].text == "Der Wert einer Fußzeile endet vor dem nächsten Symbolwort."
