"""Entity sources: a statistical model that finds person, place and organisation names.

An *entity source* maps texts to character spans labelled ``"PER"``, ``"LOC"`` or
``"ORG"``. :func:`load` builds one from a spec:

- ``"default"``: newsie's own model, shipped under ``models/ner-zh/`` (a linear-chain CRF
  over characters and newsie's lexicons, run by python-crfsuite, trained on the PFR 1998
  corpus; see ``models/ner-zh.md``);
- ``"spacy:NAME_OR_PATH"``: any spaCy pipeline with an ``ner`` component, by package
  name or folder (extra ``newsie[spacy]``);
- ``"hanlp:NAME_OR_PATH"``: a HanLP NER model, by pretrained identifier (e.g.
  ``MSRA_NER_ELECTRA_SMALL_ZH``) or local folder (extra ``newsie[hanlp]``);
- a bare folder path: a spaCy, a HanLP or a newsie CRF model folder, told apart by its files.

Labels of other schemes are mapped onto the three (``PERSON``/``NR`` -> PER,
``GPE``/``LOC``/``LOCATION``/``NS``/``FAC`` -> LOC, ``ORG``/``ORGANIZATION``/``NT`` -> ORG);
other labels (dates, money, ...) are dropped. A spec that cannot be honoured raises;
newsie never falls back to another model silently.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Protocol, Sequence, runtime_checkable

from newsie.errors import ConfigError, MissingExtraError
from newsie.ner._crf import CLUSTERS_FILE, FEATURES_VERSION, Clusters, CrfSource

__all__ = [
    "EntitySource",
    "SpacySource",
    "HanlpSource",
    "CrfSource",
    "ModelError",
    "BackendMissingError",
    "load",
    "normalise_label",
    "DEFAULT_MODEL",
    "MODEL_FORMAT",
]

Span3 = tuple[int, int, str]

#: The folder under models/ that holds the default model.
DEFAULT_MODEL = "ner-zh"
#: What ``meta.json`` of the default model must declare under ``newsie.format``.
MODEL_FORMAT = "newsie-ner-crf-1"
#: The file of a CRF model folder that holds the weights.
CRF_FILE = "model.crfsuite"

_LABELS = {
    "PER": "PER", "PERSON": "PER", "NR": "PER", "PEOPLE": "PER",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "NS": "LOC", "FAC": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "NT": "ORG",
}  # fmt: skip


def normalise_label(label: str) -> str | None:
    """The newsie label (PER, LOC, ORG) of another scheme's label, or None to drop it.

    >>> [normalise_label(x) for x in ("PERSON", "nr", "GPE", "NT", "DATE", "B-ORG")]
    ['PER', 'PER', 'LOC', 'ORG', None, 'ORG']
    """
    key = label.upper()
    if key[:2] in ("B-", "I-", "S-", "E-", "M-"):
        key = key[2:]
    return _LABELS.get(key)


class ModelError(ConfigError):
    """A model spec names a folder that is missing, or a model newsie cannot use."""


class BackendMissingError(MissingExtraError, ConfigError):
    """The library behind an entity source is not installed (the message says what to install)."""


@runtime_checkable
class EntitySource(Protocol):
    """Texts in, one list of ``(start, end, label)`` character spans per text out."""

    spec: str

    def __call__(self, texts: Sequence[str]) -> list[list[Span3]]: ...


def _import(module: str, extra: str) -> Any:
    """Import an optional backend, or raise an error with the install command."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BackendMissingError(module.split(".")[0], extra) from exc


