"""Check the nineteenth batch of docs/ (138-145) against recorded sha256s, and rebuild it from its source (stdlib).

    python3 build_docs_batch19.py                   # check docs/138_* .. 145_* only
    python3 build_docs_batch19.py GIT_DIR [OUT]     # rebuild from 18F/pclob, then check

The source is neither Wikinews, a newscast nor a blog: **press releases of a US federal agency**, the Privacy and
Civil Liberties Oversight Board (PCLOB), as Markdown posts (`_posts/`) of its website's repository 18F/pclob at
`SOURCE_COMMIT` (a work of the United States Government, in the public domain; the repository's LICENSE.md adds a
CC0 1.0 waiver worldwide). Each post file's sha256 is checked. Its house style is a government press office's:
"FOR RELEASE" / "PRESS RELEASE For Immediate Release" and a date, an all-capitals or bold headline repeated in the
body, a "WASHINGTON, DC --" dateline, joint statements of the Board's members given as italic quotation paragraphs
after "have released the following statement:", a "####" end mark and an "about the agency" paragraph listing the
members with their middle initials. A post is laid out as the earlier batches are: the front matter's title as the
headline, then each Markdown paragraph and hard line break (two spaces at a line's end) as a block (its other line
breaks joined; emphasis marks, links' addresses, images, HTML tags and tables, backslash escapes and end marks
dropped; a heading that repeats the title dropped; runs of white space made one space). Picked (helper ha17,
round 36) among the site's 58 posts, by quotation marks, verbs of saying and a first reading (meeting notices,
agendas and one-line testimony links left out), before docbot was run on any of them. Nothing else is changed;
the posts' slips ("functionsunder", "subquorum", "jugde" in a file name) are kept.
"""

import pathlib
import re
import sys

from recorded import check, rebuild_arguments, recorded_source

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "331e90c1e07109509b5bed4f46e9db1a9abfdce8"
ARTICLES = {  # local file -> the post's file in the repository
    "138_pclob-chairman-to-resign.txt": "_posts/2016-03-29-chairman-david-medine-to-resign-from-the-privacy-and-civil-"
    "liberties-oversight-board.md",
    "139_pclob-president-on-resignation.txt": "_posts/2016-03-29-statement-by-the-president-on-the-resignation-of-"
    "david-medine.md",
    "140_pclob-recommendations-update.txt": "_posts/2016-02-05-pclob-releases-update-on-governments-implementation-of-"
    "the-pclob-recommendations-on-section-215-and-section-702.md",
    "141_pclob-departing-member.txt": "_posts/2018-12-17-Board-Joint-Statement-Beth-Collins.md",
    "142_pclob-former-member-passing.txt": "_posts/2019-01-13-board-statement-jugde-wald.md",
    "143_pclob-executive-director.txt": "_posts/2019-02-25-Executive-Director-Announcement.md",
    "144_pclob-facial-recognition.txt": "_posts/2019-06-26-use-of-facial-recognition.md",
    "145_pclob-senate-confirmation.txt": "_posts/2019-06-28-board-welcomes-senate-confirmation.md",
}
SOURCE_SHA256 = {  # local file -> its post file's sha256 at SOURCE_COMMIT
    "138_pclob-chairman-to-resign.txt": "b6e39ba2e33c2ad525e6020982fd4eb6e8c3dee5011058c4ddf9a497eae8dde3",
    "139_pclob-president-on-resignation.txt": "2b76f3cbbcdc28a430bf481b39aa9b29281633bf23edaed743da89337b7c6052",
    "140_pclob-recommendations-update.txt": "c88cf6006f582c7e48a987df9f509a064db3b2f095c6ebfefa1e258fadaa8a3d",
    "141_pclob-departing-member.txt": "17f124683b21efcd77378c70c45d4773e7129543359cd60e4cdf4763d63d8f4d",
    "142_pclob-former-member-passing.txt": "580de158a626721b998aebd5bacfb7ebeba5e2bc28aecfdc12f2cfb7b4cf4866",
    "143_pclob-executive-director.txt": "423710a083c2435e68c2c57f183506e5030845d6e0874199b8126a46e6c621a3",
    "144_pclob-facial-recognition.txt": "a1c4b629eeea9a6176041e2a38b938b232e4969b2d728c5e22dd61e28a9e0abf",
    "145_pclob-senate-confirmation.txt": "f2a3fea749a067868d0369891236c7d2e095d832cbdacb434e5fa1b407ca5df3",
}
SHA256 = {
    "138_pclob-chairman-to-resign.txt": "b735a7e317dbe58d02f808def36eddef89bf288dd2061ed0c47bcada158b2142",
    "139_pclob-president-on-resignation.txt": "e6d00bd1e74e588ff7fbf8c0bd85bf4f94733b3601f6de141211916eac233927",
    "140_pclob-recommendations-update.txt": "60b5e79b0d13aa6785a8cba67469b698b14832a298805541b01268c49d1dae95",
    "141_pclob-departing-member.txt": "c83b7c54eb73b9615285b6bbb8e8396b4454ed7a11a17e22b4cba3af6cd80f2b",
    "142_pclob-former-member-passing.txt": "9bb107c83767a25226c504b81af0a1764aba13e1805d9383c256c2dbad12dd80",
    "143_pclob-executive-director.txt": "9947f14e6a19cba0ddbb7bf0294118954cc178e8971b8a9f36cb392163ded9d1",
    "144_pclob-facial-recognition.txt": "50c5906d935fa35816032ca2be95946722085cbc8fc438cc7c5f9f104dd0ffc6",
    "145_pclob-senate-confirmation.txt": "33b5fe5b7f2de67ca3cb815974a8f6a222865b686d18b619a8668778514d9a58",
}
INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"<[^>]+>"), ""),  # HTML tags
    (re.compile(r"[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}"), ""),  # emphasis marks
    (re.compile(r"\\([^\w\s])"), r"\1"),  # backslash escapes
]
END_MARK = re.compile(r"#{3,}")


