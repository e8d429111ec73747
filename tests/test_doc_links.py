"""reStructuredText `:doc:` links show what Sphinx shows: the linked page's title, found beside the linking page in the
folder (retrieval/ingest/doc_links.py); an unresolved one its target's last part. Made-up Sphinx project."""

from __future__ import annotations

from pathlib import Path

from retrieval.ingest.doc_links import doc_link_text, reading
from retrieval.ingest.walk import scan_documents

SERVER = """Running The Lantern Server
==========================

The lantern server listens on port 8130 by default.
"""

INTRO = """=============================
Getting Started With Lanterns
=============================

Install the ``lantern`` package before anything else.
"""

SETUP = """Setup
=====

See :doc:`/server` before you start, then read :doc:`intro` and :doc:`the basics <intro>`.

Proxies are covered in :doc:`werkzeug:middleware/proxy_fix` and :doc:`/deploying/index`.

Nothing leaves the folder through :doc:`/../../../secret`.
"""


def write_project(root: Path) -> Path:
    (root / "docs" / "guide").mkdir(parents=True)
    (root / "docs" / "conf.py").write_text("project = 'Lanterns'\n")
    (root / "docs" / "server.rst").write_text(SERVER)
    (root / "docs" / "guide" / "intro.rst").write_text(INTRO)
    (root / "docs" / "guide" / "setup.rst").write_text(SETUP)
    (root / "secret.rst").write_text("Secret Title Outside\n====================\n\nHidden.\n")
    return root


def sentences_of(root: Path, path: str) -> list[str]:
    scan = scan_documents(root, {}, 1 << 20)
    (document,) = [d for d in scan.parsed if d.path == path]
    return [s.text for s in document.sentences if s.kind != "heading"]


def test_a_doc_link_shows_the_linked_page_s_title(tmp_path: Path) -> None:
    root = write_project(tmp_path / "folder")
    texts = sentences_of(root / "docs", "guide/setup.rst")
    assert texts[0] == (
        "See Running The Lantern Server before you start, then read Getting Started With Lanterns and the basics."
    )
    # Another project's page and a page not in the folder: the target's last part, never a path.
    assert texts[1] == "Proxies are covered in proxy_fix and deploying."
    # The project's source folder is the one holding conf.py, wherever the documents folder starts.
    assert sentences_of(root, "docs/guide/setup.rst")[0] == texts[0]


def test_a_link_never_reads_a_file_outside_the_folder(tmp_path: Path) -> None:
    root = write_project(tmp_path / "folder")
    assert sentences_of(root / "docs", "guide/setup.rst")[2] == "Nothing leaves the folder through secret."


def test_without_a_folder_the_target_s_last_part_shows(tmp_path: Path) -> None:
    assert doc_link_text("/server") == "server"
    assert doc_link_text("req:index") == "req"
    root = write_project(tmp_path / "folder")
    with reading(root / "docs", "guide/setup.rst"):
        assert doc_link_text("/server") == "Running The Lantern Server"
        assert doc_link_text("missing/page") == "page"