class SpacySource:
    """A spaCy pipeline with an ``ner`` component as an entity source.

    Args:
        nlp: the loaded pipeline.
        spec: how it was asked for (kept for messages and ``repr``).
        batch_size: texts per ``nlp.pipe`` batch.
        max_chars: longer texts are read in pieces of at most this many characters.
    """

    def __init__(self, nlp: Any, spec: str, *, batch_size: int = 64, max_chars: int = 10_000) -> None:
        if not any(nlp.get_pipe_meta(name).factory in ("ner", "beam_ner") for name in nlp.pipe_names):
            raise ModelError(
                f"spaCy pipeline {spec!r} has no 'ner' component (its components: "
                f"{', '.join(nlp.pipe_names) or 'none'}); an entity source needs one"
            )
        self.nlp = nlp
        self.spec = spec
        self.batch_size = batch_size
        self.max_chars = max_chars

    def __repr__(self) -> str:
        return f"SpacySource({self.spec!r})"

    def __call__(self, texts: Sequence[str]) -> list[list[Span3]]:
        texts = list(texts)
        out: list[list[Span3]] = [[] for _ in texts]
        # a long text (a page that is one paragraph) goes in pieces cut after sentence ends:
        # spaCy refuses texts over nlp.max_length, and memory grows with the length
        pieces = [(k, base, piece) for k, text in enumerate(texts) for base, piece in _cut(text, self.max_chars)]
        docs = self.nlp.pipe((piece for _, _, piece in pieces), batch_size=self.batch_size)
        for (k, base, piece), doc in zip(pieces, docs):
            # spaCy's tokenizers keep the text (doc.text == piece), so offsets are the piece's
            for ent in doc.ents:
                label = normalise_label(ent.label_)
                if label is not None and (span := _trim(piece, ent.start_char, ent.end_char)):
                    out[k].append((span[0] + base, span[1] + base, label))
        return out


_SENTENCE_END = "。！？；"  # where a long text is cut into pieces for a model


