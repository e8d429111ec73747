"""Collections: the top-level folders of the documents root, each a set of documents some questions are limited to.

A Discord server (or channel) is mapped to its collections by COLLECTIONS; the command line takes --collection. A
document's collection is the first folder of its path; files directly under the root are in no collection and are
seen only by an unscoped question (`Scope` None: the command line without --collection, a bot without COLLECTIONS).
The store writes the same rule in SQL (store/reader.py, `COLLECTION_SQL`); tests check that the two agree.
"""

from __future__ import annotations

Scope = frozenset[str]
"""The collections a question may see; where a `Scope | None` is taken, None sees everything."""

# The collection key of files directly under the root: never a folder's name, so never named by a scope.
ROOT_COLLECTION = "/"
# The path a warning about the documents folder itself carries (it cannot be listed): every collection lies in it, so
# a reindex or a report limited to some collections tells of it too (it names no other collection).
ROOT_FOLDER = "./"
# Files and folders to leave out, in gitignore syntax, at the top of the documents folder: it applies to every
# collection, so a warning about it (it cannot be read, its syntax is wrong) is told to every one too.
IGNORE_FILE = ".docbotignore"


def collection_of(path: str) -> str:
    """The collection of the document at `path` (relative, with /): its first folder, or ROOT_COLLECTION."""
    head, separator, _ = path.partition("/")
    return head if separator else ROOT_COLLECTION


def in_scope(path: str, scope: Scope | None) -> bool:
    """Whether a question limited to `scope` may see the document at `path`."""
    return scope is None or collection_of(path) in scope


def concerns_every_collection(path: str) -> bool:
    """Whether a reindex's warning about `path` concerns every collection: the documents folder itself, its
    `.docbotignore`."""
    return path in {ROOT_FOLDER, IGNORE_FILE}


def warning_in_scope(path: str, scope: Scope | None) -> bool:
    """Whether a reindex's warning about `path` is told to one limited to `scope`: its collections' paths, and what
    concerns every collection (`concerns_every_collection`)."""
    return concerns_every_collection(path) or in_scope(path, scope)


def valid_collection(name: str) -> bool:
    """A collection name as COLLECTIONS and --collection take it: one folder name, no separators."""
    return bool(name) and name not in {".", ".."} and "/" not in name and "\\" not in name
