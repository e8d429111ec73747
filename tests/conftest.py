"""Suite-wide test settings."""

from __future__ import annotations

import compileall
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot.settings import SETTINGS
from retrieval.answer.semantic import SemanticReranker, load_reranker
from tests.discord.fake_discord import FakeDiscord

# CI runs the property tests with a fixed seed so a submission's result does not depend on luck; a developer can
# explore new examples with HYPOTHESIS_PROFILE=explore (or pytest --hypothesis-seed=N).
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    """Compile docbot's modules once, before any test, so that every process a test starts reads bytecode: where
    PYTHONDONTWRITEBYTECODE is set (as in some CI and agent shells) each start compiled bot/ and retrieval/ anew,
    0.3 s of CPU of its 1.1 s (py_compile writes whatever that variable says; xdist workers leave it to the main
    process)."""
    if not hasattr(config, "workerinput"):
        root = Path(__file__).resolve().parents[1]
        for package in ("bot", "retrieval"):
            compileall.compile_dir(root / package, quiet=1)


@pytest.fixture
def no_progress_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests that read a command's whole output or a reindex's first reply: on a busy machine (CI's two cores
    running two workers) an index slower than `LOG_SECONDS` prints progress lines, and a /reindex slower than
    `PROGRESS_EVERY_SECONDS` edits its reply with progress before the report; a quiet machine shows neither.
    test_progress and test_index_lifecycle cover the progress itself."""
    import bot.cogs.admin
    import bot.progress

    monkeypatch.setattr(bot.progress, "LOG_SECONDS", 3600.0)
    monkeypatch.setattr(bot.cogs.admin, "PROGRESS_EVERY_SECONDS", 3600.0)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """A fake Discord on 127.0.0.1 with discord.py pointed at it (a module may override it, e.g. with a token)."""
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in tmp_path with no docbot setting in the environment (and undo whatever a `.env` loads)."""
    monkeypatch.chdir(tmp_path)
    for setting in SETTINGS:
        # setenv first so that monkeypatch remembers the original state and restores it, even for variables
        # that load_dotenv sets during the test
        monkeypatch.setenv(setting.name, "")
        monkeypatch.delenv(setting.name)
    return tmp_path


@pytest.fixture(scope="session")
def minilm() -> SemanticReranker:
    """The real MiniLM reranker (the semantic extra, which the test extra installs), loaded once for the suite."""
    reranker = load_reranker("minilm")
    assert reranker is not None
    return reranker
