"""A decoding step after the CRF's best tags: a place followed by an organisation's head
becomes one organisation where the model finds that reading nearly as likely.

The CRF learned one month of PFR, where 美国/ns 财政部/nt and 印尼/ns 队/n are often two
words; the test sets' convention (and newsie's records) want 美国财政部 as one
organisation. For each place the best tag sequence holds, :func:`extend_orgs` tries the
organisation that runs from the place's first character to the end of a *head* (the
last one to three characters of an organisation name after a place, learned from the
training data by ``models/build_ner_crf.py`` and kept in the model's ``meta.json``)
at most ``max_chars`` characters further on, never across punctuation or a span it
would cut, and keeps the likeliest such reading when its probability is at least
``ratio`` times that of the best sequence (both from the CRF: ``Tagger.probability``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from newsie.ner._crf import _mark

__all__ = ["extend_orgs"]

# characters no organisation of this kind runs across
_STOP = frozenset(" \t\r\n\u3000，。、；：！？“”‘’（）《》「」『』,.;:!?()[]—…·")


def extend_orgs(
    tagger: Any,
    text: str,
    tags: Sequence[str],
    heads: Collection[str],
    ratio: float,
    max_chars: int = 6,
    head_chars: int = 3,
) -> list[str]:
    """The tags with each place extended into an organisation where the CRF allows it.

    ``tagger`` is a ``pycrfsuite.Tagger`` that has just tagged ``text`` (its instance is
    still set); ``tags`` its best sequence (BIOES over PER / LOC / ORG).

    >>> class Flat:  # a stand-in tagger: every sequence equally likely
    ...     def probability(self, tags): return 0.5
    >>> extend_orgs(Flat(), "美国财政部长说", ["B-LOC", "E-LOC", "O", "O", "O", "O", "O"], {"部"}, 0.3)
    ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'E-ORG', 'O', 'O']
    >>> extend_orgs(Flat(), "美国，财政部", ["B-LOC", "E-LOC", "O", "O", "O", "O"], {"部"}, 0.3)[:2]
    ['B-LOC', 'E-LOC']
    """
    out = list(tags)
    n = len(text)
    if not heads or not any(t.endswith("LOC") for t in out):
        return out
    best_p: float | None = None
    i = 0
    while i < n:
        if out[i] not in ("B-LOC", "S-LOC"):
            i += 1
            continue
        s = i
        e = i + 1
        while e < n and out[e - 1][0] not in "SE" and out[e] in ("I-LOC", "E-LOC"):
            e += 1
        best: tuple[float, list[str], int] | None = None
        for e2 in range(e + 1, min(n, e + max_chars) + 1):
            if text[e2 - 1] in _STOP:
                break
            if e2 < n and out[e2][0] in "IE":  # a span that runs on past e2 would be cut
                continue
            if not any(text[e2 - k : e2] in heads for k in range(1, min(head_chars, e2 - e) + 1)):
                continue
            alt = list(out)
            _mark(alt, s, e2, "S-ORG", "B-ORG", "I-ORG", "E-ORG")
            if best_p is None:
                best_p = tagger.probability(out)
            p = tagger.probability(alt)
            if p >= ratio * best_p and (best is None or p > best[0]):
                best = (p, alt, e2)
        if best is not None:
            best_p, out, e = best
        i = e
    return out
