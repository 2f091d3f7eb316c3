"""The exact numeral reader (newsie.numerals): examples, bad input, and properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsie.numerals import parse_number, read_number, small_int

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """A reference writer for whole numbers below 10**16 in the standard form (一千零一万零一)."""
    if n == 0:
        return "零"

    def four(x: int, leading: bool) -> str:
        out, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d = x // size % 10
            if d:
                if zero or (not out and not leading and size < 1000):
                    out += "零"
                out += DIGITS[d] + unit
                zero = False
            elif out or not leading:
                zero = True
        return out

    out = ""
    groups = [(n // 10**12) % 10**4, (n // 10**8) % 10**4, (n // 10**4) % 10**4, n % 10**4]
    units = ["万亿", "亿", "万", ""]
    started = False
    for g, u in zip(groups, units):
        if g:
            out += four(g, leading=not started) + u
            started = True
        elif started and out and not out.endswith("零"):
            out += "零"
    out = out.rstrip("零")
    return out


@pytest.mark.parametrize(
    "text, value",
    [
        ("1371", "1371"), ("1,371", "1371"), ("5.8", "5.8"), ("１２３", "123"), ("一千三百七十一", "1371"),
        ("两万", "20000"), ("十六", "16"), ("廿", "20"), ("廿二", "22"), ("〇", "0"), ("1.2万", "12000"),
        ("16.4亿", "1640000000"), ("3万亿", "3000000000000"), ("10万万", "1000000000"), ("一百二十万三", "1203000"),
        ("三万五", "35000"), ("两千零三十", "2030"), ("二〇二四", "2024"), ("肆佰叁拾萬", "4300000"),
        ("负一又二分之一", "-1.5"), ("三分之二", None), ("零点零一", "0.01"), ("百分之五", "0.05"),
        ("200亿零四千230", "20000004230"), ("5万4千6百", "54600"), ("1 3/5", "1.6"),
    ],
)
def test_examples(text, value):
    got = parse_number(text)
    if value is None:
        assert got is not None and abs(got - Decimal(2) / 3) < Decimal("1e-20")
    else:
        assert got == Decimal(value)
        assert isinstance(got, Decimal)


@pytest.mark.parametrize(
    "text, low, high, hedge",
    [("五六百", 500, 600, None), ("三四十万", 300000, 400000, None), ("十五六", 15, 16, None),
     ("一两百", 100, 200, None), ("十余万", None, None, "余"), ("一千多万", None, None, "多")],
)
def test_ranges_and_hedges(text, low, high, hedge):
    r = read_number(text)
    if low is not None:
        assert (r.value, r.low, r.high) == (None, Decimal(low), Decimal(high))
    assert r.hedge == hedge


@pytest.mark.parametrize(
    "text", ["1.2.3万", "万万亿", "万", "一万万亿", "零点", "点零", "负", "", "十四五" * 30, "10.1万零100", "3/0"]
)
def test_bad_input_has_no_value_and_a_reason(text):
    r = read_number(text)
    assert r.value is None and r.low is None
    assert r.reason


def test_small_int_keeps_its_behaviour():
    assert [small_int(t) for t in ("3", "十六", "二〇二四", "廿", "一万")] == [3, 16, 2024, None, None]


@given(st.text(max_size=40))
def test_never_raises(text):
    r = read_number(text)
    assert r.value is None or isinstance(r.value, Decimal)


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_whole_numbers_read_back(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**30))
def test_arabic_with_and_without_grouping(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
       st.sampled_from(["万", "亿", "万亿"]))
def test_decimal_with_magnitude_is_exact(d, mag):
    factor = {"万": 10**4, "亿": 10**8, "万亿": 10**12}[mag]
    assert parse_number(f"{d}{mag}") == d * factor
