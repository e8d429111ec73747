"""Answer cues (retrieval/answer/cues.py): a "What is X?" question prefers the sentence that names or defines X, a
question asking for advice ("Should I ...?") the sentence that advises, a "Who ...?" question the sentence naming
someone the question does not name, and a question about what holds when nothing is set the sentence stating the
default."""

from __future__ import annotations

from retrieval.answer.answering import with_answer_cue, with_novel_answer_first
from retrieval.answer.cues import (
    ADVICE,
    INSTRUCTION,
    advice_cue,
    answer_cue,
    asks_number,
    asks_price,
    asks_version,
    default_cue,
    definition_cue,
    novel_answer_cue,
    person_cue,
    reranked_cue,
    states_number,
    states_price,
)
from retrieval.models import Hit, Source


def test_a_what_is_question_asks_for_a_definition() -> None:
    cue = definition_cue("What was the Grange?")
    assert cue is not None and cue.name == "definition"
    assert cue.held_by("The farmers formed a society of mutual help, which was called the Grange; it met weekly.")
    assert cue.held_by("The Grange was a society of farmers.")
    assert not cue.held_by("Our society, the Grange, met on Mondays.")
    # only what follows the last "of" needs naming after "known as"; the whole subject before "is a"
    cue = definition_cue("What is the rule of two keys?")
    assert cue is not None and cue.name == "definition"
    assert cue.held_by("This rule is known as two keys.")
    assert cue.held_by("The rule of two keys is a safeguard for vaults.")
    assert not cue.held_by("Two keys is a number.")
    # a longer subject, or another kind of question, asks for something else
    assert definition_cue("What is the best way to store the seeds of a pumpkin over winter?") is None
    assert definition_cue("Why was the Grange formed?") is None
    assert definition_cue("How many members did the Grange have?") is None


def test_the_sentence_defining_the_subject_moves_up_after_reranking() -> None:
    source = Source("farm.md", "Farm", 1, 1)
    mention = Hit("Members of the Grange could borrow seed and tools.", 1.0, (source,), ("grang",))
    definition = Hit("It was a society of farmers, which was called the Grange.", 0.95, (source,), ("grang",))
    ordered = with_answer_cue("What was the Grange?", [mention, definition])
    assert [hit.text for hit in ordered] == [definition.text, mention.text]
    assert with_answer_cue("Who led the Grange?", [mention, definition]) == [mention, definition]


def test_a_question_asking_whether_to_do_something_asks_for_advice() -> None:
    for question in (
        "Should I water the seedlings every day?",
        "In spring, should we prune the roses?",
        "Is it a good idea to plant beans next to onions?",
        "is mulch fine to use around young trees",
        "Is planting garlic in autumn OK?",
        "Does the guide recommend netting for the berries?",
    ):
        cue = advice_cue(question)
        assert cue is ADVICE, question
        assert cue.held_by("We recommend watering seedlings only when the top soil is dry.")
        assert cue.held_by("Beans should not be planted next to onions.")
        assert cue.held_by("Autumn is best suited for planting garlic.")
        assert not cue.held_by("Seedlings need water and light to grow.")
    for question in ("How often do seedlings need water?", "What is mulch?", "Who planted the garlic?"):
        assert advice_cue(question) is None, question


def test_the_sentence_that_advises_moves_up_after_reranking() -> None:
    source = Source("garden.md", "Garden", 1, 1)
    described = Hit("Mulch around young trees keeps the soil moist in summer.", 1.0, (source,), ("mulch", "tree"))
    advised = Hit("Mulch should be kept a hand's width away from young trees.", 0.95, (source,), ("mulch", "tree"))
    ordered = with_answer_cue("Is mulch fine to use around young trees?", [described, advised])
    assert [hit.text for hit in ordered] == [advised.text, described.text]
    assert with_answer_cue("What keeps the soil moist around young trees?", [described, advised]) == [
        described,
        advised,
    ]


