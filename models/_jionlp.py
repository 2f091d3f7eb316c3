"""Where the build scripts read JioNLP's dictionaries: the installed ``jionlp`` package
(`pip install 'newsie[bench]'`, Apache-2.0), read as files, without importing it."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path


def dictionary_lines(name: str, what: str) -> Iterator[str]:
    """The lines of dictionary ``name`` (``chinese_idiom.txt``, ``idf.txt``) in the installed
    jionlp's ``dictionary`` folder: the file itself, or the zip of its stem that holds it (the
    form later jionlp releases ship). A clear exit naming the problem where jionlp is not
    installed or has neither (``what``: the dictionary's name for the message)."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jionlp is not installed: pip install 'newsie[bench]'")
    folder = Path(list(spec.submodule_search_locations)[0]) / "dictionary"
    plain, packed = folder / name, folder / (Path(name).stem + ".zip")
    if plain.exists():
        with open(plain, encoding="utf-8") as fh:
            yield from fh
        return
    if packed.exists():
        with zipfile.ZipFile(packed) as z:
            member = next((n for n in z.namelist() if n.endswith(name)), None)
            if member is not None:
                yield from io.TextIOWrapper(z.open(member), encoding="utf-8")
                return
    raise SystemExit(f"neither {plain} nor {packed} holds it: this jionlp has no {what} dictionary")
