"""The command line: ``newsie extract``, ``newsie issue``, ``newsie schema``, ``newsie extractors``.

Exit status: 0 when every input was processed, 1 when any input failed (each failure
gets one ``newsie: error: PATH: ...`` line on stderr and the others go on), 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import regex

from newsie import __version__
from newsie.pipeline import Pipeline, check_issue_date
from newsie._views import ALL_COLUMNS
from newsie.records import RECORD_KINDS, Page

__all__ = ["main", "read_text", "DecodeError"]

FORMATS = ("json", "jsonl", "csv", "table")
ISSUE_FORMATS = ("json", "jsonl", "csv")
#: The columns of ``newsie issue --format csv``: one row per stitched article.
ISSUE_COLUMNS = ("issue", "article_id", "pages", "headline", "kicker", "subheadlines", "column", "reporters",
                 "continued_from", "continued_to", "paragraphs", "body")
# a page number: the last number of a file's name, at most three digits (01, page-3, 20191009-01-03)
_PAGE_NUMBER = regex.compile(r"(\d+)\D*$")
_PATH_DATE = regex.compile(r"(?<!\d)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


class DecodeError(ValueError):
    """A file's bytes are not text newsie can read."""


def read_text(data: bytes) -> str:
    """Decode a page's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GBK/GB18030.

    >>> read_text("新华社".encode("gbk"))
    '新华社'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data:
        raise DecodeError("looks like a binary file (it holds NUL bytes), not page text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise DecodeError(
                f"cannot be decoded as UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}) nor as GBK/GB18030"
            ) from None


def _expand(paths: Sequence[str], pattern: str) -> Iterator[tuple[str, Path | None]]:
    """Files to read, in order: explicit files as given, folders recursively by pattern."""
    for p in paths:
        if p == "-":
            yield "-", None
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob(pattern)):
                if f.is_file():
                    yield str(f), f
        else:
            yield p, path


class _Progress:
    """A one-line progress bar on stderr, shown only for many files on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[-40:]:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


