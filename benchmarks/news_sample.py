"""Draw a random sample of what newsie finds in real news, for judging by hand.

    PYTHONPATH=src python3 benchmarks/news_sample.py dates    [--seed 41] [--n 100] [--files 120]
    PYTHONPATH=src python3 benchmarks/news_sample.py figures  [--seed 53] [--n 100]
    PYTHONPATH=src python3 benchmarks/news_sample.py entities [--seed 41] [--n 40] [--entities fast]

The test suites are short phrases or sentences with their own conventions; this is the
domain. It parses ``--files`` articles drawn at random from the 人民日报 e-paper month
(``$NEWSIE_DATA/rmrb-epaper-2019-10``) with ``newsie.parse`` (the issue date from the file
name, datelines as the pipeline reads them) and prints records drawn at random, each with
what newsie says of it and the text around it:

- ``dates``: ``--n`` date mentions (kind, anchor, value, fuzzy, duration, clock);
- ``figures``: ``--n`` figures (kind, value or range, unit, currency, hedge, what is
  counted, change);
- ``entities``: ``--n`` entities of each kind (an article's person, place or organization,
  its mentions merged), each at one of its mentions drawn at random (a person's titles,
  country, affiliation, leader flag and role; a place's kind, country and code; an
  organization's kind); ``--entities`` names another entity source (``fast``).

A reader marks each one right or wrong; the share right estimates newsie's precision on
news (the READMEs of benchmarks/dates, figures and entities give the judged samples).
Nothing is written: the e-paper text may not be committed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

import newsie

ROOT = Path(__file__).resolve().parents[1]


def _around(text: str, start: int, end: int, before: int = 20, after: int = 12) -> str:
    return (text[max(0, start - before) : start] + "【" + text[start:end] + "】" + text[end : end + after]).replace("\n", "/")


def _fields(pairs) -> str:
    return " ".join(f"{k}={v}" for k, v in pairs if v not in (None, "", ()))


def _date(d) -> str:
    value = d.start_date if d.start_date == d.end_date else (d.start_date, d.end_date)
    return f"{d.kind} anchor={d.anchor} value={value} " + _fields((
        ("fuzzy", d.fuzzy or None), ("duration", f"{d.duration_value}{d.duration_unit}" if d.duration_unit else None),
        ("clock", d.clock), ("reason", d.reason)))


def _figure(x) -> str:
    value = x.value if x.low is None and x.high is None else f"{x.low}..{x.high}"
    return f"{x.kind} value={value} " + _fields((("unit", x.unit), ("currency", x.currency), ("hedge", x.hedge),
                                                 ("of", x.of), ("change", x.change), ("reason", x.reason)))


def _entity(kind: str, e) -> str:
    if kind == "person":
        pairs = (("titles", "/".join(e.titles)), ("country", e.country), ("affiliation", e.affiliation),
                 ("leader", e.is_leader or None), ("role", e.role))
    elif kind == "place":
        pairs = (("kind", e.kind), ("country", e.country), ("code", e.code))
    else:
        pairs = (("kind", e.kind),)
    return f"{kind} {e.name} ({len(e.mentions)}x) " + _fields(pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["dates", "figures", "entities"])
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--n", type=int, default=None, help="records drawn (entities: of each kind); default 100, entities 40")
    ap.add_argument("--files", type=int, default=120, help="articles parsed")
    ap.add_argument("--entities", default=None, help="entity source (default: the pipeline's)")
    args = ap.parse_args(argv)
    n = args.n or (40 if args.what == "entities" else 100)
    base = Path(os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data") / "rmrb-epaper-2019-10"
    files = sorted(base.glob("*/*.txt"))
    if not files:
        print(f"news sample: no e-paper articles under {base}", file=sys.stderr)
        return 2
    nlp = newsie.Pipeline(entities=args.entities) if args.entities else newsie.parse
    rng = random.Random(args.seed)
    found: dict[str, list] = {}
    drawn = rng.sample(files, min(args.files, len(files)))
    for f in drawn:
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        day = f.name[:8]
        page = nlp(text, issue_date=f"{day[:4]}-{day[4:6]}-{day[6:]}")
        for a in page.articles:
            if args.what == "dates":
                found.setdefault("date", []).extend((f.name, text, d, d.span) for d in a.dates)
            elif args.what == "figures":
                found.setdefault("figure", []).extend((f.name, text, x, x.span) for x in a.figures)
            else:
                for kind, group in (("person", a.persons), ("place", a.places), ("org", a.organizations)):
                    found.setdefault(kind, []).extend((f.name, text, e, None) for e in group)
    print(", ".join(f"{len(v)} {k}s" for k, v in found.items()) + f" in {len(drawn)} articles; "
          + f"{n} {'of each ' if args.what == 'entities' else ''}drawn", file=sys.stderr)
    i = 0
    for kind, records in found.items():
        for name, text, rec, span in rng.sample(records, min(n, len(records))):
            i += 1
            span = span or rng.choice(rec.mentions)
            what = _date(rec) if kind == "date" else _figure(rec) if kind == "figure" else _entity(kind, rec)
            print(f"{i:3} {name} {what}\n    {_around(text, span.start, span.end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
