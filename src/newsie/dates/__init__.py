"""Time expressions in Chinese newspaper text, resolved to the calendar.

- :mod:`newsie.dates.grammar`: the patterns (one compiled ``regex``);
- :mod:`newsie.dates.resolve`: :func:`find_dates`, which reads a text against an anchor, and
  :func:`parse_expression`, which reads one expression on its own;
- :mod:`newsie.dates.numbers`: the numerals dates and durations are written in;
- :mod:`newsie.dates.zones`: a dateline's place → its UTC offset, for 当地时间.

The registered extractor (``newsie.dates.v1``) is in :mod:`newsie.extractors.dates`.
"""

from newsie.dates.resolve import Context, Hit, find_dates, parse_expression

__all__ = ["Context", "Hit", "find_dates", "parse_expression"]
