"""Adding and removing a document file from outside (Discord's /docs add and /docs remove): a safe file name, content
that is a readable document, a folder inside the collections allowed, and an atomic write that never overwrites
unless told to.

Plain functions with no Discord in them. Each refuses with `UploadRefused`, whose message says why in a sentence a
member can read, and changes nothing on disk when it refuses.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
import unicodedata
from pathlib import Path

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import SUPPORTED_SUFFIXES, detect_format
from retrieval.ingest.walk import ignore_spec
from retrieval.models import clip
from retrieval.scope import IGNORE_FILE, Scope, in_scope

log = logging.getLogger(__name__)

# Longest file or folder name most file systems take, in UTF-8 bytes.
MAX_NAME_BYTES = 255
# Folders below a collection an upload may name ("reports/2024").
MAX_FOLDER_DEPTH = 4
# A refusal names at most this many of a server's collections (the `folder` option suggests them all as one types).
COLLECTIONS_NAMED = 10

# Characters Windows (and so a documents folder shared with it) does not allow in names.
_FORBIDDEN_CHARACTERS = frozenset('<>:"|?*\\/')
# Names Windows keeps for devices, whatever their suffix.
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)


class UploadRefused(ValueError):
    """An upload or removal refused, with nothing changed; the message says why, for the member who asked."""


# Every refusal of an upload ends saying so: the admin must not wonder whether a file went half in.
NOTHING_SAVED = "Nothing was saved."


def refusal_text(reason: str) -> str:
    """What an upload refused for `reason` (a sentence or more) tells the admin: the reason, then `NOTHING_SAVED`;
    also for the bot's own refusals of an upload (a failed download, a folder emptied)."""
    return f"{reason} {NOTHING_SAVED}"


def _refused(reason: str) -> UploadRefused:
    """An upload refused for `reason` (a sentence or more), its message ending in `NOTHING_SAVED`."""
    return UploadRefused(refusal_text(reason))


def _size_text(size: int) -> str:
    mib = 1024 * 1024
    return f"{size / mib:.1f} MB" if size >= mib else f"{size:,} bytes"


def check_size(size: int, max_bytes: int) -> None:
    """Refuse an empty file, or one larger than `max_bytes` (MAX_FILE_MB)."""
    if size <= 0:
        raise _refused("The file is empty.")
    if size > max_bytes:
        raise _refused(
            f"The file is {_size_text(size)}; documents may be at most {_size_text(max_bytes)} (MAX_FILE_MB)."
        )


