"""Walking the documents folder: which files changed, reading and splitting them, and what was skipped.

Synchronous and free of SQL: the service runs it in a worker thread and hands the result to the store.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import stat
import threading
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Final, NamedTuple

import pathspec

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import AUTO_LANGUAGE, read_document
from retrieval.ingest.document import parse_document as parse_document  # imported from here by bench/scale.py
from retrieval.ingest.formats import document_suffix
from retrieval.models import FileWarning, ParsedDocument
from retrieval.scope import IGNORE_FILE, ROOT_FOLDER, Scope, in_scope, warning_in_scope
from retrieval.workers import worker_pool

log = logging.getLogger(__name__)


DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
NOT_A_DOCUMENT = "not a supported document format; skipped"
# What a docs site keeps beside its pages, by suffix: expected in a documents folder, so counted by kind in the
# report ("not documents: 75 pictures, 4 fonts") rather than warned about one by one (a site's 81 pictures were 81
# warnings at every reindex). Any other file in no document format is still a warning.
_SITE_FILE_KINDS = {
    **dict.fromkeys(
        (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff"), "picture"
    ),
    **dict.fromkeys((".woff", ".woff2", ".ttf", ".otf", ".eot"), "font"),
    **dict.fromkeys((".css", ".scss", ".sass", ".less"), "stylesheet"),
    **dict.fromkeys((".js", ".mjs", ".cjs", ".ts", ".mts", ".jsx", ".tsx", ".vue"), "script"),
}
BAD_NAME = "name is not valid UTF-8; skipped (rename it)"
FILE_SKIPPED = "cannot be read ({reason}); skipped"  # a file not indexed before
# A document indexed before that docbot cannot read now (permission denied, an I/O error) keeps its indexed text: the
# previous index goes on answering from it until the file can be read again (then its size and time decide as ever).
FILE_KEPT = "cannot be read ({reason}); the text indexed before is kept"
FOLDER_SKIPPED = "folder cannot be read ({reason}); skipped"
FOLDER_KEPT = "folder cannot be read ({reason}); what was indexed under it ({documents}) is kept as it was"


# Flags for opening a document (those a platform lacks are left out).
_OPEN_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


# Reading this many bytes or more is shared among worker processes (one per core): splitting and tokenizing are
# pure Python and hold the GIL. Measured on 2 cores: 1M sentences (10,000 files) read in 34 s instead of 46 s.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024


FileState = tuple[str, int, int]
"""What the store remembers of a file, to tell whether it changed: its content hash, size and mtime_ns. A plain tuple
of a string and numbers, which the garbage collector stops tracking at the first collection that sees it: a reindex
holds one for each of the 10,000 documents while it reads the folder, where slots objects were walked by every full
collection meanwhile (docs/benchmarks.md, hl9)."""
# Where a `FileState` holds each field (Final: indexing with them keeps the field's type).
STATE_HASH: Final = 0
STATE_SIZE: Final = 1
STATE_MTIME_NS: Final = 2


@dataclass(slots=True)
class ScanResult:
    """The difference between the folder and the store, with the new and changed documents parsed."""

    parsed: list[ParsedDocument] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Files whose bytes are the same but whose size/mtime the store should refresh.
    restamped: list[tuple[str, int, int]] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    # Files a docs site keeps beside its documents (pictures, fonts, stylesheets, scripts), each with its kind as the
    # reason: skipped as expected, not warnings.
    not_documents: list[FileWarning] = field(default_factory=list)
    # The terms each parsed document mentions outside its answers (title, headings, meta blocks), by path.
    mentions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Files skipped for being larger than the size cap (also in `warnings`): an indexed one is removed, as the cap
    # says, but it is a setting, not a folder that lost its files (refuse_mass_removal leaves them out).
    over_cap: list[str] = field(default_factory=list)
    # Indexed documents docbot cannot read now (in a folder it cannot list, or a file it cannot open): kept as they
    # were, never removed; also in `unchanged` and, summarised, in `warnings`.
    kept: list[str] = field(default_factory=list)

    @property
    def touched(self) -> bool:
        """True when the store must change its documents."""
        return bool(self.parsed or self.removed)


# What a reindex does once every file is read, in order (`ScanProgress.step`): tens of seconds on a folder of a few
# hundred documents read afresh, the actors most of it.
STORING = "storing the documents"
SEARCH_INDEX = "updating the search index"
FINDING_ACTORS = "finding people, countries and organisations"


class ScanProgress(NamedTuple):
    """How far a scan is: files done of all it found, sentences read so far (those the report counts: no headings),
    and bytes read of the files it reads (new and changed ones under the size cap). The bytes move within a long file
    read in this process, as its text is split (a folder of one 100 MB file), where the files stay at 0 of 1.

    Once every file is read, `step` names what the reindex writes (STORING, SEARCH_INDEX, FINDING_ACTORS), with
    `step_done` of `step_total` documents where it counts them (0 of 0 where it does not)."""

    files_done: int
    files_total: int
    sentences: int
    bytes_done: int = 0
    bytes_total: int = 0
    step: str = ""
    step_done: int = 0
    step_total: int = 0

    @property
    def share(self) -> float:
        """The share of the reading done, 0 to 1: by bytes when there are any to read, else by files."""
        if self.bytes_total:
            return min(self.bytes_done / self.bytes_total, 1.0)
        return self.files_done / self.files_total if self.files_total else 0.0


ProgressCallback = Callable[[ScanProgress], None]
"""Called from the scan's thread with its `ScanProgress`, after each file and within a long one."""


