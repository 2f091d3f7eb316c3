"""Datelines, bylines and photo credits, from the case table tests/cases/bylines.yml."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import load_cases

import newsie


def _as_dict(text: str, b: newsie.Byline) -> dict:
    return {
        "kind": b.kind,
        "agency": b.agency,
        "place": b.place,
        "date": b.date,
        "reporters": list(b.reporters),
        "raw": text[b.span.start : b.span.end],
    }


@pytest.mark.parametrize("case", load_cases("bylines.yml"))
def test_byline_cases(case):
    text = case["text"]
    page = newsie.parse(text, issue_date=case["issue_date"])
    got = [_as_dict(text, b) for b in page.bylines]
    expect = [{**e, "date": e["date"] if e["date"] is None else dt.date.fromisoformat(str(e["date"]))}
              for e in case["expect"]]
    assert got == expect


def test_dateline_resolves_against_the_issue_date_not_today():
    page = newsie.parse("新华社北京12月31日电（记者张三）新年贺词。", issue_date="1998-01-01")
    assert page.bylines[0].date == dt.date(1997, 12, 31)


def test_issue_date_is_inferred_from_datelines_and_said_so():
    text = "新华社北京10月23日电（记者张三）今天。\n（2024年10月23日，北京）"
    page = newsie.parse(text)
    assert page.issue_date == dt.date(2024, 10, 24)
    assert page.issue_date_inferred
    assert any("inferred 2024-10-24" in w for w in page.warnings)
    assert page.bylines[0].date == dt.date(2024, 10, 23)


def test_no_issue_date_and_no_year_leaves_the_date_unresolved_with_a_warning():
    page = newsie.parse("新华社北京10月23日电（记者张三）今天。")
    assert page.issue_date is None
    assert page.bylines[0].date is None
    assert any("unresolved" in w for w in page.warnings)


def test_given_issue_date_is_not_marked_inferred():
    page = newsie.parse("新华社北京10月23日电（记者张三）今天。", issue_date="2024-10-24")
    assert not page.issue_date_inferred


# Session 12 (byline98): forms the other month prints. Invented pages, names and places.

def _reporters(text: str) -> list[tuple[str, ...]]:
    page = newsie.parse(text, issue_date="2024-03-02")
    return [b.reporters for a in page.articles for b in a.bylines if b.kind != "摄"]


def test_s12_byline98_reporter_line_after_an_agency():
    text = ("青石湖畔新栽万株柳\n\n"
            "　　新华社记者  孟远航 宋晴川\n"
            "　　今年春天，青石县沿湖新栽柳树一万余株。县里组织了三百名志愿者参加植树。\n")
    assert _reporters(text) == [("孟远航", "宋晴川")]


def test_s12_byline98_reporter_line_of_two_affiliations():
    text = ("白沙渡口换新船\n\n"
            "　　新华社记者柯远  本报特派记者白千里\n"
            "　　白沙渡口的新渡船昨天下水，载客量比旧船多一倍。船工们说，过河更稳当了。\n")
    assert _reporters(text) == [("柯远", "白千里")]


def test_s12_byline98_dateline_with_a_place_and_no_date():
    text = ("草原小学用上新教室\n\n"
            "　　据新华社青石电（记者柯远、白千里）青石县草原小学的孩子们本周搬进了新教室。教室里有了暖气。\n")
    assert _reporters(text) == [("柯远", "白千里")]


def test_s12_byline98_excerpted_by_is_not_a_name():
    text = ("读书札记两则\n\n"
            "　　一本好书，能陪人走很远的路。读到会心处，常常掩卷长思。\n"
            "　　书读多了，路也就宽了。（林远摘）\n")
    assert _reporters(text) == [("林远",)]


def test_s13_speeds_line_scans_find_what_a_whole_page_scan_finds():
    """The byline patterns run over the lines holding their words only (and _DATELINE from
    the lines holding 日电/日讯, read on over the line break): the same matches, in order,
    as a scan of the whole text. Invented page."""
    from newsie.extractors import bylines as B

    text = (
        "本报东川3月9日电\n（记者甲乙丙、丁戊）东川湖畔新栽的柳树今春发了芽。\n"
        "新华社西岭4月2日电 记者某某从市农业局获悉，新稻种试种成功。\n"
        "湖畔晨光。 本报记者 王 某摄\n一位游客在湖边拍照。 西岭公司供图\n"
        "本报电 日前，东川举办风筝节。\n本报记者 李某某 张某\n新华社记者 赵某 钱某某\n"
        "今日电视台播出节目。（完）\n据新华社南港5月6日讯（记者孙某）南港开通新航线。"
    )

    def sig(matches):
        return [(m.span(), m.groupdict()) for m in matches]

    for rx, needles in ((B._PHOTO, ("摄",)), (B._UNNAMED_PHOTO, ("社发", "供图")), (B._BARE_DIAN, B._AGENCY_DIAN),
                        (B._REPORTER_LINE, B._ROLE_WORDS), (B._AFFILIATED_LINE, B._ROLE_WORDS)):
        assert sig(B._finditer_lines(rx, text, needles)) == sig(rx.finditer(text))
    datelines = sig(B._finditer_opening_in_lines(B._DATELINE, text, ("日电", "日讯")))
    assert datelines == sig(B._DATELINE.finditer(text)) and len(datelines) == 3
    assert datelines[0][1]["credit"] == "记者甲乙丙、丁戊"  # read on over the line break


def test_every_role_holds_a_word_the_line_scans_look_for():
    """`find_bylines` runs the reporter-line patterns only over lines holding one of
    `_ROLE_WORDS`: a role added to `ROLES` without one of them would never be read."""
    from newsie.extractors import bylines as B

    assert B.ROLES and all(any(w in role for w in B._ROLE_WORDS) for role in B.ROLES)


def test_s14_speed4_place_credits_pass_over_only_pages_that_cannot_hold_one():
    """find_bylines runs _PLACE_CREDIT only on a page where the standard re finds what each
    of its matches holds (its kind and bracket; its agency, place and kind): the same matches
    as the regex over every page, and the place's characters within the guard's class."""
    import sys

    import regex

    from newsie.extractors import bylines as B

    han = regex.compile(r"[\p{Han}·]")
    assert not [c for c in map(chr, range(0x2E80)) if han.match(c) and c != "·"]
    texts = ["据新华社某地电（记者甲乙、丙丁）", "本报某城讯 (通讯员 王某)", "新华社·某地电\n（记者 甲乙）",
             "中新网某地1日电（记者甲）", "某事。本报某镇电（本报记者 甲乙 丙丁）某事", "某地电（记者甲）", "没有电讯的一行"]
    for text in texts + ["\n".join(texts), "".join(texts)]:
        want = [m.span() for m in B._PLACE_CREDIT.finditer(text)]
        assert [m.span() for m in B._place_credits(text)] == want, text
        for s, e in want:
            assert B._PLACE_CREDIT_KIND.search(text, s, e) and B._PLACE_CREDIT_HEAD.search(text, s, e)
    assert [m.group("place") for m in B._place_credits(texts[0])] == ["某地"]
    assert sys.maxunicode == 0x10FFFF  # the guard's class runs to the last code point


# Session 21: a three-character name set letter-spaced (林 小 青) under a speech's heading is
# its author line, one name (not 林小 and 青, which left the line to be read as the headline).
# Invented page and name.

def test_s21_speech_author_line_of_a_letter_spaced_three_character_name():
    text = ("青石湖畔柳色新\n——在青石县植树节大会上的讲话\n林 小 青\n"
            "　　同志们，今年春天，青石县沿湖新栽柳树一万余株。县里组织了三百名志愿者参加植树。\n"
            "　　我们要继续努力。\n")
    page = newsie.parse(text, issue_date="2024-03-02")
    assert [a.headline.text for a in page.articles] == ["青石湖畔柳色新"]
    assert [b.reporters for b in page.articles[0].bylines] == [("林小青",)]
    assert page.articles[0].paragraphs[0].text.startswith("同志们")
