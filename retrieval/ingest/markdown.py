"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown")


_MD_FENCE = re.compile(r"^\s*(```|~~~)")


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


_MD_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")


_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")


_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")


_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")


_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")


_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")


_MD_CODE = re.compile(r"`+([^`]*)`+")


_MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Reduce Markdown to plain text, keeping the words of headings, emphasis and links.

    Returns the text (paragraphs still blank-line separated) and the first level-one heading, if any.
    """
    lines = markdown.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":  # YAML front matter is metadata, not prose
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                lines = lines[end + 1 :]
                break
    out: list[str] = []
    first_heading: str | None = None
    in_fence = False
    for line in lines:
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        if _MD_RULE.match(line) or _MD_REF_DEF.match(line) or _MD_TABLE_SEPARATOR.match(line):
            out.append("")
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            if line.strip().startswith("=") and first_heading is None:
                first_heading = _inline_markdown(out[-1]).strip()
            out.append("")  # a setext heading stands as its own block
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            text = _inline_markdown(heading.group(1))
            if first_heading is None and line.lstrip().startswith("# "):
                first_heading = text.strip()
            out.extend(["", text, ""])
            continue
        line = _MD_QUOTE.sub("", line)
        line = _MD_LIST.sub(r"\1", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(_inline_markdown(line))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text, first_heading


def _inline_markdown(line: str) -> str:
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_HTML_TAG.sub("", line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(3):  # nested emphasis such as ***bold italic***
        line = _MD_EMPHASIS.sub(r"\2", line)
    return line
