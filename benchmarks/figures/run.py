"""Figures benchmark: newsie side by side with recognizers-text, cn2an and jionlp.

Suites (all read from ``$NEWSIE_DATA``, default ``../shared/data``):

- ``rt-number``, ``rt-percent``, ``rt-currency``, ``rt-dimension``: the Chinese specs of
  Microsoft Recognizers-Text (MIT): extraction F1 (a found mention matches a gold one it
  overlaps) and value accuracy (gold mentions found with the gold value).
- ``cn2an``: cn2an's conversion cases (MIT): value accuracy; its error cases must give
  no value.
- ``cn2an-transform``: cn2an's in-sentence cases: the set of values a sentence states.
- ``jionlp-money``: JioNLP's money-parser cases (Apache-2.0): value (and currency).
  jionlp runs as ``jionlp.parse_money`` and ``jionlp.ner.extract_money`` (1.5.x).
- ``jionlp-money-extract``: JioNLP's money-extractor cases: extraction F1.
- ``speed``: chars/s on articles of the 人民日报 e-paper month, newsie's figures vs
  recognizers-text number recognition on the same paragraphs.

Each suite's cases that newsie cannot express by design are left out by a stated rule,
counted and named in the output. Run:

    PYTHONPATH=src python3 benchmarks/figures/run.py [--systems newsie,recognizers,cn2an,jionlp]
                                                    [--speed-articles 200]

One summary line per system and suite, ``key=value`` pairs, on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def data_root() -> Path:
    return Path(os.environ.get("NEWSIE_DATA", ROOT.parent / "shared" / "data"))


# -- cases -----------------------------------------------------------------------------

@dataclass
class Mention:
    start: int  # half-open offsets into the case's text
    end: int
    value: Decimal | None
    currency: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    hedged: bool = False


@dataclass
class Case:
    text: str
    gold: list[Mention]
    excluded: str | None = None  # why newsie cannot express it, if so


@dataclass
class Suite:
    name: str
    kind: str  # "extract", "convert", "values"
    cases: list[Case] = field(default_factory=list)


def dec(value) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value).rstrip("%").replace(",", ""))
    except InvalidOperation:
        return None


# Rules that leave a Recognizers-Text case out, in order; each names a form newsie does
# not model (by design) rather than one it gets wrong.
RT_EXCLUDE = [
    (re.compile(r"\d\s*[eE][+\-－]?\d|\^"), "exponent notation (2e5, 2^5)"),
    (re.compile(r"\d\s*[kKＫMw]\b|\d\s*[kKＫM](?![a-zA-Z])"), "k/M suffixes (40k, 2.5 M)"),
    (re.compile(r"折"), "discounts (九折) are not modelled"),
    (re.compile(r"[一二三四五六七八九十壹]\s*打"), "dozens (一打)"),
    (re.compile(r"https?://"), "URLs"),
]
_LONE = re.compile(r"^[一二两三四五六七八九〇零壹贰叁肆伍陆柒捌玖]$")


def rt_exclusion(case: dict) -> str | None:
    text = case["Input"]
    for rx, why in RT_EXCLUDE:
        if rx.search(text):
            return why
    if any((r.get("Resolution") or {}).get("value") is None for r in case["Results"]):
        return "currency names without an amount"
    for r in case["Results"]:
        after = text[r["End"] + 1 : r["End"] + 2]
        if after and after in "年月日号时時点點" and "个" not in r["Text"]:
            return "dates and clock times belong to the dates extractor"
        if _LONE.match(r["Text"].strip()) and r["Text"].strip() != text.strip():
            return "a lone Chinese digit in running text (newsie: not a figure)"
    return None


def load_rt(path: Path, name: str) -> Suite:
    suite = Suite(name, "extract")
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        gold = []
        for r in case["Results"]:
            res = r.get("Resolution") or {}
            value = res.get("value")
            gold.append(Mention(r["Start"], r["End"] + 1, dec(value), res.get("isoCurrency")))
        suite.cases.append(Case(case["Input"], gold, rt_exclusion(case)))
    return suite


def load_cn2an(path: Path) -> tuple[Suite, Suite]:
    files = json.loads(path.read_text(encoding="utf-8"))["files"]
    conv = Suite("cn2an", "convert")
    t = files["cn2an/cn2an_test.py"]
    for group in ("strict_data_dict", "normal_data_dict", "smart_data_dict", "direct_data_dict"):
        for c in t[group]:
            conv.cases.append(Case(c["input"], [Mention(0, len(c["input"]), dec(c["expected"]))]))
    for group in ("error_smart_datas", "error_normal_datas"):
        for c in t[group]:
            conv.cases.append(Case(c, []))
    trans = Suite("cn2an-transform", "values")
    tt = files["cn2an/transform_test.py"]
    for group in ("smart_data_dict",):
        for c in tt[group]:
            inp, exp = c["input"], c["expected"]
            have = set(re.findall(r"-?\d+(?:\.\d+)?", inp))
            vals = [Mention(0, 0, dec(v)) for v in re.findall(r"-?\d+(?:\.\d+)?", exp) if v not in have]
            why = None
            if re.search(r"[年月日]", exp):
                why = "dates belong to the dates extractor"
            elif re.search(r"(?<![\d一二三四五六七八九十百千万])一[个只条件]", inp):
                why = "the article 一 with a measure word (一个) is not a figure (issue 5)"
            trans.cases.append(Case(inp, vals, why))
    return conv, trans


def load_jionlp(root: Path) -> tuple[Suite, Suite]:
    parse = Suite("jionlp-money", "convert")
    for g in json.loads((root / "money_parser_cases.json").read_text(encoding="utf-8"))["groups"]:
        for c in g["cases"]:
            exp = c["expected"]
            num = exp["num"]
            cur = JIO_CURRENCY.get(exp["case"])
            text = c["text"]
            named = any(w in text for w in ("元", "币", "圆", "块", "铢", "卢布", "美", "欧", "镑"))
            why = None
            if re.search(r"\d\s*[kKw]", text):
                why = "k/w suffixes (15k, 30w)"
            elif not named:
                why = "no currency named (jionlp assumes 元)"
            if isinstance(num, list):
                m = Mention(0, len(text), None, cur, dec(num[0]), dec(num[1]))
            else:
                m = Mention(0, len(text), dec(num), cur)
            parse.cases.append(Case(text, [m], why))
    ext = Suite("jionlp-money-extract", "extract")
    for g in json.loads((root / "money_extractor_cases.json").read_text(encoding="utf-8"))["groups"]:
        for c in g["cases"]:
            gold = [Mention(e["offset"][0], e["offset"][1], None) for e in c["expected"]]
            why = "k suffixes (10k~15k)" if re.search(r"\d\s*k", c["text"]) else None
            ext.cases.append(Case(c["text"], gold, why))
    return parse, ext


# -- systems ---------------------------------------------------------------------------

class Newsie:
    name = "newsie"

    def __init__(self):
        from newsie.extractors.figures import figures_in
        from newsie.numerals import read_number

        self.figures_in, self.read_number = figures_in, read_number

    def extract(self, text: str, suite: str) -> list[Mention]:
        out = []
        for f in self.figures_in(text):
            if suite == "rt-currency" and f.kind != "money":
                continue
            if suite == "rt-dimension" and f.kind != "quantity":
                continue
            if suite == "rt-percent" and f.kind != "percent":
                continue
            if suite == "jionlp-money-extract" and f.kind != "money":
                continue
            out.append(Mention(f.span.start, f.span.end, f.value, f.currency, f.low, f.high, bool(f.hedge)))
        return out

    def convert(self, text: str, suite: str) -> Mention | None:
        figs = self.figures_in(text)
        whole = [f for f in figs if f.span.start == 0 and f.span.end == len(text.rstrip())]
        if suite == "jionlp-money":
            money = [f for f in figs if f.kind == "money"] or figs
            if money:
                f = money[0]
                return Mention(0, 0, f.value, f.currency, f.low, f.high, bool(f.hedge))
            return None
        if whole and (whole[0].value is not None or whole[0].low is not None):
            f = whole[0]
            return Mention(0, 0, f.value, f.currency, f.low, f.high, bool(f.hedge))
        r = self.read_number(text)
        return Mention(0, 0, r.value, None, r.low, r.high) if r.value is not None else None


class Recognizers:
    name = "recognizers"

    def __init__(self):
        from recognizers_number import Culture, recognize_number, recognize_percentage
        from recognizers_number_with_unit import recognize_currency, recognize_dimension

        c = Culture.Chinese
        self.fns = {
            "number": lambda t: recognize_number(t, c),
            "percent": lambda t: recognize_percentage(t, c),
            "currency": lambda t: recognize_currency(t, c),
            "dimension": lambda t: recognize_dimension(t, c),
        }

    def _run(self, kind: str, text: str) -> list[Mention]:
        try:
            results = self.fns[kind](text)
        except Exception:  # a peer's crash is a miss, not the benchmark's end
            return []
        out = []
        for r in results:
            res = r.resolution or {}
            out.append(Mention(r.start, r.end + 1, dec(res.get("value")), res.get("isoCurrency")))
        return out

    def extract(self, text: str, suite: str) -> list[Mention]:
        kind = {"rt-number": "number", "rt-percent": "percent", "rt-currency": "currency",
                "rt-dimension": "dimension", "jionlp-money-extract": "currency"}.get(suite)
        if kind is None:  # cn2an-transform: every number and percentage
            return self._run("number", text) + self._run("percent", text)
        return self._run(kind, text)

    def convert(self, text: str, suite: str) -> Mention | None:
        kinds = ("currency", "number") if suite == "jionlp-money" else ("number", "currency")
        for kind in kinds:
            for m in self._run(kind, text):
                if m.value is not None:
                    return m
        return None


class Cn2an:
    name = "cn2an"
    offsets = False

    def __init__(self):
        import cn2an

        self.cn2an = cn2an

    def extract(self, text: str, suite: str) -> list[Mention]:
        """cn2an.transform rewrites the sentence; its new numbers are its mentions (no offsets)."""
        try:
            out = self.cn2an.transform(text, "cn2an")
        except Exception:
            return []
        have = re.findall(r"-?\d+(?:\.\d+)?%?", text)
        found = re.findall(r"-?\d+(?:\.\d+)?%?", out)
        for h in have:
            if h in found:
                found.remove(h)
        return [Mention(-1, -1, dec(v)) for v in found]

    def convert(self, text: str, suite: str) -> Mention | None:
        try:
            v = self.cn2an.cn2an(text, "smart")
        except Exception:
            return None
        return Mention(0, 0, dec(v))


# jionlp names currencies in Chinese; their ISO 4217 codes
JIO_CURRENCY = {"元": "CNY", "港元": "HKD", "美元": "USD", "日元": "JPY", "新台币": "TWD", "泰铢": "THB",
                "卢布": "RUB", "欧元": "EUR", "澳元": "AUD", "韩元": "KRW", "英镑": "GBP", "加元": "CAD",
                "新加坡元": "SGD", "瑞士法郎": "CHF", "澳门币": "MOP", "卢比": "INR"}


class Jionlp:
    name = "jionlp"

    def __init__(self):
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp
        self.jio = jionlp

    def extract(self, text: str, suite: str) -> list[Mention]:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                res = self.jio.ner.extract_money(text, with_parsing=True)
        except Exception:
            return []
        out = []
        for r in res:
            d = r.get("detail") or {}
            num = d.get("num")
            cur = JIO_CURRENCY.get(d.get("case"))
            if isinstance(num, list):
                out.append(Mention(r["offset"][0], r["offset"][1], None, cur, dec(num[0]), dec(num[1])))
            else:
                out.append(Mention(r["offset"][0], r["offset"][1], dec(num), cur))
        return out

    def convert(self, text: str, suite: str) -> Mention | None:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                d = self.jio.parse_money(text)
        except Exception:
            return None
        num = d.get("num")
        cur = JIO_CURRENCY.get(d.get("case"))
        if isinstance(num, list):
            return Mention(0, 0, None, cur, dec(num[0]), dec(num[1]))
        return Mention(0, 0, dec(num), cur)


SYSTEMS = {"newsie": Newsie, "recognizers": Recognizers, "cn2an": Cn2an, "jionlp": Jionlp}
# Which peers a suite is run with (jionlp reads money only; cn2an has no currency/unit model).
RUNS = {
    "rt-number": ("newsie", "recognizers", "cn2an"),
    "rt-percent": ("newsie", "recognizers", "cn2an"),
    "rt-currency": ("newsie", "recognizers", "jionlp"),
    "rt-dimension": ("newsie", "recognizers"),
    "cn2an": ("newsie", "recognizers", "cn2an"),
    "cn2an-transform": ("newsie", "recognizers", "cn2an"),
    "jionlp-money": ("newsie", "recognizers", "jionlp"),
    "jionlp-money-extract": ("newsie", "recognizers", "jionlp"),
}


# -- scoring ---------------------------------------------------------------------------

def same_value(got: Mention, want: Mention, money2: bool = False) -> bool:
    """Equal values (a repeating fraction compared at the gold's precision), or equal ranges."""
    if want.value is None and want.low is not None:
        if got.low == want.low and got.high == want.high:
            return True
        # jionlp writes 3000多 as [3000, 4000]; newsie as 3000 with the hedge 多
        return got.hedged and got.value == want.low
    if got.value is None or want.value is None:
        return False
    if got.value == want.value:
        return True
    t = want.value.as_tuple()
    exp = t.exponent
    if exp == -2 and got.value.as_tuple().exponent < -2:  # money printed with two decimals
        money2 = True
    if len(t.digits) >= 14 and isinstance(exp, int) and exp > 0:  # a float's 15 digits: 2.02107211321364E+23
        return got.value.scaleb(-exp).quantize(Decimal(1)) == want.value.scaleb(-exp)
    if money2 and exp == -2:  # jionlp prints money with two decimals
        return got.value.quantize(Decimal("0.01")) == want.value
    if isinstance(exp, int) and exp <= -10:
        try:
            return got.value.quantize(Decimal(1).scaleb(exp)) == want.value
        except InvalidOperation:
            return False
    return False


@dataclass
class Score:
    cases: int = 0
    excluded: int = 0
    gold: int = 0
    found: int = 0
    matched: int = 0
    right: int = 0
    seconds: float = 0.0
    why: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)

    def line(self, suite: str, system: str, kind: str) -> str:
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.right / self.gold if self.gold else 0.0
        parts = [f"suite={suite}", f"system={system}", f"cases={self.cases}", f"excluded={self.excluded}",
                 f"gold={self.gold}"]
        if kind == "extract":
            parts += [f"found={self.found}", f"precision={p:.3f}", f"recall={r:.3f}", f"f1={f1:.3f}"]
        parts += [f"value_acc={acc:.3f}"]
        return " ".join(parts)


