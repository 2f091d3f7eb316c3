"""Build hook (hatchling's ``custom`` hook): compile the segmenter's hot modules with mypyc when a
wheel is built with ``NEWSIE_COMPILE=1`` set (``NEWSIE_COMPILE=1 pip install .``), so the installed
newsie segments pages faster. Opt-in: the compile takes minutes and fetches mypy, for 23% fewer
instructions but about 9% less wall-clock time on the benchmark machine (session 32).

- Only a standard wheel compiles. An editable install (``pip install -e .``: tests, development)
  and an sdist stay pure Python, and nothing is ever written into ``src/`` (the modules are
  compiled in a copy of the package in a temporary folder), so no stale extension module can
  shadow a later edit of its ``.py``.
- ``NEWSIE_COMPILE=1`` (any value but ``0``, ``false``, ``no`` or empty) turns compiling on; without
  it mypy and setuptools are not asked for either.
- When compiling fails (no C compiler, a mypy error, no mypy in a ``--no-build-isolation`` build)
  the wheel is built as pure Python and the build output says why (``pip install -v .`` shows it).
  The two builds behave alike; :func:`newsie.compiled_modules` tells which one runs.
- The modules compiled are ``newsie._compiled.MODULES`` (read here as text: the package is not
  imported at build time).
"""

from __future__ import annotations

import ast
import importlib.machinery
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # (tests/test_build.py reads this file's helpers where hatchling is not installed)
    BuildHookInterface = object  # type: ignore[assignment,misc]

#: set to compile (otherwise the wheel is pure Python)
COMPILE_ENV = "NEWSIE_COMPILE"
#: what compiling needs in the build environment: mypy (mypyc ships with it) and setuptools
#: (mypyc drives the C compiler through setuptools' build_ext)
COMPILE_REQUIRES = ["mypy>=1.10", "setuptools>=68"]
#: mypy's options for the compile: the packages newsie imports are not installed in an isolated
#: build environment (their types read as Any), and only the compiled modules' errors count
MYPY_ARGS = ["--ignore-missing-imports", "--follow-imports=silent"]

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="newsie-compiled", ext_modules=mypycify({paths!r} + {mypy_args!r}, opt_level="3", group_name="newsie"))
"""


def compiled_module_names(root: str | os.PathLike[str]) -> tuple[str, ...]:
    """``MODULES`` of ``src/newsie/_compiled.py``, read without importing newsie."""
    tree = ast.parse((Path(root) / "src" / "newsie" / "_compiled.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "MODULES" for t in targets) and node.value is not None:
                return tuple(ast.literal_eval(node.value))
    raise LookupError("src/newsie/_compiled.py holds no MODULES tuple")


def module_paths(root: str | os.PathLike[str]) -> list[Path]:
    """The source file of each module to compile, under ``src/``."""
    return [Path(root) / "src" / (name.replace(".", "/") + ".py") for name in compiled_module_names(root)]


def compile_requested(environ: Any = os.environ) -> bool:
    return environ.get(COMPILE_ENV, "").strip().lower() not in ("", "0", "false", "no")


def _asked_for_editable() -> bool:
    """Is hatchling's ``get_requires_for_build_editable`` asking for the build requirements? (The
    hook is not told which kind of wheel its dependencies are for; an editable one never compiles.)"""
    frame = sys._getframe()
    while frame is not None:
        if frame.f_code.co_name == "get_requires_for_build_editable":
            return True
        frame = frame.f_back
    return False


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if self.target_name != "wheel" or not compile_requested() or _asked_for_editable():
            return []
        return list(COMPILE_REQUIRES)

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._tmp: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if not compile_requested():
            self.app.display_info(f"newsie: building pure Python ({COMPILE_ENV}=1 compiles the hot modules with mypyc)")
            return
        started = time.monotonic()
        try:
            built = self._compile()
        except Exception as exc:  # noqa: BLE001  (any failure: the pure build is still a working newsie)
            self.app.display_warning(
                f"newsie: compiling with mypyc failed, building pure Python (same behaviour, slower): {exc}")
            return
        for path, target in built:
            build_data["force_include"][str(path)] = target
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"newsie: compiled {len(module_paths(self.root))} modules with mypyc "
                              f"in {time.monotonic() - started:.0f} s: {', '.join(t for _, t in built)}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_tmp", None):
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _compile(self) -> list[tuple[Path, str]]:
        cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
        if shutil.which(cc) is None:
            raise RuntimeError(f"no C compiler ({cc}) found")
        paths = module_paths(self.root)
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise RuntimeError(f"modules to compile not found: {missing}")
        self._tmp = tmp = tempfile.mkdtemp(prefix="newsie-mypyc-")
        # compile in a copy of the package: nothing is written into src/
        shutil.copytree(Path(self.root) / "src" / "newsie", Path(tmp) / "newsie",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        rel = [str(p.relative_to(Path(self.root) / "src")) for p in paths]
        (Path(tmp) / "setup_mypyc.py").write_text(_SETUP.format(paths=rel, mypy_args=MYPY_ARGS), encoding="utf-8")
        done = subprocess.run([sys.executable, "setup_mypyc.py", "build_ext", "--inplace"], cwd=tmp,
                              capture_output=True, text=True)
        if done.returncode:
            tail = (done.stdout + done.stderr).strip().splitlines()[-15:]
            raise RuntimeError("mypyc exited with status %d:\n%s" % (done.returncode, "\n".join(tail)))
        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        built = [(p, p.relative_to(tmp).as_posix()) for p in sorted(Path(tmp).rglob("*"))
                 if p.name.endswith(suffixes) and p.relative_to(tmp).parts[0] != "build"]
        names = {t for _, t in built}
        lost = [r for r in rel if not any(n.startswith(r[: -len(".py")] + ".") for n in names)]
        if lost:
            raise RuntimeError(f"mypyc built no extension module for {lost}")
        return built
