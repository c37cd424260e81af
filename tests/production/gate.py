"""Loaded by scripts/run-checks (-p tests.production.gate). With REQUIRE_PRODUCTION_TESTS=1 (the
full scripts/test and CI), a production-like test that was skipped, deselected or never collected
fails the run: in CI these tests must run, never quietly drop out."""

from __future__ import annotations

import os

import pytest

_seen = {"passed": 0, "missing": []}


def _required() -> bool:
    return os.environ.get("REQUIRE_PRODUCTION_TESTS") == "1"


def _is_production(item_or_report) -> bool:
    return "production" in item_or_report.keywords


def pytest_deselected(items):
    _seen["missing"] += [f"{item.nodeid} (deselected)" for item in items if _is_production(item)]


def pytest_runtest_logreport(report):
    if not _is_production(report):
        return
    if report.skipped:
        _seen["missing"].append(f"{report.nodeid} (skipped)")
    elif report.when == "call" and report.passed:
        _seen["passed"] += 1


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    if not _required():
        return
    missing = _seen["missing"]
    problems = [f"{len(missing)} not run, e.g. {'; '.join(missing[:3])}"] if missing else []
    if _seen["passed"] == 0:
        problems.append("no production-like test passed (tests/production/ not collected?)")
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "\nThe production-like tests must run here: " + "; ".join(problems)
        if reporter:
            reporter.write_line(message, red=True)
        else:
            print(message)
        session.exitstatus = 1
