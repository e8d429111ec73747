"""Actors: finding, alias merging and statements (retrieval/actors/), their storage and incremental upkeep
(retrieval/actors/refresh.py, retrieval/store/, retrieval/service.py), the CLI (`docbot actor`, `docbot actors`) and
the Discord text (bot/format_actors.py). Real SQLite under tmp_path and real files; the seed is the main fixture.
"""

from __future__ import annotations

import asyncio
import gc
import json
import shutil
import sqlite3
import sys
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.format_actors import actor_pages, actors_pages, format_actor, format_actors, format_unknown_actor
from retrieval.actors import directory
from retrieval.actors.analysis import analyse_document
from retrieval.actors.corpus import ActorAnalysis, find_actors
from retrieval.actors.directory import ActorDirectory, ActorListing, ActorQuote, ActorSummary
from retrieval.actors.facts import ACTORS_VERSION, EVIDENCE_INDEX, DocumentFacts
from retrieval.actors.lexicon import load_lexicon, name_key, tokenize_sentence
from retrieval.actors.refresh import refresh_actors, refresh_actors_at
from retrieval.ingest.walk import ScanResult
from retrieval.models import IndexedSentence, ParsedDocument, SentenceRecord, Source
from retrieval.service import AnswerService
from retrieval.store.database import MIGRATIONS, Store
from retrieval.store.records import RelatedActor, StoredActor
from retrieval.tokenize import has_letters_or_digits
from retrieval.workers import worker_pool
from tests.files import UNDO_MIGRATIONS_AFTER_9

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9b990c146cc40a5f.txt"
GOLD = json.loads((ROOT / "tests" / "data" / "seed_actors_gold.json").read_text(encoding="utf-8"))

PUTIN_SAYS = (
    'Putin said "terrorist elements" continued to "stage provocations" and use drones in Idlib.',
    "Reacting to Erdogan's proposal for the joint communique to call for a ceasefire in Idlib, Putin said \"a ceasefire"
    ' would be good" but indicated that Moscow does not think it will hold.',
    "Putin said a ceasefire would be pointless as it would not involve Islamist militant groups it deems terrorists.",
)
HE_ADDED = '"We do not want people of Idlib, who have suffered a lot, to be exposed to new catastrophes", he added.'
ERDOGAN_WARNED = (
    "Erdogan has warned against such a catastrophic outcome, and has much at stake in efforts to prevent it at the"
    " Tehran summit."
)
JUNK = ("The", "Friday", "September", "October", "Latest News", "Latest", "News", "Today", "Stop", "Sources", "Idlib")


# --------------------------------------------------------------------------------------------------------------
# Pure functions on synthetic sentences


def analyse(*paragraphs: str | Sequence[str]) -> ActorAnalysis:
    """find_actors over one document: each argument is a paragraph (a sentence or a list of sentences)."""
    sentences: list[IndexedSentence] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for index, text in enumerate([paragraph] if isinstance(paragraph, str) else paragraph, start=1):
            sentences.append(IndexedSentence(len(sentences) + 1, 1, number, index, text, ()))
    return find_actors(sentences)


@dataclass
class Found:
    names: dict[str, tuple[str, tuple[str, ...]]]  # name → (kind, aliases)
    mentions: dict[int, set[str]]  # sentence id → actor names
    statements: dict[int, set[str]]

    def actor_of(self, alias: str) -> str:
        for name, (_, aliases) in self.names.items():
            if alias == name or alias in aliases:
                return name
        raise AssertionError(f"{alias!r} is not an alias of any actor: {self.names}")


def found(analysis: ActorAnalysis) -> Found:
    names = {a.name: (a.kind, a.aliases) for a in analysis.actors}
    mentions: dict[int, set[str]] = {}
    statements: dict[int, set[str]] = {}
    for link in analysis.links:
        name = analysis.actors[link.actor].name
        mentions.setdefault(link.sentence_id, set()).add(name)
        if link.is_statement:
            statements.setdefault(link.sentence_id, set()).add(name)
    return Found(names, mentions, statements)


def test_tokens_cut_possessives_and_affixes() -> None:
    tokens = tokenize_sentence("Assad's anti-Assad Al-Qaeda-linked U.S. al-Assad")
    assert [(t.text, t.kind, t.affix) for t in tokens] == [
        ("Assad", "word", ""),
        ("'s", "possessive", ""),
        ("Assad", "word", "anti"),
        ("Al-Qaeda", "word", "linked"),
        ("U.S.", "acronym", ""),
        ("al-Assad", "word", ""),
    ]
    assert tokens[5].capitalised


def test_name_keys_ignore_articles_particles_accents_and_dots() -> None:
    particles = load_lexicon().words["name_particles"]
    assert name_key("Bashar al-Assad", particles) == name_key("Bashar Assad", particles) == ("bashar", "assad")
    assert name_key("Recep Tayyip Erdoğan") == ("recep", "tayyip", "erdogan")
    assert name_key("Osama bin Laden", particles) == ("osama", "laden")
    assert name_key("U.S.") == ("us",)


def test_surname_title_and_possessive_merge_into_the_full_name() -> None:
    result = found(
        analyse(
            "Prime Minister Jane Okafor met farmers on Monday.",
            "Okafor's plan drew criticism.",
            "Opposition leaders said Okafor had ignored them.",
            "Mr. Okafor replied later.",
        )
    )
    assert "Jane Okafor" in result.names
    kind, aliases = result.names["Jane Okafor"]
    assert kind == "person"
    assert {"Okafor", "Jane Okafor"} <= set(aliases)
    assert result.actor_of("Okafor") == "Jane Okafor"
    assert list(result.names) == ["Jane Okafor"]  # not "Monday", not "Opposition", not "Mr."
    assert result.mentions == {1: {"Jane Okafor"}, 2: {"Jane Okafor"}, 3: {"Jane Okafor"}, 4: {"Jane Okafor"}}
    assert result.statements == {4: {"Jane Okafor"}}


def test_two_people_with_one_surname_stay_apart_and_the_surname_goes_to_the_more_mentioned() -> None:
    result = found(
        analyse(
            "Anna Lindqvist said the bridge would open.",
            "Lars Lindqvist, her brother, disagreed.",
            "Anna Lindqvist repeated the date.",
            "Lindqvist said it again.",
        )
    )
    assert {"Anna Lindqvist", "Lars Lindqvist"} <= set(result.names)
    assert result.actor_of("Lindqvist") == "Anna Lindqvist"


def test_country_names_adjectives_capitals_and_seats_are_one_country() -> None:
    result = found(
        analyse(
            "Brazil and the Federative Republic of Brazil are one country.",
            "Brazilian officials met on Friday.",
            "Brasilia said the talks went well.",
            "The talks took place in Brasilia.",
            "The Kremlin said it was surprised, and Moscow warned of a response.",
        )
    )
    kind, aliases = result.names["Brazil"]
    assert kind == "country"
    assert {"Brazil", "Federative Republic of Brazil", "Brazilian", "Brasilia"} <= set(aliases)
    assert 4 not in result.mentions  # "in Brasilia" is a place
    assert result.statements[3] == {"Brazil"}
    assert result.statements[5] == {"Russia"}
    assert {"Kremlin", "Moscow"} <= set(result.names["Russia"][1])


def test_capital_as_a_place_is_not_the_government() -> None:
    result = found(analyse("Delegates gathered in Nairobi and Kampala.", "The Nairobi summit ended early."))
    assert result.names == {}


def test_junk_is_not_an_actor() -> None:
    result = found(
        analyse(
            "Latest News",
            "Today's meeting was short.",
            "Sources said nothing had changed.",
            "Stop the war.",
            "The report came out in September.",
            "Meanwhile, prices rose in the southern Kivu region.",
        )
    )
    assert result.names == {}