class ScanStopped(Exception):
    """A scan stopped on request (its reindex was cancelled) before it read every file."""


class DocumentsFolderMissing(NotADirectoryError):
    """The documents folder is not there (unmounted, moved) or is a file: nothing was read, and nothing is removed
    from the index (a vanished folder never wipes it)."""


class FolderNotAnswering(DocumentsFolderMissing):
    """Reading the documents folder read nothing for minutes (a network share that hangs): given up, nothing was
    changed."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A document file found in the folder."""

    relative: str
    path: Path
    size: int
    mtime_ns: int


def holds_no_file(root: Path, folders: Iterable[str] | None = None) -> bool:
    """Whether `root` (or its `folders`, a server's collections) holds no file at all, at any depth: a new folder
    not filled yet, where "no file is in a format docbot reads" would send its owner looking for files skipped."""
    tops = [root] if folders is None else [root / folder for folder in folders]
    for top in tops:
        for _, _, filenames in os.walk(top, followlinks=False):
            if filenames:
                return False
    return True


def folder_mark(root: Path) -> tuple[int, int] | None:
    """What changes while `root` is being filled: its files at any depth and the newest modification time among them
    and its folders (ns); None when `root` is no folder. Two equal marks some seconds apart: the folder has settled
    (a share mounted again, a folder copied or moved back)."""
    if not root.is_dir():
        return None
    files, newest = 0, 0
    for folder, _, filenames in os.walk(root, followlinks=False):
        with contextlib.suppress(OSError):
            newest = max(newest, os.stat(folder).st_mtime_ns)
        for name in filenames:
            files += 1
            with contextlib.suppress(OSError):
                newest = max(newest, os.stat(os.path.join(folder, name), follow_symlinks=False).st_mtime_ns)
    return files, newest


def find_documents(
    root: Path,
    warnings: list[FileWarning],
    unreadable: dict[str, str] | None = None,
    not_documents: list[FileWarning] | None = None,
) -> list[Candidate]:
    """Every readable document file under `root` (by its name: `document_suffix`), sorted by relative path;
    skipped ones go to `warnings`, but a docs site's pictures, fonts, stylesheets and scripts to `not_documents` (to
    `warnings` when it is None), their kind the reason. Folders that cannot be listed ("sub/", "./" for `root`) and
    document files that cannot be looked at go to `unreadable` too, with the reason: what the index holds there is
    not known gone."""
    root = root.resolve()
    unreadable = {} if unreadable is None else unreadable
    site_files = warnings if not_documents is None else not_documents
    return _find_documents(root, warnings, unreadable, ignore_spec(root, warnings), site_files)


def site_file_kind(name: str) -> str | None:
    """What a file a docs site keeps beside its pages is ("picture", "font", "stylesheet", "script"), by its suffix;
    None for any other file."""
    return _SITE_FILE_KINDS.get(os.path.splitext(name)[1].lower())


