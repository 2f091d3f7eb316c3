"""The command line: ``newsie extract``, ``newsie schema``, ``newsie extractors``.

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsie", description="Information extraction from Chinese newspaper pages."
    )
    parser.add_argument("--version", action="version", version=f"newsie {__version__}")
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
    return _extract(parser, args)


def _extract(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
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
                m = _PATH_DATE.search(name)
                date = dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
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


class _Writer:
    """Writes pages in the chosen format to stdout or into a folder."""

    def __init__(self, fmt: str, kind: str, out: str | None, single: bool = False) -> None:
        self.fmt, self.kind = fmt, kind
        self.out = Path(out) if out else None
        self.count = 0
        self.stream: TextIO | None = None
        self.csv: csv.DictWriter | None = None
        self.single = single
        if self.out:
            self.out.mkdir(parents=True, exist_ok=True)
            if fmt in ("jsonl", "csv", "table"):
                ext = {"jsonl": "jsonl", "csv": "csv", "table": "txt"}[fmt]
                self.stream = open(self.out / f"newsie.{ext}", "w", encoding="utf-8", newline="")
        else:
            self.stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True) \
                if hasattr(sys.stdout, "buffer") else sys.stdout

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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
