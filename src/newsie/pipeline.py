"""The pipeline: named extractors run in order over a page, and `parse`, the one call."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

from newsie import registry as _registry
from newsie.document import Document
from newsie.draft import Draft
from newsie.errors import ConfigError, ExtractorError
from newsie.records import Page, PageError

__all__ = ["DEFAULT_PIPELINE", "Pipeline", "parse", "check_text", "check_issue_date"]

log = logging.getLogger("newsie")

#: The extractors `newsie.parse` runs, in order.
DEFAULT_PIPELINE: tuple[str, ...] = (
    "newsie.segment.v1",
    "newsie.continuations.v1",
    "newsie.bylines.v1",
    "newsie.dates.v1",
    "newsie.figures.v1",
    "newsie.entities.v1",
)

ErrorHandler = Literal["raise", "collect"] | Callable[[Any, BaseException], Page | None]


def check_text(text: object) -> str:
    """Refuse anything but ``str`` with a :class:`TypeError` naming the type."""
    if isinstance(text, str):
        return text
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"newsie expects the page text as str, got {type(text).__name__}{hint}")


def check_issue_date(value: object) -> dt.date | None:
    """Accept a date, a datetime or a ``YYYY-MM-DD`` string; refuse the rest by name.

    >>> check_issue_date("2024-10-24")
    datetime.date(2024, 10, 24)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        raise ValueError(f"issue_date {value!r} is not a valid date in the form YYYY-MM-DD (e.g. 2024-10-24)")
    raise ValueError(
        f"issue_date must be a datetime.date or a YYYY-MM-DD string, got {type(value).__name__} {value!r}"
    )


def _check_page(page: object) -> int | None:
    if page is None:
        return None
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise ValueError(f"page must be a page number >= 1, got {page!r}")
    return page


class Pipeline:
    """A list of named extractors run in order over each page.

    Args:
        extractors: registered names (``"newsie.bylines.v1"``, or ``"newsie.bylines"`` for
            the latest version); defaults to :data:`DEFAULT_PIPELINE`.
        config: options per extractor name, e.g. ``{"newsie.bylines.v1": {...}}``.
        entities: the entity source of ``newsie.entities.v1``: ``"fast"`` (rules and
            gazetteers alone), ``"default"``, ``"hanlp:NAME"``, ``"spacy:NAME"``, a folder.

    Raises:
        UnknownExtractorError: a name is not registered (the message lists those that are).
        ConfigError: an option is not one the extractor takes (the message lists them).

    Example:
        >>> nlp = Pipeline(["newsie.segment.flat", "newsie.continuations"])
        >>> page = nlp("习近平出席会晤。\\n（下转第3版）", issue_date="2024-10-24")
        >>> [(c.direction, c.page) for c in page.continuations]
        [('to', 3)]
    """

    def __init__(
        self,
        extractors: Sequence[str] | None = None,
        *,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        entities: str | None = None,
    ) -> None:
        if isinstance(extractors, str):
            raise TypeError("extractors must be a list of names, not one string")
        names = list(DEFAULT_PIPELINE if extractors is None else extractors)
        config = dict(config or {})
        if entities is not None:  # the entity source: "fast", "default", "hanlp:NAME", ...
            config["newsie.entities.v1"] = {**config.get("newsie.entities.v1", {}), "source": entities}
        items = [_registry.get(n) for n in names]
        resolved = [it.name for it in items]
        if len(set(resolved)) != len(resolved):
            raise ConfigError(f"an extractor appears twice in {resolved}")
        unused = [k for k in config if k not in names and k not in resolved]
        if unused:
            raise ConfigError(
                f"config given for {', '.join(map(repr, unused))}, which is not in the pipeline; "
                f"pipeline: {', '.join(resolved)}"
            )
        self._spec = (tuple(names), {k: dict(v) for k, v in config.items()})
        self.names: list[str] = resolved
        self._extractors = []
        for name, item in zip(names, items):
            cfg = config.get(name, config.get(item.name, {}))
            self._extractors.append((item.name, item.make(cfg)))

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    def __reduce__(self):  # rebuilt by name in worker processes
        names, config = self._spec
        return (_rebuild, (names, config))

    def __call__(
        self,
        text: str,
        *,
        issue_date: dt.date | str | None = None,
        page: int | None = None,
        newspaper: str | None = None,
    ) -> Page:
        """Parse one page. See :func:`newsie.parse`."""
        text = check_text(text)
        date = check_issue_date(issue_date)
        page_number = _check_page(page)
        doc = Document(text)
        draft = Draft(doc=doc, issue_date=date, page_number=page_number, newspaper=newspaper)
        if not text.strip():
            return draft.to_page()
        for name, extract in self._extractors:
            try:
                extract(doc, draft)
            except Exception as exc:
                raise ExtractorError(name, exc) from exc
        return draft.to_page()

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        n_process: int = 1,
        batch_size: int = 16,
        as_tuples: bool = False,
        issue_date: dt.date | str | None = None,
        on_error: ErrorHandler = "raise",
    ) -> Iterator[Page] | Iterator[tuple[Page, Any]]:
        """Parse many pages, yielding results in input order.

        Args:
            texts: page texts; with ``as_tuples``, ``(text, context)`` pairs whose context
                is passed through, and may be a mapping with ``issue_date``, ``page`` and
                ``newspaper`` for that page.
            n_process: worker processes (1 runs in this process).
            batch_size: pages sent to a worker at a time.
            as_tuples: yield ``(page, context)`` pairs.
            issue_date: the issue date of pages that do not give their own.
            on_error: ``"raise"`` (default) re-raises the first failure; ``"collect"``
                yields a :class:`Page` holding the error in ``errors`` and goes on; a
                callable ``(item, exc) -> Page | None`` decides (None skips the page).

        Yields:
            :class:`Page`, or ``(Page, context)`` with ``as_tuples``.
        """
        if not (isinstance(n_process, int) and n_process >= 1):
            raise ValueError(f"n_process must be an int >= 1, got {n_process!r}")
        if not (isinstance(batch_size, int) and batch_size >= 1):
            raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
        if not (on_error in ("raise", "collect") or callable(on_error)):
            raise ValueError(f"on_error must be 'raise', 'collect' or a callable, got {on_error!r}")
        default_date = check_issue_date(issue_date)
        jobs = (_job(item, as_tuples, default_date) for item in texts)
        if n_process == 1:
            results: Iterable[tuple[Any, Page | BaseException]] = (
                _run_job(self, job) for job in jobs
            )
            yield from _finish(results, as_tuples, on_error)
            return
        ctx = multiprocessing.get_context()
        with ctx.Pool(n_process, initializer=_init_worker, initargs=self._spec) as pool:
            results = pool.imap(_worker_job, jobs, chunksize=batch_size)
            yield from _finish(results, as_tuples, on_error)


