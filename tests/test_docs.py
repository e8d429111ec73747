"""The README and .env.example stay in step with the code (settings, commands, quick start)."""

from __future__ import annotations

import argparse
import json
import re
import shlex
from pathlib import Path

import pytest

from bot.cli import build_parser, main
from bot.settings import SETTINGS, Settings
from retrieval.store.database import MIGRATIONS
from scripts.update_readme import settings_table

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block(name: str) -> str:
    match = re.search(rf"<!-- {name} -->\n(.*?)<!-- /{name} -->", README, re.DOTALL)
    assert match, f"README.md has no {name} block"
    return match.group(1)


def test_settings_table_is_current() -> None:
    assert block("settings").strip() == settings_table().strip(), "run scripts/update_readme.py --settings-only"


def test_the_defaults_the_table_shows_are_the_ones_used() -> None:
    """from_env repeated each default beside SETTINGS (`or "seeds"`, `or "3"`): an unset setting, one set to the
    table's default and the dataclass's own default are one value."""
    documented = {setting.name: setting.default for setting in SETTINGS}
    assert Settings.from_env({}) == Settings.from_env(documented) == Settings()


def test_env_example_lists_every_setting_with_a_comment() -> None:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    for setting in SETTINGS:
        index = next((i for i, line in enumerate(lines) if line.startswith(f"{setting.name}=")), None)
        assert index is not None, f".env.example lacks {setting.name}"
        assert lines[index - 1].startswith("#"), f".env.example has no comment above {setting.name}"


def test_every_cli_command_is_documented() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in subparsers.choices:
        assert f"`docbot {name}" in README, f"README does not document `docbot {name}`"


def test_every_cli_flag_is_in_its_commands_readme_row() -> None:
    """README's command table gave `docbot actor NAME [--collection FOLDER] [--json]` and `docbot run` alone: a reader
    of it did not learn that they take --docs and --db as `docbot ask` does (their --help says so)."""
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        row = re.search(rf"^\| `(docbot {name}\b[^`]*)` \|", README, re.MULTILINE)
        assert row, f"README's command table has no row for `docbot {name}`"
        for action in sub._actions:
            if not action.option_strings or action.help == argparse.SUPPRESS or "-h" in action.option_strings:
                continue
            flag = action.option_strings[-1] + (f" {action.metavar}" if action.metavar else "")
            assert f"[{flag}]" in row[1], f"README's row `{row[1]}` lacks [{flag}]"


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    ask = [line for line in block("ask-command").splitlines() if line and not line.startswith("```")]
    test = [line for line in block("test-command").splitlines() if line and not line.startswith("```")]
    assert len(ask) == 1 and 'docbot ask "What did Putin say about a ceasefire?"' in ask[0]
    assert len(test) == 1 and "pytest" in test[0] and "ruff" in test[0] and "mypy" in test[0]
    assert "test-command" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_deploy_guides_check_example_shows_this_docbots_schema_version() -> None:
    """docs/deploy.md's `docbot check` example said "schema version 4 of 4" where a new install printed "9 of 9": an
    operator comparing the two would think the database behind by five migrations."""
    deploy = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    shown = re.findall(r"schema version (\d+) of (\d+)", deploy)
    assert shown, "docs/deploy.md shows no `docbot check` database line"
    assert set(shown) == {(str(len(MIGRATIONS)), str(len(MIGRATIONS)))}


def _same_json(printed: object, shown: object) -> bool:
    """Whether two JSON values are equal, floats within 0.01: a score's last digits differ between CPUs' int8
    kernels (0.9709 where the README was written, 0.9701 on an AVX2-only EPYC), so rounding both to 3 places could
    still split them."""
    if isinstance(printed, float) and isinstance(shown, float):
        return abs(printed - shown) <= 0.01
    if isinstance(printed, list) and isinstance(shown, list):
        return len(printed) == len(shown) and all(_same_json(a, b) for a, b in zip(printed, shown, strict=True))
    if isinstance(printed, dict) and isinstance(shown, dict):
        return printed.keys() == shown.keys() and all(_same_json(printed[k], shown[k]) for k in printed)
    return printed == shown


def test_the_readmes_transcript_is_what_docbot_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README's transcript showed `docbot ask --json`'s sources without the "language" each has carried since
    documents are read in their own language; a new admin running the transcript's commands (hq30's trial) got
    another line than the README's. Each `ask` and `actor` command of it is run on the seed and prints what the
    transcript shows (`docbot index`, whose line holds its timings, aside)."""
    transcript = block("transcript").strip().removeprefix("```").removesuffix("```")
    parts = re.split(r"^\$ (.*)$", transcript, flags=re.MULTILINE)
    commands = list(zip(parts[1::2], parts[2::2], strict=True))
    assert len(commands) >= 5
    db = tmp_path / "db.sqlite3"
    checked = 0
    for command, shown in commands:
        words = shlex.split(command)
        env = {}
        while "=" in words[0]:
            name, _, value = words.pop(0).partition("=")
            env[name] = value
        assert words[0] == "docbot", command
        if words[1] not in ("ask", "actor"):
            continue
        with monkeypatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            status = main([*words[1:], "--docs", str(ROOT / "seeds"), "--db", str(db)])
        out = capsys.readouterr().out.strip()
        assert status == 0, command
        if "--json" in words:
            assert _same_json(json.loads(out), json.loads(shown.strip())), (command, out)
        else:
            assert out == shown.strip(), command
        checked += 1
    assert checked >= 5