def test_after_reranking_a_cue_outweighs_a_small_lead_in_blended_score() -> None:
    # Blended scores lie in [0, 1]: a sentence holding the number asked for, 0.15 behind one that only repeats the
    # question's words, comes first (`RERANKED_CUE_WEIGHT`).
    source = Source("orchard.md", "Orchard", 1, 1)
    repeats = Hit("The orchard's apple trees are pruned by the volunteers.", 1.0, (source,), ("appl", "tree"))
    counts = Hit("Forty apple trees grow on the south slope.", 0.85, (source,), ("appl", "tree"))
    ordered = with_answer_cue("How many apple trees are there?", [repeats, counts])
    assert [hit.text for hit in ordered] == [counts.text, repeats.text]


def test_a_who_question_asks_for_someone_the_question_does_not_name() -> None:
    for question in ("Who founded the Grange?", "And whom did the Grange elect?", "Whose barn did the Grange use?"):
        cue = person_cue(question)
        assert cue is not None and cue.name == "person", question
        assert cue.held_by("The society was founded by Ottilie Brandt and her neighbours."), question
        assert cue.held_by("In the end Émile Dubois gave the barn to the village."), question
        # a name the question holds, the word opening the sentence, an acronym or "I" name no one new
        assert not cue.held_by("Members of the Grange met in the barn."), question
        assert not cue.held_by("Farmers in the USA say I should ask the Grange's members."), question
    lindau = person_cue("Whose barn burned down in Lindau?")  # every word the question holds is asked
    assert lindau is not None and not lindau.held_by("The barn stood outside Lindau.")
    assert person_cue("How many farmers joined the Grange?") is None
    assert person_cue("What did the whole village do?") is None
    # after the reranker only, not in the lexical ranking
    assert reranked_cue("Who founded the Grange?") is not None and answer_cue("Who founded the Grange?") is None


def test_the_sentence_naming_someone_new_moves_up_after_reranking() -> None:
    source = Source("farm.md", "Farm", 1, 1)
    repeats = Hit("The Grange was founded to help farmers share seed.", 1.0, (source,), ("grang", "found"))
    names = Hit("It was founded in a barn by Ottilie Brandt.", 0.9, (source,), ("found",))
    ordered = with_answer_cue("Who founded the Grange?", [repeats, names])
    assert [hit.text for hit in ordered] == [names.text, repeats.text]
    assert with_answer_cue("Where is the seed kept?", [repeats, names]) == [repeats, names]


def test_a_question_about_what_holds_when_nothing_is_set_asks_for_the_default() -> None:
    # Questions and sentences of the discord.js guide, the discord.py docs and HTTPX's docs (bench/data).
    for question in (
        "What cooldown does a command get if I don't set one?",
        "Which root certificates does httpx trust out of the box?",
        "What's the default cap on open connections in the pool?",
        "Does httpx follow redirects on its own?",
        "What happens if I don't set up logging in discord.py?",
    ):
        cue = default_cue(question)
        assert cue is not None and reranked_cue(question) is cue, question
        assert cue.held_by("If none is specified, this defaults to three seconds.")
        assert cue.held_by(
            "max_connections, maximum number of allowable connections, or None for no limits. (Default 100)"
        )
        assert cue.held_by("HTTPX does not follow redirects by default.")
        assert cue.held_by(
            "It is strongly recommended that the logging module is configured, as no errors or warnings will be output"
            " if it is not set up."
        )
        assert not cue.held_by("discord.py logs errors and debug information via the logging python module.")
    for question in ("How do I set a cooldown on a command?", "What is a connection pool?", "Who wrote HTTPX?"):
        assert default_cue(question) is None, question
    # a "why"/"how many" question keeps the lexical ranking's cue
    assert reranked_cue("why is http2 off by default") is answer_cue("why is http2 off by default")


def test_the_sentence_stating_the_default_moves_up_after_reranking() -> None:
    source = Source("advanced/resource-limits.md", "Resource Limits", 1, 1)
    related = Hit(
        "A related configuration here is the maximum number of allowable connections in the connection pool, which is"
        " configured by the limits argument.",
        1.0,
        (source,),
        ("connect", "pool"),
    )
    stated = Hit(
        "max_connections, maximum number of allowable connections, or None for no limits. (Default 100)",
        0.9,
        (source,),
        ("connect",),
    )
    ordered = with_answer_cue("What's the default cap on open connections in the pool?", [related, stated])
    assert [hit.text for hit in ordered] == [stated.text, related.text]
    assert with_answer_cue("How is the connection pool configured?", [related, stated]) == [related, stated]


