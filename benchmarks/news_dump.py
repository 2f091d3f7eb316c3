"""Dump every date or entity mention newsie finds on real news, one per line, to diff two
versions of a rule: the method behind the "changed on the month, every one read" tables of
benchmarks/dates/README.md and benchmarks/entities/README.md.

    PYTHONPATH=src python3 benchmarks/news_dump.py dates    OUT.tsv [--year-rule news] [--step 1]
    PYTHONPATH=src python3 benchmarks/news_dump.py entities OUT.tsv [--entities default] [--step 1]
    (change the code)
    PYTHONPATH=src python3 benchmarks/news_dump.py dates    AFTER.tsv
    diff OUT.tsv AFTER.tsv

``dates`` reads every article of the 人民日报 e-paper month
(``$NEWSIE_DATA/rmrb-epaper-2019-10``, anchored at the issue date of its file name) and every
article of the January 1998 corpus (``$NEWSIE_DATA/pd1998-01/199801.txt``, its words joined,
anchored at the date of its id) with ``newsie.dates.find_dates``; ``entities`` reads the month's
articles with ``newsie.entities.page_entities`` and the given entity source. Each line: the
article, the offset, the mention in its context (【】 around it), and what newsie says of it.
The output holds news text: write it outside the repository (the e-paper text and the
corpus may not be committed). ``--step N`` reads every Nth article only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import news_sample  # noqa: E402  (its context helper)


def data_dir() -> Path:
    return Path(os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data")


def _around(text: str, start: int, end: int) -> str:
    return news_sample._around(text, start, end, before=14, after=10)


def month_articles(step: int) -> Iterator[tuple[str, str, dt.date]]:
    """(name, text, issue date) of the e-paper month's articles."""
    for f in sorted((data_dir() / "rmrb-epaper-2019-10").glob("*/*.txt"))[::step]:
        d = f.name[:8]
        yield f.name, f.read_text(encoding="utf-8").replace("\r\n", "\n"), dt.date(int(d[:4]), int(d[4:6]), int(d[6:]))


def corpus_articles(step: int) -> Iterator[tuple[str, str, dt.date]]:
    """(id, text, date) of the January 1998 corpus's articles, words joined, a line a paragraph."""
    path = data_dir() / "pd1998-01" / "199801.txt"
    if not path.exists():
        return
    arts: dict[str, list[str]] = {}
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if not parts:
            continue
        aid = parts[0].split("/")[0].rsplit("-", 1)[0]
        arts.setdefault(aid, []).append("".join(re.sub(r"/[a-zA-Z]+\]?[a-z]*$", "", t).lstrip("[") for t in parts[1:]))
    for aid, paras in list(arts.items())[::step]:
        yield aid, "\n".join(paras), dt.date(int(aid[:4]), int(aid[4:6]), int(aid[6:8]))


def dump_dates(out, year_rule: str, step: int) -> None:
    from newsie.dates import Context, find_dates

    for articles in (month_articles(step), corpus_articles(step)):
        for name, text, anchor in articles:
            for h in find_dates(text, Context(anchor=anchor, year_rule=year_rule)):
                out.write(f"{name}\t{h.start}\t{_around(text, h.start, h.end)}\t{h.kind}\t{h.start_date}\t{h.end_date}"
                          f"\t{h.anchor}\t{h.clock or ''}\n")


def dump_entities(out, source: str, step: int) -> None:
    from newsie.document import Document
    from newsie.entities import _load_source, page_entities

    src = None if source == "fast" else _load_source(source)
    for name, text, _ in month_articles(step):
        doc = Document(text)
        ents = page_entities(doc, None, entity_source=src)
        t = doc.match_text
        for person, info in ents.persons.items():
            for s, e in info.mentions:
                out.write(f"{name}\t{s}\tPER\t{person}\t{_around(t, s, e)}\n")
        for label, hits in (("LOC", ents.places), ("ORG", ents.orgs)):
            for h in hits:
                out.write(f"{name}\t{h.start}\t{label}\t{h.key}\t{_around(t, h.start, h.end)}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["dates", "entities"])
    ap.add_argument("out", help="the file to write (outside the repository)")
    ap.add_argument("--year-rule", default="news", choices=["news", "nearest", "same"])
    ap.add_argument("--entities", default="default", help="entity source: default, fast, ...")
    ap.add_argument("--step", type=int, default=1)
    args = ap.parse_args(argv)
    if not (data_dir() / "rmrb-epaper-2019-10").is_dir():
        print(f"no e-paper month under {data_dir()} (set NEWSIE_DATA)", file=sys.stderr)
        return 2
    out_path = Path(args.out).resolve()
    if ROOT in out_path.parents:
        print("write the dump outside the repository: it holds news text", file=sys.stderr)
        return 2
    with out_path.open("w", encoding="utf-8") as out:
        if args.what == "dates":
            dump_dates(out, args.year_rule, args.step)
        else:
            dump_entities(out, args.entities, args.step)
    return 0


if __name__ == "__main__":
    sys.exit(main())
