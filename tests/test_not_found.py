"""Long questions and an honest "not found" (issue 12): the evidence does not shrink with the question's length,
long questions are ranked on their rarest terms, and a "not found" still shows the closest excerpts, marked weak."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bot.format import format_answer
from bot.terminal import answer_text
from retrieval.answer.answering import (
    COVERAGE_TERMS,
    LONG_MIN_SIMILARITY,
    MAX_QUERY_TERMS,
    MIN_SIMILARITY,
    SHORT_PARTIAL_COVERAGE,
    SHORT_QUESTION_TERMS,
    Evidence,
    informative_terms,
    match_evidence,
    not_found_reason,
    question_coverage,
    states_asked_number,
    unknown_words,
    without_pasted_code,
)
from retrieval.answer.semantic import SemanticReranker
from retrieval.index.engine import RankBM25Engine
from retrieval.models import Answer, Hit, Source
from retrieval.service import DEFAULT_MAX_QUESTION_CHARS, NOT_A_QUESTION, AnswerService, QuestionError
from retrieval.store.database import Store
from retrieval.tokenize import tokenize
from tests.files import open_service, write_docs

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_9b990c146cc40a5f.txt"

# 60 words: context the documents never mention, then the question a short one would ask.
LONG_QUESTION = (
    "Hi everyone, I'm preparing a short briefing for our reading group next Thursday and my colleague keeps "
    "insisting the talks went nowhere. I already know who attended the trilateral summit in Tehran. I'm only "
    "interested in one detail, not the whole story: when Erdogan proposed a ceasefire in Idlib for the joint "
    "communique, what did Putin say about a ceasefire there?"
)


def _engine(texts: list[str]) -> RankBM25Engine:
    return RankBM25Engine([tuple(tokenize(t)) for t in texts])


async def _seed_service(tmp_path: Path) -> tuple[AnswerService, Store]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    store = await Store.open(tmp_path / "db.sqlite3")
    service = AnswerService(store, docs)
    await service.reindex()
    return service, store


def test_coverage_counts_only_the_heaviest_terms() -> None:
    engine = _engine(["The okapi lives in the forest.", "Zebras graze on the plain.", "Lions hunt at night."])
    short = tokenize("Where does the okapi live?")
    assert question_coverage(engine, short, ["okapi", "live"]) == pytest.approx(1.0)
    # Context words the documents never use outnumber the question's own words, but only the heaviest
    # COVERAGE_TERMS count: a sentence holding the asked-for words keeps a share that does not fall with length.
    # 12 words the documents never use (they weigh most), then the question: only the heaviest COVERAGE_TERMS count,
    # so the sentence's share stays 2 of 5 equal weights rather than 2 of 14.
    padding = " ".join(f"word{i}" for i in range(12))
    long = tokenize(f"{padding}: where does the okapi live?")
    assert len(set(long)) == 14
    assert question_coverage(engine, long, ["okapi", "live"]) == pytest.approx(2 / COVERAGE_TERMS)
    assert question_coverage(engine, long, []) == 0.0


def test_long_questions_are_ranked_on_their_rarest_known_terms() -> None:
    texts = [f"Common words appear here in sentence {i} about rare{i}." for i in range(40)]
    engine = _engine(texts)
    terms = tokenize(" ".join(f"rare{i}" for i in range(MAX_QUERY_TERMS + 4)) + " common words appear unknownword")
    kept = informative_terms(engine, terms)
    assert len(set(kept)) == MAX_QUERY_TERMS
    assert not {"common", "word", "appear", "unknownword"} & set(kept)  # common, or never in the documents
    short = tokenize("Which common words appear?")
    assert informative_terms(engine, short) == short


def test_not_found_reasons() -> None:
    assert "only a few of its words" in not_found_reason(Evidence(0.1, False, 0.9))
    assert "only one of its words" in not_found_reason(Evidence(0.3, True))
    assert not_found_reason(Evidence(0.3, True, 0.6)) == ""  # with the reranker, its similarity decides
    assert "about something else" in not_found_reason(Evidence(0.3, False, 0.2))
    assert not_found_reason(Evidence(0.8, False, 0.2)) == ""  # the hit holds the question's weight
    assert not_found_reason(Evidence(0.3, False)) == ""


def test_a_short_question_holding_a_word_the_documents_never_use_needs_the_long_questions_bar() -> None:
    # "How do I encrypt the token?" of a signing library: its hits are on the topic (tokens) but the asked word is not
    # theirs; between the short and the long questions' bars, such a word decides.
    between = (MIN_SIMILARITY + LONG_MIN_SIMILARITY) / 2
    partial = SHORT_PARTIAL_COVERAGE - 0.05
    reason = not_found_reason(Evidence(partial, False, between, unknown_words=("encrypt",)))
    assert "never use “encrypt”" in reason
    assert not_found_reason(Evidence(partial, False, between)) == ""
    assert not_found_reason(Evidence(partial, False, LONG_MIN_SIMILARITY + 0.05, unknown_words=("encrypt",))) == ""
    assert not_found_reason(Evidence(SHORT_PARTIAL_COVERAGE, False, between, unknown_words=("encrypt",))) == ""
    assert not_found_reason(Evidence(partial, False, None, unknown_words=("encrypt",))) == ""  # no reranker


def test_unknown_words_are_lower_case_words_the_documents_never_use() -> None:
    engine = _engine(["Sign the token with the secret key.", "Users read the payload of a signed token."])
    # "cannot" is a common English word: common words the documents never use are often paraphrases of theirs
    assert unknown_words("how do I encrypt the token so users cannot read the payload", "en", engine) == ["encrypt"]
    assert unknown_words("Can I sign with Fernet or AES-256?", "en", engine) == []  # names: `unmentioned_names`
    assert unknown_words("how do I read the payloda?", "en", engine) == []  # one edit from "payload"
    assert unknown_words("Wie verschlüssele ich das Token?", "de", engine) == []
    assert unknown_words("does `encrypt(token, key)` sign the token?", "en", engine) == []  # pasted code


def test_a_long_question_needs_a_closer_candidate() -> None:
    # A chat question's context brings it near every passage on its topic: a best hit covering part of its weight is
    # no answer below LONG_MIN_SIMILARITY; a short question keeps the lower bar, and a hit holding most of the
    # question's weight stays an answer.
    weak = LONG_MIN_SIMILARITY - 0.05
    assert "about something else" in not_found_reason(Evidence(0.3, False, weak, long_question=True))
    assert not_found_reason(Evidence(0.3, False, weak)) == ""
    assert not_found_reason(Evidence(0.3, False, LONG_MIN_SIMILARITY + 0.05, long_question=True)) == ""
    assert not_found_reason(Evidence(0.8, False, weak, long_question=True)) == ""
    assert not_found_reason(Evidence(0.3, False, None, long_question=True)) == ""  # no reranker: coverage decides
    engine = _engine(["The lighthouse keeper rowed to the island.", "Gulls nest on the cliffs."])
    context = " ".join(f"topic{i}" for i in range(SHORT_QUESTION_TERMS))
    long = tokenize(f"{context}: who rowed to the island?")
    short = tokenize("Who rowed to the island?")
    matched = [["row", "island"]]
    assert match_evidence(engine, long, matched, [weak]).long_question
    assert not match_evidence(engine, short, matched, [weak]).long_question


async def test_a_question_without_words_says_which_kind(tmp_path: Path) -> None:
    service, store = await _seed_service(tmp_path)
    try:
        common = await service.ask("What is it?")
        assert common.not_found and common.reason.endswith("(only very common words).")
        # No words at all, or only thanks, greetings and fillers (issue 12: "thanks!" quoted "Thank you" lines): how
        # to ask, not an answer, on Discord and on the command line alike (both ask the service).
        for question in ("🙂🙂🙂", "???", "… — …", "thanks!", "hi", "ok", "lol", "@docbot", "hi there", "Thanks a lot"):
            with pytest.raises(QuestionError) as refused:
                await service.ask(question)
            assert str(refused.value) == NOT_A_QUESTION, question
        # A question mark, a question word or any other word makes a question; so do stop words alone ("the", "so":
        # a question with no words to search for, not thanks, though "thank you so much" holds them).
        for question in ("thanks?", "what is a bot", "ok putin", "Hi, what did Putin say?", "the", "so", "that's all"):
            assert isinstance(await service.ask(question), Answer), question
        assert not (await service.ask("hi, what did Putin say about a ceasefire")).not_found
    finally:
        await store.close()


async def test_a_long_question_is_answered_like_its_short_form(tmp_path: Path) -> None:
    service, store = await _seed_service(tmp_path)
    try:
        assert len(LONG_QUESTION.split()) >= 40
        long = await service.ask(LONG_QUESTION)
        short = await service.ask("What did Putin say about a ceasefire in Idlib?")
        assert not long.not_found and not short.not_found
        assert "a ceasefire would be good" in long.hits[0].text
        assert long.hits[0].text == short.hits[0].text
    finally:
        await store.close()


async def test_questions_up_to_a_discord_message_are_accepted(tmp_path: Path) -> None:
    service, store = await _seed_service(tmp_path)
    try:
        assert DEFAULT_MAX_QUESTION_CHARS == 4000
        longest = (LONG_QUESTION + " ") * (DEFAULT_MAX_QUESTION_CHARS // (len(LONG_QUESTION) + 1))
        longest = longest.ljust(DEFAULT_MAX_QUESTION_CHARS, "?")
        answer = await service.ask(longest)
        assert not answer.not_found and "ceasefire" in answer.hits[0].text
        with pytest.raises(QuestionError, match="4,001 characters"):
            await service.ask(longest + "?")
    finally:
        await store.close()


async def test_not_found_shows_the_closest_excerpts_marked_weak(tmp_path: Path) -> None:
    service, store = await _seed_service(tmp_path)
    try:
        answer = await service.ask("What is the capital of Turkey?")
    finally:
        await store.close()
    assert answer.not_found and answer.hits == () and answer.weak
    discord = format_answer(answer)
    assert discord.startswith("**Not found.** ") and "Closest excerpts (weak matches):" in discord
    assert "seed.txt" in discord  # the excerpts keep their sources
    terminal = answer_text(answer)
    assert terminal.startswith("Not found. ") and "Closest excerpts (weak matches):" in terminal
    assert "seed.txt" in terminal and "> " in terminal


def test_a_long_question_ranks_the_sentence_that_answers_what_it_asks_above_its_context() -> None:
    from retrieval.answer.answering import asked_terms
    from retrieval.answer.ranking import ASKED_WEIGHT, rank_sentences
    from retrieval.models import IndexedSentence

    texts = [
        "Beekeepers in cold valleys wrap their wooden hives in straw before the first frost.",
        "A colony needs about twenty kilograms of honey stored to survive the winter.",
        "Queens are marked with a dot of paint.",
        "Smoke calms the bees.",
    ]
    indexed = [IndexedSentence(i, 1, i + 1, 1, t, tuple(tokenize(t))) for i, t in enumerate(texts)]
    engine = _engine(texts)
    question = (
        "I keep wooden hives in a cold valley and wrap them in straw before the frost. "
        "How much honey does a colony need to survive the winter?"
    )
    terms = tokenize(question)
    asked = asked_terms(question, "en", terms)
    assert asked == set(tokenize("How much honey does a colony need to survive the winter?"))
    plain = rank_sentences(question, terms, indexed, engine, None, 5)
    assert plain[0].position == 0  # the context's words, more of them, win alone
    ranked = rank_sentences(question, terms, indexed, engine, None, 5, "en", asked)
    assert ranked[0].position == 1
    assert ranked[0].asked_score == pytest.approx(
        ASKED_WEIGHT * sum(math.log(5 / engine.document_frequency(t)) for t in asked if t in indexed[1].tokens)
    )
    assert ranked[0].score == pytest.approx(next(r.score for r in plain if r.position == 1) + ranked[0].asked_score)
    # a short question, or one that is all question, has no context to weigh against
    short = "How much honey does a colony need?"
    assert asked_terms(short, "en", tokenize(short)) == set()


DISCORD_PY_DOCS = Path(__file__).resolve().parents[1] / "bench" / "data" / "realdocs_discord" / "docs" / "web"


async def test_a_short_question_whose_best_hit_holds_part_of_it_is_answered(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    # discord.py's own pages (bench/data/realdocs_discord). "Guild commands are only available in the specified
    # guild(s)." holds part of the question's weight but is not close to it as a whole: below SHORT_PARTIAL_COVERAGE's
    # share only does the similarity bar say "not found", so the question is answered; a question the pages do not
    # answer, whose best hit holds less, still gets "not found".
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, DISCORD_PY_DOCS, reranker=minilm)
        await service.reindex()
        answer = await service.ask("How do I make a slash command available in one server only?")
        assert not answer.not_found, answer.reason
        assert any("only available in the specified guild" in hit.text for hit in answer.hits)
        unanswerable = await service.ask("Which database should I use to store my bot's data?")
        assert unanswerable.not_found and "about something else" in unanswerable.reason


async def test_a_question_asking_for_a_number_the_closest_sentences_do_not_state_is_not_found(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "client.md").write_text(
        "# Redirects\n\nThe client follows redirects when follow_redirects is set. Redirects are not followed by "
        "default, and each redirect response is kept in the history of the response.\n\n# Connections\n\n"
        "The server closes idle connections after 30 seconds.\n",
        encoding="utf-8",
    )
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs, reranker=minilm)
        await service.reindex()
        unanswered = await service.ask("How many redirects will the client follow?")
        answered = await service.ask("How long does the server keep idle connections?")
        # Without the reranker the rule is off: on the lexical order alone it cost squad-small an answer.
        lexical = AnswerService(store, docs)
        await lexical.load()
        lexical_answer = await lexical.ask("How many redirects will the client follow?")
    assert unanswered.not_found and "asks for a number" in unanswered.reason and unanswered.weak
    assert not answered.not_found and "30 seconds" in answered.hits[0].text
    assert not lexical_answer.not_found


def test_a_number_in_the_4th_or_5th_hit_answers_only_in_a_hit_sharing_a_word_with_the_question() -> None:
    # realdocs_discord: the answer "within three seconds" stood 4th; an unanswerable question's 4th hit states a
    # number about something else (a rate limit), which is no answer to how long a ban lasts.
    source = Source("interactions.md", "Interactions", 1, 1)

    def hits(*texts: str) -> list[Hit]:
        return [Hit(text, 1.0, (source,), ()) for text in texts]

    unnumbered = (
        "Failing to respond will cause Discord to show that the command failed.",
        "In addition to replying to a slash command, you may also want to delete the initial reply.",
        "That's all, now you know how to reply to slash commands!",
    )
    reply = "How long do I have to reply to a slash command before the interaction fails?"
    fourth = "Discord requires an acknowledgement from your bot within three seconds that the interaction was received."
    assert states_asked_number(reply, hits(*unnumbered, fourth), tokenize(reply), "en")
    assert not states_asked_number(reply, hits(*unnumbered, "Keep going.", "Wait.", fourth), tokenize(reply), "en")
    ban = "How long does a Cloudflare ban from the Discord API last?"
    limit = "Currently, this limit is 10,000 per 10 minutes."
    assert not states_asked_number(ban, hits(*unnumbered, limit), tokenize(ban), "en")
    # "long" asks ("How long ...?"): a hit's "long-lived" shares no word with what is asked about
    assert not states_asked_number(ban, hits(*unnumbered, "HTTP/2 keeps long-lived connections."), tokenize(ban), "en")
    assert states_asked_number(ban, hits(limit, *unnumbered), tokenize(ban), "en")  # among the first 3, any number


async def test_a_question_asking_for_a_price_the_closest_sentences_do_not_state_is_not_found(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    # The closest sentences hold numbers ("100 servers"), not a price: a number is no answer to "How much ... cost?".
    verification = (
        "# Verification\n\nA bot in more than 100 servers must be verified before it can join more servers. "
        "To get your bot verified, its owner sends the verification form from the developer portal. "
        "Verification takes up to 5 business days once the form is sent. "
        "A verified bot gets a checkmark beside its name.\n\n# Hosting\n\n"
        "A small hosted server costs $5 a month.\n"
    )
    docs = write_docs(tmp_path / "docs", {"verification.md": verification})
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=minilm) as service:
        unanswered = await service.ask("How much does it cost to get my bot verified?")
        answered = await service.ask("How much does a hosted server cost?")
    assert unanswered.not_found and "an amount of money" in unanswered.reason and unanswered.weak
    assert not answered.not_found and "$5" in answered.hits[0].text


async def test_a_question_asking_which_version_brought_a_thing_the_documents_never_date_is_not_found(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    # The closest sentences state versions, of other things: "Go 1.10 introduced ..." dates no generics.
    releases = (
        "# Releases\n\nGo 1.10 introduced a new compiler flag for location lists. "
        "Go 1.11 introduced modules, the new way to manage dependencies.\n"
    )
    generics = "# Generics\n\nGenerics let a function take type parameters. A type parameter has a constraint.\n"
    docs = write_docs(tmp_path / "docs", {"releases.md": releases, "generics.md": generics})
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=minilm) as service:
        unanswered = await service.ask("Which Go version introduced generics?")
        answered = await service.ask("Which Go version introduced modules?")
    assert unanswered.not_found and "the version of “generics”" in unanswered.reason and unanswered.weak
    assert not answered.not_found and "Go 1.11" in answered.hits[0].text


def test_pasted_code_is_taken_out_of_the_prose() -> None:
    question = "Why? ```py\nr = s.get(url)\n```\n`TypeError: bad arg` but `requests.Session` works"
    prose = without_pasted_code(question)
    assert "TypeError" not in prose and "s.get" not in prose
    assert "`requests.Session`" in prose  # a one-word span names what is asked
    assert without_pasted_code("Why? ```py\nimport frobnik") == "Why?  "  # a block left open ends the message


async def _asked_of_a_responses_page(tmp_path: Path, *questions: str) -> list[Answer]:
    """The answers to `questions` from one page that names response.is_ok (and never a Frobnicator)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "compat.md").write_text(
        "# Responses\n\nWe don't support response.is_ok since the naming is ambiguous there. "
        "Use response.is_success to check for a 2xx status.\n",
        encoding="utf-8",
    )
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs)
        await service.reindex()
        return [await service.ask(question) for question in questions]


