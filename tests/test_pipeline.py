"""parse(), Pipeline, the registry, plugins through entry points, and pipe()."""

from __future__ import annotations

import datetime as dt
import sys
import textwrap

import pytest

import newsie
from newsie.errors import ConfigError, ExtractorError, UnknownExtractorError
from newsie.registry import Registry

TEXT = "新华社北京10月23日电（记者张三）今天举行会议。\n（下转第3版）"


# -- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"\xe6\x96\xb0", 42, ["text"]])
def test_non_string_is_a_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        newsie.parse(bad)


def test_bytes_error_suggests_decoding():
    with pytest.raises(TypeError, match="decode"):
        newsie.parse("新华社".encode())


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\u3000\u3000"])
def test_empty_page_is_an_empty_page(text):
    page = newsie.parse(text)
    assert page.articles == () and page.captions == () and page.continuations == ()
    assert page.source == text


@pytest.mark.parametrize("bad", ["2024/10/24", "24-10-2024", "2024-13-01", "yesterday", 20241024])
def test_malformed_issue_date_names_value_and_form(bad):
    with pytest.raises(ValueError) as info:
        newsie.parse(TEXT, issue_date=bad)
    assert str(bad) in str(info.value) and "YYYY-MM-DD" in str(info.value)


def test_issue_date_accepts_date_and_datetime():
    assert newsie.parse(TEXT, issue_date=dt.date(2024, 10, 24)).issue_date == dt.date(2024, 10, 24)
    assert newsie.parse(TEXT, issue_date=dt.datetime(2024, 10, 24, 6)).issue_date == dt.date(2024, 10, 24)


@pytest.mark.parametrize("bad", [0, -1, "3", True])
def test_bad_page_number(bad):
    with pytest.raises(ValueError, match="page"):
        newsie.parse(TEXT, page=bad)


# -- registry and configuration -------------------------------------------------------------


def test_unknown_extractor_lists_the_valid_ones():
    with pytest.raises(UnknownExtractorError) as info:
        newsie.Pipeline(["newsie.bylines.v1", "newsie.nope"])
    msg = str(info.value)
    assert "newsie.nope" in msg and "newsie.bylines.v1" in msg and "newsie.continuations.v1" in msg


def test_unknown_option_lists_the_valid_ones():
    with pytest.raises(ConfigError) as info:
        newsie.Pipeline(["newsie.continuations.v1"], config={"newsie.continuations.v1": {"trim": True}})
    assert "'trim'" in str(info.value) and "trim_paragraphs" in str(info.value)


def test_badly_typed_option_is_refused():
    with pytest.raises(ConfigError, match="trim_paragraphs"):
        newsie.Pipeline(["newsie.continuations.v1"], config={"newsie.continuations.v1": {"trim_paragraphs": "maybe"}})


def test_config_for_an_extractor_not_in_the_pipeline_is_refused():
    with pytest.raises(ConfigError, match="not in the pipeline"):
        newsie.Pipeline(["newsie.continuations.v1"], config={"newsie.bylines.v1": {}})


def test_option_changes_behaviour():
    keep = newsie.Pipeline(["newsie.segment.flat", "newsie.continuations"],
                           config={"newsie.continuations": {"trim_paragraphs": False}})
    assert "下转" in keep(TEXT).articles[0].body
    assert "下转" not in newsie.Pipeline(["newsie.segment.flat", "newsie.continuations"])(TEXT).articles[0].body


def test_unversioned_name_takes_the_latest_version():
    reg = Registry()
    reg.register("acme.thing.v1", lambda: (lambda d, p: None))
    reg.register("acme.thing.v2", lambda: (lambda d, p: None))
    assert reg.get("acme.thing").name == "acme.thing.v2"


def test_duplicate_and_malformed_names_are_refused():
    reg = Registry()
    reg.register("acme.thing.v1", lambda: None)
    with pytest.raises(ConfigError, match="already registered"):
        reg.register("acme.thing.v1", lambda: None)
    with pytest.raises(ConfigError, match="version"):
        reg.register("acme.thing", lambda: None)


def test_a_custom_extractor_runs_in_order_and_sees_the_draft():
    seen = []

    @newsie.registry.extractor("test.spy.v1")
    def make_spy(*, label: str = "x"):
        def spy(doc, draft):
            seen.append((label, len(draft.articles), len(draft.continuations)))
        return spy

    nlp = newsie.Pipeline(["newsie.segment.flat", "newsie.continuations", "test.spy"],
                          config={"test.spy": {"label": "after"}})
    nlp(TEXT)
    assert seen == [("after", 1, 1)]


