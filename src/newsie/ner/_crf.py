"""newsie's default entity model: a linear-chain CRF over characters (python-crfsuite).

Each character is described by the characters and character bigrams in a window of two
on either side, the classes of its neighbours (Han, digit, Latin, punctuation ...), and
what newsie's own lexicons say about it: its position in a place, organisation or title
the shipped gazetteers hold (leftmost-longest, as the rule stage scans them), whether it
is a family name's character or one of transliterated foreign names. The tags are BIOES
over PER / LOC / ORG. The weights are trained by ``models/build_ner_crf.py`` (see
``models/ner-zh.md``); :class:`CrfSource` runs them as an entity source.

Feature extraction is the same function at training and at run time
(:func:`features`), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

__all__ = [
    "CLUSTERS_FILE",
    "FEATURES_VERSION",
    "Clusters",
    "CrfSource",
    "features",
    "spans_of_tags",
    "tags_of_spans",
]

Span3 = tuple[int, int, str]

#: Bumped whenever :func:`features` changes: a model trained on other features is refused.
FEATURES_VERSION = 2
#: The file of a model folder with the character and bigram clusters its features use.
CLUSTERS_FILE = "clusters.tsv"

_BOS = "\u2402"  # before the first character and after the last: symbols no text holds
_EOS = "\u2403"
_CN_DIGITS = frozenset("〇一二三四五六七八九十百千万亿零两")


def _classify(c: str) -> str:
    if c.isspace():
        return "s"
    if c.isdigit():  # 0-9, full-width digits
        return "d"
    if c in _CN_DIGITS:
        return "n"
    o = ord(c)
    if c.isascii() and c.isalpha() or 0xFF21 <= o <= 0xFF5A:
        return "a"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "h"
    if c in (_BOS, _EOS):
        return "_"
    return "p"


class _Classes(dict):
    """char -> class letter, computed once per character."""

    def __missing__(self, c: str) -> str:
        v = self[c] = _classify(c)
        return v


_CLASS = _Classes()


@lru_cache(maxsize=1)
def _lexicon_parts() -> tuple[Any, frozenset[str], frozenset[str]]:
    from newsie.entities._lexicon import SURNAMES, TRANSLIT, lexicon

    return lexicon(), SURNAMES, TRANSLIT


_KIND = {"place": "P", "org": "O", "title": "T"}


def _gazetteer_tags(text: str) -> list[str]:
    """Per character: its BMES position in a lexicon hit and the hit's kind, or '-'.

    >>> _gazetteer_tags("在北京会见")
    ['-', 'PB', 'PE', '-', '-']
    """
    lex = _lexicon_parts()[0]
    tags = ["-"] * len(text)
    for hit in lex.scan(text):
        k = _KIND.get(hit.type)
        if k is not None:
            _mark(tags, hit.start, hit.end, k + "S", k + "B", k + "M", k + "E")
    return tags


def _mark(tags: list[str], s: int, e: int, single: str, first: str, inside: str, last: str) -> None:
    """Tag the characters ``s:e`` by their place in the span: alone, first, inside, last."""
    if e - s == 1:
        tags[s] = single
        return
    tags[s] = first
    for j in range(s + 1, e - 1):
        tags[j] = inside
    tags[e - 1] = last


class Clusters:
    """Distributional classes of characters (coarse and fine) and Han bigrams, learned from
    unlabelled text by ``models/build_ner_clusters.py``; unknown units get ``"?"``.

    >>> cl = Clusters({"王": ("1", "11"), "李": ("1", "11")}, {"王李": "7"})
    >>> cl.fine["王"], cl.bigram.get("李王", "?")
    ('11', '?')
    """

    def __init__(self, chars: dict[str, tuple[str, str]], bigrams: dict[str, str]) -> None:
        self.coarse = {c: a for c, (a, _) in chars.items()}
        self.fine = {c: b for c, (_, b) in chars.items()}
        self.bigram = bigrams

    @classmethod
    def read(cls, path: Path) -> Clusters:
        """A clusters file: ``unit<TAB>id`` lines, characters as ``coarse.fine``, bigrams as one id."""
        chars: dict[str, tuple[str, str]] = {}
        bigrams: dict[str, str] = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                unit, _, cid = line.rstrip("\n").partition("\t")
                if len(unit) == 1:
                    a, _, b = cid.partition(".")
                    chars[unit] = (a, b)
                elif unit:
                    bigrams[unit] = cid
        return cls(chars, bigrams)


def features(text: str, clusters: Clusters | None = None) -> list[tuple[str, ...]]:
    """The CRF's attributes of every character of ``text``, one tuple per character.

    With ``clusters`` (what the shipped model is trained with), also the cluster ids of the
    characters at ±2 and of the bigrams around each character.

    >>> f = features("习近平说")
    >>> f[0][:3], len(f) == 4
    (('c0习', 'c-\u2402', 'c+近'), True)
    """
    n = len(text)
    if not n:
        return []
    _, surnames, translit = _lexicon_parts()
    p = _BOS + _BOS + text + _EOS + _EOS
    c2l, c1l, c0, c1r, c2r = p[: n], p[1 : n + 1], p[2 : n + 2], p[3 : n + 3], p[4 : n + 4]
    cls = "".join([_CLASS[c] for c in p])
    gaz = ["-", *_gazetteer_tags(text), "-"]
    name = "".join(["s" if c in surnames else ("t" if c in translit else "-") for c in p])
    cols = (
        ["c0" + a for a in c0],
        ["c-" + a for a in c1l],
        ["c+" + a for a in c1r],
        ["c=" + a for a in c2l],
        ["c#" + a for a in c2r],
        ["b-" + a + b for a, b in zip(c1l, c0)],
        ["b+" + a + b for a, b in zip(c0, c1r)],
        ["b=" + a + b for a, b in zip(c2l, c1l)],
        ["b#" + a + b for a, b in zip(c1r, c2r)],
        ["s" + a + b for a, b in zip(c1l, c1r)],
        ["t" + a + b + c for a, b, c in zip(c1l, c0, c1r)],
        ["k" + cls[i : i + 5] for i in range(n)],
        ["g" + a + b + c for a, b, c in zip(gaz, gaz[1:], gaz[2:])],
        ["g0" + a for a in gaz[1:-1]],
        ["n" + name[i : i + 5] for i in range(n)],
    )
    if clusters is not None:
        fine, coarse, big = clusters.fine, clusters.coarse, clusters.bigram
        f = [fine.get(c, "?") for c in p]
        k = [coarse.get(c, "?") for c in p]
        g = [big.get(p[i : i + 2], "?") for i in range(n + 3)]  # g[i]: the bigram p[i]p[i+1]
        fp = [a + "|" + b for a, b in pairwise(f)]  # fp[i]: the clusters of p[i], p[i+1]
        cols += (
            ["q0" + a for a in f[2 : n + 2]],
            ["q-" + a for a in f[1 : n + 1]],
            ["q+" + a for a in f[3 : n + 3]],
            ["q=" + a for a in k[:n]],
            ["q#" + a for a in k[4 : n + 4]],
            ["Q-" + a for a in fp[1 : n + 1]],
            ["Q+" + a for a in fp[2 : n + 2]],
            ["r-" + a for a in g[1 : n + 1]],
            ["r+" + a for a in g[2 : n + 2]],
            ["r=" + a for a in g[:n]],
            ["r#" + a for a in g[3 : n + 3]],
        )
    return list(zip(*cols))


def tags_of_spans(n: int, spans: Sequence[Span3]) -> list[str]:
    """BIOES tags of ``n`` characters from (start, end, label) spans.

    >>> tags_of_spans(5, [(0, 1, "LOC"), (2, 5, "PER")])
    ['S-LOC', 'O', 'B-PER', 'I-PER', 'E-PER']
    """
    tags = ["O"] * n
    for s, e, label in spans:
        _mark(tags, s, e, "S-" + label, "B-" + label, "I-" + label, "E-" + label)
    return tags


def spans_of_tags(tags: Sequence[str]) -> list[Span3]:
    """(start, end, label) spans of BIOES tags; a span cut short still counts.

    >>> spans_of_tags(["S-LOC", "O", "B-PER", "I-PER", "E-PER", "B-ORG", "I-ORG"])
    [(0, 1, 'LOC'), (2, 5, 'PER'), (5, 7, 'ORG')]
    """
    out: list[Span3] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        head = tag[0]
        if head == "O":
            if label:
                out.append((start, i, label))
            label = ""
        elif head in "BS" or tag[2:] != label:
            if label:
                out.append((start, i, label))
            start, label = i, tag[2:]
            if head == "S":
                out.append((i, i + 1, label))
                label = ""
        elif head == "E":
            out.append((start, i + 1, label))
            label = ""
    if label:
        out.append((start, len(tags), label))
    return out


class CrfSource:
    """A CRF model file (``model.crfsuite`` in a folder with ``meta.json``) as an entity source.

    Texts longer than ``max_chars`` are tagged in pieces cut after sentence ends. With
    ``decode`` (the ``decode`` settings of the model's ``meta.json``: ``org_heads``,
    ``org_ratio``, ``org_max_chars``), a place the best tags hold is extended into an
    organisation where the model allows it (:func:`newsie.ner._decode.extend_orgs`).
    """

    def __init__(
        self,
        path: Path,
        spec: str,
        *,
        max_chars: int = 2_000,
        clusters: Clusters | None = None,
        decode: dict[str, Any] | None = None,
    ) -> None:
        import pycrfsuite

        self.path = path
        self.spec = spec
        self.max_chars = max_chars
        self.clusters = clusters
        self.org_heads = frozenset(decode["org_heads"]) if decode else frozenset()
        self.org_ratio = float(decode["org_ratio"]) if decode else 1.0
        self.org_max_chars = int(decode["org_max_chars"]) if decode else 0
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))

    def __repr__(self) -> str:
        return f"CrfSource({self.spec!r})"

    def __call__(self, texts: Sequence[str]) -> list[list[Span3]]:
        from newsie.ner import _cut, _trim
        from newsie.ner._decode import extend_orgs

        tagger = self.tagger
        clusters = self.clusters
        heads = self.org_heads
        out: list[list[Span3]] = []
        for text in texts:
            spans: list[Span3] = []
            for base, piece in _cut(text, self.max_chars):
                tags = tagger.tag(features(piece, clusters))
                if heads:
                    tags = extend_orgs(tagger, piece, tags, heads, self.org_ratio, self.org_max_chars)
                for s, e, label in spans_of_tags(tags):
                    if t := _trim(piece, s, e):
                        spans.append((t[0] + base, t[1] + base, label))
            out.append(spans)
        return out

