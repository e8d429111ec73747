"""Actors in text that is not news (software docs, books): real people and organisations, or none (issue 16).

Made-up text in the shape of what a software docs folder holds: many short pages, "the official X guide",
hyphenated compounds ("X-level"), a thing that "writes".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.cli import main
from bot.format_actors import NO_ACTORS, format_unknown_actor
from retrieval.actors.analysis import NEWS_MAX_SENTENCES, analyse_document
from retrieval.actors.corpus import find_actors
from retrieval.actors.facts import NEWS_DOCUMENT, PROSE_DOCUMENT
from retrieval.actors.lexicon import load_lexicon
from retrieval.models import IndexedSentence, ParsedDocument
from retrieval.store.database import Store
from tests.test_actors import name_graph, parsed, rebuilt_name_graph, recomputed_actors, stored_actors, write

# Two long pages of a made-up manual (nobody speaks: not news) and short pages of the same folder
GUIDE = [f"Step {n}: open the settings file and change the timeout to {n} seconds." for n in range(12)]
OPTIONS = [
    "Install the package with the installer.",
    "Then run the command in a terminal.",
    *[f"Option {n} sets the size of the cache in megabytes." for n in range(11)],
]
BUNDLES = [
    "Static Page Bundles",
    "Orbit can be used to serve Static Page Bundles (SPB) by placing the built files in a folder.",
    "The folder is then served as it is.",
    "Each request gets the index file.",
]
BRIDGE = [
    "Async Views",
    "With that in mind you can serve Orbit with the KelvarBridge adapter as described elsewhere.",
    "The KelvarBridge adapter is recommended as it works with the loop.",
    "It needs no setup.",
]


def actor_names(*documents: Sequence[str]) -> set[str]:
    """The actors `find_actors` lists for a corpus of these documents (each a list of one-sentence paragraphs)."""
    sentences: list[IndexedSentence] = []
    for document, texts in enumerate(documents, start=1):
        for paragraph, text in enumerate(texts, start=1):
            sentences.append(IndexedSentence(len(sentences) + 1, document, paragraph, 1, text, ()))
    return {actor.name for actor in find_actors(sentences).actors}


def test_short_pages_read_as_the_folders_other_documents() -> None:
    # alone, a page too short to tell its genre reads as news (a short news item names actors without speech)
    assert "Static Page Bundles" in actor_names(BUNDLES)
    assert "KelvarBridge" in actor_names(BRIDGE)
    # among pages that are not news, it is not news either: a heading or a term is no actor
    assert not actor_names(GUIDE, OPTIONS, BUNDLES, BRIDGE) & {"Static Page Bundles", "KelvarBridge", "Orbit"}


async def test_the_incremental_refresh_follows_the_corpus_genre(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The short page's names change when the long pages come and go; each refresh equals the full recompute."""
    monkeypatch.setattr("retrieval.actors.refresh._REBUILD_WRITTEN_SHARE", 2.0)  # refreshed, however much is written
    db = tmp_path / "docbot.sqlite3"
    store = await Store.open(db)
    try:

        def page(path: str, texts: Sequence[str]) -> ParsedDocument:
            return parsed(path, [[text] for text in texts])

        await write(store, [page("bundles.md", BUNDLES)])
        assert any(name == "Static Page Bundles" for name, *_ in stored_actors(db)[0])
        await write(store, [page("guide.md", GUIDE), page("options.md", OPTIONS)])
        assert stored_actors(db) == recomputed_actors(db)
        assert not any(name == "Static Page Bundles" for name, *_ in stored_actors(db)[0])
        await write(store, [page("bridge.md", BRIDGE)])
        assert stored_actors(db) == recomputed_actors(db)
        await write(store, removed=["guide.md", "options.md"])
        assert stored_actors(db) == recomputed_actors(db)
        assert {"Static Page Bundles", "KelvarBridge"} <= {name for name, *_ in stored_actors(db)[0]}
        assert name_graph(db) == rebuilt_name_graph(db, tmp_path)
    finally:
        await store.close()


