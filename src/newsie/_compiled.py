"""Which build of newsie runs: pure Python, or some modules compiled with mypyc.

A wheel built by ``NEWSIE_COMPILE=1 pip install .`` compiles the modules named in :data:`MODULES`
(the segmenter's hot paths) with mypyc when mypy and a C compiler are at hand (``hatch_build.py``
at the project root); a plain ``pip install .``, an editable install (``pip install -e .``), or a
build where compiling failed, runs them as the plain Python files. Both behave alike; the compiled build is
faster. :func:`compiled_modules` tells which build is running.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util

#: the modules a wheel build compiles, in dotted form (``hatch_build.py`` reads this tuple as text:
#: keep it a literal)
MODULES = (
    "newsie.document",
    "newsie.extractors.segment.blocks",
    "newsie.extractors.segment.roles",
)


def compiled_modules() -> tuple[str, ...]:
    """The modules of :data:`MODULES` that this installation runs compiled (extension modules);
    ``()`` in a pure-Python build, such as an editable install.

    >>> set(compiled_modules()) <= set(MODULES)
    True
    """
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    out = []
    for name in MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and (spec.origin or "").endswith(suffixes):
            out.append(name)
    return tuple(out)


def build_name() -> str:
    """One line saying which build runs, for ``newsie --version`` and the benchmarks' speed line.

    >>> build_name().startswith(("pure Python", "compiled"))
    True
    """
    done = compiled_modules()
    if not done:
        return "pure Python"
    short = ", ".join(name.rsplit(".", 1)[-1] for name in done)
    return f"compiled (mypyc): {short}" + ("" if len(done) == len(MODULES) else f"; {len(MODULES) - len(done)} pure")