def score_suite(suite: Suite, system, *, keep_misses: bool = False) -> Score:
    sc = Score()
    offsets = getattr(system, "offsets", True)
    for case in suite.cases:
        if case.excluded:
            sc.excluded += 1
            sc.why[case.excluded] = sc.why.get(case.excluded, 0) + 1
            continue
        sc.cases += 1
        t0 = time.perf_counter()
        if suite.kind == "convert":
            got = system.convert(case.text, suite.name)
            sc.seconds += time.perf_counter() - t0
            if not case.gold:  # an error case: no value is right
                sc.gold += 1
                ok = got is None or (got.value is None and got.low is None)
                sc.right += ok
                if not ok and keep_misses:
                    sc.misses.append((case.text, None, got))
                continue
            want = case.gold[0]
            sc.gold += 1
            ok = got is not None and same_value(got, want, suite.name == "jionlp-money") and (
                suite.name != "jionlp-money" or want.currency is None or got.currency == want.currency)
            sc.right += ok
            if not ok and keep_misses:
                sc.misses.append((case.text, want, got))
            continue
        found = system.extract(case.text, suite.name)
        sc.seconds += time.perf_counter() - t0
        if suite.kind == "values":  # the set of values a sentence states
            want = sorted(m.value for m in case.gold if m.value is not None)
            got = sorted(m.value for m in found if m.value is not None)
            sc.gold += 1
            ok = want == got
            sc.right += ok
            if not ok and keep_misses:
                sc.misses.append((case.text, want, got))
            continue
        sc.gold += len(case.gold)
        sc.found += len(found)
        used = set()
        for g in case.gold:
            hit = None
            for i, f in enumerate(found):
                if i in used:
                    continue
                if offsets:
                    if f.start < g.end and g.start < f.end:
                        hit = i
                        break
                elif g.value is not None and same_value(f, g):
                    hit = i
                    break
            if hit is None:
                if keep_misses:
                    sc.misses.append((case.text, g, None))
                continue
            used.add(hit)
            sc.matched += 1
            f = found[hit]
            if g.value is None or same_value(f, g) and (suite.name != "rt-currency" or not g.currency
                                                         or f.currency == g.currency):
                sc.right += 1
            elif keep_misses:
                sc.misses.append((case.text, g, f))
    return sc


