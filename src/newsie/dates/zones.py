"""A dateline's place → its UTC offset on a date (models/dates/timezones.tsv + zoneinfo)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

__all__ = ["utc_offset", "zone_of"]


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from newsie._resources import resource_path

    table = {}
    for line in resource_path("dates/timezones.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            place, zone = line.split("\t")
            table[place] = zone
    return table


@lru_cache(maxsize=4096)
def zone_of(place: str) -> str | None:
    """The IANA zone of a place as a dateline prints it, or None.

    >>> zone_of("俄罗斯喀山"), zone_of("美国纽约州"), zone_of("火星")
    ('Europe/Moscow', 'America/New_York', None)
    """
    table = _table()
    if place in table:
        return table[place]
    for i in range(1, len(place)):  # the longest known ending: 俄罗斯喀山 → 喀山
        if place[i:] in table:
            return table[place[i:]]
    for j in range(len(place) - 1, 0, -1):  # the longest known beginning: a country
        if place[:j] in table:
            return table[place[:j]]
    return None


def utc_offset(place: str, day: dt.date | None) -> str | None:
    """``"+03:00"``: the place's offset from UTC at noon on ``day``; None if unknown.

    >>> utc_offset("俄罗斯喀山", dt.date(2024, 10, 23)), utc_offset("华盛顿", dt.date(2024, 10, 23))
    ('+03:00', '-04:00')
    """
    zone = zone_of(place)
    if zone is None or day is None:
        return None
    try:
        from zoneinfo import ZoneInfo

        offset = dt.datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    except (ImportError, KeyError, ValueError, OSError):  # no tz database here: say nothing rather than guess
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
