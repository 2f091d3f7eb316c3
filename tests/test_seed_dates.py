"""The seed page's gold dates and durations (seeds/*.gold.json, keys "dates" and "durations").

Every gold date, period, part of day and duration must be found in its article with the
gold's value and anchor; a mention the gold does not list must be a dateline's own date
(the gold lists those for some articles only) or a repeat of a listed one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import regex

from newsie.document import fold_width

WS = regex.compile(r"\s+")


def squeeze(s: str) -> str:
    return WS.sub("", fold_width(s))


@pytest.fixture(scope="module")
def by_gold_id(seed_page, seed_gold):
    """Gold article id → the parsed article, matched by headline."""
    out = {}
    for g in seed_gold["articles"]:
        want = squeeze(g["headline"])
        (art,) = [a for a in seed_page.articles if a.headline and squeeze(a.headline.text) == want]
        out[g["id"]] = art
    return out


def _value(d):
    if d.start_date is None:
        return None
    return d.start_date.isoformat() if d.start_date == d.end_date else [d.start_date.isoformat(), d.end_date.isoformat()]


def test_every_gold_date_with_its_value_and_anchor(seed_page, seed_gold, by_gold_id):
    for g in seed_gold["dates"]:
        art = by_gold_id[g["article"]]
        found = [d for d in art.dates if squeeze(d.span.text) == squeeze(g["text"])]
        assert found, f"{g['text']} not found in article {g['article']}"
        d = found[0]
        assert d.kind == g["kind"], (g["text"], d.kind)
        if "value" in g:
            assert _value(d) == g["value"], (g["text"], _value(d))
        if "anchor" in g:
            assert d.anchor == g["anchor"], (g["text"], d.anchor)
        assert d.open_end == g.get("open_end", False), g["text"]
        if g.get("fuzzy"):
            assert d.fuzzy, g["text"]
        if "part_of_day" in g:
            assert d.part_of_day == g["part_of_day"], g["text"]
        if "local_time_of" in g:
            assert d.local_time_of == g["local_time_of"], g["text"]
            assert d.utc_offset == "+03:00"  # Kazan keeps Moscow time all year


def test_every_gold_duration_with_its_value_and_unit(seed_gold, by_gold_id):
    for g in seed_gold["durations"]:
        art = by_gold_id[g["article"]]
        found = [d for d in art.dates if d.kind == "duration" and squeeze(d.span.text) == g["text"]]
        assert found, f"{g['text']} not found in article {g['article']}"
        d = found[0]
        assert d.duration_unit == g["unit"]
        assert d.duration_value == (Decimal(g["value"]) if "value" in g else None)
        assert d.fuzzy == g.get("fuzzy", False)


def test_nothing_found_that_the_gold_does_not_list(seed_page, seed_gold, by_gold_id):
    listed = {(g["article"], squeeze(g["text"])) for g in seed_gold["dates"] + seed_gold["durations"]}
    for gid, art in by_gold_id.items():
        datelines = [b.span for b in art.bylines if b.kind in ("本报电", "电")]
        for d in art.dates:
            if (gid, squeeze(d.span.text)) in listed:
                continue
            inside = any(s.start <= d.span.start and d.span.end <= s.end for s in datelines)
            assert inside, f"article {gid}: {d.span.text} ({d.kind}) is not in the gold"
            assert d.start_date == dt.date(2024, 10, 23)


def test_every_date_mention_slices_the_raw_text(seed_page, seed_text):
    for art in seed_page.articles:
        for d in art.dates:
            raw = seed_text[d.span.start : d.span.end]
            assert squeeze(raw) == squeeze(d.span.text), (raw, d.span.text)
