"""Numbers written in Arabic or Chinese numerals, read exactly.

Two readers live here. :func:`small_int` reads the small whole numbers that datelines
and jump markers use (page numbers, days, months). :func:`read_number` reads any
numeral a newspaper prints: 1371, 1,371, 5.8, １２３, 一千三百七十一, 两万, 廿二, 〇,
1.2万, 16.4亿 (exactly 1640000000), 3万亿, 一百二十万三, 五六百 (a range), 十余万
(hedged), 三分之一, 负一又二分之一, financial forms (壹仟贰佰) and traditional ones (萬,
億). Values are :class:`~decimal.Decimal`, never float; a numeral it cannot read exactly
gets no value and a reason, never a guess and never an exception.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal

import regex

__all__ = ["small_int", "read_number", "parse_number", "fold_numeral", "Reading", "NUMERAL_CHARS", "EXACT"]

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


# -- the exact reader ------------------------------------------------------------------

# Financial (大写), traditional and variant forms, folded one for one to the plain ones.
_VARIANTS = str.maketrans({
    "壹": "一", "贰": "二", "貳": "二", "弍": "二", "叁": "三", "參": "三", "叄": "三", "肆": "四",
    "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百",
    "仟": "千", "萬": "万", "億": "亿", "兩": "两", "倆": "两", "俩": "两", "點": "点", "負": "负",
    "〇": "零", "○": "零", "Ｏ": "零", "幺": "一", "－": "-", "−": "-", "，": ",", "．": ".", "／": "/",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
})
_CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "亿": 10**8, "兆": 10**12}
_TENS = {"廿": 20, "卅": 30, "卌": 40}

#: Every character a numeral may hold (for building patterns elsewhere).
NUMERAL_CHARS = "零〇○一二两三四五六七八九十百千万亿兆廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩点點"

_TOKEN = regex.compile(
    r"""
      (?P<arabic>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)   # 1371, 1,371, 16.4, .5
    | (?P<cn>[零一二两三四五六七八九])             # a Chinese digit
    | (?P<tens>[廿卅卌])                         # 廿 = 二十
    | (?P<small>[十百千])
    | (?P<big>[万亿兆])
    | (?P<half>半)
    | (?P<other>.)
    """,
    regex.VERBOSE,
)

_CTX = decimal.Context(prec=28)


@dataclass(frozen=True, slots=True)
class Reading:
    """What :func:`read_number` made of a numeral.

    ``value`` is exact; ``low``/``high`` are set for a range (五六百); ``hedge`` holds an
    approximation written inside the numeral (十余万 → 余); ``reason`` says why there is
    no value when there is none.
    """

    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    hedge: str | None = None
    reason: str | None = None


class _Bad(ValueError):
    pass


def fold_numeral(text: str) -> str:
    """Fold financial, traditional and full-width numeral characters to the plain ones.

    >>> fold_numeral("肆佰叁拾萬 ４")
    '四百三十万4'
    """
    return "".join(text.split()).translate(_VARIANTS)


_normalize = fold_numeral


def _integer(s: str) -> Decimal:
    """A numeral without a decimal point: 一千零一万, 1万600, 3万亿, 二〇二四, 1.2万."""
    if not s:
        raise _Bad("empty numeral")
    toks: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(s):
        kind = m.lastgroup
        if kind == "other":
            raise _Bad(f"{m.group()!r} is not part of a numeral")
        if kind == "tens":
            toks += [("cn", "二三四"[_TENS[m.group()] // 10 - 2]), ("small", "十")]
        else:
            toks.append((kind, m.group()))
    kinds = [k for k, _ in toks]
    if kinds == ["arabic"]:
        text = toks[0][1].replace(",", "")
        return Decimal(text)
    if all(k == "cn" for k in kinds):
        if len(toks) == 1:
            return Decimal(_CN_DIGIT[toks[0][1]])
        if "两" in s:
            raise _Bad("两 does not stand in a digit-by-digit numeral")
        return Decimal("".join(str(_CN_DIGIT[v]) for _, v in toks))  # 二〇二四
    parts: list[tuple[Decimal, int]] = []  # (value already multiplied, its big unit)
    section = Decimal(0)  # below the current big unit
    digit: Decimal | None = None  # a digit waiting for its unit
    digit_chinese = False
    last_small = 10**4  # the last small unit in this section
    last_unit = 0  # the last unit of any size applied (for 三万五 = 35000)
    zero = False  # a 零 since the last unit
    prev = None
    run_big = 0  # big units in a row (万万 = 亿; 万万亿 is malformed)
    fractional = False  # a decimal (1.2万) has been taken: nothing may follow it
    for kind, val in toks:
        if fractional and kind in ("arabic", "cn", "half", "small"):
            raise _Bad("a decimal numeral cannot have further places (10.1万零100)")
        if kind == "arabic":
            if digit is not None:
                raise _Bad("two numbers in a row")
            digit = Decimal(val.replace(",", ""))
            digit_chinese = False
        elif kind == "cn":
            if val == "零":
                if digit is not None:
                    raise _Bad("零 after a digit")
                zero = True
                prev = kind
                continue
            if digit is not None:
                raise _Bad("two digits in a row inside a unit form")
            digit = Decimal(_CN_DIGIT[val])
            digit_chinese = True
        elif kind == "half":
            if digit is not None or parts or section:
                raise _Bad("半 inside a numeral")
            digit = Decimal("0.5")
            digit_chinese = True
        elif kind == "small":
            unit = _SMALL[val]
            if unit >= last_small:
                raise _Bad(f"{val} after a smaller or equal unit")
            n = Decimal(1) if digit is None else digit
            section += n * unit
            if n != n.to_integral_value() and digit is not None and not digit_chinese:
                fractional = True
            last_small, last_unit, digit, zero = unit, unit, None, False
        elif kind == "big":
            unit = _BIG[val]
            if digit is None and section == 0 and prev == "big" and parts:
                if run_big >= 2:
                    raise _Bad("three magnitudes in a row")
                run_big += 1
                value, u = parts.pop()  # 万万, 万亿: the units multiply
                parts.append((value * unit, u * unit))
                last_unit = u * unit
            else:
                if digit is None and section == 0:
                    raise _Bad(f"{val} with no number before it")
                v = section + (digit or 0)
                if digit is not None and not digit_chinese and digit != digit.to_integral_value():
                    fractional = True
                while parts and parts[-1][1] < unit:
                    v += parts.pop()[0]
                if parts and parts[-1][1] == unit:
                    raise _Bad(f"{val} twice at the same level")
                parts.append((v * unit, unit))
                last_unit = unit
                run_big = 1
            section, digit, last_small, zero = Decimal(0), None, 10**4, False
        prev = kind
    tail = Decimal(0)
    if digit is not None:
        if digit_chinese and not zero and last_unit >= 10 and prev == "cn":
            tail = digit * (last_unit // 10) if last_unit != 10 else digit  # 三万五, 一百二
        else:
            tail = digit
    elif prev == "cn" and zero and not parts and section == 0:
        raise _Bad("零 alone in a unit form")
    return sum((p for p, _ in parts), Decimal(0)) + section + tail


def _plain(s: str) -> Decimal:
    """A numeral that may hold a decimal point (点 or .), but no fraction or sign."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not whole or not frac:
            raise _Bad("a decimal point needs digits on both sides")
        if any(c in _SMALL or c in _BIG for c in frac):
            # 两千三点一 reads, but 一点五万 is 1.5万: the magnitude comes last
            m = regex.match(r"^([零一二两三四五六七八九\d]+)([万亿兆]+)$", frac)
            if not m:
                raise _Bad("a unit inside the decimals")
            digits, mag = m.groups()
            base = _plain(whole + "点" + digits)
            return base * _integer("1" + mag)
        digits = "".join(str(_CN_DIGIT[c]) if c in _CN_DIGIT else c for c in frac)
        if not digits.isdigit():
            raise _Bad("decimals must be digits")
        return _integer(whole) + Decimal("0." + digits)
    if s.count(".") > 1 and not regex.fullmatch(r"\d+\.\d+", s):
        raise _Bad("more than one decimal point")
    return _integer(s)