def test_a_how_many_question_asks_for_a_number_the_question_does_not_hold() -> None:
    assert asks_number("How many redirects will the client follow?")
    assert asks_number("In SQL, how long can a name be?")
    assert not asks_number("How often should I release?")  # answered as often in words ("weekly")
    assert not asks_number("Which redirects does the client follow?")
    question = "How much does certification under SP 800-63B cost?"
    assert not states_number(question, "Certification under SP 800-63B is voluntary.")  # the question's own number
    assert states_number(question, "Each assessment under SP 800-63B costs $4,000.")
    assert states_number("How old was Victor?", "When I had attained the age of seventeen I left.")
    assert not states_number("How long does a ban last?", "A ban lifts once the bot stops sending invalid requests.")
    # a unit with its article, or a large number's plural, states an amount as a digit does
    assert states_number("How long does a ban last?", "The ban lifts after an hour.")
    assert states_number("How far did they ride?", "They rode a mile and rested.")
    assert states_number("How many members can join?", "Servers hold hundreds of thousands of members.")
    assert not states_number("How long does a ban last?", "A second ban is permanent.")  # "second" as in "other"
    assert not states_number("How many bots can I run?", "Choose the ones you need.")


def test_a_question_asking_which_version_brought_something() -> None:
    assert asks_version("Which Go version introduced generics?")
    assert asks_version("In which version was sqlmodel_update() added?")
    assert asks_version("Since which release is the flag deprecated?")
    assert asks_version("which ipykernel version do I need to wait for widget changes")
    assert not asks_version("What changed in version 2.0?")  # asks for changes; the version is given
    assert not asks_version("What is new in this release?")
    assert not asks_version("How can I check which HTTP version a response actually used?")  # asks how
    assert not asks_version("Which executive order led to version 1.0 of the framework?")  # asks for an order


def test_a_question_about_a_cost_asks_for_an_amount_of_money() -> None:
    assert asks_price("How much does it cost to get my bot verified?")
    assert asks_price("What is the fine for an agency that does not follow the framework?")
    assert asks_price("How much money did he have when he arrived?")
    assert asks_price("What does a licence cost?")
    assert not asks_price("How many redirects will the client follow?")
    assert not asks_price("Is it fine to call time.sleep in my bot?")  # advice, not a fine
    assert not asks_price("Is fetchReply more expensive than withResponse?")
    assert states_price("I had in my pocket a Dutch dollar and about a shilling in copper.")
    assert states_price("Each assessment costs $4,000.")
    assert states_price("Verification is free of charge.")
    assert not states_price("If your bot is in less than 100 guilds, you can enable the intents.")  # a number, no price


def test_a_question_asks_for_an_answer_it_does_not_hold_already() -> None:
    # (question, the kind of answer it asks for, a sentence holding one, a sentence only restating the question)
    for question, kind, answers, restates in (
        (
            "When was the cider press bought?",
            "new date",
            "It has stood in the barn since 1998.",
            "The cider press may be bought.",
        ),
        (
            "How many hives are there in 2024?",
            "new quantity",
            "There are twelve hives.",
            "In 2024 the hives are kept at the farm.",
        ),
        ("Where is the seed kept?", "place", "Seed is kept in the cellar at Lindau.", "The seed is kept dry and cool."),
        (
            "Where do I put the config?",
            "place",
            "Put it in ~/.config/farm/settings.toml.",
            "The config is read at start.",
        ),
        ("Which flag skips the checks?", "code", "Pass --no-verify to skip them.", "A flag skips the checks."),
        ("What option sets the cache size?", "code", "Set cache_size in the file.", "An option sets the cache size."),
    ):
        cue = novel_answer_cue(question)
        assert cue is not None and cue.name == kind, question
        assert cue.held_by(answers), question
        assert not cue.held_by(restates), question
    assert novel_answer_cue("Why was the Grange formed?") is None
    assert novel_answer_cue("What is the Grange?") is None


