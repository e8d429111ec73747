"""Format readers, issue 11 round 6: documents nobody had tried (chardet's Greek, Hebrew, Arabic, Thai, Chinese and
Korean test pages ...). Each case made up in the documents' shape."""

from __future__ import annotations

import pytest

from retrieval.ingest.formats import extract
from tests.test_formats import texts

# Made-up prose in each script, long enough to judge (a short line of a few words is not).
_PROSE = {
    "greek": "Καιρός\n\nΣήμερα το πρωί έβρεχε πολύ στην πόλη. Αύριο θα έχει ήλιο και ζέστη από το νότο.\n",
    "hebrew": "מזג האוויר\n\nהיום ירד גשם חזק בעיר כל הבוקר. מחר יהיה שמש וחם מן הדרום, וכולם ילכו לים.\n",
    "arabic": "الطقس\n\nأمطرت بغزارة في المدينة صباح اليوم. غدا ستكون الشمس مشرقة والجو دافئ من الجنوب.\n",
    "thai": "อากาศ\n\nวันนี้ฝนตกหนักในเมืองตลอดเช้า พรุ่งนี้จะมีแดดและอากาศร้อนจากทางใต้ เด็กๆ จะไปเที่ยวทะเล\n",
    "chinese": "天气\n\n今天早上城里下了很大的雨。明天是晴天，我们要到海边去，这是一个很好的日子。\n",
    "chinese_traditional": "天氣\n\n今天早上城裡下了很大的雨。明天是晴天，我們要到海邊去，這是一個很好的日子。\n",
    "korean": "날씨\n\n오늘 아침에는 도시에 비가 많이 내렸다. 내일은 해가 나고 남쪽에서 따뜻한 바람이 분다고 한다.\n",
}


@pytest.mark.parametrize(
    ("script", "encoding", "note"),
    [
        ("greek", "cp1253", "Windows-1253 (Greek)"),
        ("greek", "iso8859_7", "Windows-1253 (Greek)"),  # the same letters where prose has them
        ("hebrew", "cp1255", "Windows-1255 (Hebrew)"),
        ("hebrew", "iso8859_8", "Windows-1255 (Hebrew)"),
        ("arabic", "cp1256", "Windows-1256 (Arabic)"),
        ("arabic", "iso8859_6", "ISO-8859-6 (Arabic)"),
        ("thai", "tis_620", "Windows-874 (Thai)"),
        ("chinese", "gb2312", "GB18030 (Chinese)"),
        ("chinese_traditional", "big5", "Big5 (Chinese)"),
        ("korean", "euc_kr", "EUC-KR (Korean)"),
    ],
)
def test_legacy_code_pages_of_other_scripts(script: str, encoding: str, note: str) -> None:
    """chardet's Greek, Hebrew, Arabic, Thai, Chinese and Korean test pages were read as Windows-1252: mojibake
    ('ÇôõðïðïéçìÝíç', '¼òÌåÖÐÎÄ') stored as sentences that no question in the language could find."""
    prose = _PROSE[script] * 3
    extracted = extract("weather.txt", prose.encode(encoding))
    assert texts(extracted, "paragraph")[-1] == prose.split("\n\n")[-1].strip(), encoding
    assert extracted.notes == (f"not valid UTF-8; decoded as {note}",)


def test_western_legacy_text_is_not_read_in_another_script() -> None:
    """Accented Western text stays Windows-1252: its words mix ASCII letters with the script's (a Greek or Arabic
    reading of 'café' is 'cafι' or 'café' with Arabic letters about)."""
    for prose in (
        "Été\n\nLe café crème coûte trois euros à la gare. Où est la fenêtre? Il fait très beau à Noël.\n",
        "Größe\n\nDie Straße über dem Fluss ist schön. Fünf Bäume stehen vor der Tür, grün und groß.\n",
        "Año\n\nEl niño comió piña en la montaña. ¿Dónde está la canción? Mañana será más fácil.\n",
    ):
        extracted = extract("cafe.txt", (prose * 3).encode("cp1252"))
        assert extracted.notes == ("not valid UTF-8; decoded as Windows-1252",)


def test_html_page_without_a_charset_in_a_legacy_code_page() -> None:
    """chardet's Arabic news page in Windows-1256 declares no charset: read as UTF-8 every letter was U+FFFD."""
    body = _PROSE["arabic"].split("\n\n")[-1].strip()
    page = f"<html><head><title>الطقس</title></head><body><p>{body}</p><p>{body}</p></body></html>"
    extracted = extract("news.html", page.encode("cp1256"))
    assert texts(extracted, "paragraph") == [body, body]
    assert extracted.notes == ("not valid UTF-8; decoded as Windows-1256 (Arabic)",)
    declared = page.replace("<head>", '<head><meta charset="windows-1256">')
    assert texts(extract("news.html", declared.encode("cp1256")), "paragraph") == [body, body]
    assert extract("news.html", declared.encode("cp1256")).notes == ()