def load_suites(root: Path) -> list[Suite]:
    rt = root / "recognizers-text-zh" / "Specs"
    suites = [
        load_rt(rt / "Number" / "Chinese" / "NumberModel.json", "rt-number"),
        load_rt(rt / "Number" / "Chinese" / "PercentModel.json", "rt-percent"),
        load_rt(rt / "NumberWithUnit" / "Chinese" / "CurrencyModel.json", "rt-currency"),
        load_rt(rt / "NumberWithUnit" / "Chinese" / "DimensionModel.json", "rt-dimension"),
    ]
    suites += load_cn2an(root / "cn2an-cases" / "cn2an_cases.json")
    suites += load_jionlp(root / "jionlp-cases")
    return suites


# -- speed -----------------------------------------------------------------------------

def epaper_paragraphs(root: Path, n_articles: int, seed: int = 7) -> list[str]:
    files = sorted((root / "rmrb-epaper-2019-10").glob("*/*.txt"))
    if n_articles and n_articles < len(files):
        files = random.Random(seed).sample(files, n_articles)
    paras = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip("\u3000 \t\r")
            if line:
                paras.append(line)
    return paras


def speed(paras: list[str], systems: dict, chunks: int = 40) -> list[str]:
    """chars/s of each system on the same paragraphs, timed in alternating chunks so that
    a change in the machine's load (2 shared cores) falls on both alike."""
    chars = sum(len(p) for p in paras)
    lines = []
    rates = {}
    fns = {}
    for name, sysobj in systems.items():
        if name == "newsie":
            fns[name] = sysobj.figures_in
        elif name == "recognizers":
            fns[name] = sysobj.fns["number"]
    seconds = dict.fromkeys(fns, 0.0)
    found = dict.fromkeys(fns, 0)
    step = max(1, len(paras) // chunks)
    for k in range(0, len(paras), step):
        part = paras[k : k + step]
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for p in part:
                found[name] += len(fn(p))
            seconds[name] += time.perf_counter() - t0
    for name in fns:
        dt = seconds[name]
        rates[name] = chars / dt
        lines.append(f"suite=speed system={name} paragraphs={len(paras)} chars={chars} mentions={found[name]} "
                     f"seconds={dt:.2f} chars_per_s={chars / dt:.0f}")
    if "newsie" in rates and "recognizers" in rates:
        lines.append(f"suite=speed system=ratio newsie_over_recognizers={rates['newsie'] / rates['recognizers']:.1f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--systems", default="newsie,recognizers,cn2an,jionlp")
    ap.add_argument("--suites", default="all")
    ap.add_argument("--speed-articles", type=int, default=200,
                    help="articles of the e-paper month timed (0: all; the peer is slow)")
    ap.add_argument("--misses", action="store_true", help="print newsie's misses (to stderr)")
    args = ap.parse_args(argv)
    root = data_root()
    if not (root / "recognizers-text-zh").is_dir():
        print(f"benchmark data not found under {root} (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    wanted = args.systems.split(",")
    systems = {}
    for name in wanted:
        try:
            systems[name] = SYSTEMS[name]()
        except ImportError as exc:
            print(f"suite=all system={name} skipped=not-installed ({exc})")
    for suite in load_suites(root):
        if args.suites != "all" and suite.name not in args.suites.split(","):
            continue
        for name in RUNS[suite.name]:
            if name not in systems:
                continue
            sc = score_suite(suite, systems[name], keep_misses=args.misses and name == "newsie")
            print(sc.line(suite.name, name, suite.kind), flush=True)
            if name == "newsie" and sc.why:
                print(f"suite={suite.name} excluded_because=" + json.dumps(sc.why, ensure_ascii=False))
            for miss in sc.misses:
                print("MISS", suite.name, miss, file=sys.stderr)
    if args.suites in ("all", "speed") and (root / "rmrb-epaper-2019-10").is_dir():
        paras = epaper_paragraphs(root, args.speed_articles)
        for line in speed(paras, {k: v for k, v in systems.items() if k in ("newsie", "recognizers")}):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