def _check_component(name: str, what: str) -> None:
    """Refuse a file or folder name that is not one plain, visible, portable name."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name:
        raise _refused(f"The {what} `{_shown(name)}` is not a plain name: folders and `..` are not allowed.")
    if name.startswith("."):
        raise _refused(f"The {what} `{_shown(name)}` is hidden (it starts with a dot); docbot never reads those.")
    if any(unicodedata.category(c).startswith("C") for c in name) or _FORBIDDEN_CHARACTERS.intersection(name):
        raise _refused(
            f"The {what} `{_shown(name)}` holds characters not allowed in names (control characters or "
            f'`< > : " | ? * \\ /`).'
        )
    if name != name.strip() or name.endswith("."):
        raise _refused(f"The {what} `{_shown(name)}` starts or ends with a space or ends with a dot.")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise _refused(f"The {what} is too long (at most {MAX_NAME_BYTES} bytes).")
    if name.split(".", 1)[0].lower() in _DEVICE_NAMES:
        raise _refused(f"The {what} `{_shown(name)}` is a name reserved for devices on Windows.")


# How much of a refused name a reply echoes back (`_shown`).
_SHOWN_NAME_CHARS = 100


def _shown(name: str) -> str:
    # A refused name is echoed back: without control characters or backticks that would break its code span.
    cleaned = "".join("?" if unicodedata.category(c).startswith("C") or c == "`" else c for c in name)
    return clip(cleaned, _SHOWN_NAME_CHARS)


def document_name(name: str) -> str:
    """The uploaded file's name made safe (NFC-normalised), or `UploadRefused`: one plain visible name, no folders,
    with the suffix of a document docbot reads (the content decides the format; the suffix lets the folder walk
    find it)."""
    name = unicodedata.normalize("NFC", name)
    _check_component(name, "file name")
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _refused(f"`{_shown(name)}` {_not_a_document(name, suffix)}")
    return name


# Files people send that docbot does not read, by suffix: what they are, and what to do instead (`_not_a_document`).
_ARCHIVES = frozenset({".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".zst"})
_IMAGES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".svg"})
_SAVE_AS = {".doc": ".docx", ".ppt": ".pptx", ".pages": ".docx", ".key": ".pptx", ".wpd": ".docx"}
_SPREADSHEETS = frozenset({".xls", ".xlsx", ".ods", ".csv", ".tsv", ".numbers"})


def _not_a_document(name: str, suffix: str) -> str:
    """Why a file named `name` is refused for its `suffix`, and what to send instead, in a sentence or two."""
    if not suffix:
        stem = _shown(name)
        return (
            f"has no suffix, and docbot tells an uploaded document by it: name it as what it is (`{stem}.txt`, "
            f"`{stem}.md`, `{stem}.pdf` …)."
        )
    if suffix in _ARCHIVES:
        return "is an archive: docbot reads no archive; unpack it and add its documents one by one."
    if suffix in _IMAGES:
        return "is a picture: docbot reads the text of documents, not images (a scan needs a text layer, from OCR)."
    if suffix in _SAVE_AS:
        return f"is in a format docbot does not read: save it as `{_SAVE_AS[suffix]}` and add that."
    if suffix in _SPREADSHEETS:
        return "is a spreadsheet: docbot reads prose documents, not tables of cells."
    return f"does not have a document's suffix; docbot reads {SUPPORTED_LIST} files."


def upload_folder(scope: Scope | None, folder: str = "") -> str:
    """The folder (relative to the documents root, with /; "" for the root) that an upload asked to go to `folder`
    lands in, or `UploadRefused`.

    With collections (`scope` not None) the folder must be one of them, or a folder inside one; `folder` may be left
    out when there is only one. Without collections, any plain folder under the root, or the root itself.
    """
    parts = [unicodedata.normalize("NFC", part) for part in folder.strip().strip("/").split("/")] if folder else []
    if parts == [""]:
        parts = []
    if len(parts) > MAX_FOLDER_DEPTH + 1:
        raise _refused(f"The folder `{_shown(folder)}` is too deep (at most {MAX_FOLDER_DEPTH + 1} levels).")
    for part in parts:
        _check_component(part, "folder")
    if scope is None:
        return "/".join(parts)
    shown = sorted(scope)[:COLLECTIONS_NAMED]
    names = ", ".join(f"`{_shown(c)}`" for c in shown)
    if len(scope) > len(shown):  # a server of hundreds: the refusal must still fit one Discord message
        names += f" and {len(scope) - len(shown)} more"
    if not parts:
        if len(scope) == 1:
            return next(iter(scope))
        raise _refused(f"This server has several collections ({names}): choose one with `folder`.")
    if parts[0] not in scope:
        raise _refused(f"`{_shown(parts[0])}` is not one of this server's collections ({names}).")
    return "/".join(parts)


def check_content(relative: str, data: bytes, max_bytes: int) -> str:
    """The format of an upload's bytes ("pdf", "markdown", ...), read as the indexer will read them; `UploadRefused`
    when it is empty, too large, not a document (by its content, whatever its name), or not readable."""
    check_size(len(data), max_bytes)
    name = relative.rsplit("/", 1)[-1]
    fmt = detect_format(relative, data)
    if fmt is None:
        raise _refused(
            f"`{_shown(name)}` is not a document docbot can read (by its content); it reads {SUPPORTED_LIST}."
        )
    try:
        parse_document(relative, data, 0)
    except UnreadableDocument as error:
        # The reader's reason as it stands, the words of the reindex report's line for the same file (walk.py); it
        # names the format where that matters ("damaged DOCX"): "cannot be read as DOCX: damaged DOCX" said it twice.
        raise _refused(f"`{_shown(name)}` cannot be read: {error}.") from None
    return fmt


def target_path(root: Path, relative: str) -> Path:
    """Where `relative` (with /) is under `root`, or `UploadRefused` when it would leave the folder or not be read
    there: `..`, a hidden name, a folder on the way that is a link, or `.docbotignore` leaving it out."""
    root = root.resolve()
    parts = relative.split("/")
    # Only what could leave the folder or hide the file: names already on disk may hold what new ones may not.
    if any(not part or part in {".", ".."} or part.startswith(".") or "\\" in part or "\0" in part for part in parts):
        raise _refused(f"`{_shown(relative)}` is not a plain path inside the documents folder.")
    where = root
    for part in parts[:-1]:
        where = where / part
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISLNK(where.lstat().st_mode):
                raise _refused(f"The folder `{_shown(part)}` is a link, which docbot does not follow.")
    ignored = ignore_spec(root, [])
    if ignored is not None and ignored.match_file(relative):
        raise _refused(f"`{_shown(relative)}` is left out by the folder's {IGNORE_FILE}.")
    return root.joinpath(*parts)


# The documents folder itself is gone (a network share unmounted, a folder moved): a file written would recreate it
# beside the real one, and the reindex after would take every other document for removed.
FOLDER_GONE = refusal_text(
    "The documents folder is not there (unmounted or moved?); add the file again when it is back."
)


def _not_writable(error: OSError, *, removing: bool = False) -> UploadRefused:
    """Why the folder refused a write (read-only, full ...): an upload's refusal ends as every other one does."""
    reason = (error.strerror or type(error).__name__).lower()
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        what = f"The documents folder cannot be written ({reason})"
    else:
        what = f"The document could not be {'removed' if removing else 'written'} ({reason})"
    return UploadRefused(f"{what}; nothing was removed.") if removing else _refused(f"{what}.")


