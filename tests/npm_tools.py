"""Checkers that come from the npm registry (the Nu HTML Checker, Redocly's linter): each pinned like the
Python requirements and installed once, on first use, into .cache/<package>/<version>/ (git-ignored).
.ci/run installs npm (and Java) when a machine lacks them; after the first run no network is needed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def installed(package: str, version: str, inside: str) -> Path:
    """The file `inside` the installed package (e.g. its jar or its command), installing it if missing."""
    folder = ROOT / ".cache" / package.replace("/", "__") / version
    target = folder / "node_modules" / package / inside
    if target.exists():
        return target
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(f"{package} comes from npm, which is missing: apt-get install npm.")
    folder.mkdir(parents=True, exist_ok=True)
    (ROOT / ".cache" / ".gitignore").write_text("*\n", encoding="utf-8")
    subprocess.run(
        [npm, "install", "--prefix", str(folder), "--no-save", "--no-audit", "--no-fund", "--loglevel=error",
         f"{package}@{version}"],
        check=True, timeout=600,
    )
    if not target.exists():
        pytest.fail(f"npm installed {package}@{version} but {target} is not there.")
    return target
