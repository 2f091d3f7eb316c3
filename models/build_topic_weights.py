"""Build models/topic_weights.json: how common each Han character bigram is in general Chinese
text, for weighing what two stretches of a page's text share (the segmenter's topic test).

A bigram standing in most texts (中国, 发展, 工作, 的人) says nothing about whether two texts
speak of one thing; a rare one shared (a place, a name, a term) says much. The weight of a
bigram is an inverse document frequency: for the bigrams inside words, -log of the summed
document shares of the words that hold it; for any bigram, at most the sum of its two
characters' own weights (a bigram across a word boundary with 的 or 在 in it weighs little).
Only weights under ``CAP`` are kept (the common bigrams); every other bigram weighs ``CAP``.

Source: JioNLP's word IDF dictionary (``jionlp/dictionary/idf.zip``,
https://github.com/dongrixinyu/JioNLP, Apache-2.0), read from the installed ``jionlp``
package (the ``bench`` extra) without importing it. General text, not the evaluation data.

Run offline: ``python models/build_topic_weights.py`` (a few seconds).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import regex
from _jionlp import dictionary_lines

OUT = Path(__file__).with_name("topic_weights.json")
CAP = 8.0  # the weight of every bigram left out of the table (rarer than that)
_HAN_WORD = regex.compile(r"^\p{Han}+$")


def build() -> dict:
    chars: dict[str, float] = {}
    shares: Counter = Counter()
    for line in dictionary_lines("idf.txt", "IDF"):
        word, _, value = line.rstrip("\n").partition("\t")
        if not _HAN_WORD.match(word) or not value:
            continue
        idf = float(value)
        if len(word) == 1:
            chars[word] = idf
            continue
        share = math.exp(-idf)
        for bigram in {word[i:i + 2] for i in range(len(word) - 1)}:
            shares[bigram] += share
    bigrams = {b: -math.log(min(1.0, s)) for b, s in shares.items()}
    return {
        "version": 1,
        "source": "JioNLP idf dictionary (Apache-2.0)",
        "cap": CAP,
        "chars": {c: round(v, 2) for c, v in sorted(chars.items()) if v < CAP},
        "bigrams": {b: round(v, 2) for b, v in sorted(bigrams.items()) if v < CAP},
    }


def main() -> None:
    table = build()
    OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table['bigrams'])} bigrams, {len(table['chars'])} characters under {CAP}")


if __name__ == "__main__":
    main()
