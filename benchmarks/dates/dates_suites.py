"""The benchmark suites, read into one shape: cases of text, reference date and gold.

- Recognizers-Text (MIT): ``$NEWSIE_DATA/recognizers-text-zh/Specs/DateTime/Chinese``,
  the model files (``DateTimeModel.json``: each case an Input, a ReferenceDateTime and the
  Results with their Start/End and resolution values).
- JioNLP (Apache-2.0): ``$NEWSIE_DATA/jionlp-cases``: the time-parser cases (one
  expression, a time base, the expected span of time) and the time-extractor cases
  (sentences with the expected expressions' offsets).

A gold expression the DateMention record cannot hold is kept with an ``excluded`` reason
and left out of every score (for every system alike); the reasons are counted in the
report.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    return Path(os.environ.get("NEWSIE_DATA", ROOT.parent / "shared" / "data"))


# A day-level value: (start, end) with None for an open bound; or a duration as a dict.
Value = tuple[dt.date | None, dt.date | None]


@dataclass
class Gold:
    start: int  # half-open offsets into the case's text
    end: int
    text: str
    values: list[Value] = field(default_factory=list)  # any one of them is right
    duration: dict[str, float] | None = None
    excluded: str | None = None


@dataclass
class Case:
    id: str
    text: str
    ref: dt.date | None  # the reference (anchor) date
    gold: list[Gold]
    jionlp_base: object = None  # the time_base the upstream test passes to jionlp
    ref_datetime: dt.datetime | None = None
    clock: bool = False  # the reference is a moment (a clock time), not a day: every system gets it


_DUR_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second"}


def norm_duration(unit: str, value: float) -> dict[str, float]:
    """One canonical form for durations: weeks as days, quarters as months.

    >>> norm_duration("week", 2), norm_duration("quarter", 5)
    ({'day': 14.0}, {'month': 15.0})
    """
    value = float(value)
    if unit == "trading_day":  # JioNLP counts trading days as working days
        return {"workday": value}
    if unit == "week":
        return {"day": value * 7}
    if unit == "quarter":
        return {"month": value * 3}
    return {unit: value}


def timex_duration(timex: str) -> dict[str, float] | None:
    """``P2Y`` → ``{'year': 2.0}``, ``PT30M`` → ``{'minute': 30.0}``; None for compound ones."""
    import regex

    m = regex.fullmatch(r"P(T)?([\d.]+)([YMWDHS])", timex or "")
    if not m:
        return None
    unit = _DUR_UNITS[m.group(3)]
    if m.group(1) and m.group(3) == "M":
        unit = "minute"
    return norm_duration(unit, float(m.group(2)))


def _day(text: str | None) -> dt.date | None:
    if not text or text in ("inf", "-inf"):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:  # a peer's odd value ('604-01-01 '): no value
        return None


def rt_values(type_name: str, resolution: dict) -> tuple[list[Value], dict | None, str | None]:
    """A Recognizers-Text resolution at day granularity: ``(values, duration, excluded)``."""
    kind = type_name.split(".")[-1]
    values = (resolution or {}).get("values") or []
    if kind == "set":
        return [], None, "recurring set (每周一): DateMention has no recurrence"
    if kind in ("time", "timerange"):
        return [], None, "clock time with no date: nothing to compare at day granularity"
    if kind == "duration":
        durations = [timex_duration(v.get("timex")) for v in values]
        durations = [d for d in durations if d]
        if not durations:
            return [], None, "compound duration"
        return [], durations[0], None
    out: list[Value] = []
    for v in values:
        if v.get("value") == "not resolved" or v.get("timex", "").endswith(("SU", "WI", "SP", "FA")):
            return [], None, "season or unresolved in the reference"
        if kind in ("date", "datetime"):
            d = _day(v.get("value"))
            out.append((d, d))
        elif kind in ("daterange", "datetimerange"):
            start, end = v.get("start"), v.get("end")
            if start is None:
                return [], None, "open start (…以前): DateMention cannot hold a period with no start"
            try:
                s, e = _day(start), _day(end)
                if e is not None and kind == "daterange":
                    e - dt.timedelta(days=1)
            except (ValueError, OverflowError):
                continue  # a value out of the calendar (a peer's 0001-01-01)
            if e is None or kind != "daterange":
                out.append((s, e))
                continue
            # Recognizers-Text ends date ranges exclusively; 从一月十日到20日 ends before the 20th
            # and 5月-10月 before October, where a Chinese reader (and newsie) includes them:
            # either reading of a range's end is scored right.
            out.append((s, e - dt.timedelta(days=1)))
            timex = v.get("timex", "")
            if timex.startswith("("):
                unit = timex.rstrip(")")[-1]
                out.append((s, e))
                if unit == "M":
                    nxt = dt.date(e.year + e.month // 12, e.month % 12 + 1, 1)
                    out.append((s, nxt - dt.timedelta(days=1)))
                elif unit == "Y":
                    out.append((s, dt.date(e.year, 12, 31)))
        else:
            return [], None, f"type {kind}"
    if not out:
        return [], None, "no value in the reference"
    return out, None, None


def recognizers_cases(names: tuple[str, ...] = ("DateTimeModel.json",)) -> list[Case]:
    """The Recognizers-Text model specs as cases (those with a reference time)."""
    base = data_dir() / "recognizers-text-zh" / "Specs" / "DateTime" / "Chinese"
    cases = []
    for name in names:
        for i, c in enumerate(json.loads((base / name).read_text(encoding="utf-8-sig"))):
            ref = (c.get("Context") or {}).get("ReferenceDateTime")
            if not ref:
                continue
            ref_dt = dt.datetime.fromisoformat(ref)
            gold = []
            for r in c.get("Results", []):
                values, duration, excluded = rt_values(r["TypeName"], r.get("Resolution"))
                if regex.search(r"农历|阴历|正月|腊月|大年|初[一二三四五六七八九十]", r["Text"]) and not excluded:
                    # the spec writes a lunar date as if it were Gregorian (农历2015年十月初一 → 2015-10-01)
                    excluded = "lunar date left unconverted in the reference"
                gold.append(Gold(r["Start"], r["End"] + 1, r["Text"], values, duration, excluded))
            cases.append(Case(f"rt/{name.split('.')[0]}/{i}", c["Input"], ref_dt.date(), gold, ref_datetime=ref_dt,
                              clock=True))
    return cases


def jionlp_base_date(tb: dict) -> dt.datetime | None:
    """The reference time of a JioNLP case (UTC+8 wall time, as upstream runs its tests)."""
    kind, value = tb["kind"], tb.get("value")
    if kind == "epoch":
        return dt.datetime.fromisoformat(tb["local_utc8"]).replace(tzinfo=None)
    if kind == "datetime":
        return dt.datetime.fromisoformat(value)
    if kind == "list":
        parts = list(value) + [1, 1, 0, 0, 0][len(value) - 1 :]
        return dt.datetime(*parts[:6])
    if kind == "dict":
        # a year alone ({'year': 2021}) means that year: its middle, so that year-less dates
        # resolved "nearest the anchor" fall in it, as upstream expects
        month = value.get("month", 7 if "day" not in value else 1)
        day = value.get("day", 2 if "month" not in value else 1)
        return dt.datetime(value["year"], month, day, value.get("hour", 0), value.get("minute", 0))
    return None  # none / now: no fixed reference


def _jio_duration(expected: dict | list) -> dict[str, float] | None:
    if isinstance(expected, list) or not isinstance(expected, dict) or len(expected) != 1:
        return None
    (unit, value), = expected.items()
    if unit in ("zero", "infinite"):
        return None
    if unit == "workday":
        return {"workday": float(value)}
    return norm_duration(unit, value)


def jionlp_parser_cases() -> list[Case]:
    """JioNLP's time-parser cases: one expression per case, the whole text its span."""
    d = json.loads((data_dir() / "jionlp-cases" / "time_parser_cases.json").read_text(encoding="utf-8"))
    cases = []
    n = 0
    for group in d["groups"]:
        extra = set(group["call_kwargs"]) - {"time_base"}
        for c in group["cases"]:
            n += 1
            text, tb, exp = c["text"], c["time_base"], c["expected"]
            base = jionlp_base_date(tb)
            g = Gold(0, len(text), text)
            if extra:
                g.excluded = f"called with {', '.join(sorted(extra))}: a different task"
            elif exp["type"] == "time_period":
                g.excluded = "recurring (每年, 每周三): DateMention has no recurrence"
            elif exp["type"] == "time_delta":
                g.duration = _jio_duration(exp["time"])
                if g.duration is None:
                    g.excluded = "duration range or compound (3~6个月, 四年六个月)"
            else:
                start, end = exp["time"]
                if start == "-inf":
                    g.excluded = "open start (…以前): DateMention cannot hold a period with no start"
                elif tb["kind"] == "now":
                    g.excluded = "time base is the upstream test's clock (time.time())"
                else:
                    g.values = [(_day(start), None if end == "inf" else _day(end))]
            cases.append(Case(f"jio/parser/{n}", text, base.date() if base else None, [g],
                              jionlp_base=tb, ref_datetime=base,
                              clock=tb["kind"] in ("epoch", "datetime") or tb["kind"] == "list" and len(tb["value"]) > 3))
    return cases


def jionlp_extractor_cases() -> list[Case]:
    """JioNLP's time-extractor sentences: offsets only (no values)."""
    d = json.loads((data_dir() / "jionlp-cases" / "time_extractor_cases.json").read_text(encoding="utf-8"))
    cases = []
    for group in d["groups"]:
        for i, c in enumerate(group["cases"]):
            gold = [Gold(e["offset"][0], e["offset"][1], e["text"]) for e in c["expected"]]
            cases.append(Case(f"jio/extractor/{i}", c["text"], dt.date(2021, 6, 14), gold,
                              ref_datetime=dt.datetime(2021, 6, 14)))
    return cases
