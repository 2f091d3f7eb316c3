"""Small integers written in Chinese numerals (page numbers, days, months).

The full numeral parser for figures (万, 亿, decimals, fractions) is a separate module;
this one reads the small whole numbers that datelines and jump markers use.
"""

from __future__ import annotations

__all__ = ["small_int"]

_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def small_int(text: str) -> int | None:
    """Read an integer below 10,000 written in Arabic or Chinese numerals.

    Returns None for anything it cannot read exactly.

    >>> [small_int(t) for t in ("3", "１２", "三", "十", "十六", "二十三", "一百零五", "二〇二四", "廿")]
    [3, 12, 3, 10, 16, 23, 105, 2024, None]
    """
    if not text:
        return None
    if text.isdigit():
        try:
            return int(text)
        except ValueError:
            return None
    if all(c in _DIGITS for c in text):  # 二〇二四: digit by digit
        value = 0
        for c in text:
            value = value * 10 + _DIGITS[c]
        return value
    total, digit, last_unit = 0, None, 10_000
    for c in text:
        if c in "零〇○" and total:
            continue  # 一百零五: the zero only marks a skipped place
        if c in _DIGITS:
            if digit is not None:
                return None  # two digits in a row inside a unit form
            digit = _DIGITS[c]
        elif c in _UNITS:
            unit = _UNITS[c]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        total += digit
    return total