class _Version(argparse.Action):
    """``--version``: newsie's version and which build runs, told only when asked (it looks the
    compiled modules up)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from newsie._compiled import build_name

        print(f"newsie {__version__} ({build_name()})")  # (on stdout, as argparse's version action)
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsie", description="Information extraction from Chinese newspaper pages."
    )
    parser.add_argument("--version", action=_Version, help="show the version and which build runs (pure Python or compiled), then exit")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="parse pages and write their records")
    ex.add_argument("paths", nargs="*", metavar="PATH",
                    help="files or folders (read recursively); '-' or nothing reads stdin")
    ex.add_argument("--issue-date", metavar="YYYY-MM-DD|from-path",
                    help="the issue's date; 'from-path' takes it from each file's path (2024-10-24 or 20241024)")
    ex.add_argument("--page", type=int, metavar="N", help="the page number (for a single page)")
    ex.add_argument("--newspaper", help="the newspaper's name, recorded on each page")
    ex.add_argument("--format", choices=FORMATS, default="json", help="output format (default json)")
    ex.add_argument("--kind", choices=("all",) + RECORD_KINDS, default="all",
                    help="record kind for --format csv (default all)")
    ex.add_argument("--out", metavar="DIR", help="write one file per input (json) or one file (jsonl, csv) into DIR")
    ex.add_argument("--pattern", default="*.txt", help="file pattern inside folders (default *.txt)")
    ex.add_argument("--pipeline", metavar="NAMES", help="comma-separated extractor names")
    ex.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                    help="progress bar on stderr (auto: many files on a terminal)")

    iss = sub.add_parser(
        "issue", help="parse whole issues (one folder of page files each) and stitch jumped articles",
        description="Each folder holding page files is one issue (or, with --group-by date, the files "
                    "whose paths carry one date); a file's page number is the last number in its name "
                    "(01.txt, page-3.txt, 20191009-01-03.txt). Articles cut by 下转第N版 are joined "
                    "with their 上接 parts.")
    iss.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders (read recursively)")
    iss.add_argument("--group-by", choices=("folder", "date"), default="folder",
                     help="what makes an issue: the pages' folder (default) or the date in their paths")
    iss.add_argument("--issue-date", metavar="YYYY-MM-DD|from-path",
                     help="the issue's date; 'from-path' takes it from each issue's folder or file names")
    iss.add_argument("--newspaper", help="the newspaper's name, recorded on each issue")
    iss.add_argument("--format", choices=ISSUE_FORMATS, default="json",
                     help="json: one Issue each; jsonl: one Issue a line; csv: one row per stitched article")
    iss.add_argument("--out", metavar="DIR", help="write one file per issue (json) or one file (jsonl, csv) into DIR")
    iss.add_argument("--pattern", default="*.txt", help="file pattern inside folders (default *.txt)")
    iss.add_argument("--pipeline", metavar="NAMES", help="comma-separated extractor names")
    iss.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")

    sc = sub.add_parser("schema", help="print the JSON Schema of the output (a Page)")
    sc.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")

    sub.add_parser("extractors", help="list the registered extractors and their options")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        text = json.dumps(Page.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if args.command == "extractors":
        from newsie import registry

        for name in registry.names():
            try:
                opts = registry.get(name).options
            except Exception as exc:  # a broken plugin is listed, not fatal
                opts = {"<error>": str(exc)}
            shown = ", ".join(f"{k}={v!r}" for k, v in opts.items()) or "-"
            print(f"{name}\t{shown}")
        return 0
    if args.command == "issue":
        return _issue(parser, args)
    return _extract(parser, args)


def _setup(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[bool, dt.date | None, Pipeline]:
    """The options ``extract`` and ``issue`` share: (dates from paths?, the issue date, the
    pipeline); a bad value is a usage error."""
    from_path = args.issue_date == "from-path"
    try:
        issue_date = None if from_path else check_issue_date(args.issue_date)
    except ValueError as exc:
        parser.error(str(exc))
    if args.jobs < 1:
        parser.error(f"--jobs must be >= 1, got {args.jobs}")
    try:
        nlp = Pipeline(args.pipeline.split(",")) if args.pipeline else Pipeline()
    except ValueError as exc:
        parser.error(str(exc))
    return from_path, issue_date, nlp


def _extract(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from_path, issue_date, nlp = _setup(parser, args)
    paths = args.paths or ["-"]
    if "-" in paths and sys.stdin.isatty() and not args.paths:
        parser.error("no PATH given and nothing on stdin")
    files = list(_expand(paths, args.pattern))
    if not files:
        print(f"newsie: error: no files matching {args.pattern!r} in {', '.join(paths)}", file=sys.stderr)
        return 1
    show = args.progress == "always" or (args.progress == "auto" and len(files) > 1 and sys.stderr.isatty())
    progress = _Progress(len(files), show)
    failed = 0

    def report(name: str, message: str) -> None:
        nonlocal failed
        failed += 1
        if progress.enabled:
            sys.stderr.write("\n")
        print(f"newsie: error: {name}: {message}", file=sys.stderr)

    def inputs() -> Iterator[tuple[str, dict[str, Any]]]:
        for name, path in files:
            try:
                data = sys.stdin.buffer.read() if path is None else path.read_bytes()
                text = read_text(data)
            except (OSError, DecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                report(name, reason)
                progress.step(name)
                continue
            date = issue_date
            if from_path:
                date = _date_in(name)
            yield text, {"name": "<stdin>" if path is None else name, "issue_date": date,
                         "page": args.page, "newspaper": args.newspaper}

    writer = _Writer(args.format, args.kind, args.out, single=len(files) == 1)
    try:
        for page, ctx in nlp.pipe(inputs(), as_tuples=True, n_process=args.jobs, on_error="collect"):
            name = ctx["name"]
            progress.step(name)
            if page.errors:
                err = page.errors[0]
                report(name, f"{err.stage + ': ' if err.stage else ''}{err.type}: {err.message}")
                continue
            writer.write(name, page.model_copy(update={"source_name": name}))
    except KeyboardInterrupt:
        progress.close()
        print("newsie: interrupted", file=sys.stderr)
        return 130
    finally:
        writer.close()
    progress.close()
    return 1 if failed else 0


def page_number_of(path: Path) -> int:
    """The page number in a page file's name: its last number of one to three digits.

    >>> page_number_of(Path("2019-10-09/20191009-01-03.txt"))
    3

    Raises:
        ValueError: the name holds no such number.
    """
    m = _PAGE_NUMBER.search(path.stem)
    if m is None or len(m[1]) > 3 or int(m[1]) < 1:
        raise ValueError("its name holds no page number (the last number of the name, 1 to 3 digits: 01.txt, page-3.txt)")
    return int(m[1])


def _date_in(text: str) -> dt.date | None:
    m = _PATH_DATE.search(text)
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:  # 20190231
        return None


def _issue(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """``newsie issue``: group page files into issues, parse every page, stitch each issue."""
    from newsie.issue import assemble

    if "-" in args.paths:
        parser.error("newsie issue reads page files, not stdin ('-')")
    from_path, issue_date, nlp = _setup(parser, args)
    failed = 0

    def report(name: str, message: str) -> None:
        nonlocal failed
        failed += 1
        print(f"newsie: error: {name}: {message}", file=sys.stderr)

    # issue key -> {page number: (name, path)}
    issues: dict[str, dict[int, tuple[str, Path]]] = {}
    files = list(_expand(args.paths, args.pattern))
    if not files:
        print(f"newsie: error: no files matching {args.pattern!r} in {', '.join(args.paths)}", file=sys.stderr)
        return 1
    for name, path in files:
        assert path is not None
        try:
            number = page_number_of(path)
        except ValueError as exc:
            report(name, str(exc))
            continue
        if args.group_by == "date":
            date = _date_in(str(path))
            if date is None:
                report(name, "its path holds no date (YYYY-MM-DD or YYYYMMDD) to group it by")
                continue
            key = date.isoformat()
        else:
            key = str(path.parent)
        pages = issues.setdefault(key, {})
        if number in pages:
            report(name, f"page {number} of issue {key} is already {pages[number][0]}; skipped")
            continue
        pages[number] = (name, path)

    def dated(key: str) -> dt.date | None:
        if not from_path:
            return issue_date
        found = _date_in(key)
        if found is None:  # a folder with no date: the first page's name that has one
            found = next((d for _, p in issues[key].values() if (d := _date_in(p.name))), None)
        return found

    def inputs() -> Iterator[tuple[str, dict[str, Any]]]:
        for key in sorted(issues):
            date = dated(key)
            for number, (name, path) in sorted(issues[key].items()):
                try:
                    text = read_text(path.read_bytes())
                except (OSError, DecodeError) as exc:
                    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                    report(name, reason)
                    unread.setdefault(key, []).append(f"page {number} ({name}): not read: {reason}")
                    continue
                yield text, {"issue": key, "name": name, "issue_date": date, "page": number,
                             "newspaper": args.newspaper}

    unread: dict[str, list[str]] = {}
    writer = _IssueWriter(args.format, args.out, single=len(issues) == 1)

    def finish(key: str, pages: list[Page]) -> None:
        if pages:
            issue = assemble(pages, issue_date=dated(key), newspaper=args.newspaper)
            warnings = tuple(unread.get(key, ())) + issue.warnings
            writer.write(key, issue.model_copy(update={"source_name": key, "warnings": warnings}))

    current: str | None = None
    parsed: list[Page] = []
    try:
        for page, ctx in nlp.pipe(inputs(), as_tuples=True, n_process=args.jobs, on_error="collect"):
            if ctx["issue"] != current:
                if current is not None:
                    finish(current, parsed)
                current, parsed = ctx["issue"], []
            if page.errors:
                err = page.errors[0]
                report(ctx["name"], f"{err.stage + ': ' if err.stage else ''}{err.type}: {err.message}")
                page = page.model_copy(update={"page_number": ctx["page"]})
            parsed.append(page.model_copy(update={"source_name": ctx["name"]}))
        if current is not None:
            finish(current, parsed)
    except KeyboardInterrupt:
        print("newsie: interrupted", file=sys.stderr)
        return 130
    finally:
        writer.close()
    return 1 if failed else 0


class _Output:
    """Where a command writes: stdout, or into folder ``out`` one file per item (json) or
    one file named ``name`` plus the format's extension (the other formats)."""

    def __init__(self, fmt: str, out: str | None, single: bool, name: str) -> None:
        self.fmt, self.single, self.count = fmt, single, 0
        self.out = Path(out) if out else None
        self.stream: TextIO | None = None
        self.csv: csv.DictWriter | None = None
        if self.out:
            self.out.mkdir(parents=True, exist_ok=True)
            if fmt != "json":
                ext = {"table": "txt"}.get(fmt, fmt)
                self.stream = open(self.out / f"{name}.{ext}", "w", encoding="utf-8", newline="")
        else:
            self.stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True) \
                if hasattr(sys.stdout, "buffer") else sys.stdout

    def close(self) -> None:
        if self.stream is None:
            return
        if self.fmt == "json" and not self.out and self.count and not self.single:
            self.stream.write("\n]\n")
        self.stream.flush()
        if self.out:
            self.stream.close()
        elif isinstance(self.stream, io.TextIOWrapper) and self.stream is not sys.stdout:
            self.stream.detach()


