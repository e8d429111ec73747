"""Times as docbot shows them to people: Discord's replies, the feedback report, the command line's notes."""

from __future__ import annotations

import datetime

SHOWN_FORMAT = "%Y-%m-%d %H:%M UTC"


def shown_time(moment: datetime.datetime | float | str) -> str:
    """`moment` in UTC to the minute, "2026-12-06 17:10 UTC": a datetime (naive ones taken as UTC), seconds since the
    epoch, or ISO 8601 text as the store keeps it (text that is not one is shown as it stands)."""
    if isinstance(moment, str):
        try:
            when = datetime.datetime.fromisoformat(moment)
        except ValueError:
            return moment
        return shown_time(when)
    if isinstance(moment, datetime.datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return moment.astimezone(datetime.UTC).strftime(SHOWN_FORMAT)
    return datetime.datetime.fromtimestamp(moment, datetime.UTC).strftime(SHOWN_FORMAT)
