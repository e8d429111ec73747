"""Check docs/ against the recorded sha256s, and rebuild them from a GUM checkout (stdlib only).

    python3 build_docs.py                      # check docs/ only
    python3 build_docs.py GUM_GIT_DIR [OUT]    # rebuild from GUM into OUT (default docs/), then check

GUM_GIT_DIR is a clone (bare or not) of https://github.com/amir-zeldes/gum holding commit 72ce5ac1. Each document is
built from dep/GUM_news_<name>.conllu with the layout of ../shared/eval/actors-dev: the headline block, then every
block whose last layer is a paragraph or a block quote, each block's `# text` sentences joined by one space, blocks
separated by a blank line. Figure captions and list items (the Wikinews "Sources" list) and everything after a second
heading are left out, and so is one pull quote (`SKIP`), whose sentence the article repeats in its next paragraph.
"""

import pathlib
import re
import subprocess
import sys

from recorded import check, rebuild_arguments

HERE = pathlib.Path(__file__).resolve().parent
GUM_COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
GUM = {  # local file -> GUM document
    "01_mecca-crane-collapse.txt": "GUM_news_crane",
    "02_hajj-stampede.txt": "GUM_news_stampede",
    "03_greek-court-ancient-worship.txt": "GUM_news_worship",
    "04_hong-kong-legislative-election.txt": "GUM_news_election",
    "05_hackers-attack-scientology-website.txt": "GUM_news_hackers",
    "06_scientology-freewinds-claims.txt": "GUM_news_imprisoned",
    "07_ozone-warming-crops.txt": "GUM_news_warming",
    "08_nasa-retired-shuttles.txt": "GUM_news_nasa",
    "09_warhol-photo-legacy.txt": "GUM_news_warhol",
    "10_fan-expo-canada.txt": "GUM_news_expo",
}
SKIP = {"GUM_news_imprisoned-10"}  # a pull quote with its attribution, repeated as the next paragraph's first sentence


def gum_blocks(git_dir: str, name: str) -> list[tuple[str, list[str]]]:
    """(block description, sentence texts) of one GUM document, in order."""
    text = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{GUM_COMMIT}:dep/{name}.conllu"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    blocks: list[tuple[str, list[str]]] = []
    sent_id = ""
    for line in text.splitlines():
        if line.startswith("# newpar_block = "):
            blocks.append((re.sub(r'\w+:::"[^"]*"', "", line.split("= ", 1)[1]), []))
        elif line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = ") :]
        elif line.startswith("# text = ") and sent_id not in SKIP:
            blocks[-1][1].append(line[len("# text = ") :])
    return blocks


def gum_text(git_dir: str, name: str) -> str:
    paragraphs, heads = [], 0
    for description, sentences in gum_blocks(git_dir, name):
        layers = [part.strip().split(" ")[0] for part in description.split("|")]
        if layers[0] == "head":
            heads += 1
            if heads > 1:
                break  # a second heading starts the Sources section
        elif "caption" in layers or "item" in layers or "list" in layers:
            continue  # figure captions, source lists
        elif layers[-1] not in ("p", "quote"):
            raise SystemExit(f"{name}: unexpected block {description!r}")
        if sentences:
            paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


SHA256 = {
    "01_mecca-crane-collapse.txt": "f7c1c7e9d4daae8a30ead5c82eb00d7dde2db597c09b4780d099df90e51c5691",
    "02_hajj-stampede.txt": "fcad403ea95ec057e6782f5e7d800d4c5b70afa18e2fdb3097da7ddc02245f42",
    "03_greek-court-ancient-worship.txt": "084944507289b405021fa95152b8939ab90115d88633db4632f24e51400096fb",
    "04_hong-kong-legislative-election.txt": "fb8e1f3b540a518d18c3c62c5f5744969f10596f4b621c59cbd5d92fd921c5bc",
    "05_hackers-attack-scientology-website.txt": "bad689b3272bc1c87c11e8177bceaad4f0f73949b7ef02fdc87a54a1678cd75a",
    "06_scientology-freewinds-claims.txt": "41f7aab02f29b4b99d25b001c3210f44fcf49943d5ab64c8efbd045cb4b8f768",
    "07_ozone-warming-crops.txt": "022efc0f111905131fa07e33ab0b527edb1ab20f68f2a78110daee347f89106a",
    "08_nasa-retired-shuttles.txt": "d2e0b10a85412c0b03698c3d9443164ea8a736a15596c3b7edcb2aa5a97a26f6",
    "09_warhol-photo-legacy.txt": "be537f80e28e72fa8671db2a3b0ef353660fd5313bfea60c5c9472fa88a4c97d",
    "10_fan-expo-canada.txt": "0d1a9288e36ae4797d7d29d60a4941633c0ae4894fa365728ff629f3208d604c",
}


def main() -> int:
    out = HERE / "docs"
    if rebuild := rebuild_arguments(out):
        git_dir, out = rebuild
        for file_name, name in GUM.items():
            (out / file_name).write_text(gum_text(git_dir, name), encoding="utf-8")
    return check(out, GUM, SHA256)


if __name__ == "__main__":
    sys.exit(main())
