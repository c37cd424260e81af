"""Build static/vendor/utrecht/used.css from the vendored NL Design System CSS. No Node, no network.

Only the NL Design System (Utrecht) CSS the site uses is kept, cut from the vendored
static/vendor/utrecht/index.css. A class (utrecht-<component>, with any __element or --modifier) counts as
used when it appears in a template, a Python file or our JavaScript. A rule is kept when at least one of
its selectors names only used classes (or none at all, like `:root`); @media, @supports and @container
blocks keep their kept rules. The site's own stylesheet, static/css/werkroute.css, is edited by hand.

Run `scripts/build-css` after changing a template's classes or updating the vendored package, and commit
the output; tests/html/test_css_build.py fails while the output is stale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor" / "utrecht" / "index.css"
USED = ROOT / "static" / "vendor" / "utrecht" / "used.css"
# Where classes are named: templates, Python (widget attrs), our own JavaScript. Never the CSS itself.
SCANNED = {".html", ".py", ".js", ".txt"}
SKIPPED_DIRS = {
    ".venv", ".git", "node_modules", "staticfiles", ".cache", "vendor", "tests", "bench", "scripts",
    "__pycache__", "test-artifacts",
}
CONDITIONAL = ("@media", "@supports", "@container", "@layer")

_WORD = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CLASS = re.compile(rf"utrecht-{_WORD}(?:__{_WORD})?(?:--{_WORD})?")


def component(class_name: str) -> str:
    """utrecht-table__cell → utrecht-table; utrecht-form-field--invalid → utrecht-form-field."""
    return class_name.split("__", 1)[0].split("--", 1)[0]


def used_classes(texts: Iterable[str]) -> set[str]:
    return {name for text in texts for name in CLASS.findall(text)}


def source_texts(root: Path = ROOT) -> Iterator[str]:
    for path in sorted(root.rglob("*")):
        if path.suffix in SCANNED and path.is_file() and not SKIPPED_DIRS & set(path.relative_to(root).parts):
            yield path.read_text(encoding="utf-8", errors="replace")


# --- A small CSS reader: enough for well-formed stylesheets (strings, comments, nested blocks) ---------


@dataclass(frozen=True)
class Rule:
    prelude: str  # the selector list or the at-rule's head
    body: str  # what is between the braces ("" for a statement such as @charset)
    statement: bool = False


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    i += 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def strip_comments(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] in "\"'":
            end = _skip_string(text, i)
            out.append(text[i:end])
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end == -1 else end + 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def parse(text: str) -> list[Rule]:
    """Top-level rules of comment-free CSS."""
    rules, i, start = [], 0, 0
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if char == ";" and text[start:i].strip().startswith("@"):
            rules.append(Rule(text[start:i].strip(), "", statement=True))
            start = i = i + 1
            continue
        if char == "{":
            depth, j = 1, i + 1
            while j < len(text) and depth:
                if text[j] in "\"'":
                    j = _skip_string(text, j)
                    continue
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            rules.append(Rule(text[start:i].strip(), text[i + 1 : j - 1]))
            start = i = j
            continue
        i += 1
    return rules


def split_selectors(prelude: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in prelude:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts]


def keeps(prelude: str, used: set[str]) -> bool:
    return any(used_classes([selector]) <= used for selector in split_selectors(prelude))


def _body(text: str) -> str:
    lines = [line.rstrip() for line in text.strip("\n").splitlines() if line.strip()]
    return "\n".join(lines)


def extract(css: str, used: set[str]) -> list[str]:
    """The kept rules, as text, in their original order."""
    kept = []
    for rule in parse(strip_comments(css)):
        if rule.statement:
            if not rule.prelude.startswith("@charset"):
                kept.append(rule.prelude + ";")
        elif rule.prelude.startswith(CONDITIONAL):
            inner = extract(rule.body, used)
            if inner:
                kept.append(rule.prelude + " {\n" + "\n".join("  " + line for text in inner
                                                              for line in text.splitlines()) + "\n}")
        elif rule.prelude.startswith("@") or keeps(rule.prelude, used):
            kept.append(f"{rule.prelude} {{\n{_body(rule.body)}\n}}")
    return kept


# --- The output -----------------------------------------------------------------------------------


def build_used(vendor_css: str, used: set[str]) -> str:
    components = sorted({component(c) for c in used if f".{c}" in vendor_css})
    header = (
        "/**\n * @license EUPL-1.2\n * Copyright (c) 2020-2025 Gemeente Utrecht\n"
        " * Copyright (c) 2020-2025 Frameless B.V.\n *\n"
        " * NL Design System Utrecht CSS (static/vendor/utrecht/index.css, licence in LICENSE.md),\n"
        " * cut down by scripts/build-css to the classes Werkroute uses. Generated: do not edit.\n"
        f" * Components: {', '.join(components)}\n */\n"
    )
    return header + "\n".join(extract(vendor_css, used)) + "\n"


def outputs(root: Path = ROOT) -> dict[Path, str]:
    vendor_css = (root / VENDOR.relative_to(ROOT)).read_text(encoding="utf-8")
    used = used_classes(source_texts(root))
    return {
        root / USED.relative_to(ROOT): build_used(vendor_css, used),
    }


def main() -> int:
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
