"""Shared fixtures: the seed page and its gold, case tables, the evaluation data path."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CASES = Path(__file__).resolve().parent / "cases"


def needs_pure(module: str) -> None:
    """Skip a test that patches names inside ``module`` where that module runs compiled (mypyc,
    a wheel build: ``newsie.compiled_modules()``): compiled code calls its own functions and reads
    its own constants directly, past the patch. Editable installs (CI) are pure: nothing skips."""
    from newsie._compiled import compiled_modules

    if module in compiled_modules():
        pytest.skip(f"{module} runs compiled: a patch inside it does not reach its own calls")


def data_dir() -> Path:
    """$NEWSIE_DATA, default ../shared/data beside the project."""
    return Path(os.environ.get("NEWSIE_DATA", ROOT.parent / "shared" / "data"))


def seed_pairs() -> list[tuple[Path, Path]]:
    return [(p, p.with_suffix("").with_suffix(".gold.json")) for p in sorted(SEEDS.glob("*.txt"))]


def load_cases(name: str) -> list:
    """A case table as pytest params, grouped by origin, with strict xfails for known gaps."""
    table = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))
    params = []
    for origin, cases in table.items():
        for case in cases:
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            params.append(pytest.param(case, id=f"{origin}/{case['id']}", marks=marks))
    return params


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_62b33d8008ef756f.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((SEEDS / "000_62b33d8008ef756f.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_page(seed_text, seed_gold):
    import newsie

    return newsie.parse(seed_text, issue_date=seed_gold["issue_date"], page=seed_gold["page"])
