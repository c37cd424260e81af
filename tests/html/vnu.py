"""The W3C Nu HTML Checker (vnu-jar from npm, run with Java), installed once into .cache/ on first use."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.npm_tools import installed

VERSION = "26.9.27"  # vnu-jar on npm; pinned like the Python requirements


def jar() -> Path:
    """vnu.jar, installed with npm into .cache/ (git-ignored) the first time; VNU_JAR points elsewhere."""
    if os.environ.get("VNU_JAR"):
        return Path(os.environ["VNU_JAR"])
    return installed("vnu-jar", VERSION, "build/dist/vnu.jar")


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


def errors_in(pages: dict[str, str], folder: Path) -> list[str]:
    """Write each page (name → HTML) to folder and check them all at once: the errors, as
    "name:line: message" (a fatal parse error counts as one)."""
    files = []
    for name, html in pages.items():
        path = folder / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        files.append(path)
    return [f"{Path(m['url']).stem}:{m.get('lastLine')}: {m['message']}"
            for m in check(files) if m.get("type") == "error" or m.get("subType") == "fatal"]