def test_organisations_by_final_word_acronym_and_initials() -> None:
    result = found(
        analyse(
            "The World Health Organization urged calm.",
            "WHO officials said later that the United Nations would help.",
            "A UN convoy arrived.",
            "The Daily Planet reported the story.",
        )
    )
    assert result.names["World Health Organization"][0] == "organisation"
    assert result.actor_of("UN") == "United Nations"
    assert result.names["Daily Planet"][0] == "organisation"
    assert "World Health Organization" in result.statements[1]
    assert "Daily Planet" in result.statements[4]


def test_titles_particles_datelines_and_places() -> None:
    result = found(
        analyse(
            "BRUSSELS (Reuters) - Commission President Ursula von der Leyen said talks would continue.",
            "Von der Leyen added that NATO Secretary General Jens Stoltenberg agreed.",
            "Amnesty International criticised the plan, and Amnesty's lawyers appealed.",
            "Shares fell on Wall Street.",
        )
    )
    assert set(result.names) == {"Reuters", "Ursula von der Leyen", "NATO", "Jens Stoltenberg", "Amnesty International"}
    assert result.actor_of("Von der Leyen") == "Ursula von der Leyen"
    assert result.actor_of("Amnesty") == "Amnesty International"
    assert result.names["Jens Stoltenberg"][0] == "person" and result.names["NATO"][0] == "organisation"
    assert result.statements[1] == result.statements[2] == {"Ursula von der Leyen"}


def test_statement_patterns() -> None:
    result = found(
        analyse(
            '"We will rebuild," said Mayor Tomas Varga.',
            "According to Varga, the work starts in May.",
            "Critics of Varga said the plan was late.",
            "Varga told reporters that funds were ready.",
            "Varga, who took office last year, has also warned of delays.",
            "Aid workers were told by Varga that roads were open.",
            "Varga's office said nothing.",
            "Reporters met Varga in the afternoon.",
        )
    )
    assert result.names["Tomas Varga"][0] == "person"
    says = {sid for sid, names in result.statements.items() if "Tomas Varga" in names}
    assert says == {1, 2, 4, 5, 6}  # not "critics of Varga said", not "Varga's office said", not an object


def test_pronoun_and_bare_quote_continuations() -> None:
    result = found(
        analyse(
            ["Elena Ruiz said the dam was safe.", '"It will hold," she added.'],
            ['"Nobody was hurt".'],
            ["The weather was calm.", '"Calm seas", he added.'],
        )
    )
    assert result.statements[1] == result.statements[2] == result.statements[3] == {"Elena Ruiz"}
    assert 5 not in result.statements  # nobody spoke in the sentence before


def test_continuation_carries_the_last_speaker_over() -> None:
    result = found(
        analyse(
            [
                "Chile and Peru have denied the claim, but envoy Marta Solis told reporters the talks would go on.",
                '"We are patient".',
            ]
        )
    )
    assert result.statements[1] == {"Chile", "Peru", "Marta Solis"}
    assert result.statements[2] == {"Marta Solis"}


def test_a_quotation_of_several_sentences_goes_to_the_speaker_named_where_it_ends() -> None:
    result = found(
        analyse(
            "Nora Kell chaired the panel.",
            ['"The harvest failed in three regions.', 'Prices will rise before winter," Kell said.'],
            ["Ivo Brandt, a farmer, said the rain came late.", '"We lost half the crop.', "Nobody helped us."],
        )
    )
    assert result.statements[2] == result.statements[3] == {"Nora Kell"}  # the quote before its attribution
    assert result.statements[5] == result.statements[6] == {"Ivo Brandt"}  # bare quote sentences continue him
    assert 1 not in result.statements


def test_news_attribution_patterns() -> None:
    result = found(
        analyse(
            "Vela Corp officials have stated that the plant is safe.",
            "Mira Osk has consistently denied the claim.",
            '"It was a good year," according to the Daily Ledger.',
            "Tomas Rey, SC, said the case was weak.",
            "Anna Lind of the Joint Board for the Care of Rivers, says the water is clean.",
            'Asked about it, Mira Osk spoke to the Ledger, telling the Daily Ledger the claim was "false".',
        )
    )
    assert result.statements[1] == {"Vela Corp"}
    assert result.statements[2] == {"Mira Osk"}
    assert result.statements[3] == {"Daily Ledger"}
    assert result.statements[4] == {"Tomas Rey"}
    assert result.statements[5] == {"Anna Lind"}
    assert "Joint Board for the Care of Rivers" in result.names
    assert "Daily Ledger" not in result.statements.get(6, set())  # the listener does not speak


def test_events_titles_and_lowercase_words_are_not_actors() -> None:
    result = found(
        analyse(
            "The Vell Summit opened in May, and the Karo Study followed.",
            "Iodine levels were low, and iodine is cheap.",
            "The CEO left.",
            "George P. Marsh spoke, and later George Marsh left.",
        )
    )
    assert not {"Vell Summit", "Karo Study", "Iodine", "CEO"} & set(result.names)
    assert result.actor_of("George Marsh") == result.actor_of("George P. Marsh")


def test_one_word_names_need_evidence_that_they_act() -> None:
    result = found(
        analyse(
            "Volunteers shared the report on the Internet after the trip to Varden.",
            "Brightwave was fined on Tuesday.",
            "Critics told Zentra that the plan would fail.",
            "The Harlow spokesman Tom Reyes said the talks went well.",
            "Calloway fans waved, Calloway supporters sang and Calloway posters went up.",
        )
    )
    assert {"Brightwave", "Zentra", "Harlow", "Tom Reyes", "Calloway"} <= set(result.names)  # acts, or named thrice
    assert not {"Internet", "Varden"} & set(result.names)


def test_posts_numbered_things_and_words_in_capitals_are_not_actors() -> None:
    result = found(
        analyse(
            "The Home Secretary visited the port.",
            "Ravi Menon, an Ashford Labour MP, said the plan was sound.",
            "Diane Foster MP said the vote would pass.",
            "PR #412 was merged by Dana Whitfield.",
            "The column type is TEXT and the default is SET NULL, and the service returns UUIDs.",
            "Investigators studied the Karvo bombing, and the stamp Protected B was on every page.",
        )
    )
    assert {"Ravi Menon", "Diane Foster", "Dana Whitfield"} <= set(result.names)
    junk = {"Home Secretary", "Ashford Labour MP", "PR", "TEXT", "SET NULL", "UUIDs", "Karvo", "Protected B"}
    assert not junk & set(result.names)


def test_a_document_that_is_not_news_lists_only_well_evidenced_names() -> None:
    tutorial = [
        "Install the Widget Toolkit before you start.",
        "The Widget Toolkit needs a database.",
        "Create a table with the Widget Toolkit.",
        "Then add rows to it.",
        "Each row has an id and a name.",
        "The Widget Toolkit checks the types.",
        "Mr. Halvorsen built the first version in 2019.",
        "The Orbit Software Foundation hosts it today.",
        "Run the tests with the Widget Toolkit.",
        "That is all for this part.",
    ]
    names = set(found(analyse(tutorial)).names)
    assert "Widget Toolkit" not in names  # a heading or term: nobody speaks, no title, no organisation word
    assert {"Halvorsen", "Orbit Software Foundation"} <= names
    news = [*tutorial[:3], "Lena Park said the Widget Toolkit was ready.", "Park added that it was free."]
    assert "Widget Toolkit" in set(found(analyse(news)).names)  # too short to tell: read as news


def test_acronyms_that_spell_words_employers_and_school_districts() -> None:
    result = found(
        analyse(
            "The World Health Organisation (WHO) recommends more testing.",
            "WHO say the risk is low.",
            "Brightline co-founder Tara Quinn met the Marlow School District and its lawyers.",
            "The Shadow Home Secretary Ada Price said the plan was late.",
        )
    )
    assert result.actor_of("WHO") == "World Health Organisation"
    assert result.statements[1] == result.statements[2] == {"World Health Organisation"}
    assert result.names["Brightline"][0] == "organisation" and "Tara Quinn" in result.names
    assert "Marlow School District" in result.names
    assert "Shadow Home" not in result.names and result.statements[4] == {"Ada Price"}