def write_document(root: Path, relative: str, data: bytes, *, replace: bool = False) -> Path:
    """Write `data` at `relative` under `root` atomically (a temporary file beside it, flushed to disk, then put in
    place): a reader sees the old file or the new one, never a part. Refuses to replace an existing file unless
    `replace`; a folder that cannot be written is an `UploadRefused` too. The folders on the way are made as needed,
    `root` itself never (FOLDER_GONE)."""
    path = target_path(root, relative)
    root = root.resolve()
    try:
        if not root.is_dir():
            raise UploadRefused(FOLDER_GONE)
        folder = root
        for part in relative.split("/")[:-1]:  # one level at a time: a root gone meanwhile is not made anew
            folder = folder / part
            folder.mkdir(exist_ok=True)
        # The temporary name is hidden and has no document suffix: a reindex running meanwhile never reads it.
        descriptor, temporary = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=path.parent)
    except FileNotFoundError as error:
        raise (UploadRefused(FOLDER_GONE) if not root.is_dir() else _not_writable(error)) from None
    except OSError as error:
        raise _not_writable(error) from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private to its owner; documents are read by others too
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
        _fsync_folder(path.parent)
    except FileExistsError:
        raise _refused(f"`{_shown(relative)}` is already there; it was not overwritten.") from None
    except OSError as error:
        raise _not_writable(error) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    log.info("wrote %s (%d bytes%s)", relative, len(data), ", replacing the old file" if replace else "")
    return path


def _link_new(temporary: str, path: Path) -> None:
    # A hard link fails if the name exists, in one step: no window in which another writer's file is overwritten.
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        # A file system without hard links: check, then rename.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
        os.replace(temporary, path)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk; not every platform can open a folder.
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def same_content(path: Path, data: bytes) -> bool:
    """True when the file at `path` holds exactly `data`."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def spelled_on_disk(root: Path, relative: str) -> str:
    """`relative` (with /) with each name that is not on disk under `root` as written replaced by the name there
    that is the same in Unicode's composed form (NFC), if any: "é" and "e" + a combining accent are one name."""
    where = root.resolve()
    parts: list[str] = []
    for part in relative.split("/"):
        if not (where / part).exists():
            wanted = unicodedata.normalize("NFC", part)
            try:
                names = sorted(entry.name for entry in where.iterdir())
            except OSError:  # not there yet (a new folder): nothing to match
                names = []
            part = next((name for name in names if unicodedata.normalize("NFC", name) == wanted), part)
        parts.append(part)
        where = where / part
    return "/".join(parts)


def removable_path(root: Path, relative: str, scope: Scope | None) -> Path:
    """The document file `relative` names, when it is one that a server limited to `scope` may remove; otherwise
    `UploadRefused` that does not tell whether a file outside the scope exists."""
    given = relative.strip().strip("/")
    missing = UploadRefused(f"`{_shown(given)}` is not one of this server's documents; nothing was removed.")
    # The name as given (as the autocomplete offers it from the disk), else its composed or decomposed form: macOS
    # writes "é" as "e" and an accent, which a name typed or normalised to the composed form would not find.
    for name in dict.fromkeys((given, unicodedata.normalize("NFC", given), unicodedata.normalize("NFD", given))):
        if not name or not in_scope(name, scope):
            continue
        try:
            path = target_path(root, name)
            info = path.lstat()
        except (UploadRefused, OSError):
            continue
        if stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode):
            return path
    raise missing


def remove_document(root: Path, relative: str, scope: Scope | None) -> None:
    """Delete the document file `relative` (see `removable_path` for which may be removed); a link is removed, not
    its target."""
    path = removable_path(root, relative, scope)
    try:
        path.unlink()
    except FileNotFoundError:
        raise UploadRefused(
            f"`{_shown(relative)}` is no longer in the documents folder; nothing was removed."
        ) from None
    except OSError as error:
        raise _not_writable(error, removing=True) from None
    _fsync_folder(path.parent)
    log.info("removed %s", relative)