def _cut(text: str, max_chars: int) -> list[tuple[int, str]]:
    """``text`` as ``(offset, piece)`` pieces of at most ``max_chars``, cut after a sentence
    end where there is one in the piece's second half.

    >>> _cut("甲。乙。丙丙丙。", 4)
    [(0, '甲。乙。'), (4, '丙丙丙。')]
    """
    out, start = [], 0
    while len(text) - start > max_chars:
        end = start + max_chars
        cut = max(text.rfind(c, start + max_chars // 2, end) for c in _SENTENCE_END + "\n")
        end = cut + 1 if cut >= 0 else end
        out.append((start, text[start:end]))
        start = end
    if start < len(text) or not out:
        out.append((start, text[start:]))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without whitespace at its edges (a whitespace token can end an entity).

    >>> _trim(" 王 平  说", 0, 5)
    (1, 4)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


class HanlpSource:
    """A HanLP NER component as an entity source.

    HanLP's NER models read tokens; newsie gives them single characters (whitespace left
    out) in pieces of at most ``max_chars``, cut after sentence ends, and maps the token
    offsets back into each text.
    """

    def __init__(self, component: Any, spec: str, *, batch_size: int = 32, max_chars: int = 200) -> None:
        self.component = component
        self.spec = spec
        self.batch_size = batch_size
        self.max_chars = max_chars

    def __repr__(self) -> str:
        return f"HanlpSource({self.spec!r})"

    def _pieces(self, text: str) -> list[list[int]]:
        """Offsets of the non-space characters of text, cut into pieces of max_chars at most."""
        pieces: list[list[int]] = []
        cur: list[int] = []
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            cur.append(i)
            if ch in _SENTENCE_END or len(cur) >= self.max_chars:
                pieces.append(cur)
                cur = []
        if cur:
            pieces.append(cur)
        return pieces

    def __call__(self, texts: Sequence[str]) -> list[list[Span3]]:
        texts = list(texts)
        jobs: list[tuple[int, list[int]]] = []
        for n, text in enumerate(texts):
            jobs.extend((n, piece) for piece in self._pieces(text))
        out: list[list[Span3]] = [[] for _ in texts]
        for b in range(0, len(jobs), self.batch_size):
            batch = jobs[b : b + self.batch_size]
            tokens = [[texts[n][i] for i in piece] for n, piece in batch]
            results = self.component(tokens)
            for (n, piece), found in zip(batch, results):
                for ent in found or []:
                    _, label, begin, end = ent[:4]
                    norm = normalise_label(str(label))
                    if norm is None or not (0 <= begin < end <= len(piece)):
                        continue
                    out[n].append((piece[begin], piece[end - 1] + 1, norm))
        return [sorted(spans) for spans in out]


def _default_folder() -> Path:
    from newsie._resources import resource_path

    try:
        return resource_path(f"{DEFAULT_MODEL}/meta.json").parent
    except FileNotFoundError as exc:
        raise ModelError(
            f"newsie's default entity model ({DEFAULT_MODEL}/, a CRF model folder with "
            f"{CRF_FILE} and meta.json) is missing: {exc}"
        ) from None


def _is_crf_folder(folder: Path) -> bool:
    return (folder / CRF_FILE).is_file() and (folder / "meta.json").is_file()


def _load_crf_folder(folder: Path, spec: str, *, require_format: str | None = MODEL_FORMAT) -> Any:
    """A newsie CRF model folder (``model.crfsuite``, ``meta.json``) as an entity source."""
    if not folder.is_dir():
        raise ModelError(f"{folder}: no such folder; expected a newsie CRF model folder ({CRF_FILE}, meta.json)")
    if not _is_crf_folder(folder):
        raise ModelError(f"{folder} is not a newsie CRF model folder: expected {CRF_FILE} and meta.json in it")
    meta = _read_meta(folder)
    about = meta.get("newsie") or {}
    found = about.get("format")
    if require_format is not None and found != require_format:
        raise ModelError(
            f"{folder} holds a model of format {found!r}; this newsie expects {require_format!r} "
            f"(rebuild it with models/build_ner_crf.py)"
        )
    if about.get("features_version") != FEATURES_VERSION:
        raise ModelError(
            f"{folder} was trained on features version {about.get('features_version')!r}; this newsie "
            f"computes version {FEATURES_VERSION} (rebuild it with models/build_ner_crf.py)"
        )
    if not (folder / CLUSTERS_FILE).is_file():
        raise ModelError(f"{folder} lacks {CLUSTERS_FILE}, the character clusters its features need "
                         f"(rebuild it with models/build_ner_crf.py)")
    decode = about.get("decode")
    if decode is not None and not _valid_decode(decode):
        raise ModelError(
            f"{folder}/meta.json: newsie.decode must hold org_heads (a list of strings), org_ratio (a number "
            f"in (0, 1]) and org_max_chars (a positive integer), got {str(decode)[:200]!r} "
            f"(rebuild it with models/build_ner_crf.py)"
        )
    try:
        return CrfSource(folder / CRF_FILE, spec, clusters=Clusters.read(folder / CLUSTERS_FILE), decode=decode)
    except ImportError as exc:
        raise ModelError(
            f"{folder} is a CRF model, which needs python-crfsuite (a dependency of newsie) and it is "
            f"not installed; install it with: pip install python-crfsuite"
        ) from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"{folder / CRF_FILE}: crfsuite cannot open this model: {exc}") from exc


def _valid_decode(decode: Any) -> bool:
    """Whether ``meta.json``'s ``newsie.decode`` block has the settings the decoding step reads.

    >>> _valid_decode({"org_heads": ["部"], "org_ratio": 0.3, "org_max_chars": 6}), _valid_decode({"org_heads": "部"})
    (True, False)
    """
    if not isinstance(decode, dict):
        return False
    heads, ratio, width = decode.get("org_heads"), decode.get("org_ratio"), decode.get("org_max_chars")
    return (isinstance(heads, list) and all(isinstance(h, str) and h for h in heads)
            and isinstance(ratio, (int, float)) and not isinstance(ratio, bool) and 0 < ratio <= 1
            and isinstance(width, int) and not isinstance(width, bool) and width > 0)


def _read_meta(folder: Path) -> dict[str, Any]:
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{folder}: cannot read meta.json of a spaCy pipeline ({exc})") from None


def _check_spacy_version(folder: Path, meta: dict[str, Any]) -> None:
    spacy = _import("spacy", "spacy")
    from spacy.util import is_compatible_version

    wanted = meta.get("spacy_version")
    if wanted and is_compatible_version(spacy.__version__, wanted) is False:
        raise ModelError(
            f"{folder} is a spaCy pipeline for spacy{wanted}, but spaCy {spacy.__version__} is "
            f"installed; install a matching spaCy or retrain the model"
        )


def _load_spacy_folder(folder: Path, spec: str, *, require_format: str | None = None) -> SpacySource:
    if not folder.is_dir():
        raise ModelError(f"{folder}: no such folder; expected a spaCy pipeline folder (config.cfg, meta.json)")
    if not (folder / "config.cfg").is_file() or not (folder / "meta.json").is_file():
        raise ModelError(f"{folder} is not a spaCy pipeline folder: expected config.cfg and meta.json in it")
    meta = _read_meta(folder)
    if require_format is not None:
        found = (meta.get("newsie") or {}).get("format")
        if found != require_format:
            raise ModelError(
                f"{folder} holds a model of format {found!r}; this newsie expects {require_format!r} "
                f"(rebuild it with models/build_ner.py)"
            )
    spacy = _import("spacy", "spacy")
    _check_spacy_version(folder, meta)
    import newsie.ner._components  # noqa: F401  (the factory newsie's spaCy models name)

    try:
        nlp = spacy.load(folder)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{folder}: spaCy cannot load this pipeline: {exc}") from exc
    return SpacySource(nlp, spec)


def _load_spacy(target: str, spec: str) -> SpacySource:
    path = Path(target).expanduser()
    if path.exists() or "/" in target or "\\" in target or target.startswith("."):
        return _load_spacy_folder(path, spec)
    spacy = _import("spacy", "spacy")
    import newsie.ner._components  # noqa: F401

    try:
        nlp = spacy.load(target)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {target!r} is neither an installed package nor a folder ({exc})"
        ) from None
    return SpacySource(nlp, spec)


