"""Check the seventeenth batch of docs/ (122-129) against recorded sha256s, and rebuild it from its source (stdlib).

    python3 build_docs_batch17.py                   # check docs/122_* .. 129_* only
    python3 build_docs_batch17.py GIT_DIR [OUT]     # rebuild from OpenGenderTracking/globalvoices, then check

The source is neither Wikinews nor a newscast: posts of **Global Voices Online** (October - December 2004, the
project's first weeks at the Berkman Center), a citizen-media blog whose content is published under Creative Commons
Attribution (CC BY), as exported by WordPress in the repository OpenGenderTracking/globalvoices at `SOURCE_COMMIT`,
file `SOURCE_FILE` (the only export of that repository whose content the snapshot holds; its sha256 is checked). Its
house style is a blog's: first-person posts that quote other bloggers in block quotations after "X writes:",
"Here is how they describe the project:", "X made an interesting observation:", with the quotation's marks given by
the layout only. A post is laid out as the earlier batches are: the post's title as the headline, then each
paragraph, line break, block quotation and list item of its HTML as a block (tags dropped, HTML entities decoded,
runs of white space made one space), the first `FIRST_BLOCKS` blocks only. Picked (helper ha11, round 34) among the
export's 29 posts, by a count of quotations and verbs of saying and a first reading (schedules, how-to posts and
one-line notices left out), before docbot was run on any of them. Nothing else is changed; the posts' slips
("seperate", "penerated", "gruadute", "BlogerCon") are kept.
"""

import html
import pathlib
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from recorded import check, rebuild_arguments, recorded_source

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_COMMIT = "8d0e8f8e3b6a2c633ab6dffb45f60ab42e4a4c96"
SOURCE_FILE = "data/full/globalvoicesonline.wordpress.2004 - 123.xml"
SOURCE_SHA256 = "1c8bb93c699e8b592ec039db3d5cd52eb7c22ad9d61bcc8d4b069188aa2671b4"
ARTICLES = {  # local file -> the post's link in the export
    "122_gv-death-threats-hoder.txt": "http://globalvoicesonline.org/2004/11/06/death-threats-against-hoder/",
    "123_gv-operation-viral-freedom.txt": "http://globalvoicesonline.org/2004/11/18/operation-viral-freedom/",
    "124_gv-thoughts-jim-moore.txt": "http://globalvoicesonline.org/2004/12/04/thoughts-from-jim-moore/",
    "125_gv-ory-kenyan-blogs.txt": "http://globalvoicesonline.org/2004/12/08/ory-on-kenyan-blogs/",
    "126_gv-china-hong-kong-blogosphere.txt": "http://globalvoicesonline.org/2004/12/09/"
    "andrea-roundup-on-blogosphere-development-in-china-and-hong-kong/",
    "127_gv-wsisblogs-idea.txt": "http://globalvoicesonline.org/2004/12/14/wsisblogsorg-an-idea-worth-developing/",
    "128_gv-bloggercon-iv.txt": "http://globalvoicesonline.org/2004/12/16/bloggercon-iv/",
    "129_gv-whither-bloggercorps.txt": "http://globalvoicesonline.org/2004/12/21/whither-bloggercorps/",
}
FIRST_BLOCKS = 16  # the headline and the first 15 blocks kept, as in the sixteenth batch
SHA256 = {
    "122_gv-death-threats-hoder.txt": "a26ad525ad500931923a46308861389aba066ae9d284c15536fe7e10ea99abe1",
    "123_gv-operation-viral-freedom.txt": "9c6eedbb704ae6ec536f95a55621077ef48e1f755b1b21126005e4d3df8fe9da",
    "124_gv-thoughts-jim-moore.txt": "7c0582dedb3552071a16384ac730e68db857843cc14bd636a9d5ccd1db82678e",
    "125_gv-ory-kenyan-blogs.txt": "5906f967be0d71158372fef26e8a14291939b9d7adfaa3d68e1df2f4818ff718",
    "126_gv-china-hong-kong-blogosphere.txt": "85ee9a1e4a56cc7994dc0400239283537b9dfbe1b8707f410e352bd5154066af",
    "127_gv-wsisblogs-idea.txt": "c703d5b476ef3b559c7ca2df2ffd61b835def435ee5da91de1b9c41adfca9f9e",
    "128_gv-bloggercon-iv.txt": "c7c7ffb0a2d1f0947e94fc7e3f93bb3838ef495a0604095cf47d97fb0f09cf47",
    "129_gv-whither-bloggercorps.txt": "c84112a4b33a4a26a0709061524102220e05d45da0e4e4c777562fca9df53c6b",
}
NS = {"content": "http://purl.org/rss/1.0/modules/content/"}
BLOCK_BREAK = re.compile(r"(?i)<br\s*/?>|</?p[^>]*>|</?blockquote[^>]*>|</li>|</h\d>")


def layout(title: str, content: str) -> str:
    """The title, then the post's blocks, one blank line between them, the first `FIRST_BLOCKS` blocks only."""
    text = html.unescape(re.sub(r"<[^>]+>", "", BLOCK_BREAK.sub("\n", content)))
    blocks = [re.sub(r"\s+", " ", block).strip() for block in [title, *text.split("\n")]]
    return "\n\n".join([b for b in blocks if b][:FIRST_BLOCKS]) + "\n"


def globalvoices_batch(articles: Mapping[str, str], sha256: Mapping[str, str]) -> int:
    """Check a batch of docs/ (`articles`: local file -> the post's link in the export) against `sha256`; with
    `GIT_DIR [OUT]` on the command line, first rebuild it from `SOURCE_FILE` at `SOURCE_COMMIT` of that clone (its
    sha256 checked), each post laid out by `layout`."""
    out = HERE / "docs"
    if rebuild := rebuild_arguments(out):
        git_dir, out = rebuild
        data = recorded_source(git_dir, SOURCE_COMMIT, SOURCE_FILE, SOURCE_SHA256)
        if data is None:
            return 1
        posts = {item.findtext("link"): item for item in ET.fromstring(data).iter("item")}
        for file_name, link in articles.items():
            post = posts[link]
            text = layout(post.findtext("title") or "", post.findtext("content:encoded", namespaces=NS) or "")
            (out / file_name).write_text(text, encoding="utf-8")
    return check(out, articles, sha256)


def main() -> int:
    return globalvoices_batch(ARTICLES, SHA256)


if __name__ == "__main__":
    sys.exit(main())
