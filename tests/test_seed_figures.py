"""The seed page's figures against its gold (seeds/*.gold.json, key "figures").

Every gold figure must be found in its article with the gold's kind, value, hedge, `of`
and change (a field the gold leaves out must be empty, except `unit`, which the gold
gives for counts and ordinals only: percents carry the unit "%" by design). Extra
figures are allowed, but none may be one of the issue's "not figures".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsie.document import fold_width

NOT_FIGURES = ("一批", "进一步", "统一", "一起", "一流", "之一", "一带一路", "十四五", "3+1", "一系列", "一个")


def _articles_by_gold(seed_page, seed_gold):
    """Map the gold's article letters to the parsed articles by their body's first words."""
    out = {}
    for g in seed_gold["articles"]:
        first = g["body_first"][:12]
        for a in seed_page.articles:
            if fold_width(a.body).replace(" ", "").startswith(first):
                out[g["id"]] = a
    return out


def _fields(f):
    return {
        "kind": f.kind,
        "value": f.value,
        "hedge": f.hedge,
        "of": f.of,
        "change": f.change,
        "unit": f.unit,
    }


def _gold_params():
    import json
    from pathlib import Path

    gold = json.loads(next(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.gold.json")).read_text(
        encoding="utf-8"))
    return [pytest.param(g, id=f"{g['article']}-{g['text']}-{i}") for i, g in enumerate(gold["figures"])]


@pytest.mark.parametrize("gold", _gold_params())
def test_every_gold_figure_is_found_with_its_fields(gold, seed_page, seed_gold):
    arts = _articles_by_gold(seed_page, seed_gold)
    assert gold["article"] in arts, f"article {gold['article']} not matched"
    found = [f for f in arts[gold["article"]].figures if f.span.text == gold["text"]]
    assert found, f"{gold['text']} not found in article {gold['article']}"
    want = {
        "kind": gold["kind"],
        "value": Decimal(gold["value"]) if "value" in gold else None,
        "hedge": gold.get("hedge"),
        "of": gold.get("of"),
        "change": gold.get("change"),
    }
    got = _fields(found[0])
    for key, value in want.items():
        assert got[key] == value, (gold["text"], key, got)
    if "unit" in gold:
        assert got["unit"] == gold["unit"]


def test_no_figure_is_a_not_figure(seed_page, seed_text):
    for a in seed_page.articles:
        for f in a.figures:
            assert f.span.text not in NOT_FIGURES, f.span.text
            assert seed_text[f.span.start : f.span.end].replace("\n", "").replace(" ", "") == f.span.text


def test_the_duration_is_a_count(seed_page, seed_gold):
    """8个月 is in the gold's durations; as a figure it is a count of months."""
    (d,) = [d for d in seed_gold["durations"] if d["text"] == "8个月"]
    figs = [f for a in seed_page.articles for f in a.figures if f.span.text == d["text"]]
    assert figs and figs[0].kind == "count" and figs[0].value == Decimal(d["value"])
