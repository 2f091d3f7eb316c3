"""The systems compared, each as ``predict(case) -> list[Pred]``: newsie, jionlp, recognizers-text.

Every system reads the same text with the same reference date. jionlp is given the time
base its own tests pass (and runs with the clock at UTC+8, as upstream tests do);
Recognizers-Text the case's reference datetime.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from dates_suites import Case, Value, _day, norm_duration, rt_values

# jionlp reads epoch time bases in local time; its tests assume China's clock
os.environ["TZ"] = "Asia/Shanghai"
time.tzset()


@dataclass
class Pred:
    start: int
    end: int
    values: list[Value] = field(default_factory=list)
    duration: dict[str, float] | None = None


# -- newsie ------------------------------------------------------------------------------
def newsie_predict(case: Case, year_rule: str = "news", *, expression: bool = False) -> list[Pred]:
    """newsie's ``find_dates`` on the text (running text), or with ``expression=True`` its
    ``parse_expression`` (the text is one time expression, as jionlp's ``parse_time`` takes it)."""
    from newsie.dates import Context, find_dates, parse_expression
    from newsie.document import Document

    doc = Document(case.text)
    clock = case.ref_datetime.time() if case.clock and case.ref_datetime else None
    if expression:
        one = parse_expression(doc.text, case.ref, year_rule=year_rule, anchor_time=clock, anchor_kind="issue")
        hits = [one] if one is not None else []
    else:
        hits = find_dates(doc.text, Context(anchor=case.ref, anchor_kind="issue", year_rule=year_rule, anchor_time=clock))
    out = []
    for h in hits:
        span = doc.span(h.start, h.end)
        values = [(h.start_date, h.end_date)] if h.start_date is not None else []
        duration = None
        if h.kind == "duration" and h.duration_value is not None and h.duration_unit:
            duration = norm_duration(h.duration_unit, float(h.duration_value))
        out.append(Pred(span.start, span.end, values, duration))
    return out


def newsie_parse(case: Case) -> list[Pred]:
    return newsie_predict(case, expression=True)


def newsie_same_year(case: Case) -> list[Pred]:
    """newsie with the option ``year_rule="same"`` (not its default): a date without a year
    in the anchor's year, a bare day in the anchor's month, as JioNLP reads them."""
    return newsie_predict(case, year_rule="same")


def newsie_same_year_parse(case: Case) -> list[Pred]:
    return newsie_predict(case, year_rule="same", expression=True)


# -- jionlp ------------------------------------------------------------------------------
_JIO = None


def jionlp():
    """jionlp, imported with its banner kept off stdout (the summary lines stay parseable)."""
    global _JIO
    if _JIO is None:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio
        _JIO = jio
    return _JIO


def _jio_base(case: Case):
    tb = case.jionlp_base
    if isinstance(tb, dict):
        kind, value = tb["kind"], tb.get("value")
        if kind == "epoch":
            return value
        if kind == "datetime":
            return dt.datetime.fromisoformat(value)
        if kind in ("list", "dict"):
            return value
        return None if kind in ("none", "now") else value
    if case.ref_datetime is not None:
        return time.mktime(case.ref_datetime.timetuple())
    return None


def _jio_value(detail: dict) -> tuple[list[Value], dict | None]:
    kind, t = detail.get("type"), detail.get("time")
    if kind in ("time_point", "time_span") and isinstance(t, list) and len(t) == 2:
        start, end = _day(t[0]), _day(t[1])  # 'inf' and odd values ('604-01-01 ') read as None
        return [(start, end)], None
    if kind == "time_delta" and isinstance(t, dict) and len(t) == 1:
        (unit, value), = t.items()
        return [], ({"workday": float(value)} if unit == "workday" else norm_duration(unit, value))
    return [], None


def jionlp_parse(case: Case) -> list[Pred]:
    """jionlp's parser on the whole text (what its parser suite tests)."""
    jio = jionlp()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            r = jio.parse_time(case.text, time_base=_jio_base(case))
    except Exception:  # noqa: BLE001 - a peer failing on a text scores as finding nothing
        return []
    values, duration = _jio_value(r)
    return [Pred(0, len(case.text), values, duration)]


def jionlp_extract(case: Case) -> list[Pred]:
    """jionlp's extractor with parsing: spans and values in running text."""
    jio = jionlp()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            found = jio.ner.extract_time(case.text, time_base=_jio_base(case), with_parsing=True)
    except Exception:  # noqa: BLE001 - a peer failing on a text scores as finding nothing
        return []
    out = []
    for f in found:
        values, duration = _jio_value(f.get("detail") or {})
        out.append(Pred(f["offset"][0], f["offset"][1], values, duration))
    return out


# -- recognizers-text --------------------------------------------------------------------
def recognizers_predict(case: Case) -> list[Pred]:
    from recognizers_date_time import Culture, recognize_datetime

    ref = case.ref_datetime or (dt.datetime.combine(case.ref, dt.time()) if case.ref else dt.datetime.now())
    try:
        results = recognize_datetime(case.text, Culture.Chinese, reference=ref)
    except Exception:  # noqa: BLE001 - a peer failing on a text scores as finding nothing
        return []
    out = []
    for r in results:
        values, duration, _ = rt_values(r.type_name, r.resolution)
        out.append(Pred(r.start, r.end + 1, values, duration))
    return out


SYSTEMS = {
    "newsie": {"extract": newsie_predict, "parse": newsie_parse},
    # not newsie's default: the option year_rule="same", reported on its own line
    "newsie-year_rule=same": {"extract": newsie_same_year, "parse": newsie_same_year_parse},
    "jionlp": {"extract": jionlp_extract, "parse": jionlp_parse},
    "recognizers": {"extract": recognizers_predict, "parse": recognizers_predict},
}
