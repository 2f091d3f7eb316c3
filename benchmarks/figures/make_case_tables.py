"""Write tests/cases/figures_{recognizers,cn2an,jionlp}.yml from the peers' MIT/Apache suites.

A fixed, spread selection of each suite's cases that newsie can express (the benchmark's
exclusion rules). The expected value is the suite's own answer; the expected text is the
span newsie gives the figure (newsie's spans include the measure word and unit, the
suites' often do not). Where newsie's value differs from the suite's, the case is a
strict xfail naming what newsie reads. Run once by hand and review the diff:

    PYTHONPATH=src python3 benchmarks/figures/make_case_tables.py
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
import run  # noqa: E402

from newsie.extractors.figures import figures_in  # noqa: E402

OUT = run.ROOT / "tests" / "cases"
HEADER = {
    "figures_recognizers.yml": "# Cases from Microsoft Recognizers-Text, Specs/Number|NumberWithUnit/Chinese (MIT,\n"
    "# Copyright (c) Microsoft Corporation; github.com/microsoft/Recognizers-Text at 90e968ea).\n",
    "figures_cn2an.yml": "# Cases from cn2an's tests (MIT; github.com/Ailln/cn2an at 7c9ba077), cn2an_test.py.\n",
    "figures_jionlp.yml": "# Cases from JioNLP's money tests (Apache-2.0; github.com/dongrixinyu/JioNLP at\n"
    "# 783abc52), test_money_parser.py / test_money_extractor.py.\n",
}
COMMON = ("# Written by benchmarks/figures/make_case_tables.py: the value is the suite's answer,\n"
          "# the text the span newsie gives; `xfail` (strict) where newsie reads otherwise.\n")


def s(v):
    return None if v is None else format(v.normalize(), "f")


def entry(case_id: str, text: str, want: Decimal | None, low=None, high=None, kind_filter=None):
    figs = [f for f in figures_in(text) if kind_filter is None or f.kind in kind_filter]
    got = figs[0] if figs else None
    exp: dict = {}
    ok = False
    if got is not None:
        exp["text"] = got.span.text
        mine = run.Mention(0, 0, got.value, got.currency, got.low, got.high, bool(got.hedge))
        if want is not None:
            ok = run.same_value(mine, run.Mention(0, 0, want))
            exp["value"] = str(want)  # as the suite writes it: compared at its precision
        else:
            ok = got.low == low and got.high == high
            exp["low"], exp["high"] = s(low), s(high)
    case = {"id": case_id, "text": text, "expect": [exp] if exp else [{"text": text, "value": s(want)}]}
    if kind_filter:
        case["kinds"] = list(kind_filter)
    if len(figs) > 1:
        case["expect"] += [{"text": f.span.text} for f in figs[1:]]
    if not ok and got is not None and got.hedge and want is None and got.value == low:
        case["xfail"] = (f"the suite writes the hedged amount as a range [{s(low)}, {s(high)}]; "
                         f"newsie gives {s(got.value)} with the hedge {got.hedge}")
    elif not ok:
        seen = "nothing" if got is None else f"{got.span.text} = {got.value if got.value is not None else (got.low, got.high)}"
        case["xfail"] = f"newsie reads {seen}"
    return case


def main() -> None:
    root = run.data_root()
    suites = {s.name: s for s in run.load_suites(root)}
    tables: dict[str, dict] = {}
    rt = {}
    for name, step, kinds in (("rt-number", 9, None), ("rt-percent", 5, ("percent",)),
                              ("rt-currency", 3, ("money",)), ("rt-dimension", 3, ("quantity",))):
        cases = [c for c in suites[name].cases if not c.excluded and len(c.gold) == 1 and c.gold[0].value is not None]
        rt[name] = [entry(f"{name}-{i}", c.text, c.gold[0].value, kind_filter=kinds)
                    for i, c in enumerate(cases[::step])]
    tables["figures_recognizers.yml"] = rt
    conv = [c for c in suites["cn2an"].cases if c.gold]
    tables["figures_cn2an.yml"] = {"cn2an-conversion": [entry(f"cn2an-{i}", c.text, c.gold[0].value)
                                                        for i, c in enumerate(conv[::5])]}
    money = [c for c in suites["jionlp-money"].cases if not c.excluded]
    tables["figures_jionlp.yml"] = {"jionlp-money": [
        entry(f"money-{i}", c.text, c.gold[0].value, c.gold[0].low, c.gold[0].high, ("money",))
        for i, c in enumerate(money[::2])]}
    for fname, table in tables.items():
        body = yaml.safe_dump(table, allow_unicode=True, sort_keys=False, width=120)
        (OUT / fname).write_text(HEADER[fname] + COMMON + body, encoding="utf-8")
        print(fname, sum(len(v) for v in table.values()), "cases,",
              sum(1 for v in table.values() for c in v if "xfail" in c), "xfail")


if __name__ == "__main__":
    main()
