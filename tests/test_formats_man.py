"""Manual pages rendered to text (`man htpasswd > htpasswd.txt`, issue 11 round 6): section names at the margin with
their text under them, tagged options, words hyphenated at line ends, a header and a footer line. Made up in the
layout of man-db's output for Apache's htpasswd(1)."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract

_PAGE = """OKAPICTL(1)                        okapictl                        OKAPICTL(1)

NAME
       okapictl - Feed and count the okapis of a zoo

SYNOPSIS
       okapictl [ -c ] [ -n count ] [ -q ] zoofile keeper

SUMMARY
       okapictl  is used to feed the okapis listed in a zoo file and to count
       them.  If okapictl cannot read the zoo file, it returns an error sta‐
       tus and changes nothing.

OPTIONS
       -c     Create the zoofile.  If zoofile already exists, it is rewritten
              and truncated.

       -n count
              Feed this many okapis.  The default is three, which most keep‐
              ers find enough.

       zoofile
              Name of the file that lists the okapis.

   Exit status
       Zero when every okapi was fed.

Okapi Tools 2.4                    2021-07-09                       OKAPICTL(1)
"""


def test_man_page_sections_options_and_hyphenation() -> None:
    """Read as plain text, 'SUMMARY okapictl is used ...' ran the section name into its prose, 'an error sta‐ tus'
    kept the line-end hyphen, the header and footer lines were sentences and NAME/SYNOPSIS were dropped."""
    extracted = extract("okapictl.txt", _PAGE.encode())
    records = document_records(extracted, extracted.title)
    said = [(r.section, r.kind, r.text) for r in records if r.kind != "heading"]
    assert extracted.title == "okapictl - Feed and count the okapis of a zoo"
    assert (
        "SUMMARY",
        "paragraph",
        "okapictl is used to feed the okapis listed in a zoo file and to count them.",
    ) in said
    assert (
        "SUMMARY",
        "paragraph",
        "If okapictl cannot read the zoo file, it returns an error status and changes nothing.",
    ) in said
    assert ("OPTIONS", "list_item", "-c Create the zoofile.") in said
    assert ("OPTIONS", "list_item", "The default is three, which most keepers find enough.") in said
    assert ("OPTIONS › Exit status", "paragraph", "Zero when every okapi was fed.") in said
    assert not any("OKAPICTL(1)" in text or "okapictl [ -c ]" in text for _, _, text in said)


def test_text_that_only_looks_like_a_man_page_header_is_plain_text() -> None:
    """A header line without a NAME section after it is not a manual page."""
    text = "OKAPI(1)   notes   OKAPI(1)\n\nThe okapi naps in the shade every afternoon.\n"
    extracted = extract("notes.txt", text.encode())
    assert "The okapi naps in the shade every afternoon." in extracted.text


def test_a_page_whose_spaces_col_wrote_as_tabs_keeps_its_tagged_options() -> None:
    """`man tar | col -b` writes runs of spaces as tabs: a tagged paragraph's text indented "\\t      " (column 14)
    measured as 7 characters, no deeper than its tag, so GNU tar's 202 options were paragraphs, not items."""
    page = _PAGE.replace("              ", "\t      ").replace("is rewritten", "is\t rewritten")
    extracted = extract("okapictl.txt", page.encode())
    items = [extracted.block_text(b) for b in extracted.blocks if b.kind == "list_item"]
    assert len(items) == 3
    assert items[0].startswith("-c     Create the zoofile.")
    assert "\t" not in extracted.text