def test_how_do_i_asks_for_an_instruction() -> None:
    # (question, a sentence answering it, a sentence restating its topic)
    for question, answers, restates in (
        (
            "How do I make a command available in one guild only?",
            "To restrict a command to one guild, you must register it as a guild command.",
            "Guild commands are only available in the specified guilds.",
        ),
        ("How can I read what the user typed?", "From there you can call getValue() with the id.", "Users type text."),
        ("How should we store the keys?", "Use a vault for them.", "Go stores keys in maps."),  # "Go", the language
    ):
        cue = novel_answer_cue(question)
        assert cue is INSTRUCTION, question
        assert cue.held_by(answers), question
        assert not cue.held_by(restates), question
    # asked at the question's start only: a "what" question, a hypothetical
    assert novel_answer_cue("In what expression can one expect to find DTIME(n)?") is None
    assert novel_answer_cue("How would one write T(n) in big O notation?") is None
    # "Can I ...?": a sentence saying "not" or "only" answered it on one held-out set and lost it on another
    assert novel_answer_cue("Can I put the brace on the next line?") is None
    source = Source("bot.md", "Bot", 4, 1, section="Guild commands")
    restating = Hit("Guild commands are only available in the specified guilds.", 1.0, (source,), ("guild",))
    step = Hit("To restrict a command to one guild, register it as a guild command.", 0.9, (source,), ("guild",))
    ordered = with_novel_answer_first("How do I make a command available in one guild only?", [restating, step])
    assert [hit.text for hit in ordered] == [step.text, restating.text]


def test_a_section_mate_holding_the_answer_asked_for_comes_first() -> None:
    source = Source("farm.md", "Farm", 3, 1, section="Cider")
    beside = Source("farm.md", "Farm", 3, 2, section="Cider")
    elsewhere = Source("farm.md", "Farm", 9, 1, section="Bees")
    restates = Hit("The cider press was bought by the village.", 1.0, (source,), ("cider", "press", "bought"))
    dated = Hit("The village has pressed apples in it since 1998.", 0.85, (beside,), ("press",))
    ordered = with_novel_answer_first("When was the cider press bought?", [restates, dated])
    assert [hit.text for hit in ordered] == [dated.text, restates.text]
    assert ordered[0].score == restates.score  # later steps sort by score: it keeps the first place
    # not from another section, nor from far below, nor when the first hit holds such an answer
    other = Hit(dated.text, 0.85, (elsewhere,), ("press",))
    assert with_novel_answer_first("When was the cider press bought?", [restates, other]) == [restates, other]
    far = Hit(dated.text, 0.7, (beside,), ("press",))
    assert with_novel_answer_first("When was the cider press bought?", [restates, far]) == [restates, far]
    asked_year = "When was the cider press bought in 1998?"  # a year the question holds answers nothing
    assert with_novel_answer_first(asked_year, [restates, dated]) == [restates, dated]
    assert with_novel_answer_first("Why was the cider press bought?", [restates, dated]) == [restates, dated]


def test_in_a_document_without_sections_only_a_paragraph_mate_comes_first() -> None:
    first = Hit("The cider press was bought by the village.", 1.0, (Source("farm.txt", "Farm", 3, 1),), ("press",))
    same = Hit("It has pressed apples since 1998.", 0.9, (Source("farm.txt", "Farm", 3, 2),), ("press",))
    later = Hit("It was mended in 2004.", 0.9, (Source("farm.txt", "Farm", 7, 1),), ("press",))
    question = "When was the cider press bought?"
    assert [hit.text for hit in with_novel_answer_first(question, [first, same])] == [same.text, first.text]
    assert with_novel_answer_first(question, [first, later]) == [first, later]
    # "Who ...?" is left to the person cue (`with_answer_cue`): a person may be "the dukes"
    assert novel_answer_cue("Who used the church to unify themselves?") is None
