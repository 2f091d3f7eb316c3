"""benchmarks/segmentation/days_split.py: a report's failures summed by days and by count error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "segmentation"))
import days_split

# a report as run.py writes it: page failures, and an issue's stitch failure without a page
REPORT = {"failures": [
    {"page_id": "20191003-a-01", "count": {"truth": 2, "got": 1}, "body": {"precision": 0.8, "recall": 1.0},
     "headlines_missed": [{"truth": "某市举办读书节"}]},
    {"page_id": "20191004-b-05", "count": {"truth": 1, "got": 5}, "body": {"precision": 1.0, "recall": 0.4}},
    {"page_id": "20191012-a-02", "count": {"truth": 3, "got": 4}, "body": {"precision": 0.9, "recall": 0.9}},
    {"page_id": "20191013-a-07", "headlines_missed": [{"truth": "某县新建公园"}, {"truth": "公园开放"}]},
    {"page_id": "20191014-a-03", "body": {"precision": 0.0, "recall": 0.0}},
    {"issue": "20191014-a", "stitch_missed": "某市举办读书节"},
]}


def test_by_days():
    out = days_split.split_failures(REPORT)
    assert out["read"] == (2, 1, round(1 - 2 * 0.8 / 1.8 + 1 - 2 * 0.4 / 1.4, 3))
    assert out["unseen"] == (1, 2, round(1 - 0.9 + 1.0, 3))


def test_by_count():
    out = days_split.split_by_count(REPORT)
    assert list(out) == list(days_split.COUNT_CLASSES)
    assert out["fewer"] == (1, 1, round(1 - 2 * 0.8 / 1.8, 3))
    assert out["+1"] == (1, 0, 0.1)
    assert out["+2"] == (0, 0, 0.0)
    assert out["+3 or more"] == (1, 0, round(1 - 2 * 0.4 / 1.4, 3))
    # pages with the right count: their headlines and body still count, the page does not
    assert out["right"] == (0, 2, 1.0)
    # every page failure lands in one class: the sums over classes are those over days
    assert sum(v[1] for v in out.values()) == sum(v[1] for v in days_split.split_failures(REPORT).values())


def test_main_prints_classes(tmp_path, capsys):
    p = tmp_path / "r.json"
    p.write_text(json.dumps(REPORT))
    days_split.main(["--by-count", str(p)])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(days_split.COUNT_CLASSES)
    assert lines[-1].split()[1:3] == ["+3", "or"]
