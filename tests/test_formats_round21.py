"""Format readers, issue 11 round 21: VitePress and VuePress Markdown. Their code includes (`<<< @/snippets/a.ts{2-4}`,
`@[code](./a.js)`), which the site replaces with a file's code, were stored as sentences. Made-up pages in the shape of
Vitest's and Vite's guides. Their front matter's `description:` was dropped: it is meta now."""

from __future__ import annotations

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.tokenize import tokenize
from tests.test_formats import texts


def test_vitepress_and_vuepress_code_includes_are_not_sentences() -> None:
    """Vitest's guide: '<<< ./snippets/benchmark-table.ansi' stood as a paragraph; VuePress 2's '@[code{1-3} js](...)'
    read '@code{1-3} js'. A line that only mentions '<<<' in prose stays."""
    source = (
        "# Snippets\n\nImport the okapi's code from a file:\n\n<<< @/snippets/okapi.js{2-4} [okapi.js]\n\n"
        "::: code-group\n\n<<< ./snippets/okapi.ts#feed{1,3 ts:line-numbers}\n\n<<< ../okapi.py\n\n:::\n\n"
        "@[code{1-3} js](../okapi.js)\n\n@[code](./okapi.rs)\n\n"
        "The okapi eats leaves. Write <<< a/b to shift it.\n"
    )
    extracted = extract("snippets.md", source.encode())
    assert texts(extracted, "paragraph") == [
        "Import the okapi's code from a file:",
        "The okapi eats leaves. Write <<< a/b to shift it.",
    ]


def test_front_matter_description_is_meta_and_its_words_are_mentioned() -> None:
    """VitePress, Docusaurus and Hugo pages give their summary in front matter (`description:`), shown to search
    engines, not on the page: it was dropped, so a question in its words was told the documents never use them. It
    is meta (never quoted), as a PEP's header is; `title:` names the document as before."""
    yaml_page = (
        "---\ntitle: Feeding the Okapi\ndescription: 'How often to feed an okapi, and which leaves.'\noutline: deep\n"
        "---\n\n# Feeding\n\nThe okapi eats twice a day.\n"
    )
    folded = "---\ntitle: Okapi care\ndescription: >\n  Everything a keeper\n  needs to know.\n---\n\nWater daily.\n"
    toml_page = '+++\ntitle = "Okapi"\nsummary = "The forest giraffe."\n+++\n\nThe okapi drinks little.\n'
    for name, source, description, prose in (
        ("feeding.md", yaml_page, "How often to feed an okapi, and which leaves.", "The okapi eats twice a day."),
        ("care.md", folded, "Everything a keeper needs to know.", "Water daily."),
        ("okapi.md", toml_page, "The forest giraffe.", "The okapi drinks little."),
    ):
        extracted = extract(name, source.encode())
        assert texts(extracted, "meta") == [description]
        assert texts(extracted, "paragraph") == [prose]
        document, _, mentions = read_document(name, source.encode(), 0, "en")
        assert [record.text for record in document.sentences if record.kind != "heading"] == [prose]
        assert set(tokenize(description, "en")) <= set(mentions)
    assert extract("feeding.md", yaml_page.encode()).title == "Feeding the Okapi"