def test_plural_nouns_documents_relative_clauses_and_appositions() -> None:
    result = found(
        analyse(
            "Recent reports have revealed that the Orbit Group hid its losses.",
            'The Harbour Office letter reads "we may extend the scheme in due course".',
            "Nora Quist met Paul Venn, who had told reporters he would resign.",
            "Professor Ivo Brandt, Director of the Salt Study, and Chairman of the Marlow Trust, says iodine matters.",
            "Both the Marlow School District and the Marlow Police Department have asserted that race was no factor.",
            'In the words of the Crown prosecutor, Ada Fenn, QC, "the child suffered for months".',
            "According to a spokesman for the Marlow Trust, the plan is late.",
            "Paul Venn later went on to say that the plan was late.",
        )
    )
    assert "Recent" not in result.names  # "reports" is a noun here: "reports have revealed"
    assert 1 not in result.statements
    assert result.statements[2] == {"Harbour Office"}
    assert result.statements[3] == {"Paul Venn"}
    assert result.statements[4] == {"Ivo Brandt"}
    assert result.statements[5] == {"Marlow School District", "Marlow Police Department"}
    assert result.statements[6] == {"Ada Fenn"}
    assert result.statements[7] == {"Marlow Trust"}
    assert result.statements[8] == {"Paul Venn"}


def test_the_passive_voice_is_spoken_of_not_speaking() -> None:
    result = found(
        analyse(
            "Nora Quist was accused of fraud on Monday.",
            "Quist has been criticised by the Marlow Trust.",
            "Quist was told to leave the country.",
            "Quist was quoted as saying the deal was dead.",
            "Quist is reported to have said that she would appeal.",
        )
    )
    assert 1 not in result.statements and 3 not in result.statements
    assert result.statements[2] == {"Marlow Trust"}
    assert result.statements[4] == result.statements[5] == {"Nora Quist"}


def test_prepositions_pronouns_possessives_and_ellipses() -> None:
    result = found(
        analyse(
            "A defector from inside the Orbit Church called the Star Unit a prison.",
            [
                "Uma Roth, mother of a victim, believes Ivo Brandt was innocent.",
                'She described his death as "a sad time".',
            ],
            ['Ivo Brandt said: "The army is tired.', "...", 'We must wait."'],
            "The Marlow Trust's statement said the plan was late.",
        )
    )
    assert "Orbit Church" not in result.statements.get(1, set())  # the object of "inside"
    assert result.statements[3] == {"Uma Roth"}  # the first person the sentence before names
    assert result.statements[4] == result.statements[6] == {"Ivo Brandt"} and 5 not in result.statements
    assert result.statements[7] == {"Marlow Trust"}


def test_countries_inside_names_states_peoples_parties_and_middle_names() -> None:
    result = found(
        analyse(
            "A sensitive Environment Canada document was found on a street.",
            "Environment Canada spokeswoman Lea Moss told reporters it was safe.",
            "Lena Dahl for Food Standards Australia New Zealand, says labels will change.",
            "The study was published in the Medical Journal of Australia this week.",
            "Kai Moe, chairman of the Australian Centre for Salt Research, says salt matters.",
            "The director of the Council on American - Islamic Relations Sara Lind said the boy was innocent.",
            "Tasmania was excluded from the study.",
            "Current UK policy is to wait, and Muslim leaders met on Friday.",
            "Labour has a plan, Ada Price said.",
            "Abdel Ali Karimi was buried on Sunday.",
            "Abdel Karimi had denied the charges.",
            "Senior judges in Scotland were to review his case.",
        )
    )
    for name in (
        "Environment Canada",
        "Food Standards Australia New Zealand",
        "Medical Journal of Australia",
        "Australian Centre for Salt Research",
        "Council on American-Islamic Relations",
        "Labour",
    ):
        assert result.names[name][0] == "organisation", name
    assert result.statements[2] == {"Lea Moss"} and result.statements[3] == {"Lena Dahl"}
    assert result.statements[5] == {"Kai Moe"} and result.statements[6] == {"Sara Lind"}
    assert not {"Canada", "Tasmania", "Current UK", "Muslim"} & set(result.names)
    assert result.actor_of("Abdel Karimi") == "Abdel Ali Karimi" and result.statements[11] == {"Abdel Ali Karimi"}
    assert result.names["Scotland"][0] == "country"  # a nation of the United Kingdom


def test_text_that_is_not_news_headings_italics_terms_and_eras() -> None:
    result = found(
        analyse(
            "Preface by Lionel Grey INTRODUCTION Sun Wu and his Book The Text of Sun Wu The Commentators Appreciations"
            " Chapter I. Laying plans Chapter II.",
            'Sun Wu said: "The army is tired."',
            "See _Shih Chi_, ch. 65, and Sun Wu's life.",
            "In 506 B.C. the army of Wu won, at 18:00 UTC, while Hurricane Katrina hit the coast.",
            "Read the Environment Variables guide: environment variables are read at start.",
        )
    )
    assert "Sun Wu" in result.names
    junk = {
        "Lionel Grey Sun Wu",
        "Shih Chi",
        "See Shih Chi",
        "B.C.",
        "UTC",
        "Hurricane Katrina",
        "Environment Variables",
    }
    assert not junk & set(result.names)


def test_a_dateline_or_reported_speech_reads_as_news() -> None:
    news = EVIDENCE_INDEX["news"]
    body = [f"The Orbit Group opened plant number {n} near the river." for n in range(12)]

    def reads_as_news(texts: list[str]) -> bool:
        return all(row.evidence[news] > 0 for row in analyse_document(texts).names)

    assert not reads_as_news(body)
    assert reads_as_news(["Orbit plants open", "Friday, May 8, 2009", *body])
    assert reads_as_news([*body[:10], "A worker said it was loud.", "Another told us it was hot."])


def test_find_actors_is_deterministic() -> None:
    text = SEED.read_text(encoding="utf-8").split("\n\n")
    assert analyse(*text) == analyse(*text)


# --------------------------------------------------------------------------------------------------------------
# The seed, end to end through the store and the service


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "docbot.sqlite3"


@pytest.fixture
async def service(docs: Path, db: Path) -> AsyncIterator[AnswerService]:
    store = await Store.open(db)
    service = AnswerService(store, docs)
    await service.reindex()
    yield service
    await store.close()


async def summary_of(service: AnswerService, name: str) -> ActorSummary:
    summary = await service.actor(name)
    assert summary is not None, f"no actor {name!r}; actors: {[a.name for a in await service.actors()]}"
    return summary


async def test_putin_statements_hold_the_three_sentences(service: AnswerService) -> None:
    summary = await summary_of(service, "Putin")
    assert summary.kind == "person"
    statements = [q.text for q in summary.statements]
    for sentence in PUTIN_SAYS:
        assert sentence in statements
    assert [q.source.paragraph for q in summary.statements] == sorted(q.source.paragraph for q in summary.statements)


async def test_russia_and_russian_federation_are_one_actor(service: AnswerService) -> None:
    russia = await summary_of(service, "Russia")
    assert russia.kind == "country"
    federation = await summary_of(service, "Russian Federation")
    moscow = await summary_of(service, "moscow")
    assert russia == federation == moscow
    assert {"Russian Federation", "Moscow", "Russian"} <= set(russia.aliases)
    names = [a.name for a in await service.actors()]
    assert "Russian Federation" not in names and "Moscow" not in names


