"""Build models/t2s.json: traditional → simplified Chinese, one character for one.

newsie matches its rules on a simplified copy of the page (``Document.match_text``) so
that a page in traditional characters (新華社…電, 下轉第3版) reads the same way; records
still point into, and quote, the page as printed. Only one-to-one character mappings are
kept, so offsets never move. The table is read off OpenCC's ``t2s`` conversion
(Apache-2.0), character by character, over the CJK Unified Ideographs and Extension A.

    pip install opencc && python models/build_t2s.py      # offline, a few seconds
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("t2s.json")
VERSION = 1


def main() -> None:
    import opencc

    conv = opencc.OpenCC("t2s")
    table = {}
    for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            out = conv.convert(ch)
            if out != ch and len(out) == 1:
                table[ch] = out
    data = {
        "about": "traditional → simplified Chinese, one character for one (OpenCC t2s, per character)",
        "source": f"OpenCC {getattr(opencc, '__version__', '?')} (Apache-2.0), https://github.com/BYVoid/OpenCC",
        "version": VERSION,
        "size": len(table),
        "table": "".join(k + v for k, v in sorted(table.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(table)} characters")


if __name__ == "__main__":
    main()
