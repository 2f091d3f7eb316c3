"""Build models/gazetteer/words.json: the common two-character words of jieba's dictionary,
which the article segmenter reads to tell a title wrapped at its measure inside a word.

A heading set in large type over a narrow measure wraps anywhere, inside a word too (某地召开
座谈会强调限 / 制会议费用); a kicker ends on a word and its headline opens on one. The
segmenter (``newsie.draft.tears_a_word``) reads a line end as inside a word when the two
characters across it make a common word and neither pair beside them does.

Source: jieba's dictionary (``jieba/dict.txt``, https://github.com/fxsjy/jieba, MIT), read from
the installed ``jieba`` package (the ``gazetteer`` extra) without importing it. Only words of two
Han characters with a frequency of at least ``MIN_FREQ`` are kept.

Run offline: ``python models/build_words.py`` (about a second).
"""

from __future__ import annotations

import json
from pathlib import Path

import regex
from build_gazetteer import jieba_dictionary  # (this folder: the one reader of jieba's dictionary)

OUT = Path(__file__).with_name("gazetteer") / "words.json"
#: a word of jieba's dictionary counts when it is at least this frequent (as for not_names.json)
MIN_FREQ = 100


def build() -> dict:
    words = {w for w, freq, _ in jieba_dictionary() if freq >= MIN_FREQ and regex.fullmatch(r"\p{Han}{2}", w)}
    return {"about": "two-character words of jieba's dict.txt (MIT) with frequency >= "
                     f"{MIN_FREQ}; see models/gazetteer.md", "min_freq": MIN_FREQ, "words": sorted(words)}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['words'])} words, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