def front_matter(text: str) -> tuple[str, str]:
    """(the front matter's title, the body after it)."""
    _, head, body = text.split("---\n", 2)
    folded = re.search(r"(?m)^title: >-\n((?:[ \t]+.*\n)+)", head)  # a folded block of indented lines
    title = folded.group(1) if folded else re.search(r"(?m)^title: (.*)$", head).group(1).strip("'\"")  # type: ignore[union-attr]
    return re.sub(r"\s+", " ", title).strip(), body


def layout(text: str) -> str:
    """The title, then the post's Markdown paragraphs as blocks, one blank line between them."""
    title, body = front_matter(text)
    blocks = [title]
    for paragraph in re.split(r"\n\s*\n| {2,}\n", body):  # paragraphs and Markdown's hard line breaks
        if paragraph.lstrip().startswith(("<table", "<tbody", "<tr", "<td", "</t")):
            continue
        block = paragraph
        for pattern, repl in INLINE:
            block = pattern.sub(repl, block)
        block = re.sub(r"\s+", " ", block).strip()
        if block.startswith("#"):
            heading = block.lstrip("#").strip()
            if not heading or heading.lower() == title.lower():
                continue
            block = heading
        if block and not END_MARK.fullmatch(block):
            blocks.append(block)
    return "\n\n".join(blocks) + "\n"


def main() -> int:
    out = HERE / "docs"
    if rebuild := rebuild_arguments(out):
        git_dir, out = rebuild
        for file_name, source_file in ARTICLES.items():
            data = recorded_source(git_dir, SOURCE_COMMIT, source_file, SOURCE_SHA256[file_name])
            if data is None:
                return 1
            (out / file_name).write_text(layout(data.decode("utf-8")), encoding="utf-8")
    return check(out, ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