def _exact(text: str) -> Decimal:
    s = text
    sign = 1
    if s[:1] in ("负", "-"):
        sign, s = -1, s[1:]
    elif s[:1] == "+":
        s = s[1:]
    if not s:
        raise _Bad("a sign alone")
    if "又" in s:  # 三百五又三分之一
        whole, _, frac = s.partition("又")
        if "分之" not in frac:
            raise _Bad("又 without a fraction after it")
        return sign * (_plain(whole) + _exact(frac))
    if "分之" in s:
        den, _, num = s.partition("分之")
        d, n = _exact(den), _exact(num)
        if d == 0:
            raise _Bad("a fraction over zero")
        return sign * _CTX.divide(n, d)
    if "/" in s:
        m = regex.fullmatch(r"(?:(\d+) )?(\d+)/(\d+)", text.strip().lstrip("-负"))
        if not m or int(m.group(3)) == 0:
            raise _Bad("not a fraction")
        whole = Decimal(m.group(1) or 0)
        return sign * (whole + _CTX.divide(Decimal(m.group(2)), Decimal(m.group(3))))
    return sign * _plain(s)


_APPROX = regex.compile(r"(?<=[\d零一二两三四五六七八九十百千])([余多几来])(?=[十百千万亿])|^(几)(?=[十百千万亿])")
# Two neighbouring digits before a unit or at the end: 五六百, 三四十万, 十五六, 一两百, 三五
_PAIR = regex.compile(r"(?:(?<=^|[十百千万亿])|^)([一两二三四五六七八])([两二三四五六七八九])(?=[十百千万亿]|$)")


