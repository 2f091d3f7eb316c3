"""Draw a random sample of the persons, places and organizations newsie finds in real news,
for judging by hand.

    PYTHONPATH=src python3 benchmarks/entities/news_sample.py [--seed 41] [--n 100] [--files 120]
                                                              [--entities SPEC]

The span-F1 sets (pd-ner, MSRA) are sentences of the 1990s with their own labelling
conventions; this is the domain: it parses ``--files`` articles drawn at random from the
人民日报 e-paper month (``$NEWSIE_DATA/rmrb-epaper-2019-10``) with ``newsie.parse`` (the
default entity source unless ``--entities`` names another, e.g. ``fast``), then prints
``--n`` entities of each kind (an article's person, place or organization, all its
mentions merged) drawn at random, each shown at one of its mentions drawn at random, with
what newsie says of it (a person's titles, country and leader flag; a place's kind,
country and code; an organization's kind) and 20 characters on either side. A reader marks each one right
or wrong; the share right estimates newsie's precision on news. Nothing is written: the
e-paper text may not be committed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

import newsie

ROOT = Path(__file__).resolve().parents[2]


def describe(kind: str, entity) -> str:
    if kind == "person":
        bits = [f"titles={'/'.join(entity.titles)}" if entity.titles else "",
                f"country={entity.country}" if entity.country else "",
                f"affiliation={entity.affiliation}" if entity.affiliation else "",
                "leader" if entity.is_leader else "", f"role={entity.role}" if entity.role else ""]
    elif kind == "place":
        bits = [f"kind={entity.kind}", f"country={entity.country}" if entity.country else "",
                f"code={entity.code}" if entity.code else ""]
    else:
        bits = [f"kind={entity.kind}" if entity.kind else ""]
    return " ".join(b for b in bits if b)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--n", type=int, default=40, help="entities of each kind")
    ap.add_argument("--files", type=int, default=120)
    ap.add_argument("--entities", default=None, help="entity source (default: the pipeline's)")
    args = ap.parse_args(argv)
    base = Path(os.environ.get("NEWSIE_DATA") or ROOT.parent / "shared" / "data") / "rmrb-epaper-2019-10"
    files = sorted(base.glob("*/*.txt"))
    if not files:
        print(f"news sample: no e-paper articles under {base}", file=sys.stderr)
        return 2
    nlp = newsie.Pipeline(entities=args.entities) if args.entities else newsie.parse
    rng = random.Random(args.seed)
    found: dict[str, list] = {"person": [], "place": [], "org": []}
    for f in rng.sample(files, min(args.files, len(files))):
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        day = f.name[:8]
        page = nlp(text, issue_date=f"{day[:4]}-{day[4:6]}-{day[6:]}")
        for a in page.articles:
            for kind, group in (("person", a.persons), ("place", a.places), ("org", a.organizations)):
                found[kind] += [(f.name, text, ent) for ent in group]
    print(", ".join(f"{len(v)} {k}s" for k, v in found.items())
          + f" in {min(args.files, len(files))} articles; {args.n} of each drawn", file=sys.stderr)
    i = 0
    for kind, entities in found.items():
        for name, text, ent in rng.sample(entities, min(args.n, len(entities))):
            i += 1
            span = rng.choice(ent.mentions)
            s, e = span.start, span.end
            around = (text[max(0, s - 20) : s] + "【" + text[s:e] + "】" + text[e : e + 12]).replace("\n", "/")
            print(f"{i:3} {name} {kind} {ent.name} ({len(ent.mentions)}x) {describe(kind, ent)}\n    {around}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
