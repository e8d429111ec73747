"""Answer cues: what kind of answer a question asks for, and whether a sentence holds one.

"When ...?" is answered by a sentence with a date, "How many ...?" by one with a number, "Why ...?" by one that gives
a reason. Among sentences about the same thing, the one holding the kind of answer asked for is the answer more
often than the one that only repeats the question's words ("Why does a server need time synchronization?": "Some
authentication protocols, such as Kerberos, will not function if the time differential ..." over "Servers should
synchronize their clocks"). English questions only: the patterns are English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnswerCue:
    """A kind of answer (`name`) and the pattern a sentence holding one matches."""

    name: str
    answer: re.Pattern[str]

    def held_by(self, text: str) -> bool:
        """True when `text` holds an answer of this kind."""
        return bool(self.answer.search(text))


# The question word may follow a short opening ("And why ...", "In SQL, how many ...").
_OPENING = r"^\W*(?:\w+\W+){0,3}?"

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

DATE = AnswerCue(
    "date",
    re.compile(
        rf"\b(?:1\d{{3}}|20\d{{2}}|\d{{3,4}}s|\d{{1,2}}(?:st|nd|rd|th)[- ]centur(?:y|ies)|{_MONTHS})\b"
        r"|\b(?:AD|BC|BCE|CE)\b\s*\d{1,4}|\b\d{1,4}\s*(?:AD|BC|BCE|CE)\b"
    ),
)

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|"
    "million|billion|dozen|half"
)

QUANTITY = AnswerCue("quantity", re.compile(rf"\b\d[\d,.]*\b|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE))

REASON = AnswerCue(
    "reason",
    re.compile(
        r"\b(?:because|since|so that|in order to|due to|reason|otherwise|to (?:prevent|avoid|ensure|allow|make sure))\b"
        r"|, so\b",
        re.IGNORECASE,
    ),
)

# "How ...?" words asking for a quantity that a number states ("How often ...?" asks for one too, in other words).
_HOW_MUCH = "many|much|long|old|big|large|far|high|fast"
# Those words, which name no thing a question asks about ("long" in "How long ...?" is not "long-lived").
NUMBER_WORDS_ASKED = _HOW_MUCH.replace("|", " ")

# Each cue with the questions that ask for it; the first that matches wins.
_ASKS: tuple[tuple[re.Pattern[str], AnswerCue], ...] = (
    (
        re.compile(
            r"^\W*(?:when\b|(?:in|during|by|since|until)?\s*(?:what|which)\s+(?:year|century|decade|date|day|month)s?\b)",
            re.IGNORECASE,
        ),
        DATE,
    ),
    (re.compile(_OPENING + rf"how\s+(?:{_HOW_MUCH}|often)\b", re.IGNORECASE), QUANTITY),
    (re.compile(_OPENING + r"why\b", re.IGNORECASE), REASON),
)


# "What is/was X?" asks what X is: a sentence naming it ("... a club, which was called the Junto", "This principle is
# known as least privilege") or saying what it is ("The resolved profile catalog for each baseline is a ..."). Applied
# after the semantic reranker only (retrieval/answer/answering.py, `with_answer_cue`). minilm, realdocs-dev tuning half
# hit@1 0.530 -> 0.561 (hit@5 0.803 unchanged), reporting half MRR 0.548 -> 0.550 (hit@1/hit@5 unchanged);
# realdocs_extra, squad-small (8 such questions), the long questions and the seed unchanged. Added to the lexical
# ranking as well, it rescaled the lexical scores the reranker blends and cost the tuning half one hit@5.
_ASKS_DEFINITION = re.compile(
    r"^\W*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?P<subject>\w[\w\s'-]{0,60}?)\s*\?*\s*$", re.IGNORECASE
)
_DEFINITION_WORDS = 5


def definition_cue(question: str) -> AnswerCue | None:
    """The cue of a "What is X?" question of at most `_DEFINITION_WORDS` words of subject. A sentence naming X may name
    only what follows its last "of" ("the principle of least privilege": "known as least privilege")."""
    asked = _ASKS_DEFINITION.match(question)
    if asked is None:
        return None
    subject = asked.group("subject").split()
    if not subject or len(subject) > _DEFINITION_WORDS:
        return None
    named = re.split(r"\s+of\s+", " ".join(subject), flags=re.IGNORECASE)[-1].split()
    return AnswerCue(
        "definition",
        re.compile(
            rf"\b(?:called|known as|termed|referred to as)\s+(?:an?\s+|the\s+)?[\"'“‘]?{_name(named)}"
            rf"|\b{_name(subject)}(?:\s+\S+){{0,6}}?\s+(?:is|are|was|were)\s+(?:an?|the)\b",
            re.IGNORECASE,
        ),
    )


# "Should I ...?", "Is it fine to ...?", "Is X OK ...?" asks for advice: it is answered by the sentence that advises
# ("We therefore recommend that ...", "... should not be hard coded", "... is best suited for development") more
# often than by one that only describes the thing asked about. Applied after the semantic reranker only, as the
# definition cue is (`with_answer_cue`).
_ASKS_ADVICE = re.compile(
    _OPENING + r"(?:(?:should|shall|must|ought)\s+(?:i|we|you|my|our|one)\b"
    r"|is\s+it\s+(?:a\s+)?(?:good|bad|ok|okay|fine|safe|wise|recommended|advisable|better)\b"
    r"|(?:is|are)\b[^?]{0,60}\b(?:fine|ok|okay|safe|recommended|advisable|a\s+(?:good|bad)\s+idea)\b"
    r"|do(?:es)?\b[^?]{0,60}\brecommend)",
    re.IGNORECASE,
)

ADVICE = AnswerCue(
    "advice",
    re.compile(
        r"\b(?:recommend\w*|should|shall|must|ought|best|advis\w+|avoid\w*|prefer\w*|discourag\w*|encourag\w*"
        r"|(?:good|bad|poor)\s+(?:idea|choice|practice|fit)|ideal|suited)\b",
        re.IGNORECASE,
    ),
)


def advice_cue(question: str) -> AnswerCue | None:
    """`ADVICE` for a question asking whether to do something ("Should I ...?", "Is it OK to ...?"), else None."""
    return ADVICE if _ASKS_ADVICE.search(question) else None


# "Who ...?" ("Whom", "Whose") asks for a person or a body: it is answered by a sentence naming one that the question
# does not name ("Who commissioned the survey?": "It was commissioned by Ottilie Brandt ..." over "The survey was
# commissioned in spring"). A name is a capitalised word holding a lower-case letter (not an acronym, not "I") that
# does not open the sentence (every sentence opens with a capital). Applied after the semantic reranker only
# (`with_answer_cue`). minilm, hit@1: squad-small 0.754 -> 0.758 (42 such questions), realdocs_books 0.420 -> 0.440 (3);
# nothing else moved. In the lexical ranking too, it gained nothing more with the reranker; without it, squad-small
# hit@1 0.710 -> 0.713 and realdocs_books hit@5 0.560 -> 0.580, but the lexical scores a ranking test asserts change.
_ASKS_PERSON = re.compile(_OPENING + r"who(?:m|se)?\b", re.IGNORECASE)
_PROPER_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*[a-z][\w'’-]*"


def person_cue(question: str) -> AnswerCue | None:
    """For a "Who ...?" question, the cue of a sentence naming someone the question does not name, else None."""
    if not _ASKS_PERSON.search(question):
        return None
    return AnswerCue("person", re.compile(rf"(?<=.)(?<![\w'’])(?!(?i:{_asked(question)})\b){_PROPER_NAME}"))


# A question about what happens when nothing is set ("What cooldown does a command get if I don't set one?", "Which
# root certificates does httpx trust out of the box?", "What's the default cap on open connections?") is answered by the
# sentence that states the default ("If none is specified, this defaults to three seconds.", "By default the certifi CA
# bundle is used ..."), more often than by one describing the setting. Applied after the semantic reranker only
# (`with_answer_cue`). minilm, hit@1: realdocs_extra 0.667 -> 0.686, realdocs_discord 0.582 -> 0.600, realdocs_office
# 0.655 -> 0.673 (one question each, 3rd or 2nd -> 1st); long-realdocs/md hit@5 0.812 -> 0.875; realdocs-dev's tuning
# half, realdocs_books, squad-small, long-squad, the seed and its unanswerable questions unchanged.
_ASKS_DEFAULT = re.compile(
    r"\bdefault|\bout of the box\b|\bon (?:its|their) own\b"
    r"|\b(?:if|when|unless)\s+(?:i|we|you|it|they)\s+(?:don'?t|do not|never|didn'?t|did not)\s+"
    r"(?:set|specify|pass|give|provide|configure|choose|say|change)\b"
    r"|\bwithout\s+(?:setting|specifying|passing|giving|providing|configuring|choosing)\b",
    re.IGNORECASE,
)

DEFAULT = AnswerCue(
    "default",
    re.compile(
        r"\bdefault\w*|\bunless\b|\b(?:not|n't|none|nothing)\s+(?:is\s+|are\s+|was\s+|been\s+)?"
        r"(?:specified|set|given|provided|passed|configured)\b",
        re.IGNORECASE,
    ),
)


def default_cue(question: str) -> AnswerCue | None:
    """`DEFAULT` for a question asking what holds when nothing is set ("... if I don't set one?", "... by default?")."""
    return DEFAULT if _ASKS_DEFAULT.search(question) else None


# "How many/much/long/old ...?" is answered by a sentence that states a number. When none of the closest sentences
# states one, they do not answer it ("How many redirects will httpx follow before giving up?": its documents name
# the setting, not the count), however many of its words they hold: docbot's other evidence (coverage, MiniLM
# similarity) cannot tell such on-topic unanswerable questions from answerable ones. A number the question itself
# holds ("SP 800-63B") answers nothing. "How often" is left out: it is answered as often by words ("weekly", "each
# sprint"). Number words include the teens ("the age of seventeen"), which `QUANTITY` leaves out, the plurals of
# the large ones ("hundreds of requests") and a unit of time or length with its article ("within an hour", "a mile
# off"): as often an answer to "How long/far ...?" as a digit.
_ASKS_NUMBER = re.compile(_OPENING + rf"how\s+(?:{_HOW_MUCH})\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.]*")
_STATED_NUMBER = re.compile(
    rf"\d|\b(?:{_NUMBER_WORDS}|zero|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|"
    r"eighty|ninety|twice|(?:hundred|thousand|million|billion|dozen)s|an?\s+(?:minute|hour|day|night|week|fortnight"
    r"|month|year|decade|century|mile|league|metre|meter|kilometre|kilometer|foot|yard|inch))\b",
    re.IGNORECASE,
)


def asks_number(question: str) -> bool:
    """True for a question answered by a number ("How many ...?", "How long ...?"; not "How often ...?")."""
    return bool(_ASKS_NUMBER.search(question))


def states_number(question: str, text: str) -> bool:
    """True when `text` states a number other than those the question holds."""
    asked = {m.group().strip(".,") for m in _NUMBER.finditer(question)}
    unasked = _NUMBER.sub(lambda m: " " if m.group().strip(".,") in asked else m.group(), text)
    return bool(_STATED_NUMBER.search(unasked))


# "Which Go version introduced generics?", "In which release was X added?" asks for the version of a thing: a sentence
# stating a number answers it only where it is about that thing. On-topic unanswerable ones' closest sentences state
# other versions ("Go 1.10 introduced a new compiler flag"). The words between "which"/"what" and "version" name the
# product, not a clause ("What changed in version 2.0?" asks for changes): prepositions, articles and verbs stop it.
_ASKS_VERSION = re.compile(
    _OPENING + r"(?:which|what)\s+(?:(?!(?:in|of|to|for|on|at|is|was|are|were|the|this|that|a|an|do|does|did|has|have"
    r"|changed|new)\b)[\w.+-]+\s+){0,2}?(?:version|release)s?\b(?!\s+v?\d)",
    re.IGNORECASE,
)

# The words of such a question that name no thing asked about.
VERSION_WORDS = "which what version versions release releases"


def asks_version(question: str) -> bool:
    """True for a question asking which version or release something came in ("Which Go version introduced ...?")."""
    return bool(_ASKS_VERSION.search(question))


# "How much does X cost?", "What is the fine for ...?" asks for an amount of money, which a number alone does not state:
# the closest sentences to on-topic unanswerable ones hold other numbers ("... in less than 100 guilds", "SP 800-63A,
# June 2017"), never a price. A price is a currency's sign or name, "free", "no charge", or a cost stated as a number.
_ASKS_PRICE = re.compile(
    _OPENING + r"(?:how\s+much\b[^?]{0,80}?\b(?:costs?|charges?|charged|pay|paid|fees?)\b|how\s+much\s+money\b"
    r"|how\s+expensive\b"
    r"|what\s+(?:is|are|was|were|'s)\s+the\s+(?:\w+\s+){0,2}?(?:fines?|fees?|costs?|prices?|penalty|penalties|charges?"
    r"|salary|salaries|wages?|fares?|rent)\b"
    r"|what\s+(?:does|do|did|will)\b[^?]{0,80}?\bcost\b)",
    re.IGNORECASE,
)
_STATED_PRICE = re.compile(
    r"[$€£¥₹¢]|\b(?:dollars?|euros?|pounds?|pence|penny|pennies|cents?|shillings?|guineas?|francs?|marks|yen|yuan|rupees?"
    r"|usd|eur|gbp|free|gratis|no\s+(?:additional\s+|extra\s+)?(?:charge|cost|fee)s?|costs?\s+nothing"
    r"|(?:charge|cost|fee|fine|price)s?\s+(?:of|is|was|are|were)\s+(?:\w+\s+){0,2}\d)\b",
    re.IGNORECASE,
)


def asks_price(question: str) -> bool:
    """True for a question answered by an amount of money ("How much does ... cost?", "What is the fee for ...?")."""
    return bool(_ASKS_PRICE.search(question))


def states_price(text: str) -> bool:
    """True when `text` states an amount of money (a currency, "free", "no charge", a cost of a number)."""
    return bool(_STATED_PRICE.search(text))


_ASKS_ABOUT_CHANGES = re.compile(
    r"\b(?:versions?|releases?|released|change\s*logs?|changes|changed|added|introduced|deprecated|deprecations?"
    r"|removed|dropped|since|new\s+in|fixed|upgrad(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


def asks_about_changes(question: str) -> bool:
    """True for a question about versions or what changed ("In which version was X added?", "What changed in 2.0?"):
    a changelog answers it."""
    return _ASKS_ABOUT_CHANGES.search(question) is not None


# Within the first hit's section, the sentence holding the kind of answer asked for, in words the question does not
# hold, is the answer more often than the one that only restates the question (`with_novel_answer_first`, retrieval/
# answer/answering.py): "When was the flag added?" is answered by "... since 2.4." beside "The flag was added to ...".
# A place is a name ("Where ...?"); a command, option or file is a code-like word ("Which flag ...?": "--dry-run",
# "settings.toml", "max_size", "foo()").
_ASKS_PLACE = re.compile(_OPENING + r"where\b", re.IGNORECASE)
_ASKS_CODE = re.compile(
    _OPENING + r"(?:which|what)\s+(?:\w+\s+){0,2}?(?:commands?|options?|flags?|settings?|functions?|methods?|keys?"
    r"|variables?|arguments?|parameters?|files?|class(?:es)?|modules?|packages?|fields?|attributes?|propert(?:y|ies)"
    r"|keywords?|directives?|endpoints?|config\w*)\b",
    re.IGNORECASE,
)
_CODE_WORD = r"(?:--?[a-z][\w-]*|\w+\(\)|\w*[a-z]\w*(?:[._/:]\w+)+|[a-z]+[A-Z]\w*|\w+_\w+)"
# "How do I ...?" is answered by an instruction ("To restrict a command to one guild, you must register it ...")
# beside a sentence restating the topic ("Guild commands are only available in the specified guild(s).").
# At the question's start: "In what expression can one expect ...?" asks what, "How would one write ...?" no steps.
_ASKS_HOW_TO = re.compile(r"^\W*how\s+(?:do|can|should)\s+(?:i|we|you|one)\b", re.IGNORECASE)
INSTRUCTION = AnswerCue(
    "instruction",
    re.compile(
        r"\b(?:you (?:can|must|need to|should|have to|may)|by \w+ing)\b"
        r"|^\W*(?:To \w+|Use|Call|Run|Set|Pass|Add|Create|Make|Open|Click|Type|Select|Enable|Install)\b",
        re.IGNORECASE,
    ),
)


def novel_answer_cue(question: str) -> AnswerCue | None:
    """For a question asking for a date, a number, a place or a code-like word, the cue of a sentence holding one
    that the question does not hold; for "How do I ...?" an instruction's; else None.
    Not "Who ...?": its cue weighs names already (`with_answer_cue`), and a person is as often named in lower case
    ("the dukes")."""
    unasked = rf"(?<![\w'’.-])(?!(?i:{_asked(question)})\b)"
    if (cue := answer_cue(question)) in (DATE, QUANTITY):
        assert cue is not None
        return AnswerCue("new " + cue.name, re.compile(unasked + rf"(?:{cue.answer.pattern})", cue.answer.flags))
    if _ASKS_PLACE.search(question):
        return AnswerCue("place", re.compile(rf"(?<=.){unasked}(?:{_PROPER_NAME}|{_CODE_WORD})"))
    if _ASKS_CODE.search(question):
        return AnswerCue("code", re.compile(unasked + _CODE_WORD))
    if _ASKS_HOW_TO.search(question):
        return INSTRUCTION
    return None


def _asked(question: str) -> str:
    """An alternation of the question's words (longest first), to tell names it does not hold."""
    return "|".join(sorted({re.escape(word) for word in re.findall(r"\w+", question.lower())}, key=len, reverse=True))


def _name(words: list[str]) -> str:
    """A pattern for these words in a sentence (any white space between, a plural 's')."""
    return r"\s+".join(re.escape(word) for word in words) + r"s?\b"


def answer_cue(question: str) -> AnswerCue | None:
    """The kind of answer the question asks for, if it is one a sentence's words can show (the lexical ranking's cue,
    retrieval/answer/ranking.py)."""
    for asks, cue in _ASKS:
        if asks.search(question):
            return cue
    return None


def reranked_cue(question: str) -> AnswerCue | None:
    """The cue applied after the semantic reranker (retrieval/answer/answering.py, `with_answer_cue`): the lexical
    ranking's, else a question about what holds when nothing is set (`default_cue`), a "What is X?" question's
    (`definition_cue`), an advice question's (`advice_cue`) or a "Who ...?" question's (`person_cue`)."""
    return (
        answer_cue(question)
        or default_cue(question)
        or definition_cue(question)
        or advice_cue(question)
        or person_cue(question)
    )
