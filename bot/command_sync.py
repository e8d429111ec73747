"""Slash commands are synced to Discord only when they changed since the last sync, as discord.py advises: a sync on
every start spends a rate-limited request, and a global one takes a while to reach every server.

What was last synced is kept as a digest of the command payload per target (application and DEV_GUILD_ID or global),
in a small JSON file beside the database (`<db>.commands.json`). `docbot sync` syncs even when nothing changed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

log = logging.getLogger(__name__)

RECORD_SUFFIX = ".commands.json"


def sync_target(application_id: int | None, guild: discord.abc.Snowflake | None) -> str:
    """The key a sync is recorded under: the application, and the guild or `global`."""
    return f"{application_id}/{'global' if guild is None else f'guild/{guild.id}'}"


def commands_digest(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None = None) -> str:
    """A digest of what `tree.sync(guild=guild)` would send (the payload, in a fixed order)."""
    payload = [command.to_dict(tree) for command in tree.get_commands(guild=guild)]
    payload.sort(key=lambda command: (command.get("type", 1), command["name"]))
    encoded = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


class SyncRecord:
    """The digest of the commands last synced to each target, in a JSON file beside the database."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def beside(cls, db_path: Path) -> SyncRecord:
        """The record that belongs to the database at `db_path`."""
        return cls(db_path.with_name(db_path.name + RECORD_SUFFIX))

    def digests(self) -> dict[str, str]:
        """Every recorded digest by target; a missing or unreadable file records nothing (the next start syncs)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("could not read %s; the slash commands will be synced", self.path, exc_info=True)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, str)}

    def digest(self, target: str) -> str | None:
        """The digest last synced to `target`, if any."""
        return self.digests().get(target)

    def remember(self, target: str, digest: str) -> None:
        """Record a sync. Written whole and renamed into place; a failure only costs a sync at the next start."""
        digests = self.digests()
        digests[target] = digest
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=self.path.parent, prefix=self.path.name, suffix=".tmp", delete=False
            ) as file:
                temporary = Path(file.name)
                json.dump(digests, file, indent=1, sort_keys=True)
            os.replace(temporary, self.path)
        except OSError:
            log.warning("could not record the command sync in %s", self.path, exc_info=True)
            if temporary is not None:
                with contextlib.suppress(OSError):
                    temporary.unlink()
