"""The mixed load for seconds (issue 26, item 7): page reads (the child page, the caseworker's tray, the team's
worklist), journal notes written through the form with its token, the dashboard and the API, from several threads at
once against the session's demo server. Zero errors, and each kind's p50/p99 printed (`pytest -s` shows them). The
same driver runs for ten minutes in `bench/mixed-load --duration 600`.

Runs late (after the journeys, before the API fuzzing and the log check): its notes are added to the caseworker's
children, and the log check must see the load's requests too.
"""

from __future__ import annotations

import math
import os
import sys
import importlib.util
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.late(0.7)

def _driver():
    """bench/mixed-load, a script without the .py ending, as a module."""
    loader = SourceFileLoader("mixed_load", str(Path(__file__).resolve().parent.parent / "bench" / "mixed-load"))
    spec = importlib.util.spec_from_loader("mixed_load", loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["mixed_load"] = module  # its dataclasses look their module up
    loader.exec_module(module)
    return module


DRIVER = _driver()
DURATION = float(os.environ.get("SPOR_MIXED_LOAD_SECONDS", "20"))


def test_mixed_load_without_errors(spor_server):
    results = DRIVER.run(spor_server, DURATION, threads=4, caseworkers=["caseworker"], teamlead="teamlead")
    report = DRIVER.report(results, DURATION)
    print("\n" + "\n".join(report))
    assert results.error_count == 0, "\n".join(report)
    for kind, _ in DRIVER.MIX:
        values = results.latencies.get(kind, [])
        assert values, f"no {kind} request in {DURATION} s"
        assert math.isfinite(DRIVER.percentile(values, 99))


def test_liveness_readiness_and_closed_metrics(spor_server):
    assert requests.get(f"{spor_server}/livez", timeout=10).json() == {"status": "ok"}
    assert requests.get(f"{spor_server}/readyz", timeout=10).json() == {"status": "ready"}
    # The demo server has no SPOR_METRICS_TOKEN: /metrics is not there.
    assert requests.get(f"{spor_server}/metrics", timeout=10).status_code == 404
