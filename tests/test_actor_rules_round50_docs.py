"""Actor rules of issue 16, round 50 (helper ha35): software docs' headings and screen labels are no actors, on
made-up docs paragraphs written as a media server's guide and blog are (labels invented)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_heading_after_a_title_word_is_no_person() -> None:
    """ "General Discussion" (a forum's name), "Major Improvements" (a changelog heading), "General Improvements:"
    open no person named "Discussion" or "Improvements"; "General Grant said" is still a titled person."""
    result = found(
        analyse(
            'The forum has a "General Discussion" category for off-topic posts.',
            "List the features under a New Features and Major Improvements header.",
            "General Improvements: we also cleaned up a lot of code in this release.",
            "General Grant said the army would march at dawn.",
        )
    )
    assert "Discussion" not in result.names, result.names
    assert "Improvements" not in result.names, result.names
    assert result.names.get("Grant", ("",))[0] == "person", result.names


def test_a_label_on_a_screen_is_no_actor() -> None:
    """A title-case name only clicked, selected or named before a screen's part ("the 'Velby Guide' section", "the
    Kestrel Sync tab") is a label, not an organisation; a newspaper stays one, and a person chosen ("voted to choose
    X") a person."""
    result = found(
        analyse(
            "Click 'Velby Guide' under the 'Velby Guide' section of the dashboard.",
            "Then select Velby Guide and open the Kestrel Sync tab.",
            "Press the Save button when the Kestrel Sync tab shows your devices.",
            "The Velby Herald said on Monday that the bridge would close.",
            "The convention voted to choose Anna Lind as its nominee.",
        )
    )
    assert "Velby Guide" not in result.names, result.names
    assert "Kestrel Sync" not in result.names, result.names
    assert result.names.get("Velby Herald", ("",))[0] == "organisation", result.names
    assert result.names.get("Anna Lind", ("",))[0] == "person", result.names  # "choose" as no instruction