#: Whole numbers are exact at any length a numeral may have (60 characters, magnitudes
#: included); only a fraction that does not terminate is rounded, to 28 digits.
EXACT = decimal.Context(prec=160, Emax=10**6, Emin=-(10**6))


def read_number(text: str) -> Reading:
    """Read a numeral exactly.

    Args:
        text: the numeral alone, as printed (spaces and full-width forms allowed).

    Returns:
        A :class:`Reading`: the exact value, or a range (``low``/``high``), an embedded
        hedge, or no value and the ``reason``.

    >>> read_number("16.4亿").value
    Decimal('1640000000')
    >>> [str(read_number(t).value) for t in ("一千三百七十一", "两万", "廿二", "1,371", "１２３", "三万五")]
    ['1371', '20000', '22', '1371', '123', '35000']
    >>> r = read_number("五六百"); (r.value, r.low, r.high)
    (None, Decimal('500'), Decimal('600'))
    >>> r = read_number("十余万"); (r.value, r.hedge)
    (Decimal('100000'), '余')
    >>> read_number("1.2.3万").reason
    'more than one decimal point'
    >>> read_number("万万亿").reason
    '万 with no number before it'
    """
    with decimal.localcontext(EXACT):
        r = _read(text)
        return Reading(value=_tidy(r.value), low=_tidy(r.low), high=_tidy(r.high), hedge=r.hedge, reason=r.reason)


def _tidy(value: Decimal | None) -> Decimal | None:
    """The same number written plainly: 1640000000, not 1640000000.0 or 1.64E+9."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return Decimal(format(value.normalize(), "f"))


def _read(text: str) -> Reading:
    mixed = regex.fullmatch(r"\s*([-负]?)(\d+)\s+(\d+)/(\d+)\s*", text.translate(_VARIANTS))
    if mixed:  # 1 3/5: a whole number and a fraction
        sign, whole, num, den = mixed.groups()
        if int(den) == 0:
            return Reading(reason="a fraction over zero")
        value = Decimal(whole) + _CTX.divide(Decimal(num), Decimal(den))
        return Reading(value=-value if sign else value)
    s = _normalize(text)
    if not s:
        return Reading(reason="empty numeral")
    if len(s) > 60:
        return Reading(reason="numeral too long")
    hedge = None
    m = _APPROX.search(s)
    if m:
        hedge = m.group(1) or m.group(2)
        s = s[: m.start()] + s[m.end():]
    pair = _PAIR.search(s)
    if pair and not regex.search(r"\d", s):
        a, b = (_CN_DIGIT[c] for c in pair.groups())
        if b == a + 1 or (a, b) in ((3, 5),):
            try:
                low = _exact(s[: pair.start()] + pair.group(1) + s[pair.end():])
                high = _exact(s[: pair.start()] + pair.group(2) + s[pair.end():])
            except (_Bad, decimal.DecimalException, ValueError) as exc:
                return Reading(reason=str(exc), hedge=hedge)
            return Reading(low=low, high=high, hedge=hedge)
    try:
        value = _exact(s)
    except _Bad as exc:
        return Reading(reason=str(exc), hedge=hedge)
    except (decimal.DecimalException, ValueError, KeyError):
        return Reading(reason="not a numeral", hedge=hedge)
    return Reading(value=value, hedge=hedge)


def parse_number(text: str) -> Decimal | None:
    """The exact value of a numeral, or None when it has none (malformed, or a range).

    >>> parse_number("3万亿")
    Decimal('3000000000000')
    >>> parse_number("一千零一万零一"), parse_number("负一又二分之一"), parse_number("零点零一")
    (Decimal('10010001'), Decimal('-1.5'), Decimal('0.01'))
    >>> parse_number("十四五") is None
    True
    """
    return read_number(text).value