class _IssueWriter(_Output):
    """Writes issues as JSON, JSON lines or a CSV of their stitched articles."""

    def __init__(self, fmt: str, out: str | None, single: bool) -> None:
        super().__init__(fmt, out, single, "newsie-issues")
        self.names: set[str] = set()

    def write(self, key: str, issue: Any) -> None:
        self.count += 1
        if self.fmt == "json" and self.out:
            stem = regex.sub(r"[^\w.-]+", "_", Path(key).name or key) or "issue"
            name, n = stem, 1
            while name in self.names:
                n += 1
                name = f"{stem}-{n}"
            self.names.add(name)
            (self.out / f"{name}.json").write_text(issue.model_dump_json(indent=2) + "\n", encoding="utf-8")
            return
        assert self.stream is not None
        if self.fmt == "json":
            data = issue.model_dump_json(indent=2)
            self.stream.write(data + "\n" if self.single else ("[\n" if self.count == 1 else ",\n") + data)
        elif self.fmt == "jsonl":
            self.stream.write(issue.model_dump_json() + "\n")
        else:
            if self.csv is None:
                self.csv = csv.DictWriter(self.stream, fieldnames=ISSUE_COLUMNS)
                self.csv.writeheader()
            for a in issue.articles:
                pages = sorted({s.page for s in a.paragraphs if s.page is not None}
                               or ({a.headline.page} if a.headline and a.headline.page else set()))
                self.csv.writerow({
                    "issue": key, "article_id": a.id, "pages": ",".join(map(str, pages)),
                    "headline": a.headline.text if a.headline else "",
                    "kicker": a.kicker.text if a.kicker else "",
                    "subheadlines": " / ".join(s.text for s in a.subheadlines),
                    "column": a.column.text if a.column else "",
                    "reporters": "、".join(r for b in a.bylines if b.kind != "摄" for r in b.reporters),
                    "continued_from": a.continued_from or "", "continued_to": a.continued_to or "",
                    "paragraphs": len(a.paragraphs), "body": a.body,
                })