async def test_rouhani_holds_the_he_added_sentence(service: AnswerService) -> None:
    summary = await summary_of(service, "Rouhani")
    assert summary.name == "Hassan Rouhani"
    assert HE_ADDED in [q.text for q in summary.statements]


async def test_erdogan_holds_his_warning(service: AnswerService) -> None:
    summary = await summary_of(service, "Turkish President Recep Tayyip Erdogan")
    assert summary.name == "Recep Tayyip Erdogan"
    assert ERDOGAN_WARNED in [q.text for q in (*summary.statements, *summary.mentioned_in)]
    assert ERDOGAN_WARNED in [q.text for q in summary.statements]


async def test_jim_jeffrey_is_found_under_jeffrey(service: AnswerService) -> None:
    summary = await summary_of(service, "Jeffrey")
    assert summary.name == "Jim Jeffrey"
    assert summary.kind == "person"
    assert any("told reporters" in q.text for q in summary.statements)


async def test_assad_aliases(service: AnswerService) -> None:
    for name in ("Assad", "al-Assad", "Bashar Assad", "Assad's", "bashar al-assad"):
        assert (await summary_of(service, name)).name == "Bashar al-Assad"


async def test_no_junk_actors(service: AnswerService) -> None:
    listing = await service.actors()
    names = {a.name for a in listing}
    for junk in (*JUNK, *GOLD["not_actors"]):
        assert junk not in names
        assert await service.actor(junk) is None, junk


async def test_seed_matches_the_gold(service: AnswerService) -> None:
    listing = await service.actors()
    gold_names = {a["name"] for a in GOLD["actors"]}
    assert {a.name for a in listing} == gold_names
    kinds = {a["name"]: a["kind"] for a in GOLD["actors"]}
    assert all(a.kind == kinds[a.name] for a in listing)


async def test_summary_shape(service: AnswerService) -> None:
    summary = await summary_of(service, "Syria")
    gold = [s for s in GOLD["sentences"] if "Syria" in s["mentions"] or "Syria" in s["statements"]]
    assert summary.mentions == len(gold)
    assert summary.documents == 1
    assert len(summary.mentioned_in) <= 10
    statement_texts = {q.text for q in summary.statements}
    assert not statement_texts & {q.text for q in summary.mentioned_in}
    counts = [r.count for r in summary.related]
    assert counts == sorted(counts, reverse=True)
    assert {r.name for r in summary.related} >= {"Russia", "Iran"}
    assert summary == await summary_of(service, "Syrian")  # deterministic


async def test_unknown_name_suggests(service: AnswerService) -> None:
    assert await service.actor("Putn") is None
    assert await service.suggest_actors("Putn") == ["Putin"]
    assert await service.suggest_actors("Zzyzx") == []
    assert await service.unknown_actor("Putn") == (["Putin"], False)


async def test_autocomplete_prefix_alias_and_fuzzy(service: AnswerService) -> None:
    assert (await service.actor_names("pu"))[0] == "Putin"
    assert "Russia" in await service.actor_names("mosc")  # alias prefix
    assert "Jim Jeffrey" in await service.actor_names("jeff")  # word prefix
    assert "Recep Tayyip Erdogan" in await service.actor_names("erdogna")  # close spelling
    assert len(await service.actor_names("", limit=5)) == 5
    assert (await service.actor_names("", limit=5))[0] == "Syria"  # most mentioned first


async def test_autocomplete_reads_quotes_and_underscores_as_punctuation(service: AnswerService) -> None:
    """As typed in Discord: a name opened with a quote or a dash still completes, "_" is no letter (it offered
    nothing), and punctuation alone is no filter (the most mentioned, as for an empty box)."""
    for typed in ("'Pu", '"Pu', "-pu", "Pu'", "_pu"):
        assert (await service.actor_names(typed))[0] == "Putin", typed
    top = await service.actor_names("", limit=5)
    for typed in ("_", "%", "\\", "'"):
        assert await service.actor_names(typed, limit=5) == top, typed


def test_a_name_has_no_key_exactly_when_it_has_no_letter_or_digit() -> None:
    """The actor keys (NFKD, marks dropped) and `has_letters_or_digits` (raw characters) disagreed on 911 code points
    ("⒜", "™" key to letters; "ﹶ", an Arabic mark's isolated form, counted as one): one rule now, for every one."""
    key = directory._lookup_key.__wrapped__  # uncached: a million look-ups would fill the shared cache
    for point in range(sys.maxunicode + 1):
        if not 0xD800 <= point <= 0xDFFF:
            character = chr(point)
            assert bool(key(character)) == has_letters_or_digits(character), hex(point)


async def test_reindex_keeps_actors_in_step(service: AnswerService, docs: Path, db: Path) -> None:
    extra = docs / "extra.txt"
    extra.write_text("Harbour news\n\nHarbour master Ines Moreau said the port would reopen on Monday.\n")
    await service.reindex()
    assert (await summary_of(service, "Moreau")).name == "Ines Moreau"
    assert (await summary_of(service, "Ines Moreau")).documents == 1
    extra.write_text("Harbour news\n\nHarbour master Ines Moreau resigned.\n")
    await service.reindex()
    moreau = await summary_of(service, "Moreau")
    assert moreau.statements == () and [q.text for q in moreau.mentioned_in] == ["Harbour master Ines Moreau resigned."]
    extra.unlink()
    await service.reindex()
    assert await service.actor("Moreau") is None
    (docs / SEED.name).unlink()
    await service.reindex(allow_removal=True)  # the last document goes on purpose
    assert await service.actors() == []
    assert await service.actor_names("") == []
    with sqlite3.connect(db) as connection:
        for table in ("actors", "actor_aliases", "actor_mentions"):
            assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)


async def test_unchanged_reindex_does_not_recompute(service: AnswerService, db: Path) -> None:
    with sqlite3.connect(db) as connection:
        before = connection.execute("SELECT * FROM actors ORDER BY id").fetchall()
        connection.execute("UPDATE actors SET name = name || ' (kept)'")
    await service.reindex()
    with sqlite3.connect(db) as connection:
        after = connection.execute("SELECT name FROM actors ORDER BY id").fetchall()
    assert before and all(name.endswith(" (kept)") for (name,) in after)