def _find_documents(
    root: Path,
    warnings: list[FileWarning],
    unreadable: dict[str, str],
    ignored: pathspec.GitIgnoreSpec | None,
    not_documents: list[FileWarning],
) -> list[Candidate]:
    candidates: list[Candidate] = []

    def unreadable_folder(error: OSError) -> None:
        # os.walk would otherwise leave out a folder it cannot list without a word
        where = Path(error.filename or root)
        relative = where.relative_to(root).as_posix() + "/" if where != root else ROOT_FOLDER
        unreadable[relative] = _reason(error)
        warnings.append(FileWarning(relative, FOLDER_SKIPPED.format(reason=_reason(error))))

    for directory, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable_folder):
        base = Path(directory)
        kept_dirs = []
        for name in sorted(dirnames):
            relative = (base / name).relative_to(root).as_posix()
            if ignored is not None and ignored.match_file(relative + "/"):
                continue
            if not _utf8(relative):
                warnings.append(FileWarning(_printable(relative) + "/", BAD_NAME))
            elif name.startswith("."):
                warnings.append(FileWarning(relative + "/", "hidden folder skipped"))
            elif (base / name).is_symlink():
                warnings.append(FileWarning(relative + "/", "link to a folder not followed"))
            else:
                kept_dirs.append(name)
        dirnames[:] = kept_dirs
        for name in sorted(filenames):
            path = base / name
            relative = path.relative_to(root).as_posix()
            if name == IGNORE_FILE or (ignored is not None and ignored.match_file(relative)):
                continue
            if not _utf8(relative):
                warnings.append(FileWarning(_printable(relative), BAD_NAME))
                continue
            kind = site_file_kind(name) if not name.startswith(".") and document_suffix(name) is None else None
            if kind is not None:
                not_documents.append(FileWarning(relative, kind))
                continue
            candidate = _candidate(root, path, relative, warnings, unreadable)
            if candidate is not None:
                candidates.append(candidate)
    candidates.sort(key=lambda c: c.relative)
    return candidates


def is_ignored(ignored: pathspec.GitIgnoreSpec | None, relative: str) -> bool:
    """Whether the file at `relative` is left out by `ignored`, itself or by a folder it lies in, as the walk of
    `find_documents` leaves it out (an ignored folder is not entered)."""
    if ignored is None:
        return False
    parts = relative.split("/")
    folders = ("/".join(parts[:end]) + "/" for end in range(1, len(parts)))
    return any(ignored.match_file(folder) for folder in folders) or ignored.match_file(relative)