def _job(item: Any, as_tuples: bool, default_date: dt.date | None) -> tuple[Any, Any, dict]:
    if as_tuples:
        try:
            text, context = item
        except (TypeError, ValueError):
            raise ValueError(f"as_tuples=True expects (text, context) pairs, got {type(item).__name__}") from None
    else:
        text, context = item, None
    kwargs: dict[str, Any] = {"issue_date": default_date}
    if isinstance(context, Mapping):
        for key in ("issue_date", "page", "newspaper"):
            if key in context:
                kwargs[key] = context[key]
    return text, context, kwargs


def _run_job(nlp: Pipeline, job: tuple[Any, Any, dict]) -> tuple[Any, Page | BaseException]:
    text, context, kwargs = job
    try:
        return context, nlp(text, **kwargs)
    except Exception as exc:  # handed to on_error in the parent
        exc._newsie_text = text  # type: ignore[attr-defined]
        return context, exc


_WORKER: Pipeline | None = None


def _rebuild(names: tuple[str, ...], config: dict) -> Pipeline:
    return Pipeline(list(names), config=config)


def _init_worker(names: tuple[str, ...], config: dict) -> None:
    global _WORKER
    _WORKER = _rebuild(names, config)


def _worker_job(job: tuple[Any, Any, dict]) -> tuple[Any, Page | BaseException]:
    assert _WORKER is not None
    return _run_job(_WORKER, job)


def _finish(
    results: Iterable[tuple[Any, Page | BaseException]], as_tuples: bool, on_error: ErrorHandler
) -> Iterator[Any]:
    for context, result in results:
        if isinstance(result, BaseException):
            text = getattr(result, "_newsie_text", "")
            if on_error == "raise":
                raise result
            if on_error == "collect":
                result = _error_page(text, result)
            else:
                result = on_error((text, context) if as_tuples else text, result)
                if result is None:
                    continue
        yield (result, context) if as_tuples else result


def _error_page(text: Any, exc: BaseException) -> Page:
    stage = getattr(exc, "stage", None)
    cause = getattr(exc, "cause", exc)
    error = PageError(type=type(cause).__name__, message=str(cause), stage=stage)
    return Page(source=text if isinstance(text, str) else "", errors=(error,))


_DEFAULT: Pipeline | None = None


def parse(
    text: str,
    *,
    issue_date: dt.date | str | None = None,
    page: int | None = None,
    pipeline: Pipeline | Sequence[str] | None = None,
    newspaper: str | None = None,
) -> Page:
    """Parse one newspaper page into typed records.

    Args:
        text: the page text as extracted from the PDF or e-paper, unchanged.
        issue_date: the issue's date (``datetime.date`` or ``"YYYY-MM-DD"``); datelines
            and relative dates resolve against it. Inferred from the datelines if absent.
        page: the page number, if known.
        pipeline: a :class:`Pipeline` or a list of extractor names; the default runs
            :data:`DEFAULT_PIPELINE`.
        newspaper: the newspaper's name, recorded on the page.

    Returns:
        A :class:`~newsie.records.Page`; every span in it points into ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: ``issue_date`` or ``page`` is malformed.
        ExtractorError: an extractor failed (``stage`` names it).

    Example:
        >>> page = parse("本报讯（记者郝赫）研讨会10月22日召开。", issue_date="2024-10-24")
        >>> page.bylines[0].reporters
        ('郝赫',)
    """
    global _DEFAULT
    if pipeline is None:
        if _DEFAULT is None:
            _DEFAULT = Pipeline()
        nlp = _DEFAULT
    elif isinstance(pipeline, Pipeline):
        nlp = pipeline
    else:
        nlp = Pipeline(pipeline)
    return nlp(text, issue_date=issue_date, page=page, newspaper=newspaper)
