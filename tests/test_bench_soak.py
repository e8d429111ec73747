"""bench/soak.py's arguments and its start: said on one line, without a traceback, before any run begins."""

from __future__ import annotations

import pytest

from retrieval.answer import semantic
from retrieval.answer.semantic import RerankerUnavailable
from tests.bench_scripts import load_bench

soak = load_bench("soak")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--samples", "0"], "argument --samples: '0' is not a whole number of 1 or more"),  # ZeroDivisionError
        (["--guilds", "0"], "argument --guilds: '0' is not a whole number of 1 or more"),  # IndexError: no server
        (["--questions", "-5"], "argument --questions: '-5' is not a whole number of 0 or more"),
        (["--days", "0"], "argument --days: '0' is not a number of days above 0"),
        (["--days", "nan"], "argument --days: 'nan' is not a number of days above 0"),
        (["--roll-forward-seconds", "-5"], "argument --roll-forward-seconds: '-5' is not a number of seconds above 0"),
    ],
)
def test_counts_it_cannot_run_with_are_refused_by_the_parser(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        soak.main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1].endswith(f"error: {said}") and "Traceback" not in err, err


def test_a_reranker_that_cannot_load_is_said_before_any_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """RERANKER=minilm without its model ended the soak in RerankerUnavailable's traceback."""

    def unavailable(name: str) -> None:
        raise RerankerUnavailable(f"the {name} reranker needs the semantic extra")

    monkeypatch.setattr(semantic, "load_reranker", unavailable)
    assert soak.main(["--reranker", "minilm", "--questions", "0", "--reindexes", "0"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "soak: the minilm reranker needs the semantic extra\n"