def test_one_signal_does_not_make_a_page_news() -> None:
    # a ten-sentence page with one sentence that reads like reported speech ("can be told to") is still a manual
    page = [
        "The Kelvar Relay sets the headers that pass the real values on.",
        "The application can then be told to trust those values.",
        "Kelvar Relay keeps them as they are.",
        *[f"Setting {n} keeps the proxy count at {n}." for n in range(7)],
    ]
    assert "Kelvar Relay" not in actor_names(GUIDE, page)


def test_a_document_as_long_as_a_book_is_not_news_whatever_its_dialogue() -> None:
    # a novel's dialogue ("said Dick") reads like news by speech; at book length it is read as the books are
    lines = [
        '"The water is low this morning," said Dick.',
        '"Then we shall row to the mill," said Clara.',
        "We went down to the boat and pushed off.",
        '"Is it far?" said I.',
        "The sun was warm upon the meadows.",
        "Clara laughed and took the oars.",
        '"You will see the old bridge soon," said Dick.',
        "The river bent to the west under the willows.",
    ]
    chapter = lines * 8
    assert actor_names(chapter) == {"Clara", "Dick"}  # as long as a news article: the speakers are listed
    assert actor_names(chapter * (NEWS_MAX_SENTENCES // len(chapter) + 1)) == set()


def test_official_after_a_determiner_is_an_adjective_not_a_title() -> None:
    manual = [
        *GUIDE[:10],
        "Head over to the official Kelvar Template Handbook for more information.",
        "See the official Packaging tutorial for the files and options used.",
    ]
    names = actor_names(manual, OPTIONS)
    assert not names & {"Kelvar Template Handbook", "Packaging"}
    # after a noun it is still the role of a person named after it
    news = [
        "Ministry official Halvorsen said the plan was ready.",
        "Halvorsen added that the work would start in May.",
        "The plan was welcomed.",
    ]
    assert "Halvorsen" in actor_names(news)


def test_a_compound_with_a_lowercase_common_word_is_no_name() -> None:
    manual = [*GUIDE[:10], "Captures Widget-level writes from the print function.", "Keeps Orbit-aware readers."]
    assert not actor_names(manual, OPTIONS) & {"Widget-level", "Orbit-aware", "Captures Widget-level"}
    # a name's hyphenated parts are capitalised or short syllables
    news = ["Kim Jong-un said the talks would go on.", "Anna Berg-Lund told reporters the vote was close."]
    assert {"Kim Jong-un", "Anna Berg-Lund"} <= actor_names(news)


def test_a_thing_that_adds_an_object_does_not_speak() -> None:
    manual = [
        *GUIDE[:10],
        "A running database server and Orbit-Store are required.",
        "Orbit-Store adds helpful utilities on top of the driver.",
    ]
    assert "Orbit-Store" not in actor_names(manual, OPTIONS)
    # a clause after the verb is what was said: "that" left out
    news = [
        "Anna Berg, the mayor, opened the bridge on Monday.",
        "Berg added local officials were worried about the cost.",
    ]
    statements = {
        link.sentence_id
        for link in find_actors([IndexedSentence(n, 1, n, 1, text, ()) for n, text in enumerate(news, start=1)]).links
        if link.is_statement
    }
    assert 2 in statements


def test_a_changelog_line_opening_with_a_verb_names_no_body() -> None:
    changelog = [
        *GUIDE[:10],
        "Fix Kelvar Gallery layout on small screens.",
        "Add Orbit Museum generator plugin to the list of plugins.",
        "Using Velby Post with the proxy needs the new option.",
    ]
    names = actor_names(changelog, OPTIONS)
    assert not names & {"Fix Kelvar Gallery", "Add Orbit Museum", "Using Velby Post", "Kelvar Gallery"}
    # a body opening its sentence as its verb's subject is named
    hosted = [*GUIDE[:10], "Kelvar Gallery hosted the first meetup of the users.", "The meetup was small."]
    assert "Kelvar Gallery" in actor_names(hosted, OPTIONS)


def test_an_acronym_used_as_a_kind_makes_its_spelt_out_name_a_term() -> None:
    manual = [
        *GUIDE[:10],
        "Orbit can use a Pinned Relay Network (PRN) to serve the files.",
        "Set the PRN cache size in the settings file.",
        "Our global PRN keeps a copy of each file.",
        "Point the option at a custom PRN bundle.",
    ]
    assert "Pinned Relay Network" not in actor_names(manual, OPTIONS)
    # a body whose acronym stands alone is named
    body = [
        *GUIDE[:10],
        "The Kelvar Software Foundation (KSF) hosts the project.",
        "The KSF said the licence would not change.",
    ]
    assert "Kelvar Software Foundation" in actor_names(body, OPTIONS)


def test_a_country_named_by_its_capitals_code_alone_outside_news_is_a_format() -> None:
    manual = [*GUIDE[:10], "Export the chart as PNG or SVG.", "PNG images are smaller than the other ones."]
    assert "Papua New Guinea" not in actor_names(manual, OPTIONS)
    # in news, and by its name, it is the country
    news = ["PNG's prime minister said the talks would go on.", "He said the vote was close."]
    assert "Papua New Guinea" in actor_names(news)
    named = [*GUIDE[:10], "The chart shows the exports of Papua New Guinea (PNG) by year."]
    assert "Papua New Guinea" in actor_names(named, OPTIONS)


def test_a_release_heading_is_no_dateline() -> None:
    """A release's notes open with its number and date: not a news article's dateline (ha8, Sphinx's changes)."""
    notes = [
        "Features added",
        *[f"The OrbitBuilder now writes page {n} of the index first." for n in range(3)],
        *GUIDE[:9],
    ]
    assert "OrbitBuilder" in actor_names(["Friday, May 15, 2017", *notes])  # under a dateline: news
    assert "OrbitBuilder" not in actor_names(["Release 2.3.1 (released May 15, 2017)", *notes], OPTIONS)
    assert "OrbitBuilder" not in actor_names(["Release 0.3 (May 6, 2008)", *notes], OPTIONS)


def test_a_list_of_credits_is_no_chronicle() -> None:
    """Many people named in full make a chronicle news, but not when they are credited ("Maintained by ...")."""
    given = ["Anna", "Tom", "Maria", "David", "Laura", "Peter", "Sarah", "James", "Helen", "Paul", "Emma"]
    people = [f"{name} Velbrook" if n % 2 else f"{name} Orlander" for n, name in enumerate(given)]
    credits = [f"Orbit-{n}: a binding for language {n}, packaged by {person}." for n, person in enumerate(people)]
    chronicle = [f"In June {person} walked to the town hall with a new plan." for person in people]
    line = "Orbit-Perl: Maintained by Anna Velbrook KelvarNET is the module."
    facts = analyse_document([*credits, line], list(range(len(credits) + 1)), load_lexicon())
    assert PROSE_DOCUMENT in facts.words
    facts = analyse_document(chronicle, list(range(len(chronicle))), load_lexicon())
    assert NEWS_DOCUMENT in facts.words


def test_a_person_named_in_full_outside_news_is_an_actor() -> None:
    """Outside news a person needs no speech to be named: credits name one in full ("Maintained by Anna Berg"); not
    common words a given name opens, nor a product named after one ("Travis CI")."""
    manual = [
        *GUIDE[:10],
        "The Orbit plugin for editors is maintained by Anna Velbrook.",
        "Ask Anna Velbrook about the plugin.",
        "The tests run on Travis CI for every change.",
        "Travis CI keeps the logs for a month.",
        "The Orbit client is written with the Ruby APIs of the editor.",
        "Ruby APIs change less often than the others.",
        "It takes Will Power to read the logs.",
        "The hero lives above Sister Maren's Bar.",
        *[f"| {n} | Orbit | Sister Maren's Bar |" for n in range(4)],
    ]
    names = actor_names(manual, OPTIONS)
    assert "Anna Velbrook" in names
    assert not names & {"Travis CI", "Ruby APIs", "Will Power", "Sister Maren"}


def test_one_word_mostly_used_as_a_kind_outside_news_is_a_term() -> None:
    """An acronym most of whose mentions are a kind of thing ("an EXPN request") is none, whatever one of them
    seems to say."""
    manual = [
        *GUIDE,
        *OPTIONS[2:12],
        "Send a KRVX request to list the members.",
        "Use the KRVX command to expand a mailing list.",
        "Pass the list name as a KRVX argument.",
        "KRVX says nothing about the members' addresses.",
    ]
    assert "KRVX" not in actor_names(manual, OPTIONS)
    # a body its documents name as a body stays
    body = [*GUIDE[:10], "The KSF hosts the project.", "The KSF said the licence would not change."]
    assert "KSF" in actor_names(body, OPTIONS)


def test_a_folder_without_actors_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`docbot actor NAME` (and /actor) on a folder of manuals naming nobody says plainly that it found none."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text("# Guide\n\n" + "\n\n".join([*GUIDE, *OPTIONS]) + "\n", encoding="utf-8")
    db = str(tmp_path / "cli.sqlite3")
    assert main(["actors", "--docs", str(docs), "--db", db]) == 0
    assert capsys.readouterr().out.strip() == NO_ACTORS
    assert main(["actor", "Orbit_X", "--docs", str(docs), "--db", db]) == 1
    error = capsys.readouterr().err.strip()
    assert error.endswith("no actor named Orbit_X: no people, countries or organisations found in the documents")
    assert format_unknown_actor("Orbit_X", [], none_found=True) == (
        "no actor named Orbit\\_X: no people, countries or organisations found in the documents"
    )
    assert "no document is indexed" not in error  # the folder has documents: they name nobody


def test_an_empty_folder_is_told_as_empty_not_as_naming_nobody(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`docbot actors` and `docbot actor NAME` on a folder with no document warn that nothing is indexed, as `docbot
    ask` does: "no people found in the documents" alone hid that there were none."""
    docs = tmp_path / "docs"
    docs.mkdir()
    db = str(tmp_path / "cli.sqlite3")
    assert main(["actors", "--docs", str(docs), "--db", db]) == 0
    listed = capsys.readouterr()
    assert listed.out.strip() == NO_ACTORS
    assert f"docbot: warning: no document is indexed from {docs}: it holds no file at all" in listed.err
    assert main(["actor", "Orbit", "--docs", str(docs), "--db", db]) == 1
    error = capsys.readouterr().err
    assert f"docbot: warning: no document is indexed from {docs}: it holds no file at all" in error
    assert error.strip().endswith("no actor named Orbit: no people, countries or organisations found in the documents")


def test_an_acronym_before_technical_nouns_outside_news_is_a_term() -> None:
    """An acronym written before technical nouns ("KVRP requests", "the KVRP command", "a KVRP response") names a
    format or command, though some of its sentences read as if it acted; a body's acronym before other nouns ("KSF
    members") stays, as does one a manual names before a technical noun once but mostly as a body."""
    manual = [
        *GUIDE,
        *OPTIONS,
        "KVRP requests made from the same page will use the session.",
        "KVRP requests made from another site need a token.",
        "Browsers send KVRP headers with every call.",
        "The server sends a KVRP response when the form changes.",
        "KVRP said nothing about the cookies in older versions.",
        "Use the KVRP command to list the members.",
        "KVRP replied with an error when the list was empty.",
    ]
    analysis = analyse_document(manual, list(range(len(manual))), load_lexicon())
    assert PROSE_DOCUMENT in analysis.words
    assert "KVRP" not in actor_names(manual, OPTIONS)
    # the technical use after a sentence's common opening word ("Parses KVRP request content.")
    parser = [*GUIDE, *OPTIONS, "Parses KVRP request content.", "Compact KVRP by default."]
    parser += ["KVRP replied with an error."]
    assert "KVRP" not in actor_names(parser, OPTIONS)
    body = [*GUIDE[:10], "The KSF hosts the project.", "KSF members said the licence would not change."]
    body += ["The KSF said the licence would stay.", "Send KVRP requests to the KSF servers."]
    body += ["The KSF told users to upgrade.", "The KSF said it would fund the next release."]
    assert "KSF" in actor_names(body, OPTIONS)


def test_an_acronym_in_the_plural_names_no_actor() -> None:
    """An acronym in the plural ("IDs", "ZQOs") is things, never one actor, in any genre; the singular acronym of a
    body ("the ZQO said") stays a name."""
    texts = [
        "ZQOs said the list was full on Monday.",
        "Old ZQOs told the client to wait, officials said.",
        "The stream keeps two IDs for each entry.",
        "The ZQO said on Tuesday it would close.",
    ]
    names = {row.surface for row in analyse_document(texts, [1, 2, 3, 4], load_lexicon()).names}
    assert "ZQO" in names
    assert not names & {"ZQOs", "IDs"}
