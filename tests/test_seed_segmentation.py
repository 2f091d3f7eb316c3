"""Segmentation of the seed page against its gold: articles, headings, bodies, captions."""

from __future__ import annotations

import pytest


def _match(page, gold_article):
    """The parsed article whose body starts like the gold's."""
    for a in page.articles:
        if a.body.startswith(gold_article["body_first"]):
            return a
    raise AssertionError(f"no article starts with {gold_article['body_first']!r}")


def test_article_and_caption_counts(seed_page, seed_gold):
    assert len(seed_page.articles) == len(seed_gold["articles"])
    assert len(seed_page.captions) == len(seed_gold["captions"])
    assert not seed_page.warnings


def _ids(gold):
    return [a["id"] for a in gold["articles"]]


GOLD_IDS = ["A", "B", "C", "D", "E", "F"]
KNOWN: dict[tuple[str, str], str] = {}  # (gold id, field) -> reason, for a strict xfail


def _param(field):
    return [pytest.param(i, field, id=f"{i}-{field}",
                         marks=[pytest.mark.xfail(reason=KNOWN[(i, field)], strict=True)] if (i, field) in KNOWN else [])
            for i in GOLD_IDS]


def _gold(seed_gold, gid):
    return next(a for a in seed_gold["articles"] if a["id"] == gid)


@pytest.mark.parametrize("gid,field", _param("headline") + _param("kicker") + _param("column")
                         + _param("subheadlines") + _param("paragraphs") + _param("body_last")
                         + _param("continues_to_page") + _param("bylines"))
def test_article_fields_match_gold(seed_page, seed_gold, gid, field):
    gold = _gold(seed_gold, gid)
    art = _match(seed_page, gold)
    got = {
        "headline": art.headline.text if art.headline else None,
        "kicker": art.kicker.text if art.kicker else None,
        "column": art.column.text if art.column else None,
        "subheadlines": [s.text for s in art.subheadlines],
        "paragraphs": len(art.paragraphs),
        "body_last": art.body.endswith(gold["body_last"]),
        "continues_to_page": art.continued_to,
        "bylines": [(b.agency, b.kind, b.place, b.date.isoformat() if b.date else None, list(b.reporters))
                    for b in art.bylines],
    }[field]
    want = {
        "body_last": True,
        "bylines": [(b["agency"], b["kind"], b["place"], b["date"], b["reporters"]) for b in gold["bylines"]],
    }.get(field, gold.get(field))
    assert got == want


def test_speech_author_line(seed_page, seed_gold):
    gold = _gold(seed_gold, "B")
    art = _match(seed_page, gold)
    assert art.author is not None
    assert art.author.text.replace(" ", "") == gold["author"]["title"] + gold["author"]["name"]


def test_section_head_is_not_a_paragraph(seed_page, seed_gold):
    gold = _gold(seed_gold, "C")
    art = _match(seed_page, gold)
    assert [s.text for s in art.section_heads] == gold["section_heads"]
    assert all(p.text not in gold["section_heads"] for p in art.paragraphs)


def test_captions_with_credits(seed_page, seed_gold):
    for cap, gold in zip(seed_page.captions, seed_gold["captions"]):
        assert cap.text.startswith(gold["text_first"])
        assert cap.photographers == tuple(gold["credit"]["photographers"])
        assert cap.agency == gold["credit"]["agency"]
        body = cap.text.rsplit(gold["text_last"], 1)
        assert len(body) == 2, (cap.text, gold["text_last"])


def test_bylines_are_not_body_text(seed_page):
    for art in seed_page.articles:
        for b in art.bylines:
            assert not any(p.start <= b.span.start < p.end for p in art.paragraphs), b


def test_heading_model_is_shipped_and_loads():
    from newsie.extractors import segment

    model = segment.heads._heading_model()
    assert model["version"] >= 3 and model["trees"]
    # every feature a tree splits on is one group_features can give
    assert set(model["features"]) <= set(_all_feature_names())
    assert all(len(stage) == 1 for stage in model["trees"])  # two classes: one tree a stage


def _all_feature_names():
    from newsie.extractors import segment

    blocks = [segment.Block(0, 0, 4, "正文一段。"), segment.Block(1, 5, 9, "小标题"), segment.Block(2, 10, 14, "正文二段。")]
    seq = [segment.grouping._Run([blocks[0]]), [blocks[1]], segment.grouping._Run([blocks[2]])]
    names = set(segment.group_features(seq, 1))
    # every bin of every binned feature
    for prefix, n in (("len", 7), ("ratio", 6), ("prev_len", 5), ("next_len", 5), ("col_change", 4), ("siblings", 4),
                      ("cohesion", 6), ("head_prev", 4), ("head_next", 4)):
        names |= {f"{prefix}{k}" for k in range(n)}
    # the cues of the text around the group and its wording (segment.heads._context_cues)
    names |= {"note_author", "note_arranged", "note_agency", "note_reporter", "note_other", "next_reporter",
              "next_dateline", "next_note", "sub_occasion", "numbered", "name_role"}
    return names
