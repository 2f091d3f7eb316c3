"""The record contract: immutable, closed, JSON and its schema."""

from __future__ import annotations

import json
from decimal import Decimal

import pydantic
import pytest

import newsie
from newsie.records import Figure, Page, Span


def test_records_are_frozen():
    span = Span(start=0, end=2, text="北京")
    with pytest.raises(pydantic.ValidationError):
        span.start = 1


def test_records_refuse_unknown_fields():
    with pytest.raises(pydantic.ValidationError, match="extra"):
        Span(start=0, end=2, text="北京", lenght=2)


def test_span_end_before_start_is_refused():
    with pytest.raises(pydantic.ValidationError, match="before its start"):
        Span(start=5, end=2, text="")


def test_negative_offsets_are_refused():
    with pytest.raises(pydantic.ValidationError):
        Span(start=-1, end=2, text="")


def test_decimal_values_stay_exact_in_json():
    f = Figure(span=Span(start=0, end=5, text="16.4亿"), kind="magnitude", value=Decimal("1640000000"))
    data = json.loads(f.model_dump_json())
    assert data["value"] == "1640000000"
    assert Figure.model_validate_json(f.model_dump_json()).value == Decimal("1640000000")


def test_page_json_round_trips(seed_page):
    again = Page.model_validate_json(seed_page.model_dump_json())
    assert again == seed_page


def test_json_schema_names_every_record():
    schema = Page.model_json_schema()
    for name in ("Article", "Span", "Byline", "Continuation", "Caption", "Person", "Place",
                 "DateMention", "Figure"):
        assert name in schema["$defs"], name
    assert schema["additionalProperties"] is False


def test_public_surface():
    for name in ("parse", "Pipeline", "Page", "Article", "Span", "Byline", "Continuation", "Caption",
                 "Person", "Place", "DateMention", "Figure", "NewsieError"):
        assert name in newsie.__all__
        assert hasattr(newsie, name)


def test_published_schema_is_current():
    from conftest import ROOT

    def shape(schema: dict) -> dict:
        # the contract: which records, which fields, which are required (pydantic
        # versions differ in how they word the rest)
        defs = {"Page": schema, **schema["$defs"]}
        return {name: (sorted(d["properties"]), sorted(d.get("required", []))) for name, d in defs.items()}

    published = json.loads((ROOT / "docs" / "page.schema.json").read_text(encoding="utf-8"))
    assert shape(published) == shape(Page.model_json_schema()), "run: newsie schema --out docs/page.schema.json"


def test_record_reference_is_current():
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("gen_records", ROOT / "docs" / "gen_records.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (ROOT / "docs" / "records.md").read_text(encoding="utf-8") == gen.render(), \
        "run: python docs/gen_records.py"
