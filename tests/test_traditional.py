"""Pages in traditional characters, or with English words, read as the simplified page does.

The seed page is written out in traditional characters (every character the shipped
table knows, turned back), and must segment the same: the same articles with the same
spans, markers, bylines and captions; names and places quoted as the page prints them.
"""

from __future__ import annotations

import pytest

import newsie
from newsie._resources import load_json
from newsie.document import Document, to_simplified


def _to_traditional(text: str) -> str:
    pairs = load_json("t2s.json")["table"]
    back: dict[str, str] = {}
    for i in range(0, len(pairs), 2):
        back.setdefault(pairs[i + 1], pairs[i])  # one traditional form per simplified one
    return "".join(back.get(c, c) for c in text)


@pytest.fixture(scope="module")
def pages(seed_text):
    trad = _to_traditional(seed_text)
    assert len(trad) == len(seed_text) and trad != seed_text
    assert sum(a != b for a, b in zip(trad, seed_text)) > 300  # a real traditional page
    return newsie.parse(seed_text, issue_date="2024-10-24"), newsie.parse(trad, issue_date="2024-10-24"), trad


def _shape(page):
    return [
        (
            a.headline and (a.headline.start, a.headline.end),
            a.kicker and (a.kicker.start, a.kicker.end),
            [(p.start, p.end) for p in a.paragraphs],
            [(b.span.start, b.span.end, b.agency, b.kind, b.date) for b in a.bylines],
            a.continued_to,
        )
        for a in page.articles
    ]


def test_same_articles_spans_and_markers(pages):
    simp, trad, _ = pages
    assert len(trad.articles) == len(simp.articles) == 6
    assert _shape(trad) == _shape(simp)
    assert [(c.span.start, c.span.end, c.page) for c in trad.continuations] == [
        (c.span.start, c.span.end, c.page) for c in simp.continuations
    ]
    assert [(c.span.start, c.span.end) for c in trad.captions] == [(c.span.start, c.span.end) for c in simp.captions]


def test_names_and_places_are_quoted_as_printed(pages):
    simp, trad, text = pages
    for b_s, b_t in zip(simp.bylines, trad.bylines):
        assert [to_simplified(r) for r in b_t.reporters] == list(b_s.reporters)
        for name in b_t.reporters:
            assert name in text[b_t.span.start : b_t.span.end].replace(" ", "").replace("\n", "")
        if b_s.place:
            assert to_simplified(b_t.place) == b_s.place and b_t.place in text
    assert any(b.place == "俄羅斯喀山" for b in trad.bylines)
    headline = trad.articles[0].headline
    assert headline.text == _to_traditional(simp.articles[0].headline.text) != simp.articles[0].headline.text


def test_match_text_is_the_same_object_for_simplified_text():
    doc = Document("本报讯（记者王群）今天下午举行。")
    assert doc.match_text is doc.text
    doc = Document("本報訊（記者王群）今天下午舉行。")
    assert doc.match_text == "本报讯（记者王群）今天下午举行。" and doc.text.startswith("本報訊")


@pytest.mark.parametrize("old,new", [("金砖", "BRIC"), ("中关村", "Z-Park")])
def test_english_words_in_the_text_keep_the_articles(seed_text, old, new):
    """Latin words inside Chinese text (BRIC国家, Z-Park综保区) change neither articles,
    bodies nor markers. Each replacement is as wide in print as the word it replaces, so
    the page keeps its line widths."""
    simp = newsie.parse(seed_text, issue_date="2024-10-24")
    mixed_text = seed_text.replace(old, new)
    assert mixed_text.count(new) >= 3
    mixed = newsie.parse(mixed_text, issue_date="2024-10-24")

    def back(s: str) -> str:
        return "".join(s.split()).replace(new, old)

    assert [back(a.headline.text) for a in mixed.articles] == [back(a.headline.text) for a in simp.articles]
    assert [back(a.body) for a in mixed.articles] == [back(a.body) for a in simp.articles]
    assert [(b.agency, b.kind, b.date, b.reporters) for b in mixed.bylines] == [
        (b.agency, b.kind, b.date, b.reporters) for b in simp.bylines]
    assert [(c.direction, c.page) for c in simp.continuations] == [(c.direction, c.page) for c in mixed.continuations]
    assert len(mixed.captions) == len(simp.captions)


def test_dates_figures_and_names_are_found_alike(pages):
    """Every extractor of the default pipeline reads the traditional page as the simplified
    one: the same dates and figures at the same offsets with the same values, the same
    people, places and organisations (names given in simplified characters)."""
    simp, trad, _ = pages

    def dates(p):
        return [(d.span.start, d.span.end, d.kind, d.start_date, d.end_date, d.anchor) for a in p.articles for d in a.dates]

    def figures(p):
        return [(f.span.start, f.span.end, f.kind, f.value, f.unit, f.hedge) for a in p.articles for f in a.figures]

    def names(p, kind):
        return [(x.name, [(m.start, m.end) for m in x.mentions]) for a in p.articles for x in getattr(a, kind)]

    assert dates(trad) == dates(simp) and len(dates(simp)) > 10
    assert figures(trad) == figures(simp) and len(figures(simp)) > 10
    for kind in ("persons", "places", "organizations"):
        assert names(trad, kind) == names(simp, kind) and names(simp, kind)
