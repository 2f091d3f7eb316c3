"""The dates benchmark on a fixed sample, held to the floors in benchmarks/floors.toml [dates].

Reads the MIT / Apache-2.0 suites under ``$NEWSIE_DATA`` (Recognizers-Text's Chinese
DateTime specs, JioNLP's time-parser and time-extractor cases); without them the tests
skip. Only newsie runs here; the peers' figures are in benchmarks/dates/README.md.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "dates"
FLOORS = ROOT / "benchmarks" / "floors.toml"
SAMPLE_EVERY = 2  # every 2nd case of each suite

sys.path.insert(0, str(BENCH))


def _load(name: str):
    """A benchmark module under a name of its own (benchmarks of other parts have a run.py too)."""
    spec = importlib.util.spec_from_file_location(f"newsie_bench_dates_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


import dates_suites as suites

run = _load("run")

pytestmark = pytest.mark.skipif(
    not (suites.data_dir() / "recognizers-text-zh").is_dir() or not (suites.data_dir() / "jionlp-cases").is_dir(),
    reason=f"benchmark suites not found under {suites.data_dir()} (set NEWSIE_DATA)",
)


def floors() -> dict[str, float]:
    return tomllib.loads(FLOORS.read_text(encoding="utf-8"))["dates"]


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    from dates_systems import SYSTEMS

    out = {}
    # as the benchmark reads them: JioNLP's parser cases as expressions on their own
    # (parse_expression, as jionlp's parse_time), the other suites as running text
    for name, loader, mode in (("rt", suites.recognizers_cases, "extract"), ("jio", suites.jionlp_parser_cases, "parse"),
                               ("jio_extract", suites.jionlp_extractor_cases, "extract")):
        out[name] = run.score(loader()[::SAMPLE_EVERY], SYSTEMS["newsie"][mode])
    out["seed"] = run.seed_scores(["newsie"])["newsie"]
    return out


@pytest.mark.parametrize("metric", sorted(floors()))
def test_metric_is_at_least_its_floor(results, metric):
    suite, key = metric.split(".")
    got = results[suite][key]
    if suite == "seed":  # counts, held to all of the gold (floor 1.0)
        total = results[suite]["gold" if key == "found" else "with_value"]
        assert got >= total * floors()[metric], (metric, got, results[suite])
    else:
        assert got >= floors()[metric], (metric, got, results[suite])


def test_the_sample_excludes_only_what_a_mention_cannot_hold(results):
    # the exclusions are by reason; none is "newsie got it wrong"
    for suite in ("rt", "jio"):
        for reason in results[suite]["_excluded"]:
            assert any(w in reason for w in ("recurr", "open start", "clock time", "season", "compound",
                                             "different task", "time.time", "no value", "type ", "lunar date left")), reason