def _pdf_said(lines: list[str]) -> tuple[str | None, list[tuple[str, str, str]]]:
    from retrieval.ingest.document import document_records
    from tests.test_formats import pdf_with_lines

    extracted = extract("paper.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    records = document_records(extracted, extracted.title)
    return extracted.title, [(r.kind, r.section, r.text) for r in records if r.kind != "heading"]


def test_pdf_arxiv_margin_stamp_is_not_text() -> None:
    """The DPR paper (unstructured's multi-column-2p.pdf): pdfium gives arXiv's margin stamp where the first page
    ends, inside a sentence: 'results on multiple open-domain arXiv:2004.04906v3 [cs.CL] 30 Sep 2020 QA datasets'."""
    _, said = _pdf_said(
        [
            "1 Introduction",
            "",
            "Although dense retrieval can outperform sparse retrieval, setting new results on several open-domain",
            "arXiv:2004.04906v3 [cs.CL] 30 Sep 2020",
            "QA datasets, it also suffers from two weaknesses.",
        ]
    )
    texts_said = [text for _, _, text in said]
    assert not any("arXiv:" in text for text in texts_said)
    assert any(
        text.endswith("several open-domain QA datasets, it also suffers from two weaknesses.") for text in texts_said
    )


def test_pdf_run_in_abstract_ends_the_front_matter_and_wrapped_numbered_items_are_items() -> None:
    """LayoutParser's paper (Springer LNCS): authors and affiliations before 'Abstract. Recent advances ...' were
    sentences and '1 Allen Institute for AI' a section; '1. An off-the-shelf toolkit for applying DL models for
    layout detection, character' / 'recognition, and other DIA tasks (Section 3)' was a heading and a paragraph."""
    title, said = _pdf_said(
        [
            "LayoutParser: A Unified Toolkit for Document Image Analysis",
            "",
            "Zejiang Shen, Ruochen Zhang",
            "",
            "1 Allen Institute for AI",
            "shannons@allenai.org",
            "",
            "Abstract. Recent advances in document image analysis have been driven by the application of neural",
            "networks. Ideally, research outcomes could be easily deployed in production and extended further.",
            "",
            "1 Introduction",
            "",
            "Deep learning based approaches are the state of the art for a wide range of document analysis tasks.",
            "LayoutParser is built with the following components, each of them described in its own section:",
            "1. An off-the-shelf toolkit for applying deep learning models for layout detection, character",
            "recognition, and other document analysis tasks (Section 3)",
            "2. A rich repository of pre-trained neural network models (Model Zoo) that underlies the usage",
        ]
    )
    # (the made-up page has no gap after its title, so pdfium's line after it joins it)
    assert title and title.startswith("LayoutParser: A Unified Toolkit for Document Image Analysis")
    assert not any("Zejiang" in text or "Allen Institute" in text for _, _, text in said)
    assert said[0][1] == ""  # the abstract is under no affiliation
    items = [text for kind, _, text in said if kind == "list_item"]
    assert (
        "1. An off-the-shelf toolkit for applying deep learning models for layout detection, character recognition, "
        "and other document analysis tasks (Section 3)"
    ) in items


def test_utf8_decoded_twice_is_put_back() -> None:
    """unstructured's norwich-city.txt (a Wikipedia article saved through a tool that read UTF-8 as Latin-1):
    'the 1985â\\x80\\x9386 season', 'for Â£300,000' stored as they were, the en dash's bytes as invisible C1
    controls."""
    right = "Okapis\n\nThe 1985–86 season cost £300,000. The café’s okapi was “famous” in Zürich.\n"
    twice = right.encode("utf-8").decode("latin-1").encode("utf-8")
    extracted = extract("okapis.txt", twice)
    assert texts(extracted, "paragraph") == [right.split("\n\n")[1].strip()]
    assert extracted.notes == ("UTF-8 decoded twice (mojibake) put back in 7 places",)
    via_windows = right.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")
    assert "1985–86" in extract("okapis.txt", via_windows).text
    # real text with a character pair that only looks like one ('Â©' in an essay about mojibake) stays as it is
    essay = "Mojibake\n\nA broken page shows Â© where © was meant, and that is the whole story.\n"
    assert extract("essay.txt", essay.encode()).text.endswith("and that is the whole story.")
    assert extract("essay.txt", essay.encode()).notes == ()


def test_short_link_only_blocks_are_not_answers() -> None:
    """The Guardian's story cards ('Standing Rock protests' / 'Read more'), NPR's 'Enlarge this image' and its audio
    player's 'Download' / 'Transcript', DW's menu columns: a few words all inside a link were sentences."""
    page = (
        "<html><body><main><h1>Pipeline protest</h1>"
        "<p>Protesters stayed at the camp through the first snow of the winter.</p>"
        '<figure><a href="/us-news/standing-rock"><div>Standing Rock protests</div><div>Read more</div></a></figure>'
        '<p><a class="enlargelink" href="/img/1.jpg">Enlarge this image</a></p>'
        "<p>The police used water cannons on the night of 20 November.</p>"
        '<p><a href="/report">See the full report.</a></p>'
        '<p>Write to <a href="mailto:desk@example.org">desk@example.org</a></p>'
        '<p><a href="mailto:desk@example.org">desk@example.org</a></p>'
        "</main></body></html>"
    )
    extracted = extract("story.html", page.encode())
    assert texts(extracted, "paragraph") == [
        "Protesters stayed at the camp through the first snow of the winter.",
        "The police used water cannons on the night of 20 November.",
        "See the full report.",
        "Write to desk@example.org",
        "desk@example.org",
    ]


def test_markdown_toc_placeholder_and_bold_labels_are_not_sentences() -> None:
    """VitePress's guide: '[[toc]]' (its table-of-contents marker) was a sentence, and so were the 46 '**Input**' /
    '**Output**' labels over its examples; requests' HISTORY.md had 'Bugfixes' / 'Improvements' under each release."""
    source = (
        "# Markdown Extensions\n\n[[toc]]\n\n[TOC]\n\n## Tables\n\n**Input**\n\n```md\n| a | b |\n```\n\n**Output**\n\n"
        "Tables are rendered with GitHub's rules.\n\n**Bugfixes**\n\n- Fixed the okapi counter.\n\n"
        "**Do not run this in production.**\n\n**Note:** the okapi sleeps.\n"
    )
    extracted = extract("markdown.md", source.encode())
    assert texts(extracted, "paragraph") == [
        "Tables are rendered with GitHub's rules.",
        "Do not run this in production.",
        "Note: the okapi sleeps.",
    ]
    assert texts(extracted, "list_item") == ["Fixed the okapi counter."]


def test_text_copied_from_a_pdf_without_blank_lines() -> None:
    """unstructured's norwich-city.txt (a Wikipedia article copied out of a PDF: wrapped lines, no blank line in 742):
    every sentence was 'paragraph 1' and the infobox's lines ran into one sentence ('Full name Iwan Wyn Roberts Date
    of birth 26 June 1968 Place of birth Bangor, Wales Height ...')."""
    wrapped = (
        "The okapi lives in the rainforest of the northern Congo and is the only living relative of\n"
        "the giraffe. It was described for science in 1901, after years of rumours among the\n"
        "travellers who crossed the forest.\n"
    )
    lines = ["Okapi", "Full name Okapia johnstoni", "Weight 200 to 350 kg", "Status Endangered"]
    text = "\n".join(lines) + "\n" + wrapped * 14
    text += "Keepers feed it leaves in the morning when he is\n12,[5] and again at night.\n"
    # a line of prose cut short by the layout beside it is no section; a few capitalised words are
    text += "In the semi-final, Leicester drew\n" + wrapped + "Diet\n" + wrapped
    extracted = extract("okapi.txt", text.encode())
    headings = texts(extracted, "heading")
    assert "Diet" in headings and not any(heading.startswith("In the semi-final") for heading in headings)
    paragraphs = [" ".join(paragraph.split()) for paragraph in texts(extracted, "paragraph")]
    assert paragraphs[:3] == ["Full name Okapia johnstoni", "Weight 200 to 350 kg", "Status Endangered"]
    assert paragraphs[3].startswith("The okapi lives in the rainforest") and paragraphs[3].endswith(
        "crossed the forest."
    )
    assert "Keepers feed it leaves in the morning when he is 12,[5] and again at night." in paragraphs
    # a text with blank lines between its paragraphs, or indented (an RFC), is read as before
    indented = "\n".join("   " + line for line in text.split("\n"))
    assert len(texts(extract("rfc.txt", indented.encode()), "paragraph")) == 1


def test_pdf_paper_title_stops_before_the_first_author() -> None:
    """The DPR paper's title came out as 'Dense Passage Retrieval for Open-Domain Question Answering Vladimir
    Karpukhin∗': pdfium joins the first author's line to the title's block."""
    title, said = _pdf_said(
        [
            "Dense Passage Retrieval for Open-Domain Question Answering about Okapis",
            "Vladimir Okapi*",
            "",
            "Abstract",
            "",
            "Open-domain question answering relies on efficient passage retrieval to select candidate contexts.",
            "Traditional sparse vector space models, such as TF-IDF or BM25, are the de facto method in use.",
        ]
    )
    assert title == "Dense Passage Retrieval for Open-Domain Question Answering about Okapis"
    assert (
        said[0][2]
        == "Open-domain question answering relies on efficient passage retrieval to select candidate contexts."
    )
