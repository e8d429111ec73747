"""Format readers, leftovers of the last audit of PDF, plain-text and Markdown documents (issue 11): each case made
up in the real documents' shape."""

from __future__ import annotations

from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.formats.pdf import _mark_front_matter


def kinds(name: str, data: bytes) -> list[tuple[str, str]]:
    extracted = extract(name, data)
    return [(b.kind, extracted.block_text(b)) for b in extracted.blocks]


def test_plain_text_grammar_rules_are_code_not_answers() -> None:
    """An RFC's ABNF rules ("Max-Forwards   = ..."; a rule's definition going on below it, indented deeper; a BNF
    `::=`) were stored as prose and returned as answers. The prose that explains the notation ("name = definition"
    then its meaning, indented) and a numbered step holding a formula stay prose."""
    text = """Hypothetical Transfer Protocol

1.  Notation

   The grammar below uses the augmented BNF, which includes the following constructs:

   name = definition
      The name of a rule is simply the name itself and is separated from its definition by
      the equal "=" character.

2.  Header Fields

   The Max-Hops request-header field limits the number of proxies that may forward a request.

       Max-Hops   = "Max-Hops" ":" 1*DIGIT

       Status-Code    =
             "100"  ; Continue
           | "200"  ; OK
       <">            = <US-ASCII double-quote mark (34)>

   <digit> ::= "0" | "1" | "2"

   A client that retries a request waits before it sends it again:

   4. Compute T = R * (2**N), where N is the number of earlier retries of this request.
"""
    blocks = kinds("htp.txt", text.encode())
    code = [block for kind, block in blocks if kind == "code"]
    assert [block.split()[0] for block in code] == ["Max-Hops", "Status-Code", "<digit>"]
    prose = [block for kind, block in blocks if kind == "paragraph"]
    assert any(block.startswith("name = definition") for block in prose)
    assert any(block.startswith("4. Compute T = R") for block in prose)


def front_kinds(blocks: list[str]) -> list[str]:
    builder = BlockBuilder()
    for block in blocks:
        builder.add("paragraph", block, page=1)
    _mark_front_matter(builder)
    return [block.kind for block in builder.blocks]


def test_pdf_abstract_labelled_in_another_language_ends_the_title_block() -> None:
    """A French paper opens its abstract "Résumé. ..." (as an English one "Abstract. ..."): the title, author and
    affiliation lines before it are meta, not answers; an English "Resume" is no abstract's label."""
    front = ["Résumés de journaux de requêtes", "Julien Martin∗ , Anne Petit∗", "∗Université de Tours", "41000 Blois"]
    abstract = "Résumé. Une façon d’assister l’analyse d’entrepôt de données repose sur la fouille de fichiers logs."
    assert front_kinds([*front, abstract]) == ["meta"] * 4 + ["paragraph"]
    german = "Ein Weg, die Analyse zu unterstützen, ist gut."
    assert front_kinds([*front, "Zusammenfassung", german])[:4] == ["meta"] * 4
    english = "Resume. A short account of the clerk's career, his posts and the records that he kept in them."
    assert front_kinds([*front, english]) == ["paragraph"] * 5


def test_pdf_numbered_item_going_on_in_brackets_is_an_item_not_a_section() -> None:
    """The DMCA summary: "1. Nonprofit library, archive and educational institution exception" / "(section
    1201(d)). The prohibition ..." was a top-level heading, and every later section nested under it; the bracket
    opening the next line goes on the item. A heading before an item marked "(a)" stays a heading."""
    from retrieval.ingest.document import document_records
    from tests.test_formats import pdf_with_lines

    lines = [
        "The six additional exceptions to the rules of the harbour archive are as follows for every clerk:",
        "1. Nonprofit library, archive and educational institution exception for the clerks",
        "(section 1201(d)). The prohibition on the act of circumvention is subject to an exception.",
        "2. Reverse engineering (section 1201(f)). This exception permits circumvention by the clerks.",
        "",
        "3. Records kept by the harbour master for the council of the town and its clerks",
        "(a) the register of ships that came into the harbour in the year and the dues they paid.",
    ]
    extracted = extract("act.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    records = document_records(extracted, extracted.title)
    headings = [r.text for r in records if r.kind == "heading"]
    assert not any(heading.startswith("1. Nonprofit") for heading in headings)
    assert "3. Records kept by the harbour master for the council of the town and its clerks" in headings
    items = [r.text for r in records if r.kind == "list_item"]
    assert any(item.startswith("1. Nonprofit library") and "(section 1201(d))" in item for item in items)