class _Writer(_Output):
    """Writes pages in the chosen format to stdout or into a folder."""

    def __init__(self, fmt: str, kind: str, out: str | None, single: bool = False) -> None:
        super().__init__(fmt, out, single, "newsie")
        self.kind = kind

    def write(self, name: str, page: Page) -> None:
        self.count += 1
        if self.fmt == "json":
            data = page.model_dump_json(indent=2)
            if self.out:
                stem = Path(name).stem if name != "<stdin>" else "stdin"
                target = self.out / f"{stem}.json"
                n = 1
                while target.exists() and self.count > 1 and n < 10_000:
                    n += 1
                    target = self.out / f"{stem}-{n}.json"
                target.write_text(data + "\n", encoding="utf-8")
            else:
                assert self.stream is not None
                if self.single:
                    self.stream.write(data + "\n")
                else:
                    self.stream.write(("[\n" if self.count == 1 else ",\n") + data)
        elif self.fmt == "jsonl":
            assert self.stream is not None
            self.stream.write(page.model_dump_json() + "\n")
        elif self.fmt == "csv":
            if self.csv is None:
                assert self.stream is not None
                self.csv = csv.DictWriter(self.stream, fieldnames=("path",) + ALL_COLUMNS, extrasaction="raise")
                self.csv.writeheader()
            for r in page.to_records(self.kind):
                self.csv.writerow({"path": name, **{k: ("" if v is None else v) for k, v in r.items()}})
        else:
            assert self.stream is not None
            self.stream.write(f"== {name}\n{page}\n\n")

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
