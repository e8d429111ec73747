"""From a file's bytes to a parsed document: its format read, its blocks split into sentences with their sections.

Blocks come from the format readers (retrieval/ingest/formats/) as slices of the document's visible text. Here:

- a heading is stored as a sentence of kind "heading" (actors read it; answers never quote it) and sets the section
  path of the sentences under it, down to the next heading of the same or a higher level; the document's title
  heading is the title, not a section;
- a paragraph, list item or table row is a block of its own, split into sentences (one never spans two blocks);
- a code block is not quoted, but its identifiers are searchable: its terms go with the sentence before it (the one
  that introduces the code, "Create the engine with `create_engine()`:"), or the next one when it opens a section;
- meta blocks (bylines, licence boilerplate) are left out; their terms, with the title's and the headings', are the
  terms the document mentions outside its answers (`document_mentions`).

Every sentence of a document is tokenized in the document's language: the `LANGUAGE` setting, or with "auto" the
language its prose is written in (retrieval/language.py).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from retrieval.ingest.decode import NO_SENTENCES, UnreadableDocument
from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import CELL_SEPARATOR, names_contents
from retrieval.ingest.formats.progress import reporting_parts
from retrieval.ingest.narrator import add_narrator, with_terms
from retrieval.ingest.releases import is_version_heading, release_holds, titled_release
from retrieval.ingest.speakers import SPEAKER_MARK, speaker_labels
from retrieval.ingest.split import normalize_space, split_sentences
from retrieval.ingest.structure import PROSE_KINDS, Block, ExtractedText
from retrieval.language import DEFAULT_LANGUAGE, detect_language, document_sample
from retrieval.models import SECTION_SEPARATOR, ParsedDocument, SentenceRecord
from retrieval.tokenize import (
    COMPOUND_LANGUAGES,
    ENGLISH,
    LONG_WORD,
    compound_parts,
    plainly_english,
    tokenize,
)

AUTO_LANGUAGE = "auto"

_GAP = re.compile(r"\s{2,}")  # between the words of a heading set in spaced letters

# Bumped when what is stored of a document changes (blocks, sections, splitting): a store written by another
# version has every document read again at the next reindex.
# 3: plain text: a one-line headline block before prose is a heading, a title page and contents are meta; PDF: title
# lines without a number are headings, numbered lines that go on ("1. A session, or") are not.
# 4: plain text: one-line blocks before the first prose stay paragraphs (a news digest's headlines).
# 5: RTF: table rows (\trowd ... \cell ... \row) are table_row blocks, their cells joined by CELL_SEPARATOR.
# 6: Markdown: .mdx, content tabs, icon shortcodes, attribute lists, Hugo shortcodes/TOML front matter, Docusaurus
# ::: and MDX import lines are not text; RST: Sphinx domain roles and backslash escapes read as shown.
# 7: RST: Sphinx directives' content (versionadded, seealso, function/class descriptions, tabs ...) is read.
# 8: HTML/EPUB: blocks made only of in-page links (tables of contents) are meta; Gutenberg's span.pagenum is left out.
# 9: PDF: running headers/footers that differ only by a Roman page number at an end are furniture too.
# 10: Gutenberg producers' credit after the START line, DOCX Author/Date styles: meta.
# 11: HTML: go.dev page sources marked as Go templates drop their actions ({{code ...}}) and show string constants.
# 12: PDF: a line-end hyphen after an identifier's own hyphen, or in a browser-made PDF, is kept; words broken twice.
# 13: an Apache type map named like a page ("page.html": URI:/Content-*: lines) is not a document.
# 14: HTML: blocks inside a table cell or heading are set apart ("core mod_cgi"); symbol-only permalinks are not text.
# 15: DOCX: footnotes, endnotes, text boxes, tracked insertions and moves read; deletions, hidden runs and field codes
# not. ODT: note bodies read, display="none" text not. RTF: hidden text (\v) not.
# 16: metadata titles that are file names ("10811.exe", "905_Precinct_NoOU") are not titles.
# 17: HTML: landmark roles (navigation, banner, contentinfo, search) and generators' furniture ids/classes are not text;
# Doxygen's page title (div.headertitle) is a heading.
# 18: ODT: tables of contents and other generated indexes are meta, paragraphs in a monospaced style are code;
# DOCX: TOC styles are meta.
# 19: splitting: "No." before a code number ("Docket No. FAA-2020-0686") does not end a sentence.
# 20: PDF: lines whose first, middle and last characters are in a monospaced font are code (not when most lines are).
# 21: PDF: URLs, e-mail addresses and numbered codes broken at a line end are joined without a space; run-in labels
# ("FOR FURTHER INFORMATION CONTACT: Ian"), table header lines ("Symbol Description") and table rows ending in
# Yes/No cells are not headings; a title is a heading on the first page. ODT: Title/Subtitle paragraphs are meta.
# 22: PDF: rows of figures ("Iowa 2.85 2.99 - 3.30") and a date alone ("Tuesday, January 13, 2009") are not headings.
# 23: HTML/EPUB: a heading that only labels its box ('<div class="note"><h3>note</h3>') is meta, not a section.
# 24: plain text laid out in pages loses its running headers/footers and joins paragraphs cut by a page break;
# dot-leader contents are meta; numbered headings ("1.  Introduction", "4.1.2.  Access Token") are headings at their
# depth, header fields, protocol lines, captions and lead-ins not. HTML: a run of <pre> holding prose (rfcmarkup
# RFCs) is plain text; a web page named .txt is HTML.
# 25: PDF: a numbered section ("1. Introduction") or a section's usual name ("Abstract") is not the fallback title.
# 26: HTML/EPUB: a list whose every item is a short link (menus, share buttons, related stories, categories) is meta.
# 27: plain text: a two-column memo header is meta, not the title (the headline after it is); "Abstract" before the
# first prose is a heading; a section opening with its first subsection ("1 Introduction", "1.1 Purpose") a heading.
# 28: PDF: a line at the top or bottom of half the pages of one side (odd or even) is a running header or footer.
# 29: DOCX: equations (Office Math) are read, as their runs' text.
# 30: DOCX: an equation's fraction and powers written in Word's linear form ("m/sin θ", "10^-4 rad").
# 31: PDF: numbered "headings" of one part following each other with nothing between (1, 2, 3 ...) are rows.
# 32: PDF: a paragraph or list item without two letters or digits in a row is meta.
# 33: plain text: a figure drawn with characters (half its visible characters symbols) is code.
# 34: HTML: a page's <main> (or its largest <article>) holding half its words is its text; ad, cookie, share,
#     related and comment boxes (by their class names) are skipped.
# 35: splitting: "et al." goes on before a word that does not start sentences ("Bone et al. (1989)").
# 36: text: UTF-16/32 with a BOM read silently; UTF-16 without one, Shift_JIS, EUC-JP, ISO-2022-JP/KR,
#     Windows-1251, KOI8-R and Mac Cyrillic recognised (they were Windows-1252 mojibake or skipped).
# 37: Markdown: Liquid tags ({% raw %}, {% include x %}) are not text; ODT: a picture's svg:title/desc is not read.
# 38: PDF: a paper's first page before a lone "Abstract" (title, authors, affiliations) is meta, "Abstract" a heading.
# 39: HTML: an element of class "hidden" is not shown, so not read.
# 40: EPUB: title page, imprint, colophon and copyright page (epub:type) are meta; a note's backlink is not read.
# 41: Markdown: MyST/d2lbook target and label lines dropped, a role's name before its code span not shown, MyST's
#     fenced admonitions (```{note}) read as prose.
# 42: text: Greek, Hebrew, Arabic, Thai, Chinese (GB18030, Big5) and Korean (EUC-KR) code pages recognised (they were
#     Windows-1252 mojibake).
# 43: text: a rendered manual page's sections, options and line-end hyphenation (they ran into the prose).
# 44: PDF: arXiv's margin stamp dropped; a run-in "Abstract." ends a paper's front matter (affiliations with their
#     marks too); a numbered line wrapped onto a lower-case line is a list item, not a heading.
# 45: text: UTF-8 decoded as Latin-1/Windows-1252 and saved again ('1985â\x80\x9386', 'Â£') put back.
# 46: HTML/EPUB: a block of a few words all inside a link, without a full stop, is meta ("Read more").
# 47: Markdown: a table-of-contents placeholder line ([[toc]], [TOC]) and a paragraph that is only a short bold
#     label (**Input**, **Bugfixes**) are not sentences.
# 48: splitting: a table row's short label cell ending in a full stop ("I. | The Sun-seeker | 1") does not end it.
# 49: text: a long block of wrapped lines without blank lines (copied out of a PDF) cut into paragraphs and fields.
# 50: text: a short line cut out of such a block is a section only when a few capitalised words.
# 51: PDF: a paper's title stops before a line with an author's mark (∗, †, @) joined to its block.
# 52: DOCX without heading styles: short paragraphs in capitals or all bold are headings, numbering gives the level.
# 53: HTML: image credits, caption controls ("hide caption") and a caption repeated for the enlarged view are not text.
# 54: PDF: a contents page's lines led by page numbers rising with gaps ("2 Reliance at a Glance", "4 ...") are meta.
# 55: groff -Thtml manual pages: a long option tag joins its text; SYNOPSIS is code; tags without text are meta.
# 56: DOCX/ODT: text boxes in table cells read after their row, nested boxes once; ODT frames and text boxes are
#     paragraphs of their own, not glued into the paragraph they are anchored in; a DOCX row python-docx cannot place.
# 57: PDF: "3.0" numbers a chapter; a contents entry over two lines, "ES-1" page numbers; a title first on its page;
#     a report's cover and title pages are meta. HTML: a numbered label and the paragraph it names are one item.
# 58: text: Central European (Windows-1250, ISO-8859-2) and Turkish (Windows-1254) code pages told from Windows-1252.
# 59: HTML: a short paragraph set flush right (a letter's signature or dateline) is meta.
# 60: ODT: a heading inside a frame or text box is a paragraph of the box, not a section of the document.
# 61: splitting: a short aside in brackets after a full stop ("(Default 100)") joins the sentence before it; a letter
#     in quotes before a full stop ("'F'.") ends the sentence (it is no initial).
# 62: text: a heading underlined (or over- and underlined) Setext/reStructuredText style is a heading; its rules are
#     not text.
# 63: PDF: a running header or footer with a page number that follows the pages is furniture on 3 pages or more (a
#     chapter's name heads only its own pages, under half of all).
# 64: PDF: numbered "headings" in a row with the same number are rows; a line holding code symbols, or after a lead-in's
#     colon, is no unnumbered heading.
# 65: text: a bulleted point ("* ", "- ", "• ") is a list item without its marker.
# 66: HTML: a page laid out with tables (cells holding tables, headings or forms; a one-column box of paragraphs) is
#     read as blocks, not rows; a row or block of two links or more with no word outside them is navigation.
# 67: PDF: a numbered heading's name may hold a full stop before a digit ("2.1 ASN.1 syntax").
# 68: Markdown: a self-closing Vue/MDX component inside a sentence shows its naming attribute ("<DocsLink path=...").
# 69: Markdown: MDX/Vue component tags on lines of their own are not text, and their body is read as Markdown.
# 70: Markdown: a bold-only paragraph in title case (up to 10 words, no full stop) is a caption: meta.
# 71: RST: a Sphinx object's signature (.. function:: name(args)) heads its description as a section; a substitution
#     defined outside the file shows its name without the bars.
# 72: HTML: a Sphinx object description's signature (<dl class="py function"><dt id=...>) heads its description as a
#     section; its "[source]" link is not text.
# 73: Markdown: GitHub alert / Obsidian callout markers are not text (a callout's title is meta); wiki links show their
#     text, embeds nothing.
# 74: Markdown: an inline component's API path (DocsLink's "Name:Kind#member") shows as "Name#member"; PDF table
#     cells and repeated header rows (2a39433).
# 75: RST: `.. contents::` is left out (its title was a section over the page); the first section's title is the
#     page's title, as Sphinx takes it.
# 76: PDF: paragraphs from where the lines stand (wrap spaces pdfium drops, footnotes, table cells, captions, split
#     section numbers, a short chapter's running header): 37a5490 .. 7171096.
# 77: HTML: a description list's term opens its description as one item ("-k --keep" and what the option does).
# 78: a heading in spaced letters ("F R A N K L I N") names its section as its word; Gutenberg's series name is no
#     part of a title.
# 79: PDF: a raised footnote mark is read as superscript digits ("passwords¹⁶"), and a sentence ends after one.
# 80: books: a table of contents naming later headings is meta; text: a title page's byline, accounts with dot leaders
#     as table rows (not headings over the next chapters), "End of the Project Gutenberg EBook" as boilerplate; XHTML:
#     the XML declaration's encoding; PDF: a section's running header with the page number ("3.1. DATA PIPELINE 21").
# 81: a quotation's first words ending in "!" or "?" are no sentence of their own ('"Ah! Cornelius Agrippa! My ...').
# 82: PDF: TeX's typewriter faces are monospaced (listings are code); an address in one is a paper's front matter.
# 83: PDF: a numbered heading whose chapter number goes back ("1. Import ..." under "3.1 ...") is a numbered step.
# 84: PDF: a glossary term wrapped onto a line ending with its acronym ("Board Support" / "Package (BSP)") is no
#     heading.
# 85: PDF: a title set large in sentence case ("Conclusion and future work") is a heading.
# 86: PDF: a footnote's own raised mark glued to its first word ("26IEEE authors ...") is read as superscript digits.
# 87: a dot leader before its figure ("In all........ $28.12") ends no sentence.
# 88: text: a book's chapter line with its full stop ("CHAPTER II.", "CHAP. IV.") and the name under it are headings.
# 89: a contents row of a chapter's number, name and page is meta; "HTML file produced by ..." is a credit.
# 90: text: the line after a chapter line that has its name, or a line of speech, is no chapter name.
# 91: PDF: a numbered title set bold at the start of its section's first line is a heading ("2.2 Header Files In
#     order ..."); a numbered title may open with quotes or a mixed-case name ("4.1.1 “Software Only” ...", "2. cFE").
# 92: a caption that only names its figure or table ("Figure 2-1. Tunneling Architecture"), a reference list's
#     entries and a Gutenberg book's title page (its headings no section over the chapters) are meta.
# 93: EPUB: a chapter without headings takes its heading from the book's table of contents (nav or NCX: the lines
#     an entry names), the contents entries are meta, and so are the guide's cover, title and copyright pages.
# 94: the title page of a Gutenberg edition without its licence header (its title says it is one) is meta too.
# 95: Markdown: a Sphinx role's code span shows what Sphinx shows ("{ref}`title <target>`" its title, "~a.b" as "b").
# 96: HTML/EPUB: a poem's line numbers in the margin (class "lnum", "linenum") are left out; an image's alt text that
#     only labels it ("Illo1", "Cover Image") is not read.
# 97: DOCX: a text box's line set as a heading is meta (a cover's title); a line on a coloured band is a heading in a
#     document without heading styles; a bare "Heading" style is the top heading; "8(a)" keeps a title in capitals.
#     ODT: a cross-reference (text:bookmark-ref) shows its text.
# 98: ODT: in a frame around a picture, a caption line that only names it ("A factory") or credits it ("Source: ...")
#     is meta.
# 99: EPUB/HTML: a print edition's page numbers (epub:type="pagebreak", role="doc-pagebreak") are left out.
# 100: DOCX without a Title style: a short first line set in large type (1.6 times the text's size) is the title.
# 101: a heading that only numbers a book's division ("CHAPTER I") is not the document's title.
# 102: e-mail (.eml, .mbox, a message saved as .txt) is read as mail.
# 103: the terms of titles, headings and meta blocks are stored (document_mentions, migration 9)
# 104: pipermail pages read as mail, its index pages skipped; "ie."/"eg." never end a sentence.
# 105: RST: a :doc: link shows the linked page's title (doc_links.py)
# 106: Markdown: a paragraph of display math ($$ ... $$, \begin{env} ... \end{env}) is code, not a sentence
# 107: a line near the top that only prints the document's title is meta (blocks.title_lines)
# 108: the acronyms of runs of capitalised words are mentioned terms ("UN" for "United Nations")
# 109: Markdown: a link to a Hugo shortcode or template expression reads as its text ("[add]()" was shown)
# 110: GPO text editions' page markers and margin notes, legal section headings; PDF text off the page left out
# 111: a page without a top-level heading is titled by the heading that opens it when none other is as high
# 112: PDF: a line joined to a broken code keeps its last part's place; picture-font bullets; reference list URLs
# 113: PDF: a block of figures only (a transcript's line numbers, "(1.11)", "0.25 35.8 %") is meta
# 114: DOCX: a drop cap begins its paragraph; AsciiDoc: a "# Title" header, a description under its term is one item
# 115: a spaced ellipsis (". . . .") ends no sentence before its last dot
# 116: HTML: text for screen readers only ("sr-only", "visually-hidden", "off-screen") is not read
# 117: HTML: two <br> in a row part paragraphs; an essay set in one table cell is prose, not a table row
# 118: HTML: a note's mark ("[11]", a superscript "22" linking to its note) is not read into the sentence
# 119: PDF: a hyphen pdfium gave on a line of its own, touching its word, goes on it ("Excel-based", not "Excel -based")
# 120: plain text: a block of short unpunctuated lines of a few words is a list, one item a line (a THANKS file)
# 121: Markdown: an HTML block keeps its paragraphs, table rows, headings (a box's title meta); PDF: a title over two
#      lines is one heading, a running header found by its place, no heading from a reference's or an indented line
# 122: plain text: a one-a-line list may have a long entry or one ending with a full stop now and then ("Jr.")
# 123: HTML: bylines, datelines, written-out picture credits and lone alt text are meta, a standfirst heading a
#      paragraph; DOCX: tables nested in a table's cells read row by row; mail: an empty text part hides no HTML one.
# 124: PDF: a paragraph cut off mid-sentence by a caption at the next page's top goes on after it
# 125: a first-person narration sentence also holds its narrator's name terms (narrator.py, issue 12)
# 126: HTML: a box holding only a short label and links ("Tagged:", "Explore further") or a colon label before a
#      script's slot ("Advertisement:") is not read; neither is text of a "hidden-text" class.
# 127: RST: an admonition's title is no section; a bare `.. role::` defines a role, no object heading
# 128: PDF: a raised footnote mark pdfium gave after its line goes on it; a long numbered line going on in a
#      bracket is an item; "Résumé." (and other languages' labels) ends a title block; plain text: ABNF rules are code
# 129: Markdown: an HTML block's heading inside a box after the document's title is meta (a demo's output)
# 130: sentences: Spanish "ej.", German "Abs.", Italian "pag."/"Sig."... are abbreviations; "Fig. 3. The" ends
# 131: HTML: teasers of other pages (a link holding blocks, boxes of linked headings side by side, a paragraph of
#      one linked headline), a dialog and a gallery's picture count are meta or not read; DOCX: a heading after the
#      text has begun is no title; mail: Outlook's quoted header, other languages' attributions, "Sent from my iPhone"
# 132: HTML: an element its style attribute hides (display: none, visibility: hidden) is not read
# 133: HTML: a picture's "Source: ..." line is a credit, as "Photo: ..." is (meta)
# 134: PDF: titles set bold are headings (in sentence case when short, over a subsection's, at a page's top); formula
#      pieces are code; a numbered line repeated word for word is no section; man pages: `col -b` tabs expanded
# 135: PDF: a web address broken at a line end after its "www." is joined to the host name on the next line
# 136: mail: a closing and the name under it at a body's end are meta; plain text: a book's bare number line ("216.")
#      heads a letter, its addressee in capitals under it; PDF: a line ending on "&" is no title
# 137: plain text: a log (most lines start with a time stamp or a level) is read one line a unit, never joined
# 138: PDF: a slide's title (the largest line at a landscape page's top) heads its slide wherever pdfium gives it,
#      and a slide's text never goes on from the slide before; a numbered line next to a number-led line of a table
#      of figures ("19.92 soft" / "42.16 Levenshtein") is no heading
# 139: PDF books (hf14): a back-of-book index is meta; a copyright page's address lines are no headings; a chapter's
#      label ("Chapter 3") is meta over its title, a chapter; appendices, contents, preface, bibliography and index are
#      chapters; running heads naming their section in mixed case or numbered in Roman numerals are furniture; a
#      contents page's chapter lines are meta; a one-number line between two sections of one chapter is a list item
# 141: PDF (hf17): a glossary's next entry set without a bullet (a bold term and its colon) is a paragraph of its
#      own; a figure's or a table's label read as a heading (a plot's title, a table's header row) is a paragraph;
#      "Algorithm 3.2" is a caption's label
# 142: RST (hf18): Sphinx's text roles (:file:, :samp:, :command:, :kbd:, :menuselection: ...) show their text as
#      Sphinx does; ":file:`~/.bashrc`" read "/.bashrc"
# 143: RST (hf18): a footnote or citation mark left out takes the space before it along ("January 1, 2020 .")
# 144: every reader (hf18): soft hyphens, zero-width spaces, word joiners and U+FEFF are out of the text and titles
# 145: RST (hv7's finding): :envvar:`<NAME>` shows "<NAME>" (it showed nothing) and :envvar:`!title <NAME>` its whole
#      text, as Sphinx does; a titled target shows its title by the one rule for titled targets
# 146: AsciiDoc (hf20): constrained and unconstrained marks pair as Asciidoctor pairs them ("`a` and `b`" is two
#      spans, not "a` and `b"), across the lines of a paragraph; a footnote holding a link ends at its own "]"
# 147: AsciiDoc (hf20): <<id,text>> whose text holds "<" or quotes, <<Section Title>> and <<id>> of a titled block
#      show their text or title
# 148: PDF (hf20): a line opening with a rule's outline number and a bracket ("A.4.3.b) ...") opens a list item when
#      another line numbers its parent or a sibling; it ran into the line before ("... programmer art A.4.3.b) ...")
# 149: PDF (hf20): a line of prose justified to a narrower measure beside a figure (a right edge 4+ lines of its page
#      share) is a full line there: the paragraph goes on ("... are Jonty" / "Wareing and Russ Garrett.")
# 150: PDF (hf20): a run of 3+ lines indented alike ends where the next line is back at the left edge, opening no
#      lower-case word (a ruled table's rows, the paragraph after it no longer glued to its last row)
# 151: PDF, plain text (hf19): one caption-label rule (blocks.py) for every reader; a wrapped line opening on "Table I,"
#      or "figure out" goes on its paragraph; "Table of Contents" is a heading and heads no section after its
#      contents page; "Figure 7.1.:" is a caption's label; a plain-text "Figure 3 – Map" or "Table 2" is no section
# 152: Markdown (hf19): a paragraph of pictures alone, linked or not (a README's badges, its logo), is meta
# 153: PDF (hf19): a paragraph's indented first line goes on when the next line, a full one, is right under it and
#      as far right, however few its characters (pdfium runs hyphen-broken lines together, which made it "short")
# 154: mail (hf19): Yahoo's quoted header (From, Subject, To, Date) opens the earlier message, and the "--- On ...
#      wrote:" line over it goes with it
# 155: HTML (hf19): MediaWiki's tagline under a page's title (id "siteSub": "From Wikipedia, the free encyclopedia")
#      is page furniture
# 156: PDF (hf19): "Contents" or "Table of Contents" over contents lines heads none of the sections after it, also
#      when the first chapter's text stands in its section
# 157: PDF (hf21): a numbered line that reads as a sentence is a list item, not a title, when the item before it is
#      numbered one less, the one after it one more, or its next line hangs under its text (then it goes on there)
# 158: PDF (hf21): a margin column (a Tufte layout's notes) is read as notes, each a paragraph after the paragraph
#      beside it; a line pdfium read on into the margin is broken there
# 159: PDF (hf22): a chapter's running footer with the page number on one page only ("The breasts 7") is furniture
#      where other chapters' footers follow their pages at the same offset from the page index, in the same place
# 160: HTML (hf22): a byline no markup marks ("// By Jane Doe • Nov 11, 2020", "Posted by ... on ...") is meta; so is
#      a MediaWiki navigation box's title row (a row of one cell in a "navbox")
# 161: DOCX (hf22): footnotes and endnotes follow the block that cites them (under its heading, not the last one);
#      notes nothing cites still come last
# 162: PDF (hf22): a footnote that only points back to the source cited before ("4 Id.", "7 Ibid., p. 12") is meta
# 163: PDF (hf22): the centered lines a first page opens with, each paragraph of them with a line in from the margin,
#      two lines or more, are a title block: meta
# 164: ODT (hf22): footnotes and endnotes follow the paragraph that cites them; one cited in a table's cell is read
#      in the cell only (it was read there and again at the end)
# 165: PDF (hf22): a running line with the page number whose name ends with a question mark ("What is cancer? 5") is
#      one too
# 166: PDF (hv9): one hyphenation rule for margin notes and lines (the hyphenated spelling weighed too), "Content"
#      and "CONTENTS." name a contents page as in plain text; blocks of every set's document unchanged
# 167: PDF (hf23): a page whose columns pdfium reads across (the IRS 1040-NR instructions) is read column by column
#      from its characters' places; blocks of every set's document unchanged
# 168: PDF (hf23): a first page's title block titles a document whose metadata has no title (a Word testimony)
# 169: PDF (hf23): a line set to the full width at the page's justified edge, the next right under it and not
#      indented, goes on its paragraph (LaTeX papers cut beyond a paragraph's first line)
# 170: AsciiDoc (hf24): a table cell runs over lines to the next separator (a wrapped cell began a row and shifted
#      the rest); `cols` gives the column count, "2+|" spans; format=csv/dsv bodies are split
# 171: AsciiDoc (hf24): a footnote's text follows the block that cites it (it was dropped with its macro)
# 172: RST, Markdown, AsciiDoc (hf24): a description list's term opens its description's first paragraph, one
#      item, as HTML's <dt> and <dd> are read
# 173: DOCX (hf24): a paragraph whose mark is a tracked deletion runs on into the next, as ODT stores the merge
# 174: RTF (hf24): a footnote's text follows the paragraph citing it, or stands in its table cell (striprtf
#      dropped it)
# 175: HTML (hf24): MediaWiki's skip links, print footer and category box are furniture
# 176: HTML and Markdown's HTML blocks (hf24): a <details> box's <summary> is its label (meta), not a paragraph
# 177: AsciiDoc (hf24): the backslash of an escaped apostrophe between letters ("it\'s") is not text
# 178: plays, scripts, interviews (hf25): a speech's speaker label ("Laertes | ...", "First Citizen:", "**Name:**")
#      ends its sentences' section path ("Laertes:"), its terms go with every sentence of the speech, and it is no word
#      of the first one (retrieval/ingest/speakers.py)
# 179: Org mode files (.org) are read (hf26): they were left out as no document
# 180: plain text (hf26): dots shorter than the line above ("...") are an ellipsis, not a heading's underline
# 181: HTML (hf26): a bare count is meta (votes); expand/collapse controls and role="menu"/"listbox" are furniture
# 182: plain text (hf27): three or more lines opening with a lone "o" under the same indentation are a list (curl's
#      RELEASE-NOTES " o item [12]"), not one paragraph
# 183: HTML (hf27): a dropdown menu (class "dropdown-menu") is furniture; GitHub's <time-ago>, <relative-time> mark a
#      date as <time> does (a repository's file-list dates are meta)
# 184: sentences (hs5): a lower-case identifier after a full stop opens a sentence ("... modid.jar. ctx.send returns
#      ...", a Markdown code span opening it, whose backticks the readers drop)
# 185: sentences (hs5): a full stop inside a quotation inside brackets that both close later ('(for example, "We
#      use X. It works.")') ends no sentence
# 186: Org (lead): =verbatim= and ~code~ marks may span one line break, as emphasis may ("~M-x\nsome-command~" was
#      quoted with its tildes)
# 187: readers (hf28): PDF: a Word paragraph's indented first line without its wrap space and a line ending in a raised
#      mark go on; a short numbered title set large is no run-in title; an unnumbered title between "3.3" and "3.4" is
#      3.3's; "... Page N of M" at a page's edge is furniture; paragraphs half a line apart; an admonition label alone
#      is meta. HTML: DocBook's <a><sup>[4]</sup></a> note marks, Publican's "docnav". DOCX: bold titles numbered as
#      a list's first level, in a document without heading styles, are headings
# 188: readers (hf30): PDF: a line's size read from its letters, not an end bracket; "Figure 2 show ..." after a line
#      ending no sentence goes on it. HTML: AsciiDoc admonition tables, admonition-title paragraphs, DocBook's "toc"
#      and a label before <nav>; a persona name with a no-break space. RST: lesson directives' prose. Markdown: an
#      icon-only reference link. Splitter: "II." opening a paragraph ends no sentence. Also (hf31, same version): a
#      wrapped numbered PDF title's end takes the document's paragraph gap; DOCX numbered titles after the text are
#      level 2. Also (hf32, same version): PDF titles the outline (bookmarks) names on their page are headings; a
#      numbered row of digit-holding codes ("59 PPM7 ... 0x00") is no title
# 189: readers (hf34): a FAQ set as a list (HTML <dt>, Markdown and RST definition lists, AsciiDoc "Q?::", bold
#      questions over their answers in a bullet list): each question a heading over its answer (blocks.py); a
#      description list's term (HTML, Markdown, RST) labels its description's first paragraph, as a speaker does.
#      Also (hf33, same version): PDF: a short numbered line between items n-1 and n+1, the first of three numbered
#      one after the other, or after item n-1 where the next chapter is numbered otherwise, is a list item; a
#      labelled reference entry's line ending in an initial or abbreviation goes on; a heading that is a copyright
#      notice is meta. HTML/EPUB: headings that are only links to other pages, side by side, are contents entries
#      (meta). Splitter: a table row's last cells holding no sentence end go with the sentence before them
# 190: plain text laid out as an IETF RFC (hf36, formats/rfc.py): pages whose form feeds were taken out are cut at
#      their "[Page N]" footers; a header of two lines is furniture; the header block is meta and the centred title the
#      title; a reply-code list ("250  Requested mail action okay") and a usage block's statuses ("Result:  OK - ...")
#      are list items; exchanges ("C: ...", "S: ...") and a command's syntax line are code; an indented "Label: value"
#      line is never a heading, an indented name over text set deeper is one, under the numbered section
#      Readers (hf35): AsciiDoc: a term alone on its line labels its description, indented or not (was a literal
#      paragraph: code), terms in a row name one description, a lone "+" is no text. Markdown: "##Heading" without
#      the space is a heading. PDF: a bold subsection number before a lower-case name ("6.1. authenticate") is a
#      title. Splitter: a sentence after another in a table row opens after the cell separator
# 191: (hl11) tokens: Italian, Spanish and Portuguese words Snowball leaves whole and Russian verb stems lose their
#      tail, and question words ("comment", "warum", "почему") are stop words (tokenize.TOKENIZER_VERSION 8); (hl12)
#      German and Dutch compounds' parts where each is a word of the document are terms too (TOKENIZER_VERSION 9;
#      words of up to tokenize.COMPOUND_MAX_LETTERS letters).
#      (hf38) RST: a field list in the body (`:name: body`, an option's values, exit codes, `:param x:`) is a
#      description list, the field's name labelling its body (was meta: left out); docinfo stays meta. Plain-text
#      FAQs: a numbered question line ("A8)", "Q3)", "3.2)", "Q:", "1.1 ...?") heads its answer as a heading, the
#      contents' questions are entries (meta when they name a later question), "Section D: ...?" is a heading and
#      an answer's "A:" mark is no word
#      Tables (hf37): a header row (Markdown's, HTML's <thead> or <th> row, RST's, Org's, AsciiDoc's, a Word table's
#      "Header Row", LibreOffice's heading rows) names its rows' columns: its terms are searchable in each row, not
#      quoted; a header of two or more cells over rows is no answer of its own
# 192: (hv17) ... also when a meta block (a caption that only names the table) stands between the header and its rows;
#      HTML: a table's <caption> is read before its rows wherever the markup puts it
#      (hf40) RST: an option list's item ("-o FILE, --output=FILE  Write ...") is a description item, its options
#      labelling its description's first paragraph (the options were no text, the description unnamed)
#      PDF: a caption after a line ending a sentence opens a block of its own also where that line kept its wrap's
#      space ("... publication. " / "Table 3: Framework Glossary"); a bare label's title centred under it ("TABLE I" /
#      "MATH SPACINGS USED BY LATEX") is one caption with it
#      ODP: a slide table's header row (`table:use-first-row-styles`, Impress's "Header row", or its
#      `table:table-header-rows`) names its rows' columns, as a PPTX's `firstRow` does
#      (hf41) notebooks: a code span in an HTML block loses its backticks; PDF: requirement rows ending in ticks
#      are no headings, an unnumbered heading as large as a book part's title after it is top-level
#      (hf42) a line of pictures in a paragraph with text, and a short caption or credit line beside it, are meta;
#      RST: an unknown role whose text is only <...> shows it
# 193: (hf43) notebooks: a bold line opening the first cell is the title; Markdown: a paragraph of links only
#      (a navigation bar) is meta; a release heading is no part of the release heading above it (a release set
#      as "#" over older ones as "##") unless its version extends that one's, and a Markdown release set as a bold
#      line ("**1.4.0** (2023-05-01)") heads its entries; PDF: a requirement row's number given apart from its
#      wrapped text is joined to it, a row's closing ticks are left out of its text
# 194: (hf44) Markdown: VitePress' `<<< @/file` and VuePress' `@[code](file)` code includes are not text; a page's
#      front-matter `description:` (TOML `description`/`summary`) is meta
# 195: (hf46) PDF: a centered first-page line that is a sentence ends the title block; Markdown: a picture with
#      an attribute list is meta, a link with spaces in its destination a link, a Vue slot tag before text no text
#      (hf45) release headings: a project's name before the version ("paperless-ngx 2.18.0"), "WIP 1.1.3", "Next
#      release"; Markdown: a bold release line as a list item over its entries ("* **1.1.0** (02.02.2015)") heads them
# 196: (hf47) Markdown: a list of links alone (a docs index's pages, a contents list) is navigation (meta) unless a
#      sentence ending in ":" introduces it; md_in_html tags (`<figure markdown>`) wrap Markdown, their picture no
#      sentence; a Jinja output expression in running text is left out. RST: a bold release line heads its entries;
#      sections under a lifted subtitle sit below it. Every reader: a block or title of template text alone ("{%
#      include x.html %}", "{{ content }}") is left out. A release the title names (or, untitled, the file's name in a
#      folder of release notes) opens its entries' section path
# 197: (hf48) release headings: a changelog's "Changelog for restic 0.19.1 (2026-07-05)"; a contents' heading or one of
#      a changelog's releases at one level is no title; HTML: a Jekyll page's YAML front matter is no text (its title
#      the page's), template tags among the words go; Markdown: an HTML element kramdown reads whole is one HTML block
# 198: (hf49) Markdown: a list indented by a tab or four spaces under a paragraph is a list (not code, nor the
#      paragraph's continuation); plain text: a run of indented numbered items is a list; every reader: a picture's
#      credit alone in its paragraph ("Photo by X on Unsplash", "Image: Jane Doe, CC BY-SA 4.0") is meta; a
#      sentence that is only an issue or pull request number ("#807", ":pr:`372`") joins the sentence before it
# 199: (hf50) Markdown: a list indented a tab or four spaces deeper inside a list item is the item's own list;
#      every reader: a picture's credit in a list item (alone, or its last line) or a table row's last cells is meta;
#      RST: a `:doc:` link without a title shows its target's last part, not the linked page's title
INGEST_VERSION = 199
# A long file's progress is reported every this many sentences, or this share of its text, whichever comes first
# (`read_document`): splitting and tokenizing take most of a large text's reading (a 10 MB text file here: 2 s to
# read its blocks, 9 s to split and tokenize them), and `docbot index` on a folder of one 100 MB file showed nothing
# until the file was read.
PROGRESS_SENTENCES = 5_000
PROGRESS_SHARE = 0.01
# The distinct terms of one code block given to the sentence it goes with: enough for its identifiers, without
# letting a long listing make one sentence match everything.
CODE_TERMS = 40
# The distinct terms one document's title, headings and meta blocks give `document_mentions`, at most: a long licence or
# a contents page of a thousand entries is still a few kilobytes a document.
MENTION_TERMS = 2000
# The acronyms of a document's capitalised names (`acronyms_of`) it adds, at most, in the order they come: a book's
# names give a thousand, most never asked about, and a snapshot holds every document's in memory.
MENTION_ACRONYMS = 300


class ReadDocument(NamedTuple):
    """A file read: the document to store, the reader's notes ("" if none) and the terms it mentions outside its
    answers (`document_mentions`)."""

    document: ParsedDocument
    notes: str
    mentions: tuple[str, ...]


def parse_document(
    relative: str, data: bytes, mtime_ns: int, language: str = AUTO_LANGUAGE
) -> tuple[ParsedDocument, str]:
    """Read, split and tokenize one file's bytes; returns the document and the reader's notes ("" if none).

    `language` is the `LANGUAGE` setting: an ISO 639-1 code, or "auto" for the language of the document's prose.
    Raises `UnreadableDocument` for a file that is not a readable document or holds no words.
    """
    document, notes, _ = read_document(relative, data, mtime_ns, language)
    return document, notes


def read_document(
    relative: str,
    data: bytes,
    mtime_ns: int,
    language: str = AUTO_LANGUAGE,
    on_sentences: Callable[[int, float], None] | None = None,
) -> ReadDocument:
    """`parse_document`, with the terms the document mentions outside its answers; `on_sentences` is told how many
    sentences are read so far and the share of the reading done: of the parts read, for a reader that reports them
    (`parts_read`: a PDF's pages, an EPUB's chapters, a DOCX's paragraphs), then of the text split
    (`document_records`)."""
    read_parts = 0.0  # the share of the reading that the reader's parts took, once it reported them

    def parts(done: int, total: int, share: float) -> None:
        nonlocal read_parts
        read_parts = share
        if on_sentences is not None:
            on_sentences(0, share * done / max(total, 1))

    with reporting_parts(parts if on_sentences is not None else None):
        extracted = extract(relative, data)
    title = document_title(extracted, "")
    if language == AUTO_LANGUAGE:
        language = prose_language(extracted)
    splitting = on_sentences
    if on_sentences is not None and read_parts:
        report = on_sentences

        def after_parts(count: int, share: float) -> None:
            # the splitting's share of the reading comes after the parts' share
            report(count, read_parts + (1 - read_parts) * share)

        splitting = after_parts
    release = titled_release(title, relative)
    records = with_compound_parts(document_records(extracted, title, language, splitting, release), language)
    records = add_narrator(extracted, records, title or "", language)
    if not any(r.kind != "heading" for r in records):
        raise UnreadableDocument(NO_SENTENCES)
    if not any(r.tokens for r in records if r.kind != "heading"):
        # only emoji, punctuation or zero-width characters: nothing to search
        raise UnreadableDocument("no words found")
    document = ParsedDocument(
        path=relative,
        title=title or Path(relative).stem,
        content_hash=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mtime_ns=mtime_ns,
        sentences=tuple(records),
        language=language,
    )
    return ReadDocument(document, "; ".join(extracted.notes), document_mentions(extracted, records, title, language))


def document_mentions(
    extracted: ExtractedText, records: Sequence[SentenceRecord], title: str, language: str
) -> tuple[str, ...]:
    """The distinct terms of a document's title, headings and meta blocks (title pages, bylines, captions, contents):
    never answers, but words the document uses. A question naming the author who stands only on a book's title page
    is not told that the documents never mention them (retrieval/store/mentions.py)."""
    terms: dict[str, None] = dict.fromkeys(tokenize(title, language)) if title else {}
    for record in records:
        if record.kind == "heading":
            terms.update(dict.fromkeys(record.tokens))
    acronyms: dict[str, None] = {}  # of every block but code
    for block in extracted.blocks:
        if block.kind == "code":
            continue
        text = extracted.block_text(block)
        if block.kind == "meta":
            terms.update(dict.fromkeys(tokenize(text, language)))
        acronyms.update(dict.fromkeys(acronyms_of(text)))
    return tuple(terms)[:MENTION_TERMS] + tuple(a for a in acronyms if a not in terms)[:MENTION_ACRONYMS]


# A run of capitalised words ("the United Nations Framework Convention on Climate Change"), function words allowed
# inside it and skipped, gives the acronyms of its stretches of 2 to `_ACRONYM_WORDS` words: "un", "unfccc", "cc". A
# question asking about "the UN" is not told that the documents never mention it when they spell it out. The runs are
# found by one regular expression (in C): a document's other words cost nothing.
_ACRONYM_JOINERS = frozenset({"of", "and", "for", "on", "the", "de", "du", "la", "von", "van", "der"})
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'’]*(?:(?:\s+(?:" + "|".join(sorted(_ACRONYM_JOINERS)) + r"))*\s+[A-Z][\w'’]*)+"
)
_ACRONYM_WORDS = 6


def acronyms_of(text: str) -> list[str]:
    """The acronyms (lower case, as the tokenizer writes "UN") of the runs of capitalised words in `text`."""
    found: dict[str, None] = {}
    for run in _CAPITALISED_RUN.findall(text):
        initials = [word[0].casefold() for word in run.split() if word.casefold() not in _ACRONYM_JOINERS]
        for start in range(len(initials) - 1):
            for end in range(start + 2, min(len(initials), start + _ACRONYM_WORDS) + 1):
                found["".join(initials[start:end])] = None
    return list(found)


def prose_language(extracted: ExtractedText) -> str:
    """The language of a document's headings and prose (code blocks and meta blocks left out)."""
    texts = (
        extracted.block_text(block)
        for block in extracted.blocks
        if block.kind in PROSE_KINDS or block.kind == "heading"
    )
    sample = document_sample(texts)
    return ENGLISH if plainly_english(sample) else detect_language(sample)


# A heading that only numbers a division of a book ("CHAPTER I", "Part 2.", "BOOK ONE", "Act III").
_DIVISION_LABEL = re.compile(
    r"(?:chapter|chap\.|book|part|volume|vol\.|letter|stave|canto|act|section)\s+"
    r"(?:[ivxlcdm]+|\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|the\s+first|first)\.?",
    re.IGNORECASE,
)


def document_title(extracted: ExtractedText, file_stem: str) -> str:
    """The document's own title, else its first top-level heading (on the first page of a paged document), else the
    file name."""
    own = extracted.title
    if own and own.strip() and not _DIVISION_LABEL.fullmatch(own.strip()) and _may_title(own, extracted):
        return normalize_space(own)
    for block in extracted.blocks:
        # a heading past the first page is a section's, not the title (ISO 29500-2 has none on its title page), and a
        # PDF's numbered section on its first page ("1. Introduction") is a section's too
        if block.kind == "heading" and block.level == 1 and block.page <= 1:
            heading = extracted.block_text(block)
            if _DIVISION_LABEL.fullmatch(heading.strip()):
                break  # "CHAPTER I" opens a book's first chapter and names no book: its file name says more
            if not _may_title(heading, extracted):
                break  # the headings after a contents' heading or a release's are the sections it lists, or releases
            if extracted.format != "pdf":
                return heading_name(heading)
            from retrieval.ingest.formats.pdf import is_numbered_section, is_section_name  # loaded: the PDF was read

            if not is_numbered_section(heading.strip()) and not is_section_name(heading):
                return heading_name(heading)
    if extracted.format != "pdf" and (opening := _opening_heading(extracted)) is not None:
        return opening
    return file_stem


def _may_title(heading: str, extracted: ExtractedText) -> bool:
    """Whether a heading may be the document's title: not a table of contents' ("# Table of Contents" over the links
    opening restic's CHANGELOG.md), nor one of the releases a changelog sets at one level ("# Changelog for restic
    0.19.1 (2026-07-05)" over its entries, then "# Changelog for restic 0.19.0 ..."), which names no more of the
    document than the others do."""
    if names_contents(heading):
        return False
    name = heading_name(heading)
    if not is_version_heading(name):
        return True
    headings = [(b.level, heading_name(extracted.block_text(b))) for b in extracted.blocks if b.kind == "heading"]
    level = next((level for level, text in headings if text == name), 1)
    return sum(1 for other, text in headings if other == level and is_version_heading(text)) < 2


def _opening_heading(extracted: ExtractedText) -> str | None:
    """A page without a top-level heading whose first block is a heading above every other one (an mdBook chapter's
    page opens with "## Storing UTF-8 Encoded Text with Strings", its sections "###"): that heading names the page."""
    first = next((block for block in extracted.blocks if block.kind != "meta"), None)
    if first is None or first.kind != "heading":
        return None
    if any(block.kind == "heading" and block.level <= first.level for block in extracted.blocks if block is not first):
        return None
    heading = extracted.block_text(first)
    return None if _DIVISION_LABEL.fullmatch(heading.strip()) or names_contents(heading) else heading_name(heading)


def heading_name(raw: str) -> str:
    """A heading as a section path and a title show it: white space folded, and a heading set in spaced letters, as
    title pages print one ("F R A N K L I N"), read as its words ("FRANKLIN"), so that it can be read and searched."""
    pieces = raw.split()
    if len(pieces) < 4 or not all(len(piece) == 1 and piece.isalpha() for piece in pieces):
        return normalize_space(raw)
    return " ".join("".join(word.split()) for word in _GAP.split(raw.strip()))


def document_records(
    extracted: ExtractedText,
    title: str | None = None,
    language: str = DEFAULT_LANGUAGE,
    on_sentences: Callable[[int, float], None] | None = None,
    release: str = "",
) -> list[SentenceRecord]:
    """Every heading and sentence of a document, numbered by block and sentence, with section path and page.

    `title` is the document's title (`document_title`), whose heading opens the document rather than a section;
    `release` the release its title names (`releases.titled_release`), which opens every section path;
    `language` the one its words are tokenized in; `on_sentences` is told the count of sentences so far (headings
    left out, as the report counts them) and the share of the text read, every `PROGRESS_SENTENCES` sentences or
    `PROGRESS_SHARE` of the text.
    """
    if title is None:
        title = document_title(extracted, "")
    records: list[SentenceRecord] = []
    # the open headings: (level, text), outermost first; a release the document's title names heads it all
    headings: list[tuple[int, str]] = [(0, release)] if release else []
    pending_code: list[str] = []  # terms of a code block that came before any sentence of its section
    paragraph = 0
    report_at = PROGRESS_SENTENCES
    length = max(len(extracted.text), 1)
    step = max(int(length * PROGRESS_SHARE), 1)
    report_from = step  # the text's offset past which progress is reported next
    heading_count = 0
    speakers = speaker_labels(extracted)  # a play's or a transcript's speeches: their speaker, where the speech starts
    columns: tuple[str, ...] = ()  # the terms of the header row of the table being read (`Block.header`)
    for index, block in enumerate(extracted.blocks):
        if on_sentences is not None and (len(records) >= report_at or block.start >= report_from):
            on_sentences(len(records) - heading_count, block.start / length)
            report_at = len(records) + PROGRESS_SENTENCES
            report_from = block.start + step
        raw = extracted.block_text(block)
        if block.kind not in ("table_row", "meta") or block.header:
            # a table's rows end at any other block but a meta one (a navigation row, a caption); a header row opens
            # the next table's, or adds to the row above it (a header of two rows)
            above = columns if block.header and index and extracted.blocks[index - 1].header else ()
            columns = tuple(dict.fromkeys(above + tuple(tokenize(raw, language)))) if block.header else ()
        if block.header and CELL_SEPARATOR in raw and _rows_follow(extracted.blocks, index):
            # the rows' column names, as a heading names its section's sentences: no answer of its own (a header of
            # one cell may be a fact, "Award term: 6 months", and is still quoted)
            continue
        if block.kind == "code":
            terms = list(dict.fromkeys(tokenize(raw, language)))[:CODE_TERMS]
            if records and records[-1].kind != "heading":
                last = records[-1]
                records[-1] = replace(last, tokens=with_terms(last.tokens, terms))
            else:
                pending_code.extend(terms)
            continue
        if block.kind == "heading":
            paragraph += 1
            heading_count += 1
            text = normalize_space(raw)
            name = heading_name(raw)
            level = max(block.level, 1)
            opening = name == title and not records  # the title heading opens the document, not a section
            while headings and headings[-1][0] >= level:
                headings.pop()
            if is_version_heading(name) and not opening:
                # a release is no part of the release above it, whatever their levels (release notes that set the
                # latest release as "#" and the older ones as "##" under it), unless its version extends that one's
                # ("4.0.1" under "4.0")
                for depth, (_, outer) in enumerate(headings):
                    if is_version_heading(outer) and not release_holds(outer, name):
                        del headings[depth:]
                        break
            records.append(
                SentenceRecord(
                    paragraph,
                    1,
                    text,
                    block.start,
                    block.end,
                    tuple(tokenize(name, language)),
                    "heading",
                    "" if opening else _path(headings),
                    block.page,
                )
            )
            if not opening:
                headings.append((level, name))
            continue
        if block.kind not in PROSE_KINDS:
            continue
        paragraph += 1
        section = _path(headings)
        speech = 0  # where the block's sentences start: after its speaker label, which ends the section path
        speaker_terms: tuple[str, ...] = ()  # and whose terms every sentence of the speech holds
        if index in speakers:
            speaker, speech = speakers[index]
            section = SECTION_SEPARATOR.join(part for part in (section, speaker + SPEAKER_MARK) if part)
            speaker_terms = tuple(tokenize(speaker, language))
        elif block.label and raw[block.label + 1 :].strip():
            # a description list's term ("cache" over "Cache credentials in memory ..."): as a speaker's label, it
            # ends the description's section path and its terms go with each of its sentences, and it is no word
            # of the first one (read in, "cache Cache credentials ..." ran the term into the sentence)
            term = normalize_space(raw[: block.label])
            speech = len(raw) - len(raw[block.label :].lstrip())
            section = SECTION_SEPARATOR.join(part for part in (section, term) if part)
            speaker_terms = tuple(tokenize(term, language))
        if block.kind == "table_row" and not block.header:
            # the column names a question may ask a row by ("the default of max_connections": "max_connections | 100"
            # under "Setting | Default"), found by them, not quoted (the header row itself is no answer: see above)
            speaker_terms = with_terms(speaker_terms, columns)
        for number, (start, end) in enumerate(split_sentences(raw[speech:]), start=1):
            start, end = start + speech, end + speech
            text = normalize_space(raw[start:end])
            tokens = with_terms(tuple(tokenize(text, language)), speaker_terms)
            if pending_code:
                tokens = with_terms(tokens, tuple(dict.fromkeys(pending_code)))
                pending_code = []
            records.append(
                SentenceRecord(
                    paragraph,
                    number,
                    text,
                    block.start + start,
                    block.start + end,
                    tokens,
                    block.kind,
                    section,
                    block.page,
                )
            )
    return records


def with_compound_parts(records: list[SentenceRecord], language: str) -> list[SentenceRecord]:
    """`records` with the terms of their compounds' parts (`tokenize.compound_parts`: German and Dutch), each part a
    word of the document on its own; the text stays as written."""
    if language not in COMPOUND_LANGUAGES:
        return records
    known = {term for record in records for term in record.tokens}
    found: dict[str, tuple[str, ...]] = {}  # each long word's parts, looked for once
    split: list[SentenceRecord] = []
    for record in records:
        parts: list[str] = []
        for word in LONG_WORD.findall(record.text):
            if word not in found:
                found[word] = compound_parts(word, known, language)
            parts.extend(found[word])
        split.append(replace(record, tokens=with_terms(record.tokens, parts)) if parts else record)
    return split


def _rows_follow(blocks: Sequence[Block], index: int) -> bool:
    """True if a table's row that is no header row (`Block.header`) comes after `index` and the header rows after it,
    past meta blocks (a caption between the header and its rows), as the header's columns go on past them."""
    index += 1
    while index < len(blocks) and (blocks[index].header or blocks[index].kind == "meta"):
        index += 1
    return index < len(blocks) and blocks[index].kind == "table_row"


def _path(headings: list[tuple[int, str]]) -> str:
    return SECTION_SEPARATOR.join(text for _, text in headings)