def ignore_spec(root: Path, warnings: list[FileWarning]) -> pathspec.GitIgnoreSpec | None:
    """The patterns of the folder's `.docbotignore` (gitignore syntax), or None when it has none."""
    try:
        lines = (root / IGNORE_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return None
    except OSError as error:
        warnings.append(FileWarning(IGNORE_FILE, f"cannot be read ({_reason(error)}); nothing ignored"))
        return None
    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except (ValueError, TypeError) as error:  # pathspec's GitWildMatchPatternError is a ValueError
        warnings.append(FileWarning(IGNORE_FILE, f"not valid gitignore syntax ({error}); nothing ignored"))
        return None


def _utf8(relative: str) -> bool:
    # os.walk gives a name that is not valid UTF-8 with surrogate escapes, which SQLite cannot store.
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(relative: str) -> str:
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _candidate(
    root: Path, path: Path, relative: str, warnings: list[FileWarning], unreadable: dict[str, str]
) -> Candidate | None:
    if path.name.startswith("."):
        warnings.append(FileWarning(relative, "hidden file skipped"))
        return None
    if document_suffix(path.name) is None:
        warnings.append(FileWarning(relative, NOT_A_DOCUMENT))
        return None
    try:
        real = path  # what is opened later: a link's target as checked here, so a link is never followed then
        if path.is_symlink():
            target = real = path.resolve(strict=True)
            if not target.is_relative_to(root):
                warnings.append(FileWarning(relative, "link points outside the documents folder; skipped"))
                return None
        info = path.stat()
    except FileNotFoundError:
        warnings.append(FileWarning(relative, "broken link or file vanished; skipped"))
        return None
    except RuntimeError:  # Python before 3.13 raises it for a symlink loop
        warnings.append(FileWarning(relative, "cannot be read (symbolic link loop); skipped"))
        return None
    except OSError as error:
        warnings.append(FileWarning(relative, FILE_SKIPPED.format(reason=_reason(error))))
        unreadable[relative] = _reason(error)
        return None
    if not stat.S_ISREG(info.st_mode):
        warnings.append(FileWarning(relative, "not a regular file; skipped"))
        return None
    return Candidate(relative, real, info.st_size, info.st_mtime_ns)


def _size_text(size: int) -> str:
    # "20 MiB", or the exact bytes for a cap that is not a whole number of MiB (MAX_FILE_MB=0.5 is not "0 MiB")
    mib = 1024 * 1024
    return f"{size // mib} MiB" if size >= mib and size % mib == 0 else f"{size:,} bytes"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return type(error).__name__


def scan_documents(
    root: Path,
    known: Mapping[str, FileState],
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    progress: ProgressCallback | None = None,
    scope: Scope | None = None,
    language: str = AUTO_LANGUAGE,
    *,
    stop: threading.Event | None = None,
) -> ScanResult:
    """Compare the folder with what the store knows and parse what is new or changed.

    A file whose size and modification time match the store is taken as unchanged without being read (as git
    does); otherwise its content hash decides. Files that cannot be read are skipped with a warning; the store's
    documents among them, and those in a folder that cannot be listed, are kept as they were (`ScanResult.kept`,
    one summarised warning), since docbot cannot tell what became of them; a file gone or skipped for another reason
    is dropped from the index. `scope` limits the scan (files and warnings) to those collections (one server's, say;
    `warning_in_scope`); `known` should then hold their documents only. `language` is the `LANGUAGE` setting. Once
    `stop` is set, no further file is read and `ScanStopped` is raised.
    """
    if not root.is_dir():
        raise DocumentsFolderMissing(f"documents folder {root} does not exist or is not a folder")
    result = ScanResult()
    unreadable: dict[str, str] = {}
    root = root.resolve()
    ignored = ignore_spec(root, result.warnings)
    candidates = _find_documents(root, result.warnings, unreadable, ignored, result.not_documents)
    if scope is not None:
        candidates = [c for c in candidates if in_scope(c.relative, scope)]
        # The documents folder's own warning (it cannot be listed: its documents are kept) is told within them too;
        # `known` holds their documents only, so its count is theirs.
        result.warnings[:] = [w for w in result.warnings if warning_in_scope(w.path, scope)]
        result.not_documents[:] = [w for w in result.not_documents if in_scope(w.path, scope)]
    seen: set[str] = set()
    sentences_read = 0
    pending = [
        (c, known.get(c.relative)) for c in candidates if not _looks_unchanged(c, known.get(c.relative), max_file_bytes)
    ]
    bytes_total = sum(_bytes_to_read(c, max_file_bytes) for c, _ in pending)
    bytes_done = 0
    before_file = [0, 0, 0, 0]  # files done, sentences and bytes read before the file being read here, and its size

    def progress_within_file(count: int, share: float) -> None:
        # a long file read in this process reports its sentences and how far into its text it is as it goes (a folder
        # of one 100 MB text file)
        if progress is not None:
            files, sentences, done, size = before_file
            progress(ScanProgress(files, len(candidates), sentences + count, done + int(size * share), bytes_total))

    # in the order of `pending`, read here or by worker processes
    outcomes = _read_all(pending, max_file_bytes, language, progress_within_file)
    with contextlib.closing(outcomes):  # stopped early, the worker processes read no further file
        for done, candidate in enumerate(candidates, start=1):
            if stop is not None and stop.is_set():
                raise ScanStopped(f"stopped after {done - 1:,} of {len(candidates):,} files")
            seen.add(candidate.relative)
            previous = known.get(candidate.relative)
            if _looks_unchanged(candidate, previous, max_file_bytes):
                result.unchanged.append(candidate.relative)
                if not os.access(candidate.path, os.R_OK):  # its mode changed, not its size or time
                    reason = os.strerror(errno.EACCES).lower()
                    result.warnings.append(FileWarning(candidate.relative, FILE_KEPT.format(reason=reason)))
                    result.kept.append(candidate.relative)
            else:
                size = _bytes_to_read(candidate, max_file_bytes)
                before_file[:] = [done - 1, sentences_read, bytes_done, size]
                partial, count = next(outcomes)
                _merge(result, partial)
                sentences_read += count
                bytes_done += size
            if progress is not None:
                progress(ScanProgress(done, len(candidates), sentences_read, bytes_done, bytes_total))
    _keep_unreadable(result, known, unreadable, ignored)
    # A known file that was skipped this time (gone, not a document any more) is removed: the index follows the folder.
    readable = set(result.unchanged) | {doc.path for doc in result.parsed} | {r[0] for r in result.restamped}
    result.removed = sorted(path for path in known if path not in readable)
    for path in result.removed:
        if path in seen:
            log.info("%s is no longer readable; removing it from the index", path)
    return result


def _keep_unreadable(
    result: ScanResult,
    known: Mapping[str, FileState],
    unreadable: Mapping[str, str],
    ignored: pathspec.GitIgnoreSpec | None,
) -> None:
    """Keep, as unchanged, the known documents in the folders and files `find_documents` could not look at, and
    say so in their warnings: a folder's "skipped" becomes how many documents it keeps (when it keeps any). A
    document `.docbotignore` leaves out is not kept, unreadable folder or not: it is removed, as anywhere else."""
    if not unreadable:
        return
    folders = [folder for folder in unreadable if folder.endswith("/")]
    under: dict[str, list[str]] = {folder: [] for folder in folders}
    for path in known:
        if is_ignored(ignored, path):
            continue
        folder = next((f for f in folders if f == ROOT_FOLDER or path.startswith(f)), None)
        if folder is not None:
            under[folder].append(path)
        elif path not in unreadable:
            continue
        result.kept.append(path)
        result.unchanged.append(path)
    for index, warning in enumerate(result.warnings):
        kept = under.get(warning.path) if warning.path in unreadable else None
        reason = unreadable.get(warning.path, "")
        if kept:
            documents = f"{len(kept):,} document{'' if len(kept) == 1 else 's'}"
            result.warnings[index] = FileWarning(warning.path, FOLDER_KEPT.format(reason=reason, documents=documents))
        elif warning.path in unreadable and warning.path in known:
            result.warnings[index] = FileWarning(warning.path, FILE_KEPT.format(reason=reason))


def _bytes_to_read(candidate: Candidate, max_file_bytes: int) -> int:
    """The bytes a file adds to the reading: none for one over the size cap, skipped unread."""
    return candidate.size if candidate.size <= max_file_bytes else 0


def _looks_unchanged(candidate: Candidate, previous: FileState | None, max_file_bytes: int) -> bool:
    # A file indexed under a larger cap (MAX_FILE_MB lowered since) is not taken as unchanged: it goes to the
    # reading, which skips it for the cap, and it is read again once the cap is raised.
    return (
        previous is not None
        and previous[STATE_SIZE] == candidate.size
        and previous[STATE_MTIME_NS] == candidate.mtime_ns
        and candidate.size <= max_file_bytes
    )


def _read_all(
    pending: Sequence[tuple[Candidate, FileState | None]],
    max_file_bytes: int,
    language: str,
    on_sentences: Callable[[int, float], None] | None = None,
) -> Generator[tuple[ScanResult, int]]:
    """Each pending file read, in order; read in this process (not by workers), a file tells `on_sentences` how many
    of its sentences are read as it goes, and the share of its text they reach."""
    cores = os.cpu_count() or 1
    if cores < 2 or len(pending) < 2 or sum(c.size for c, _ in pending) < PARALLEL_MIN_BYTES:
        for candidate, previous in pending:
            yield _read_alone(candidate, previous, max_file_bytes, language, on_sentences)
        return
    with worker_pool(min(cores, 8)) as pool:
        candidates = [c for c, _ in pending]
        states = [p for _, p in pending]
        try:
            yield from pool.map(_read_alone, candidates, states, repeat(max_file_bytes), repeat(language), chunksize=1)
        finally:
            # closed early (a stopped scan): the files not yet started are not read; leaving the pool then waits for
            # the ones being read only, not for the whole folder
            pool.shutdown(wait=False, cancel_futures=True)


def _read_alone(
    candidate: Candidate,
    previous: FileState | None,
    max_file_bytes: int,
    language: str = AUTO_LANGUAGE,
    on_sentences: Callable[[int, float], None] | None = None,
) -> tuple[ScanResult, int]:
    partial = ScanResult()
    return partial, _read_candidate(candidate, previous, max_file_bytes, partial, language, on_sentences)


def _merge(result: ScanResult, partial: ScanResult) -> None:
    result.parsed.extend(partial.parsed)
    result.added.extend(partial.added)
    result.changed.extend(partial.changed)
    result.unchanged.extend(partial.unchanged)
    result.restamped.extend(partial.restamped)
    result.warnings.extend(partial.warnings)
    result.mentions.update(partial.mentions)
    result.over_cap.extend(partial.over_cap)
    result.kept.extend(partial.kept)


def _read_candidate(
    candidate: Candidate,
    previous: FileState | None,
    max_file_bytes: int,
    result: ScanResult,
    language: str,
    on_sentences: Callable[[int, float], None] | None = None,
) -> int:
    relative = candidate.relative
    if candidate.size > max_file_bytes:
        result.warnings.append(
            FileWarning(relative, f"larger than the {_size_text(max_file_bytes)} cap (MAX_FILE_MB); skipped")
        )
        result.over_cap.append(relative)
        return 0
    try:
        # The file may have been replaced since it was listed: by a link (out of the folder, say), which O_NOFOLLOW
        # refuses; by a FIFO, which O_NONBLOCK keeps from waiting for a writer for ever; by a folder or a device,
        # which fstat shows. Only a regular file is read.
        with open(os.open(candidate.path, os.O_RDONLY | _OPEN_FLAGS), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                result.warnings.append(FileWarning(relative, "not a regular file any more; skipped"))
                return 0
            data = handle.read(max_file_bytes + 1)
            info = os.fstat(handle.fileno())
    except FileNotFoundError:
        result.warnings.append(FileWarning(relative, "vanished while indexing; skipped"))
        return 0
    except OSError as error:
        if error.errno == errno.ELOOP:
            result.warnings.append(FileWarning(relative, "replaced by a link while indexing; skipped"))
        elif previous is not None:  # changed (by its size or time) but not readable now: the indexed text stays
            result.warnings.append(FileWarning(relative, FILE_KEPT.format(reason=_reason(error))))
            result.kept.append(relative)
            result.unchanged.append(relative)
        else:
            result.warnings.append(FileWarning(relative, FILE_SKIPPED.format(reason=_reason(error))))
        return 0
    if len(data) > max_file_bytes:
        result.warnings.append(FileWarning(relative, f"grew past the {_size_text(max_file_bytes)} cap; skipped"))
        result.over_cap.append(relative)
        return 0
    content_hash = hashlib.sha256(data).hexdigest()
    if previous is not None and previous[STATE_HASH] == content_hash:
        result.restamped.append((relative, len(data), info.st_mtime_ns))
        result.unchanged.append(relative)
        return 0
    try:
        document, note, mentions = read_document(relative, data, info.st_mtime_ns, language, on_sentences)
    except UnreadableDocument as error:
        result.warnings.append(FileWarning(relative, f"{error}; skipped"))
        return 0
    except Exception as error:  # a reader's own failure on one file must not fail the reindex of all the others
        log.debug("reading %s failed", relative, exc_info=True)
        result.warnings.append(FileWarning(relative, f"could not be read ({type(error).__name__}); skipped"))
        return 0
    if note:
        result.warnings.append(FileWarning(relative, note, skipped=False))
    result.parsed.append(document)
    result.mentions[relative] = mentions
    (result.changed if previous is not None else result.added).append(relative)
    # The sentences the report will count: a heading is stored (for section paths) but never indexed as an answer; a
    # folder of short notes showed "10,000 sentences" read and then "5,000 sentences" in the report.
    return sum(1 for sentence in document.sentences if sentence.kind != "heading")


# Names shown per reason in a summary of skipped files.
SUMMARY_EXAMPLES = 3


def summarize_warnings(warnings: Sequence[FileWarning]) -> list[str]:
    """One line per reason: how many files and the first few names ("3 files: not a ... (a.png, b.zip, c.py)")."""
    by_reason: dict[str, list[str]] = {}
    for warning in warnings:
        by_reason.setdefault(warning.reason, []).append(warning.path)
    lines = []
    for reason, paths in sorted(by_reason.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(paths) == 1:
            lines.append(f"{paths[0]}: {reason}")
            continue
        examples = ", ".join(paths[:SUMMARY_EXAMPLES]) + (", ..." if len(paths) > SUMMARY_EXAMPLES else "")
        lines.append(f"{len(paths):,} files: {reason} ({examples})")
    return lines


def summarize_not_documents(not_documents: Sequence[FileWarning]) -> str:
    """The files a docs site keeps beside its documents, counted by kind: "75 pictures, 4 fonts, 1 stylesheet"."""
    kinds = Counter(warning.reason for warning in not_documents)
    return ", ".join(f"{count:,} {kind}{'' if count == 1 else 's'}" for kind, count in kinds.most_common())


def warning_digest(warnings: Sequence[FileWarning]) -> str:
    """A short digest of a scan's skipped files, to tell whether they are the ones already reported.

    Notes on files read (`skipped` False) are left out: an unchanged file is not read again, so its note would be
    missing from the next refresh's warnings and make them look new.
    """
    digest = hashlib.sha256()
    for warning in sorted((w for w in warnings if w.skipped), key=lambda w: (w.path, w.reason)):
        digest.update(f"{warning.path}\0{warning.reason}\n".encode(errors="surrogateescape"))
    return digest.hexdigest()[:16]
