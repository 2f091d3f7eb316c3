"""End to end on the seed page, against its gold (tests/../seeds/*.gold.json).

Checks what the core covers: bylines and datelines, photo credits, continuation
markers, and that every record's offsets slice the raw text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import regex

from newsie.document import fold_width

WS = regex.compile(r"\s+")


def squeeze(s: str) -> str:
    return WS.sub("", fold_width(s))


def _gold_bylines(gold):
    out = []
    for art in gold["articles"]:
        for b in art["bylines"]:
            out.append((b["agency"], b["kind"], b["place"], b["date"], tuple(b["reporters"])))
    return out


def test_all_datelines_and_bylines_with_gold_values(seed_page, seed_gold):
    got = [(b.agency, b.kind, b.place, b.date.isoformat() if b.date else None, b.reporters)
           for b in seed_page.bylines if b.kind != "摄"]
    assert Counter(got) == Counter(_gold_bylines(seed_gold))
    assert len(got) == 6


def test_photo_credits(seed_page, seed_gold):
    got = [(b.agency, b.reporters) for b in seed_page.bylines if b.kind == "摄"]
    want = [(c["credit"]["agency"], tuple(c["credit"]["photographers"])) for c in seed_gold["captions"]]
    assert got == want


def test_continuation_markers(seed_page, seed_gold, seed_text):
    got = [(c.direction, c.page, seed_text[c.span.start : c.span.end]) for c in seed_page.continuations]
    want = [(c["direction"], c["page"], c["raw"]) for c in seed_gold["continuations"]]
    assert got == want


def test_reporters_are_never_split_across_the_pdf_line_break(seed_page, seed_text):
    (wang,) = [b for b in seed_page.bylines if b.reporters == ("王群",)]
    assert "\n" in seed_text[wang.span.start : wang.span.end]  # the raw slice crosses lines
    assert wang.date == dt.date(2024, 10, 23)


def test_every_record_slices_the_raw_text(seed_page, seed_text):
    spans = seed_page.iter_spans()
    assert len(spans) > 50
    for kind, _, span in spans:
        assert 0 <= span.start < span.end <= len(seed_text), (kind, span)
        raw = seed_text[span.start : span.end]
        assert not raw[0].isspace() and not raw[-1].isspace(), (kind, raw)
        assert squeeze(raw) == squeeze(span.text), (kind, raw, span.text)


def test_issue_date_inferred_from_the_seed_matches_the_gold(seed_text, seed_gold):
    import newsie

    page = newsie.parse(seed_text)
    assert page.issue_date.isoformat() == seed_gold["issue_date"]
    assert page.issue_date_inferred
