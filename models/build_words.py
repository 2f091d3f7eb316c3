"""Build models/gazetteer/words.json: the common two-character words of jieba's dictionary,
its rarer two-character words and its three- and four-character words, which the article
segmenter reads to tell a title wrapped at its measure inside a word.

A heading set in large type over a narrow measure wraps anywhere, inside a word too (某地召开
座谈会强调限 / 制会议费用); a kicker ends on a word and its headline opens on one. The
segmenter (``newsie.draft.tears_a_word``) reads a line end as inside a word when the two
characters across it make a common word and neither pair beside them does; and
(``newsie.draft.tears_a_listed_word``) where three or four characters across it make a word of
that length (某某成立70周年招待 / 会并致辞; 某地20年退耕还 / 林某万亩), the side holding one
character no word of two of its own there (a word of four torn in its middle counts as it is),
or where the two characters across it make a rarer word of two (某县门诊药 / 费报销比例提高) and
neither pair beside them is a word of two at all.

Source: jieba's dictionary (``jieba/dict.txt``, https://github.com/fxsjy/jieba, MIT), read from
the installed ``jieba`` package (the ``gazetteer`` extra) without importing it. Only words of two
Han characters with a frequency of at least ``MIN_FREQ`` are kept, and the words of three Han
characters with a frequency of at least ``MIN_FREQ_3``, and those of four (not idioms alone:
jieba lists 退耕还林, 中国政府) from the same frequency; and the two-character words from that
frequency up to ``MIN_FREQ`` (``rare2``).

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
#: a three-character word counts from this frequency: reading truth (2019 days 01-10 of draws 2024,
#: 7, 11, 13, 17 and the other month's days 01-15, both routes), the line ends between two heading
#: lines of one article that such a word crosses and no other tear rule reads: 153 inside one role,
#: none between two (81 and none from frequency 100); words of four, torn where no other rule
#: reads it: 30 more inside one role and 35 torn in their middle, none between two; rarer words of
#: two (from this frequency up to MIN_FREQ), neither pair beside them a word: 48 more, none between
MIN_FREQ_3 = 10


def build() -> dict:
    entries = list(jieba_dictionary())
    words = {w for w, freq, _ in entries if freq >= MIN_FREQ and regex.fullmatch(r"\p{Han}{2}", w)}
    words3 = {w for w, freq, _ in entries if freq >= MIN_FREQ_3 and regex.fullmatch(r"\p{Han}{3}", w)}
    words4 = {w for w, freq, _ in entries if freq >= MIN_FREQ_3 and regex.fullmatch(r"\p{Han}{4}", w)}
    rare2 = {w for w, freq, _ in entries if MIN_FREQ_3 <= freq < MIN_FREQ and regex.fullmatch(r"\p{Han}{2}", w)}
    about = (f"two-character words of jieba's dict.txt (MIT) with frequency >= {MIN_FREQ} (rare2: from "
             f"{MIN_FREQ_3} up to {MIN_FREQ}), three- and four-character ones with frequency >= "
             f"{MIN_FREQ_3}; see models/gazetteer.md")
    return {"about": about, "min_freq": MIN_FREQ, "min_freq_3": MIN_FREQ_3, "words": sorted(words),
            "rare2": sorted(rare2), "words3": sorted(words3), "words4": sorted(words4)}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    counts = " + ".join(str(len(data[k])) for k in ("words", "rare2", "words3", "words4"))
    print(f"{OUT}: {counts} words, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
