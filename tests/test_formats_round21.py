"""Format readers, issue 11 round 21: VitePress and VuePress Markdown. Their code includes (`<<< @/snippets/a.ts{2-4}`,
`@[code](./a.js)`), which the site replaces with a file's code, were stored as sentences. Made-up pages in the shape of
Vitest's and Vite's guides."""

from __future__ import annotations

from retrieval.ingest.formats import extract
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
