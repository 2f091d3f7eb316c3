"""Build models/gazetteer/idioms.json: four-character idioms (成语) the entity stage reads
as no name.

The statistical model sometimes reads part of an idiom as a name: 平分秋 of 平分秋色 as a
person, 海纳百川 or 四平 of 四平八稳 as a place, a clause ending in 百花齐放 as an
organisation. The entity stage drops a model span that an idiom overlaps.

Source: JioNLP's idiom dictionary (``jionlp/dictionary/chinese_idiom.txt``, or the zip that holds it,
https://github.com/dongrixinyu/JioNLP, Apache-2.0), read from the installed ``jionlp``
package (the ``bench`` extra) without importing it. Only four-character idioms of Han
characters are kept; idioms that also name a place (万里长城) are left out.

Run offline: ``python models/build_idioms.py`` (about a second).
"""

from __future__ import annotations

import json
from pathlib import Path

import regex
from _jionlp import dictionary_lines

OUT = Path(__file__).with_name("gazetteer") / "idioms.json"
#: idioms that are also the name of a place or a work the stage should find
KEEP_OUT = {"万里长城"}


def build() -> dict:
    idioms = set()
    for line in dictionary_lines("chinese_idiom.txt", "idiom"):
        word = line.split("\t")[0].strip()
        if len(word) == 4 and regex.fullmatch(r"\p{Han}{4}", word) and word not in KEEP_OUT:
            idioms.add(word)
    return {"about": "four-character idioms from JioNLP's chinese_idiom.txt (Apache-2.0); see "
                     "models/gazetteer.md", "idioms": sorted(idioms)}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['idioms'])} idioms, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