def test_an_extractor_failure_names_the_stage():
    @newsie.registry.extractor("test.broken.v1")
    def make_broken():
        def broken(doc, draft):
            raise RuntimeError("boom")
        return broken

    with pytest.raises(ExtractorError, match="test.broken.v1.*boom") as info:
        newsie.parse(TEXT, pipeline=["newsie.segment.flat", "test.broken"])
    assert info.value.stage == "test.broken.v1"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_third_party_extractor_through_entry_points(tmp_path, monkeypatch):
    (tmp_path / "acme_plugin.py").write_text(textwrap.dedent('''
        from newsie.records import Span

        def make_exclaim(*, mark: str = "！"):
            def exclaim(doc, draft):
                draft.warn("found %d %s" % (doc.text.count(mark), mark))
            return exclaim
    '''), encoding="utf-8")
    info = tmp_path / "acme_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[newsie.extractors]\nacme.exclaim.v1 = acme_plugin:make_exclaim\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = Registry()
    assert "acme.exclaim.v1" in reg.names()
    item = reg.get("acme.exclaim")
    assert item.options == {"mark": "！"}
    monkeypatch.setattr(newsie.registry, "get", reg.get)
    import newsie.pipeline as pl
    monkeypatch.setattr(pl._registry, "get", reg.get)
    page = newsie.parse("好！很好！", pipeline=["acme.exclaim.v1"])
    assert "found 2 ！" in page.warnings
    sys.modules.pop("acme_plugin", None)


# -- pipe --------------------------------------------------------------------------------

PAGES = [f"新华社北京10月{d}日电（记者张三）第{d}天。\n（下转第{d % 9 + 1}版）" for d in range(1, 21)]


def _fingerprint(page):
    return (page.bylines[0].date, page.continuations[0].page)


def test_pipe_keeps_input_order():
    nlp = newsie.Pipeline()
    out = list(nlp.pipe(PAGES, issue_date="2024-10-24", batch_size=3))
    assert [_fingerprint(p) for p in out] == [_fingerprint(nlp(t, issue_date="2024-10-24")) for t in PAGES]


def test_pipe_in_two_processes_matches_one():
    nlp = newsie.Pipeline()
    one = [p.model_dump() for p in nlp.pipe(PAGES, issue_date="2024-10-24")]
    two = [p.model_dump() for p in nlp.pipe(PAGES, issue_date="2024-10-24", n_process=2, batch_size=4)]
    assert one == two


def test_pipe_as_tuples_passes_context_and_per_page_dates():
    nlp = newsie.Pipeline()
    items = [(PAGES[0], {"issue_date": "2024-10-24", "id": "a"}), (PAGES[1], {"issue_date": "2023-10-24", "id": "b"})]
    out = list(nlp.pipe(items, as_tuples=True))
    assert [ctx["id"] for _, ctx in out] == ["a", "b"]
    assert [p.issue_date.year for p, _ in out] == [2024, 2023]


def test_pipe_raises_by_default_and_collects_on_request():
    nlp = newsie.Pipeline()
    texts = [PAGES[0], None, PAGES[1]]
    with pytest.raises(TypeError):
        list(nlp.pipe(texts))
    out = list(nlp.pipe(texts, on_error="collect"))
    assert len(out) == 3
    assert out[0].ok and out[2].ok
    assert not out[1].ok and out[1].errors[0].type == "TypeError"


def test_a_lone_surrogate_is_refused_by_name_and_the_other_pages_go_on():
    # a page read from bytes with errors="surrogateescape" keeps a byte it could not decode as a
    # lone surrogate: no stage can encode it, so the page is refused up front with its offset
    torn = "本报北京电　记者在街头看到，\udcb7新开的书店里人来人往。"
    with pytest.raises(ValueError, match=r"lone surrogate U\+DCB7 at offset 14"):
        newsie.parse(torn, issue_date="2024-10-24")
    out = list(newsie.Pipeline().pipe([PAGES[0], torn, PAGES[1]], on_error="collect"))
    assert [p.ok for p in out] == [True, False, True]
    assert out[1].errors[0].type == "ValueError" and "surrogate" in out[1].errors[0].message


def test_pipe_collects_extractor_failures_in_worker_processes():
    @newsie.registry.extractor("test.flaky.v1")
    def make_flaky():
        def flaky(doc, draft):
            if "第2天" in doc.text:
                raise RuntimeError("bad page")
        return flaky

    nlp = newsie.Pipeline(["newsie.segment.flat", "test.flaky"])
    out = list(nlp.pipe(PAGES[:4], n_process=2, on_error="collect"))
    assert [p.ok for p in out] == [True, False, True, True]
    assert out[1].errors[0].stage == "test.flaky.v1"
    assert out[1].errors[0].message == "bad page"


def test_pipe_custom_error_handler_can_skip():
    nlp = newsie.Pipeline()
    out = list(nlp.pipe([PAGES[0], 3, PAGES[1]], on_error=lambda item, exc: None))
    assert len(out) == 2


@pytest.mark.parametrize("kwargs", [{"n_process": 0}, {"batch_size": 0}, {"on_error": "ignore"}])
def test_pipe_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        list(newsie.Pipeline().pipe(PAGES, **kwargs))
