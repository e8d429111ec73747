"""Regenerate the README's generated blocks: the settings table and the transcript of real commands.

    .venv/bin/python scripts/update_readme.py

The transcript block is made by running each command below in a scratch copy of the repository and pasting what
it printed, so the README shows real output. tests/test_docs.py checks that the settings block is current.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.settings import SETTINGS  # noqa: E402

TRANSCRIPT_COMMANDS = [
    'docbot ask "What did Putin say about a ceasefire?"',
    'docbot ask --top 2 "How many people have been killed in the war?"',
    'docbot ask "What is the capital of Peru?"',
    'docbot ask --json --top 1 "What did Rouhani say about U.S. sanctions?"',
    'RERANKER=none docbot ask --top 2 "Who has died in the war?"',
    "docbot index",
    "docbot actor Putin",
]


def settings_table() -> str:
    """The settings as a Markdown table."""
    lines = ["| setting | default | meaning |", "|---|---|---|"]
    for setting in SETTINGS:
        default = f"`{setting.default}`" if setting.default else "(empty)"
        flag = {"DOCS_DIR": " (flag `--docs`)", "DB_PATH": " (flag `--db`)"}.get(setting.name, "")
        lines.append(f"| `{setting.name}`{flag} | {default} | {setting.help} |")
    return "\n".join(lines)


def transcript() -> str:
    """Each command run for real on the seed, with its output."""
    blocks = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"}
        env.pop("DOCS_DIR", None)
        env.pop("DB_PATH", None)
        env.pop("RERANKER", None)  # as the quick start installs docbot: with the semantic extra, so auto is minilm
        for command in TRANSCRIPT_COMMANDS:
            result = subprocess.run(command, shell=True, cwd=work, env=env, capture_output=True, text=True, check=False)
            output = (result.stdout + result.stderr).rstrip()
            blocks.append(f"$ {command}\n{output}")
    return "```\n" + "\n\n".join(blocks) + "\n```"


def replace_block(text: str, name: str, content: str) -> str:
    """Replace what stands between `<!-- name -->` and `<!-- /name -->`."""
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no {name} block")
    return pattern.sub(lambda m: m.group(1) + content + "\n" + m.group(2), text)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "settings", settings_table())
    if "--settings-only" not in sys.argv:
        text = replace_block(text, "transcript", transcript())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
