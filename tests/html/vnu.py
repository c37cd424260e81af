"""The W3C Nu HTML Checker (vnu-jar from npm, run with Java), installed once into .cache/ on first use."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

VERSION = "26.9.27"  # vnu-jar on npm; pinned like the Python requirements
ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "vnu-jar" / VERSION
JAR = CACHE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def jar() -> Path:
    """vnu.jar, installed with npm into .cache/ (git-ignored) the first time; VNU_JAR points elsewhere."""
    if os.environ.get("VNU_JAR"):
        return Path(os.environ["VNU_JAR"])
    if JAR.exists():
        return JAR
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("The Nu HTML Checker comes from npm, which is missing: apt-get install npm.")
    CACHE.mkdir(parents=True, exist_ok=True)
    (ROOT / ".cache" / ".gitignore").write_text("*\n", encoding="utf-8")
    subprocess.run(
        [npm, "install", "--prefix", str(CACHE), "--no-save", "--no-audit", "--no-fund", "--loglevel=error",
         f"vnu-jar@{VERSION}"],
        check=True, timeout=600,
    )
    if not JAR.exists():
        pytest.fail(f"npm installed vnu-jar@{VERSION} but {JAR} is not there.")
    return JAR


def check(files: list[Path]) -> list[dict]:
    """Every message of the checker (errors and warnings) for the given HTML files, in one Java run."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("The Nu HTML Checker needs Java: apt-get install default-jre-headless.")
    result = subprocess.run(
        [java, "-Xss8m", "-jar", str(jar()), "--format", "json", "--exit-zero-always", "--stdout",
         *map(str, files)],
        capture_output=True, text=True, timeout=600, check=True,
    )
    return json.loads(result.stdout)["messages"]
