"""Write docs/records.md from the record models (run: python docs/gen_records.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from newsie import records

ORDER = ["Page", "Article", "Span", "Byline", "Continuation", "Caption", "Person", "Place",
         "Organization", "DateMention", "Figure", "PageError"]


def render() -> str:
    out = ["# The records", "",
           "Generated from `src/newsie/records.py` by `python docs/gen_records.py`; do not edit.", "",
           "Every record is immutable and closed to unknown fields. Every `Span` is a half-open",
           "`[start, end)` range of character offsets into `Page.source`; its `text` is the clean",
           "reading form of that slice. Decimal values are written as strings in JSON.", ""]
    for name in ORDER:
        model = getattr(records, name)
        doc = (model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        out += [f"## {name}", "", doc, "", "| field | type | default | meaning |", "|---|---|---|---|"]
        for field, info in model.model_fields.items():
            ann = info.annotation.__name__ if isinstance(info.annotation, type) else str(info.annotation)
            ann = ann.replace("typing.", "").replace("newsie.records.", "")
            ann = ann.replace("datetime.date", "date").replace("decimal.Decimal", "Decimal").replace("|", "\\|")
            default = "required" if info.is_required() else repr(info.default)
            out.append(f"| `{field}` | `{ann}` | {default.replace('|', chr(92) + '|')} | {info.description or ''} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    target = Path(__file__).with_name("records.md")
    target.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
