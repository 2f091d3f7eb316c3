"""Numbers as dates and durations write them: 二〇二四, 二十三, 廿九, 两万四千, 2621.2, 百.

:func:`newsie.numerals.small_int` reads the small whole numbers; this module adds what
dates and durations need beyond it (万, decimals, 廿/卅, two-digit years) and nothing else.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from newsie.numerals import small_int

__all__ = ["read_int", "read_number", "read_year"]

_DIGIT_YEAR = {"〇": "0", "零": "0", "○": "0", "O": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3",
               "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def read_int(text: str) -> int | None:
    """A whole number below 10,000, with 廿 (20) and 卅 (30) as dates write them.

    >>> [read_int(t) for t in ("23", "二十三", "廿九", "卅一", "十", "两", "x")]
    [23, 23, 29, 31, 10, 2, None]
    """
    if not text:
        return None
    if text[0] in "廿卅":
        rest = small_int(text[1:]) if len(text) > 1 else 0
        return None if rest is None or rest > 9 else (20 if text[0] == "廿" else 30) + rest
    return small_int(text)


def read_number(text: str) -> Decimal | None:
    """A quantity of time units: Arabic (with , and .) or Chinese (with 万 and 亿).

    >>> [read_number(t) for t in ("8", "2621.2", "35,000", "两万四千", "百", "十五", "2000万")]
    [Decimal('8'), Decimal('2621.2'), Decimal('35000'), Decimal('24000'), Decimal('100'), Decimal('15'), Decimal('20000000')]
    """
    if not text:
        return None
    for mark, scale in (("亿", 100_000_000), ("万", 10_000)):
        if mark in text:
            head, _, tail = text.partition(mark)
            hi = read_number(head) if head else Decimal(1)
            lo = read_number(tail) if tail else Decimal(0)
            if hi is None or lo is None:
                return None
            return hi * scale + lo
    plain = text.replace(",", "")
    if plain.replace(".", "", 1).isdigit():
        try:
            return Decimal(plain)
        except InvalidOperation:
            return None
    value = read_int(text)
    return None if value is None else Decimal(value)


def read_year(text: str, anchor_year: int | None = None) -> int | None:
    """A year as printed: four digits, Chinese digit by digit, or two digits (98, 零七).

    A two-digit year is the one in the century that puts it nearest before the anchor's
    year plus ten (98 in 2019 is 1998, 07 is 2007).

    >>> [read_year(t, 2021) for t in ("2024", "二〇二四", "98", "零七", "三三", "24")]
    [2024, 2024, 1998, 2007, 1933, 2024]
    """
    digits = "".join(_DIGIT_YEAR.get(c, c) for c in text)
    if not digits.isdigit():
        return None
    value = int(digits)
    if len(digits) == 4:
        return value
    if len(digits) == 2:
        base = anchor_year if anchor_year is not None else 2000
        century = (base + 10) // 100 * 100
        year = century + value
        return year if year <= base + 10 else year - 100
    return None