async def test_names_in_pasted_code_are_not_names_the_documents_never_mention(tmp_path: Path) -> None:
    pasted, inline, named = await _asked_of_a_responses_page(
        tmp_path,
        "Is there no is_ok on responses?\n```\nAttributeError: 'Response' object has no attribute 'is_ok'\n```",
        "Is there no is_ok on responses? `AttributeError: no attribute 'is_ok'`",
        "Is there no is_ok on `Frobnicator` responses?",
    )
    assert not pasted.not_found and "is_ok" in pasted.hits[0].text
    assert not inline.not_found and "is_ok" in inline.hits[0].text
    assert named.not_found and named.reason == "The documents never mention “Frobnicator”."


# A traceback pasted without backticks, as members often do on Discord.
UNFENCED_TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "app.py", line 3, in <module>\n'
    "    print(r.is_ok)\n"
    "    ^^^^^^^^^^^^^^\n"
    "AttributeError: 'Response' object has no attribute 'is_ok'"
)


def test_an_unfenced_traceback_is_taken_out_of_the_prose() -> None:
    prose = without_pasted_code(f"Is there no is_ok on responses?\n{UNFENCED_TRACEBACK}\nAny idea?")
    assert prose.split() == ["Is", "there", "no", "is_ok", "on", "responses?", "Any", "idea?"]
    lines = (
        '  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line 1014, in send',
        "httpx.ReadTimeout.SomeError: timed out",
        "DiscordAPIError[50027]: Invalid Webhook Token",
        "discord.errors.PrivilegedIntentsRequired.RuntimeWarning: shard",
    )
    for line in lines:
        assert without_pasted_code(f"Why?\n{line}").split() == ["Why?"], line
    # Prose that names an error keeps it: only a line of the error's shape is pasted output.
    assert "TypeError" in without_pasted_code("Why does this raise a TypeError: bad argument?")
    assert "Traceback" in without_pasted_code("Where is the Traceback module documented?")


async def test_names_in_an_unfenced_traceback_are_not_names_the_documents_never_mention(tmp_path: Path) -> None:
    error_line = "Is there no is_ok on responses?\nAttributeError: 'Response' object has no attribute 'is_ok'"
    assert len(set(tokenize(error_line))) <= SHORT_QUESTION_TERMS  # short enough for the unmentioned-name rule
    traceback, one_line, named = await _asked_of_a_responses_page(
        tmp_path,
        f"Is there no is_ok on responses?\n{UNFENCED_TRACEBACK}",
        error_line,
        "Is there no is_ok on Frobnicator responses?\nAttributeError: 'Response' object has no attribute 'is_ok'",
    )
    assert not traceback.not_found and "is_ok" in traceback.hits[0].text
    assert not one_line.not_found and "is_ok" in one_line.hits[0].text
    assert named.not_found and named.reason == "The documents never mention “Frobnicator”."