def _is_hanlp_folder(folder: Path) -> bool:
    return (folder / "config.json").is_file()


def _load_hanlp(target: str, spec: str) -> HanlpSource:
    hanlp = _import("hanlp", "hanlp")
    path = Path(target).expanduser()
    looks_like_path = path.exists() or "/" in target or "\\" in target or target.startswith(".")
    if looks_like_path:
        if not path.is_dir():
            raise ModelError(f"{path}: no such folder; expected a HanLP model folder (config.json)")
        if not _is_hanlp_folder(path):
            raise ModelError(f"{path} is not a HanLP model folder: expected config.json in it")
        target = str(path)
    try:
        component = hanlp.load(target)
    except Exception as exc:  # HanLP raises many kinds; name the model and the cause
        raise ModelError(f"HanLP cannot load {target!r}: {type(exc).__name__}: {exc}") from exc
    return HanlpSource(component, spec)


_CACHE: dict[str, EntitySource] = {}
_LOCK = threading.Lock()


def load(spec: str = "default") -> EntitySource:
    """The entity source a spec names, loaded once per process.

    Args:
        spec: ``"default"``, ``"spacy:NAME_OR_PATH"``, ``"hanlp:NAME_OR_PATH"`` or a folder.

    Returns:
        A callable ``texts -> [[(start, end, label), ...], ...]``.

    Raises:
        BackendMissingError: spaCy or HanLP is not installed (a :class:`ConfigError`
            whose message gives the ``pip install`` command).
        ModelError: the folder is missing, is not a model folder, or holds a model of
            another format or version (the message names the path and what was expected).
        ConfigError: the spec is not a string of one of the forms above.

    Example:
        >>> source = load()
        >>> [(s, e, label) for s, e, label in source(["国家主席习近平在北京会见了美国总统。"])[0]]
        [(4, 7, 'PER'), (8, 10, 'LOC'), (13, 15, 'LOC')]
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ConfigError(
            f"entity source must be 'default', 'spacy:NAME_OR_PATH', 'hanlp:NAME_OR_PATH' or a "
            f"model folder, got {spec!r}"
        )
    with _LOCK:
        if spec not in _CACHE:
            _CACHE[spec] = _load(spec)
        return _CACHE[spec]


def _load(spec: str) -> EntitySource:
    kind, sep, target = spec.partition(":")
    if spec == "default":
        return _load_crf_folder(_default_folder(), spec)
    if sep and kind == "spacy":
        if not target:
            raise ConfigError("'spacy:' needs a pipeline name or folder, e.g. 'spacy:zh_core_web_sm'")
        return _load_spacy(target, spec)
    if sep and kind == "hanlp":
        if not target:
            raise ConfigError("'hanlp:' needs a model identifier or folder, e.g. 'hanlp:MSRA_NER_ELECTRA_SMALL_ZH'")
        return _load_hanlp(target, spec)
    path = Path(spec).expanduser()
    if path.is_dir():
        if (path / "config.cfg").is_file():
            return _load_spacy_folder(path, spec)
        if _is_hanlp_folder(path):
            return _load_hanlp(str(path), spec)
        if _is_crf_folder(path):
            return _load_crf_folder(path, spec)
        raise ModelError(
            f"{path} is neither a spaCy pipeline folder (config.cfg, meta.json) nor a HanLP model "
            f"folder (config.json) nor a newsie CRF model folder ({CRF_FILE}, meta.json)"
        )
    if path.exists() or "/" in spec or "\\" in spec or spec.startswith("."):
        raise ModelError(f"{path}: no such model folder; expected a spaCy, a HanLP or a newsie CRF model folder")
    raise ConfigError(
        f"unknown entity source {spec!r}: use 'default', 'spacy:NAME_OR_PATH', "
        f"'hanlp:NAME_OR_PATH' or a model folder"
    )
