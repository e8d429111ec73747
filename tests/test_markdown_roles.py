"""Sphinx roles in Markdown (MyST, as Click's and Jupyter Book's docs write them) show what Sphinx renders."""

from __future__ import annotations

from retrieval.ingest.formats import extract
from tests.test_formats import texts


def _paragraphs(source: str) -> list[str]:
    return texts(extract("guide.md", source.encode()), "paragraph")


def test_a_roles_explicit_title_is_shown_without_its_target() -> None:
    """'{ref}`positional arguments <arguments>`' was quoted as 'positional arguments <arguments>'."""
    source = (
        "# Flags\n\nFlags are distinct from {ref}`positional values <values>`.\n\n"
        "- `kind`: Sets {ref}`the value kind <value-kinds>`\n"
    )
    assert _paragraphs(source) == ["Flags are distinct from positional values."]
    assert texts(extract("guide.md", source.encode()), "list_item") == ["kind: Sets the value kind"]


def test_a_roles_short_form_shows_the_last_part() -> None:
    """Sphinx shows '{meth}`~Shell.render`' as 'render' and '{func}`!plain.name`' as 'plain.name'."""
    source = "# Shells\n\nIt calls {meth}`~Shell.render`, then {func}`!plain.name` and {ref}`shells`.\n"
    assert _paragraphs(source) == ["It calls render, then plain.name and shells."]


def test_a_code_span_without_a_role_keeps_its_angle_brackets() -> None:
    """Only a role's target is reduced: plain code stays exactly as written."""
    source = "# Generics\n\nWrite `list <int>` or `~/.config` as you need.\n"
    assert _paragraphs(source) == ["Write list <int> or ~/.config as you need."]