async def test_failed_actor_finding_leaves_everything_whole(
    service: AnswerService, docs: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = await service.actors()

    def broken(texts: Sequence[str], paragraphs: Sequence[int]) -> DocumentFacts:
        raise RuntimeError("boom")

    monkeypatch.setattr("retrieval.actors.refresh.analyse_document", broken)
    (docs / "extra.txt").write_text("News\n\nMinister Kofi Boateng said prices fell.\n")
    report = await service.reindex()
    assert "extra.txt" in report.added  # the documents are in
    assert (await service.ask("Who said prices fell?")).hits  # and answered from
    assert await service.actors() == before  # the actors are the previous ones, whole
    assert not await service.store.actors_current(ACTORS_VERSION)
    monkeypatch.undo()
    await service.reindex()  # nothing changed on disk, but the stale actors are recomputed
    assert (await summary_of(service, "Boateng")).name == "Kofi Boateng"
    assert await service.store.actors_current(ACTORS_VERSION)


async def test_actors_survive_a_restart_without_recomputing(docs: Path, db: Path, service: AnswerService) -> None:
    expected = await service.actors()
    store = await Store.open(db)
    try:
        fresh = AnswerService(store, docs)
        await fresh.load()
        assert await fresh.actor_names("pu") == ["Putin"]  # autocomplete is ready once loaded
        assert await fresh.actors() == expected
        assert await store.actors_current(ACTORS_VERSION)
    finally:
        await store.close()


async def test_database_of_schema_one_gets_actors(docs: Path, db: Path) -> None:
    store = await Store.open(db)
    service = AnswerService(store, docs)
    await service.reindex()
    await store.close()
    with sqlite3.connect(db) as connection:  # back to schema 1, as a database of an older docbot
        connection.executescript(
            _DROP_SCHEMA_FOUR + _DROP_SCHEMA_THREE + "DROP TABLE actor_mentions; DROP TABLE actor_aliases;"
            " DROP TABLE actors; DROP TRIGGER documents_written_insert; DROP TRIGGER documents_written_delete;"
            " DELETE FROM meta WHERE key LIKE '%writes' OR key LIKE 'actors_%'; PRAGMA user_version = 1;"
        )
    store = await Store.open(db)
    try:
        service = AnswerService(store, docs)
        await service.reindex()
        assert (await summary_of(service, "Putin")).statements
    finally:
        await store.close()


# Schemas 5 to 10 (feedback, embeddings, languages, structure facts, mentions, reindexes' record) are dropped with
# schema four's columns: an older docbot had none.
_DROP_SCHEMA_FOUR = (
    UNDO_MIGRATIONS_AFTER_9
    + "DROP TABLE document_mentions; DROP INDEX sentences_structure; ALTER TABLE sentences DROP COLUMN structure;"
    " DELETE FROM meta WHERE key = 'structure_from';"
    " DROP TABLE votes; DROP TABLE questions; DROP TABLE embeddings; ALTER TABLE documents DROP COLUMN language;"
    " ALTER TABLE sentences DROP COLUMN kind; ALTER TABLE sentences DROP COLUMN section;"
    " ALTER TABLE sentences DROP COLUMN page;"
)
_DROP_SCHEMA_THREE = (
    "DROP TRIGGER actor_documents_written; DROP TRIGGER actor_documents_removed;"
    " DROP TABLE actor_dirty_documents; DROP TABLE actor_documents; DROP TABLE actor_document_keys;"
    " DROP TABLE actor_names; DROP TABLE actor_words; DROP TABLE actor_groups; DROP TABLE actor_group_terms;"
    " DROP TABLE actor_document_counts; DROP INDEX actors_by_root; ALTER TABLE actors DROP COLUMN root;"
)


async def test_database_of_schema_two_is_rebuilt_once(docs: Path, db: Path) -> None:
    store = await Store.open(db)
    await AnswerService(store, docs).reindex()
    await store.close()
    expected = stored_actors(db)
    with sqlite3.connect(db) as connection:  # back to schema 2 and actors of version 2, as before issue 7
        connection.executescript(
            _DROP_SCHEMA_FOUR + _DROP_SCHEMA_THREE + "UPDATE meta SET value = '2' WHERE key = 'actors_version';"
            " DELETE FROM meta WHERE key = 'actors_refreshes'; PRAGMA user_version = 2;"
        )
    store = await Store.open(db)
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        assert not await store.actors_current(ACTORS_VERSION)
        service = AnswerService(store, docs)
        report = await service.reindex()  # no document changed: the actors are rebuilt all the same
        assert not report.touched and await store.actors_current(ACTORS_VERSION)
        assert stored_actors(db) == expected == recomputed_actors(db)
    finally:
        await store.close()


# --------------------------------------------------------------------------------------------------------------
# Incremental upkeep gives what a full recompute gives


def stored_actors(db: Path) -> tuple[set[tuple[str, str, tuple[str, ...], int, int]], set[tuple[str, int, bool]]]:
    """The stored actors (name, kind, aliases, sentences, documents) and links (name, sentence id, statement)."""
    with sqlite3.connect(db) as connection:
        aliases: dict[int, list[str]] = {}
        for actor_id, alias in connection.execute("SELECT actor_id, alias FROM actor_aliases"):
            aliases.setdefault(actor_id, []).append(alias)
        counts = {
            a: (n, d)
            for a, n, d in connection.execute(
                "SELECT m.actor_id, COUNT(*), COUNT(DISTINCT s.document_id) FROM actor_mentions m"
                " JOIN sentences s ON s.id = m.sentence_id GROUP BY m.actor_id"
            )
        }
        kept = {
            a: (n, d)
            for a, n, d in connection.execute(
                "SELECT actor_id, SUM(sentences), COUNT(*) FROM actor_document_counts GROUP BY actor_id"
            )
        }
        assert kept == counts  # the per-document counts the directory reads agree with the links
        names = {i: (n, k) for i, n, k in connection.execute("SELECT id, name, kind FROM actors")}
        links = {
            (names[a][0], s, bool(t))
            for a, s, t in connection.execute("SELECT actor_id, sentence_id, is_statement FROM actor_mentions")
        }
    # An actor left without links (its one-word name goes, document by document, to the full names those documents
    # give: `link.document_resolution`) keeps its row, which the directory never lists (as `find_actors` drops it)
    actors = {(n, k, tuple(sorted(aliases.get(i, []))), *counts[i]) for i, (n, k) in names.items() if i in counts}
    return actors, links


def stated_by(db: Path, text: str) -> set[str]:
    """The actors stored in the database `db` as speakers of the sentence `text`."""
    with sqlite3.connect(db) as connection:
        (sentence_id,) = connection.execute("SELECT id FROM sentences WHERE text = ?", (text,)).fetchone()
    return {name for name, s, statement in stored_actors(db)[1] if s == sentence_id and statement}


def indexed_documents(documents: list[list[str]]) -> list[IndexedSentence]:
    """Made-up documents as indexed sentences: document n, its sentences in order (ids n * 100 + 1, ...)."""
    return [
        IndexedSentence(number * 100 + index, number, 1, index, text, ())
        for number, texts in enumerate(documents, start=1)
        for index, text in enumerate(texts, start=1)
    ]


def recomputed_actors(db: Path) -> tuple[set[tuple[str, str, tuple[str, ...], int, int]], set[tuple[str, int, bool]]]:
    """`stored_actors` of `find_actors` over the stored corpus: what a full recompute gives."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT s.id, s.document_id, s.paragraph, s.sentence, s.text FROM sentences s"
            " JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.paragraph, s.sentence"
        ).fetchall()
    sentences = [IndexedSentence(r[0], r[1], r[2], r[3], r[4], ()) for r in rows]
    analysis = find_actors(sentences)
    document_of = {s.sentence_id: s.document_id for s in sentences}
    mentions: dict[int, set[int]] = {}
    for link in analysis.links:
        mentions.setdefault(link.actor, set()).add(link.sentence_id)
    actors = {
        (a.name, a.kind, tuple(sorted(a.aliases)), len(mentions[i]), len({document_of[s] for s in mentions[i]}))
        for i, a in enumerate(analysis.actors)
    }
    links = {(analysis.actors[k.actor].name, k.sentence_id, k.is_statement) for k in analysis.links}
    return actors, links


def name_graph(db: Path) -> dict[str, set[tuple[object, ...]]]:
    """What the store keeps for incremental upkeep, row ids of actors left out."""
    queries = {
        "names": "SELECT * FROM actor_names",
        "words": "SELECT * FROM actor_words",
        "groups": "SELECT g.key, g.mentions, g.evidence, g.parent, g.acronym_of, g.root, a.root, a.name, a.kind"
        " FROM actor_groups g LEFT JOIN actors a ON a.id = g.actor_id",
        "terms": "SELECT * FROM actor_group_terms",
        "document keys": "SELECT * FROM actor_document_keys",
        "documents": "SELECT document_id FROM actor_documents",
        "actors": "SELECT a.root, a.name, a.kind, s.alias FROM actors a LEFT JOIN actor_aliases s ON s.actor_id = a.id",
        "dirty": "SELECT * FROM actor_dirty_documents",
    }
    with sqlite3.connect(db) as connection:
        return {name: set(connection.execute(query)) for name, query in queries.items()}


def rebuilt_name_graph(db: Path, tmp: Path) -> dict[str, set[tuple[object, ...]]]:
    """`name_graph` of a copy of the database whose actors were rebuilt from scratch."""
    copy = tmp / "rebuilt.sqlite3"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("UPDATE meta SET value = '0' WHERE key = 'actors_version'")
    assert refresh_actors_at(copy) is not None
    graph = name_graph(copy)
    copy.unlink()
    return graph


def parsed(path: str, paragraphs: Sequence[Sequence[str]], stamp: int = 1) -> ParsedDocument:
    records = [
        SentenceRecord(p, i, text, 0, len(text))
        for p, paragraph in enumerate(paragraphs, start=1)
        for i, text in enumerate(paragraph, start=1)
    ]
    return ParsedDocument(path, path, f"{path}-{stamp}", 1, stamp, tuple(records))


async def write(store: Store, documents: Sequence[ParsedDocument] = (), removed: Sequence[str] = ()) -> float | None:
    """Write documents into the store as a reindex does, then refresh the actors."""
    await store.apply_scan(ScanResult(parsed=list(documents), removed=list(removed)), {})
    return await refresh_actors(store)


async def test_the_store_reads_paragraphs_for_quotations(db: Path) -> None:
    store = await Store.open(db)
    try:
        quote = '"We have the money and the workers to finish it."'
        bare = '"It is a waste of public money and everyone knows it."'
        await write(
            store,
            [
                parsed(
                    "a.txt",
                    [
                        ['"The bridge will open in May," Anna Berg said.'],
                        [quote],
                        ["Tom Hale said the costs had doubled."],
                        [bare],
                    ],
                )
            ],
        )
        stored = stored_actors(db)[1]
        assert stored == recomputed_actors(db)[1]
        with sqlite3.connect(db) as connection:
            ids = dict(connection.execute("SELECT text, id FROM sentences").fetchall())
        assert ("Anna Berg", ids[quote], True) in stored  # a quote paragraph continues the person quoted before
        assert not any(s == ids[bare] and statement for _, s, statement in stored)  # no quotation before it
    finally:
        await store.close()


async def test_incremental_refresh_equals_the_full_recompute(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[int] = []

    def counting(texts: Sequence[str], paragraphs: Sequence[int]) -> DocumentFacts:
        analysed.append(len(texts))
        return analyse_document(texts, paragraphs)

    monkeypatch.setattr("retrieval.actors.refresh.analyse_document", counting)
    monkeypatch.setattr("retrieval.actors.refresh._REBUILD_WRITTEN_SHARE", 2.0)  # always incremental, however small
    store = await Store.open(db)
    try:
        await write(
            store,
            [
                parsed("a.txt", [["Minister Ines Moreau said the plan would work.", '"It will," she added.']]),
                parsed(
                    "b.txt",
                    [["Ines Moreau arrived.", "Moreau told reporters the deal was off.", "The Kelvar Council met."]],
                ),
                parsed("c.txt", [["Latest News On Moreau And Peru"], ["Ivory visited the harbour on Monday."]]),
            ],
        )
        assert stored_actors(db) == recomputed_actors(db)
        assert analysed == [2, 3, 2]
        assert stated_by(db, "Moreau told reporters the deal was off.") == {"Ines Moreau"}
        # a more mentioned Carlos Moreau elsewhere: b.txt's "Moreau" is still the Ines Moreau it names (a surname joins
        # a full name of its own document); only the new document is analysed
        analysed.clear()
        carlos = ["Minister Carlos Moreau said prices fell.", "Carlos Moreau warned of floods.", "Carlos Moreau quit."]
        await write(store, [parsed("d.txt", [carlos])])
        assert analysed == [3]
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Moreau told reporters the deal was off.") == {"Ines Moreau"}
        # the same actor (its root name unchanged) shown under its most written spelling now
        accents = ["Inès Moreau spoke.", "Minister Inès Moreau left.", "Inès Moreau won."]
        await write(store, [parsed("f.txt", [accents])])
        assert stored_actors(db) == recomputed_actors(db)
        assert any(name == "Inès Moreau" for name, *_ in stored_actors(db)[0])
        await write(store, removed=["f.txt"])
        # "Ivory" opens a sentence and is a common word: a name once the corpus has it in mid-sentence, here in a
        # country's name, so that only the word's count changes, not the name's
        assert not any(name == "Ivory" for name, *_ in stored_actors(db)[0])
        await write(store, [parsed("e.txt", [["Cocoa exports from Ivory Coast rose."]])])
        assert any(name == "Ivory" for name, *_ in stored_actors(db)[0])
        assert stored_actors(db) == recomputed_actors(db)
        # a changed document and removed ones
        analysed.clear()
        await write(store, [parsed("a.txt", [["Minister Ines Moreau resigned.", '"We lost," she said.']], stamp=2)])
        assert analysed == [2]
        assert stored_actors(db) == recomputed_actors(db)
        await write(store, removed=["d.txt", "e.txt"])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Moreau told reporters the deal was off.") == {"Ines Moreau"}
        assert not any(name in ("Ivory", "Carlos Moreau") for name, *_ in stored_actors(db)[0])
        assert name_graph(db) == rebuilt_name_graph(db, tmp_path)
        assert await write(store) is None  # nothing written: nothing to do
        await write(store, removed=["a.txt", "b.txt", "c.txt"])
        with sqlite3.connect(db) as connection:
            for table in ("actors", "actor_mentions", "actor_names", "actor_documents", "actor_document_keys"):
                assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table
    finally:
        await store.close()


async def test_a_surname_joins_a_full_name_only_where_its_documents_give_it(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-word name joins a full name within the document that gives both, and across the corpus only when every
    document using it gives that full name: "Lindqvist" alone in another article is neither Olaf nor Eva
    Lindqvist. Refreshed incrementally on a real SQLite file, each step equals the full recompute."""

    def aliases(name: str) -> tuple[str, ...]:
        return next(a for n, _, a, *_ in stored_actors(db)[0] if n == name)

    monkeypatch.setattr("retrieval.actors.refresh._REBUILD_WRITTEN_SHARE", 2.0)  # always incremental
    store = await Store.open(db)
    try:
        await write(
            store,
            [
                parsed("a.txt", [["Olaf Lindqvist said the port would open.", "Lindqvist added that costs fell."]]),
                parsed("b.txt", [["Eva Lindqvist said the plan had failed.", "Eva Lindqvist left."]]),
                parsed("c.txt", [["Lindqvist told reporters the talks went on."]]),
            ],
        )
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Lindqvist added that costs fell.") == {"Olaf Lindqvist"}  # the full name of its document
        assert stated_by(db, "Lindqvist told reporters the talks went on.") == {"Lindqvist"}  # another article's
        assert "Lindqvist" not in aliases("Olaf Lindqvist") + aliases("Eva Lindqvist")
        # the other article gone: every document using "Lindqvist" names Olaf Lindqvist, who takes the name
        await write(store, removed=["c.txt"])
        assert stored_actors(db) == recomputed_actors(db)
        assert "Lindqvist" in aliases("Olaf Lindqvist")
        assert not any(name == "Lindqvist" for name, *_ in stored_actors(db)[0])
        # a document naming both Lindqvists and "Lindqvist" alone, ambiguous there: every document using the name
        # still names Olaf Lindqvist, so the corpus's join decides
        both = [["Olaf Lindqvist met Eva Lindqvist.", "Lindqvist said nothing."]]
        await write(store, [parsed("d.txt", both)])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Lindqvist said nothing.") == {"Olaf Lindqvist"}
        # and one using it alone again: the corpus joins it to nobody, each document with one Lindqvist decides
        await write(store, [parsed("e.txt", [["Lindqvist denied it."]])])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Lindqvist added that costs fell.") == {"Olaf Lindqvist"}
        assert stated_by(db, "Lindqvist denied it.") == {"Lindqvist"}
        assert stated_by(db, "Lindqvist said nothing.") == {"Lindqvist"}
        assert name_graph(db) == rebuilt_name_graph(db, tmp_path)
    finally:
        await store.close()


async def test_a_titled_surname_joins_the_only_full_name_across_documents(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(ha18) "Chairman Lindqvist" in another article joins the corpus's only Lindqvist named in full, and leaves him
    when a second one is written; refreshed incrementally on a real SQLite file, each step equals the full
    recompute."""

    monkeypatch.setattr("retrieval.actors.refresh._REBUILD_WRITTEN_SHARE", 2.0)  # always incremental
    store = await Store.open(db)
    try:
        await write(store, [parsed("a.txt", [["Olaf Lindqvist said the port would open."]])])
        await write(store, [parsed("c.txt", [["Chairman Lindqvist told reporters the talks went on."]])])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Chairman Lindqvist told reporters the talks went on.") == {"Olaf Lindqvist"}
        await write(store, [parsed("b.txt", [["Eva Lindqvist said the plan had failed."]])])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Chairman Lindqvist told reporters the talks went on.") == {"Lindqvist"}
        await write(store, removed=["b.txt"])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, "Chairman Lindqvist told reporters the talks went on.") == {"Olaf Lindqvist"}
        assert name_graph(db) == rebuilt_name_graph(db, tmp_path)
    finally:
        await store.close()


async def test_a_rebuild_reads_nothing_of_the_actors_it_replaces(db: Path) -> None:
    # A rebuild (new rules, or most documents written) clears every actor row before writing its own. A headline's
    # candidate names that no document names any more must not resolve through the rows it is about to delete:
    # they linked mentions to actor ids that were gone (a FOREIGN KEY error left the actors stale for good) or,
    # with ids renumbered from 1, to some other actor.
    store = await Store.open(db)
    try:
        headline = parsed("c.txt", [["Latest News On Moreau And Peru"], ["The harbour opened on Monday."]])
        await write(
            store,
            [
                parsed("a.txt", [["Ines Moreau said the plan would work.", "Anna Berg left with Ines Moreau."]]),
                parsed("b.txt", [["Moreau told reporters the deal was off.", "Carl Dunn and Ines Moreau spoke."]]),
                headline,
            ],
        )
        assert any(name == "Ines Moreau" for name, *_ in stored_actors(db)[0])
        quiet = [["The plan would work.", "The deal was off."]]
        assert await write(store, [parsed("a.txt", quiet, stamp=2), parsed("b.txt", quiet, stamp=2)]) is not None
        assert stored_actors(db) == recomputed_actors(db)
        assert not any(name == "Ines Moreau" for name, *_ in stored_actors(db)[0])
    finally:
        await store.close()


_SENTENCE_PIECES = [
    "Maria Lopez",
    "María López",
    "the Lopez",
    "Lopez",
    "Carlos Lopez",
    "President Lopez",
    "Trump",
    "Ivory",
    "in Ivory Coast",
    "the UN",
    "United Nations",
    "Russia",
    "Russian",
    "Moscow",
    "Amnesty",
    "Amnesty International",
    "the Kelvar Council",
    "Kelvar",
    "said",
    "told reporters",
    "warned",
    "and",
    ",",
    "in",
    "according to",
    "he added",
    "the plan",
    '"',
    "Latest News",
]
_DOCUMENTS = st.lists(
    st.lists(st.lists(st.sampled_from(_SENTENCE_PIECES), min_size=1, max_size=8).map(" ".join), max_size=4),
    min_size=1,
    max_size=3,
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.none() | _DOCUMENTS), min_size=1, max_size=5))
def test_any_sequence_of_writes_keeps_the_full_recompute(tmp_path_factory: pytest.TempPathFactory, steps) -> None:  # type: ignore[no-untyped-def]
    """Each write refreshed incrementally (however large a share of the corpus it is) gives the full recompute's
    actors and links, and the name graph a rebuild writes."""
    db = tmp_path_factory.mktemp("incremental") / "docbot.sqlite3"

    async def run() -> None:
        store = await Store.open(db)
        try:
            for stamp, (number, paragraphs) in enumerate(steps):
                path = f"doc{number}.txt"
                if paragraphs is None:
                    await write(store, removed=[path])
                else:
                    texts = [[f"{s}." for s in p] for p in paragraphs]
                    await write(store, [parsed(path, [p for p in texts if p] or [["Nothing."]], stamp)])
                assert stored_actors(db) == recomputed_actors(db)
            assert name_graph(db) == rebuilt_name_graph(db, db.parent)
        finally:
            await store.close()

    with patch("retrieval.actors.refresh._REBUILD_WRITTEN_SHARE", 2.0):
        asyncio.run(run())


async def test_a_mostly_rewritten_corpus_is_rebuilt(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[int] = []

    def counting(texts: Sequence[str], paragraphs: Sequence[int]) -> DocumentFacts:
        analysed.append(len(texts))
        return analyse_document(texts, paragraphs)

    monkeypatch.setattr("retrieval.actors.refresh.analyse_document", counting)
    store = await Store.open(db)
    try:
        documents = [
            parsed(f"{n}.txt", [[f"Minister Ines Moreau{n} said prices fell.", "Moreau left."]]) for n in "abc"
        ]
        await write(store, documents)
        analysed.clear()
        await write(store, [parsed("a.txt", [["Moreau met Kofi Boateng."]], 2), parsed("b.txt", [["UN."]], 2)])
        assert sorted(analysed) == [1, 1, 2]  # two documents of three written: all three analysed again
        assert stored_actors(db) == recomputed_actors(db)
        assert name_graph(db) == rebuilt_name_graph(db, tmp_path)
    finally:
        await store.close()


async def test_actors_found_in_worker_processes_equal_the_serial_result(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("retrieval.actors.refresh.PARALLEL_ACTOR_SENTENCES", 0)  # workers however small the corpus
    monkeypatch.setattr(
        "retrieval.actors.refresh._ACTOR_BATCH_SENTENCES", 2
    )  # many batches: more than are kept in flight
    pools: list[int] = []

    def counted_pool(workers: int) -> ProcessPoolExecutor:
        pools.append(workers)
        return worker_pool(workers)

    monkeypatch.setattr("retrieval.actors.refresh.worker_pool", counted_pool)
    monkeypatch.setattr("retrieval.actors.refresh.os.cpu_count", lambda: 2)  # as on a one-core machine as well
    seed = [p.split(". ") for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    documents = [parsed("seed.txt", seed)] + [
        parsed(f"{n}.txt", [[f"Minister Ines Moreau{n} said prices fell.", "Moreau left."], ["Kofi Boateng spoke."]])
        for n in "abcdefghij"
    ]
    store = await Store.open(db)
    try:
        assert await write(store, documents) is not None
    finally:
        await store.close()
    assert pools == [2]
    assert stored_actors(db) == recomputed_actors(db)
    parallel_graph = name_graph(db)
    monkeypatch.setattr("retrieval.actors.refresh.PARALLEL_ACTOR_SENTENCES", 10**9)
    assert parallel_graph == rebuilt_name_graph(db, tmp_path)  # the serial rebuild of the same corpus


# --------------------------------------------------------------------------------------------------------------
# CLI and Discord text


def test_cli_actor_json_shape(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    assert main(["actor", "Putin", "--json", "--docs", str(docs), "--db", str(db)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert list(payload) == [
        "actor",
        "kind",
        "aliases",
        "mentions",
        "documents",
        "statements",
        "mentioned_in",
        "related",
    ]
    assert payload["actor"] == "Putin" and payload["kind"] == "person"
    assert isinstance(payload["aliases"], list) and isinstance(payload["mentions"], int)
    assert payload["documents"] == 1
    for quote in (*payload["statements"], *payload["mentioned_in"]):
        assert list(quote) == ["text", "source", "paragraph", "sentence"]
        assert quote["source"] == SEED.name
    # The headline ("Putin urges ...") paraphrases him: it is among what the documents say, not his own words.
    assert [q["text"] for q in payload["statements"]] == list(PUTIN_SAYS)
    assert any(q["text"].startswith("Putin urges") for q in payload["mentioned_in"])
    assert all(list(r) == ["actor", "count"] for r in payload["related"])


def test_cli_actors_json_shape(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    assert main(["actors", "--json", "--docs", str(docs), "--db", str(tmp_path / "cli.sqlite3")]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert all(list(row) == ["actor", "kind", "mentions"] for row in payload)
    assert {row["actor"] for row in payload} == {a["name"] for a in GOLD["actors"]}
    assert [row["mentions"] for row in payload] == sorted((row["mentions"] for row in payload), reverse=True)


def test_cli_unknown_actor(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    assert main(["actor", "Rohani", "--docs", str(docs), "--db", str(tmp_path / "cli.sqlite3")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "no actor named Rohani; did you mean Hassan Rouhani" in lines[0]


def test_cli_actor_text(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    assert main(["actor", "Jeffrey", "--docs", str(docs), "--db", str(tmp_path / "cli.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Jim Jeffrey · person · ")  # plain text on a terminal, no Discord Markdown
    assert "\nIn their own words\n" in out and "\nOften mentioned with\n" in out and "**" not in out
    assert main(["actors", "--docs", str(docs), "--db", str(tmp_path / "cli.sqlite3")]) == 0
    assert "- Syria · country · " in capsys.readouterr().out


def quote(text: str, paragraph: int = 1) -> ActorQuote:
    return ActorQuote(text, Source("doc.txt", "A *title*", paragraph, 1), paragraph)


def test_format_actor_escapes_and_fits_discord() -> None:
    summary = ActorSummary(
        name="Mx_Star*",
        kind="person",
        aliases=("Star",),
        mentions=40,
        documents=2,
        statements=tuple(quote(f"Statement {i} with @everyone and **bold** text. " * 8, i) for i in range(20)),
        mentioned_in=tuple(quote(f"Mentioned {i} in [a](link).", i) for i in range(10)),
        related=(RelatedActor("Other_One", "country", 3),),
    )
    text = format_actor(summary)
    assert len(text) <= 2000
    assert text.startswith("**Mx\\_Star\\*** · person · 40 mentions in 2 documents")
    assert "@everyone" not in text and "\\*\\*bold\\*\\*" in text
    pages = actor_pages(summary, 2000)
    assert len(pages) > 1 and all(len(p) <= 2000 for p in pages)
    assert "**In their own words** (continued)" in pages[1]
    assert pages[-1].endswith("Other\\_One (3)")
    whole = "\n".join(pages)
    assert all(f"Mentioned {i} in \\[a\\]\\(link\\)." in whole for i in range(10))


def test_format_actors_and_unknown() -> None:
    listing = [ActorListing(f"Actor {i}", "person", 100 - i, 1) for i in range(200)]
    text = format_actors(listing)
    assert len(text) <= 2000 and text.startswith("**200 actors**") and "more pages" in text
    assert sum(page.count("\n- ") + page.startswith("- ") for page in actors_pages(listing)) == 200
    assert format_actors([]) == "No people, countries or organisations found in the documents."
    assert format_unknown_actor("X_y", ["Xy"]) == "no actor named X\\_y; did you mean Xy?"
    assert format_unknown_actor("Q", []) == "no actor named Q"


def test_directory_leaves_few_containers_for_the_garbage_collector() -> None:
    """A directory read again after a reindex is built after start-up's gc.freeze(): every container it keeps is
    walked by each full collection (holding the event loop). Columns and tuples of ranks, which a collection stops
    tracking, leave a handful however many actors; the same names resolve and complete."""
    actors = [
        StoredActor(
            n, f"Alma{n} Quenby{n}", "person" if n % 2 else "organisation", (f"Alma{n} Quenby{n}", f"AQ{n}"), n, 1
        )
        for n in range(1, 3001)
    ]
    ActorDirectory(actors)  # the name keys' caches filled, as when the directory is read again
    gc.collect()
    before = len(gc.get_objects())
    built = ActorDirectory(actors)
    gc.collect()  # tuples of untracked items are untracked by the first collection that sees them
    assert len(gc.get_objects()) - before < 50  # ~7,500 before (a list per name key)
    del actors
    assert built.resolve("aq7") == StoredActor(7, "Alma7 Quenby7", "person", ("Alma7 Quenby7", "AQ7"), 7, 1)
    assert built.resolve("Quenby9") is not None and built.resolve("Quenby8") is None  # surnames: persons only
    assert built.complete("alma300", 3) == ["Alma3000 Quenby3000", "Alma300 Quenby300", "Alma30 Quenby30"]
    assert built.listing()[0] == ActorListing("Alma3000 Quenby3000", "organisation", 3000, 1) and len(built) == 3000


def test_directory_lookup_rules() -> None:
    directory = ActorDirectory(
        [
            StoredActor(1, "Recep Tayyip Erdoğan", "person", ("Erdogan", "Recep Tayyip Erdoğan"), 5, 2),
            StoredActor(2, "United States", "country", ("U.S.", "US", "United States"), 9, 3),
            StoredActor(3, "Nobody", "person", ("Nobody",), 0, 0),  # no mentions: not listed
        ]
    )
    assert [a.name for a in directory.listing()] == ["United States", "Recep Tayyip Erdoğan"]
    erdogan = directory.resolve("President Erdogan's")
    assert erdogan is not None and erdogan.actor_id == 1
    assert directory.resolve("recep tayyip erdogan") == erdogan
    us = directory.resolve("us")
    assert us is not None and us.actor_id == 2
    assert directory.resolve("u.s.") == us
    assert directory.resolve("Nobody") is None
    assert directory.complete("") == ["United States", "Recep Tayyip Erdoğan"]
    assert directory.complete("tay") == ["Recep Tayyip Erdoğan"]


_PIECES = [*"AaBbEeMmOoRrSsTt ,.'\"-:;|()’“”", "Putin", " said", "President ", "al-", "Russian", " in ", "he added"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), max_size=6))
def test_any_text_is_handled(paragraphs: list[str]) -> None:
    analysis = analyse(*[p for p in paragraphs if p.strip()] or ["."])
    for link in analysis.links:
        assert 0 <= link.actor < len(analysis.actors)
    assert all(actor.name and actor.kind in ("person", "country", "organisation") for actor in analysis.actors)


def test_a_suggestion_is_a_plausible_match_or_none() -> None:
    """A "did you mean" offers a name that starts with what was typed, shares a word with it or is a close spelling of
    it or of one of its words; a name sharing only a few letters is no suggestion (an unknown two-word name was
    offered a country whose letters it shared)."""
    directory = ActorDirectory(
        [
            StoredActor(1, "Portmark", "country", ("Portmark", "Portmarkian"), 9, 3),
            StoredActor(2, "Linnea Vasquez", "person", ("Linnea Vasquez",), 4, 2),
            StoredActor(3, "Harbour Trust", "organisation", ("Harbour Trust", "HT"), 3, 1),
        ]
    )
    assert directory.suggest("perttu mark") == []  # a few letters of "Portmark" only
    assert "Portmark" in directory.complete("perttu mark")  # autocomplete still lists close-ish spellings
    assert directory.suggest("Portmrak") == ["Portmark"]  # a close spelling of the whole name
    assert directory.suggest("Linnea Vasqez") == ["Linnea Vasquez"]
    assert directory.suggest("Linnea Berg") == ["Linnea Vasquez"]  # a shared word
    assert directory.suggest("Vasqez's") == ["Linnea Vasquez"]  # a close spelling of one word
    assert directory.suggest("Harb") == ["Harbour Trust"]  # what was typed begins it
    assert directory.suggest("Zzyzx Qwerty") == []
