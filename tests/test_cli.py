"""The command line, run as a user would: a real subprocess on real files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import SEEDS

SEED = SEEDS / "000_62b33d8008ef756f.txt"


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "newsie", *args], input=stdin, capture_output=True, timeout=120)


def test_extract_seed_as_json():
    r = run("extract", str(SEED), "--issue-date", "2024-10-24")
    assert r.returncode == 0, r.stderr.decode()
    page = json.loads(r.stdout)
    assert page["issue_date"] == "2024-10-24"
    reporters = [b["reporters"] for a in page["articles"] for b in a["bylines"]]
    assert ["王群"] in reporters


def test_extract_folder_recursively_as_jsonl(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (tmp_path / "a" / "p1.txt").write_text("新华社北京10月23日电（记者张三）今天。", encoding="utf-8")
    (sub / "p2.txt").write_text("本报讯（记者李四）昨天。（下转第2版）", encoding="utf-8")
    (sub / "ignored.json").write_text("{}", encoding="utf-8")
    r = run("extract", str(tmp_path), "--format", "jsonl", "--issue-date", "2024-10-24")
    assert r.returncode == 0, r.stderr.decode()
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 2
    names = [json.loads(line)["source_name"] for line in lines]
    assert names == sorted(names)  # folders are read in path order
    assert {n.rsplit("/", 1)[-1] for n in names} == {"p1.txt", "p2.txt"}


def test_gbk_file_is_read_and_bad_files_fail_alone(tmp_path):
    good = tmp_path / "gbk.txt"
    good.write_bytes("本报讯（记者郝赫）全国工会研讨会召开。".encode("gbk"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xff\xff\xfe\x80\x80 not text")
    missing = tmp_path / "missing.txt"
    r = run("extract", str(binary), str(good), str(broken), str(missing), "--format", "jsonl")
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(out) == 1 and out[0]["articles"][0]["bylines"][0]["reporters"] == ["郝赫"]
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 3
    assert all(line.startswith("newsie: error: ") for line in err)
    assert "image.txt" in err[0] and "binary" in err[0]
    assert "broken.txt" in err[1] and "GBK" in err[1]
    assert "missing.txt" in err[2]


def test_stdin_and_table_format():
    r = run("extract", "-", "--format", "table", stdin="新华社北京10月23日电（记者张三）今天。".encode())
    assert r.returncode == 0, r.stderr.decode()
    assert "张三" in r.stdout.decode()


def test_table_of_the_seed_shows_people_dates_and_figures():
    r = run("extract", str(SEED), "--format", "table", "--issue-date", "2024-10-24")
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode()
    assert "*普京（俄罗斯总统）" in out  # a leader, with the office that names the country
    assert "郝赫（记者）" in out and "*郝赫" not in out  # a reporter is no leader
    assert "今天=2024-10-23" in out  # resolved against the dateline, not the issue date
    assert "1371家=1371 家 of 工会帮扶中心" in out
    assert "近四成=40 % (近)" in out


def test_csv_has_one_row_per_record(tmp_path):
    r = run("extract", str(SEED), "--format", "csv", "--kind", "bylines", "--issue-date", "2024-10-24")
    assert r.returncode == 0, r.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert len(rows) == 8
    assert {row["kind"] for row in rows} == {"byline"}
    src = SEED.read_text(encoding="utf-8")
    for row in rows:
        assert src[int(row["start"]) : int(row["end"])].replace(" ", "").replace("\n", "") == row["text"].replace(" ", "")


def test_out_dir_gets_one_json_per_file(tmp_path):
    r = run("extract", str(SEED), "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr.decode()
    files = list((tmp_path / "out").glob("*.json"))
    assert [f.name for f in files] == ["000_62b33d8008ef756f.json"]
    assert json.loads(files[0].read_text(encoding="utf-8"))["issue_date"] == "2024-10-24"  # inferred


def test_issue_date_from_path(tmp_path):
    f = tmp_path / "20191009-01-03.txt"
    f.write_text("新华社北京10月8日电（记者张三）今天。", encoding="utf-8")
    r = run("extract", str(f), "--issue-date", "from-path")
    page = json.loads(r.stdout)
    assert page["issue_date"] == "2019-10-09" and not page["issue_date_inferred"]


@pytest.mark.parametrize("args", [["extract", "x.txt", "--issue-date", "2024/10/24"], ["extract", "x.txt", "--format", "xml"]])
def test_usage_errors_exit_2(args):
    r = run(*args)
    assert r.returncode == 2
    assert r.stderr


def test_progress_bar_when_asked(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("本报讯（记者张三）今天。", encoding="utf-8")
    r = run("extract", str(tmp_path), "--format", "jsonl", "--progress", "always")
    assert r.returncode == 0
    assert "3/3" in r.stderr.decode()
    assert len(r.stdout.decode().splitlines()) == 3  # stdout stays clean JSON lines


def test_jobs_give_the_same_output(tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(f"新华社北京10月{i + 1}日电（记者张三）第{i}天。", encoding="utf-8")
    one = run("extract", str(tmp_path), "--format", "jsonl", "--issue-date", "2024-10-24")
    two = run("extract", str(tmp_path), "--format", "jsonl", "--issue-date", "2024-10-24", "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_schema_command_prints_the_page_schema():
    r = run("schema")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert schema["title"] == "Page" and "Article" in schema["$defs"]


def test_extractors_command_lists_names():
    r = run("extractors")
    assert r.returncode == 0
    assert "newsie.bylines.v1" in r.stdout.decode()


# ``newsie issue``: a folder of page files is one issue; its jumped articles come out stitched.
from test_issue import PAGE1 as ISSUE_PAGE1, PAGE2 as ISSUE_PAGE2, PAGE3 as ISSUE_PAGE3  # noqa: E402


def _issue_folder(root, name, pages):
    folder = root / name
    folder.mkdir(parents=True)
    for file, text in pages.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def test_issue_folder_is_stitched_with_page_numbers_from_file_names(tmp_path):
    # the page numbers come from the names, not from their order: 10 sorts before 2 as text
    _issue_folder(tmp_path, "2024-10-24", {"page-01.txt": ISSUE_PAGE1, "page-3.txt": ISSUE_PAGE3,
                                           "page-10.txt": "本报讯（记者张三）副刊稿件。\n", "page-2.txt": ISSUE_PAGE2})
    r = run("issue", str(tmp_path / "2024-10-24"), "--issue-date", "from-path")
    assert r.returncode == 0, r.stderr.decode()
    issue = json.loads(r.stdout)
    assert issue["issue_date"] == "2024-10-24"
    assert issue["source_name"].endswith("2024-10-24")
    assert [p["page_number"] for p in issue["pages"]] == [1, 2, 3, 10]
    by_head = {a["headline"]["text"]: a for a in issue["articles"] if a["headline"]}
    brics = by_head["金砖国家领导人第十六次会晤举行"]
    assert brics["body"].endswith("展现历史主动。")
    assert [p["page"] for p in brics["paragraphs"]] == [1, 1, 2]
    assert by_head["全国工会提升职工生活品质交流研讨会召开"]["body"].endswith("提升职工生活品质。")
    assert len(issue["articles"]) == 3 and not issue["warnings"]


def test_issues_by_folder_as_csv_of_stitched_articles(tmp_path):
    _issue_folder(tmp_path, "20241024", {"01.txt": ISSUE_PAGE1, "02.txt": ISSUE_PAGE2, "03.txt": ISSUE_PAGE3})
    _issue_folder(tmp_path, "20241025", {"01.txt": ISSUE_PAGE1})
    r = run("issue", str(tmp_path), "--format", "csv", "--issue-date", "from-path")
    assert r.returncode == 0, r.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert [(row["issue"][-8:], row["pages"]) for row in rows] == [
        ("20241024", "1,3"), ("20241024", "1,2"), ("20241025", "1"), ("20241025", "1")]
    assert rows[1]["reporters"] == "倪四义" and rows[1]["continued_to"] == ""
    assert rows[3]["continued_to"] == "2"  # its part on page 2 is not in that issue


def test_issues_grouped_by_the_date_in_flat_file_names(tmp_path):
    for name, text in {"20241024-01.txt": ISSUE_PAGE1, "20241024-02.txt": ISSUE_PAGE2,
                       "20241025-01.txt": ISSUE_PAGE3}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    r = run("issue", str(tmp_path), "--group-by", "date", "--issue-date", "from-path", "--format", "jsonl",
            "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr.decode()
    lines = (tmp_path / "out" / "newsie-issues.jsonl").read_text(encoding="utf-8").splitlines()
    issues = [json.loads(line) for line in lines]
    assert [(i["source_name"], len(i["pages"])) for i in issues] == [("2024-10-24", 2), ("2024-10-25", 1)]
    assert [i["issue_date"] for i in issues] == ["2024-10-24", "2024-10-25"]


def test_issue_bad_pages_are_reported_and_the_others_kept(tmp_path):
    folder = _issue_folder(tmp_path, "2024-10-24", {"01.txt": ISSUE_PAGE1, "notes.txt": "编辑备忘"})
    (folder / "02.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "page-01.txt").write_text(ISSUE_PAGE3, encoding="utf-8")
    r = run("issue", str(folder), "--out", str(tmp_path / "out"))
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "notes.txt: its name holds no page number" in err
    assert "02.txt: looks like a binary file" in err
    assert "page-01.txt: page 1 of issue" in err and "already" in err
    issue = json.loads((tmp_path / "out" / "2024-10-24.json").read_text(encoding="utf-8"))
    assert [p["page_number"] for p in issue["pages"]] == [1]
    assert any(w.startswith("page 2 (") and "not read" in w for w in issue["warnings"])
    assert len(issue["articles"]) == 2


def test_issue_usage_errors():
    r = run("issue", "-")
    assert r.returncode == 2 and b"not stdin" in r.stderr
    r = run("issue", ".", "--issue-date", "24/10/2024")
    assert r.returncode == 2 and b"YYYY-MM-DD" in r.stderr


def test_from_path_ignores_a_path_number_that_is_no_date(tmp_path):
    # 20190231 reads like a date but is none: the page gets no issue date (inferred), no crash
    f = tmp_path / "20190231-01.txt"
    f.write_text("本报讯（记者郝赫）全国工会研讨会召开。", encoding="utf-8")
    r = run("extract", str(f), "--issue-date", "from-path")
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["issue_date"] != "2019-02-31"
