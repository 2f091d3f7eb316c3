"""The two builds of newsie: pure Python (the default, and always for editable installs) and the wheel
whose hot modules ``hatch_build.py`` compiles with mypyc (``NEWSIE_COMPILE=1``). Both behave alike; these tests check the
plumbing: which modules the hook compiles, that a checkout runs pure, and that users can tell."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import newsie
from newsie._compiled import MODULES, build_name, compiled_modules


def _hook():
    spec = importlib.util.spec_from_file_location("newsie_hatch_build", ROOT / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_hook_compiles_modules_that_exist():
    hook = _hook()
    assert hook.compiled_module_names(ROOT) == MODULES
    assert "newsie.document" in MODULES and "newsie.extractors.segment.blocks" in MODULES
    for path in hook.module_paths(ROOT):
        assert path.is_file(), path
        assert path.is_relative_to(ROOT / "src" / "newsie")


def test_the_compiled_modules_pass_the_type_check_mypyc_makes(tmp_path):
    """The modules the hook compiles type-check as mypyc reads them (its ``MYPY_ARGS``): a type error
    there does not fail the build, it makes the compiled wheel fall back to pure Python (session
    43: a set left untyped and a loop name reused with another type cost the wheel its compile)."""
    pytest.importorskip("mypy")
    hook = _hook()
    paths = [str(p.relative_to(ROOT / "src")) for p in hook.module_paths(ROOT)]
    done = subprocess.run([sys.executable, "-m", "mypy", *hook.MYPY_ARGS, "--no-incremental",
                           "--cache-dir", str(tmp_path / "mypy"), *paths],
                          cwd=ROOT / "src", capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_the_compiled_build_is_asked_for_by_the_environment():
    hook = _hook()
    assert hook.compile_requested({"NEWSIE_COMPILE": "1"}) and hook.compile_requested({"NEWSIE_COMPILE": "yes"})
    for off in ({}, {"NEWSIE_COMPILE": ""}, {"NEWSIE_COMPILE": "0"}, {"NEWSIE_COMPILE": "false"}):
        assert not hook.compile_requested(off)


def test_an_editable_install_does_not_ask_for_mypy():
    hook = _hook()

    def get_requires_for_build_editable():  # named as hatchling's PEP 660 hook
        return hook._asked_for_editable()

    def get_requires_for_build_wheel():
        return hook._asked_for_editable()

    assert get_requires_for_build_editable() is True
    assert get_requires_for_build_wheel() is False


def test_a_checkout_runs_pure_python():
    if not Path(newsie.__file__).resolve().is_relative_to(ROOT / "src"):
        pytest.skip("newsie is imported from an installed wheel, not from src/")
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    # an extension module left in src/ would shadow later edits of its .py
    assert [p for p in (ROOT / "src").rglob("*") if p.name.endswith(suffixes)] == []
    assert compiled_modules() == () and newsie.compiled_modules() == ()
    assert build_name() == "pure Python"


def test_version_says_which_build_runs():
    r = subprocess.run([sys.executable, "-m", "newsie", "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert re.fullmatch(r"newsie \d+\.\d+\.\d+ \((pure Python|compiled \(mypyc\): [a-z_, ;0-9]+)\)\n", r.stdout)
    assert build_name() in r.stdout
