"""scripts/build-css: only the NL Design System CSS the site uses, kept up to date; one site stylesheet."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_css", ROOT / "scripts" / "build_css.py")
build_css = importlib.util.module_from_spec(_spec)
sys.modules["build_css"] = build_css  # dataclasses look their module up there
_spec.loader.exec_module(build_css)


def test_the_committed_nl_design_system_cut_is_what_the_build_makes_now():
    stale = [path.relative_to(ROOT).as_posix() for path, text in build_css.outputs().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]

    assert stale == [], "Run scripts/build-css and commit the result."


def test_every_class_the_site_uses_keeps_its_nl_design_system_rules():
    vendor = build_css.strip_comments(build_css.VENDOR.read_text(encoding="utf-8"))
    used_css = build_css.USED.read_text(encoding="utf-8")
    used = build_css.used_classes(build_css.source_texts())

    lost = [c for c in sorted(used) if re.search(rf"\.{c}(?![\w-])", vendor)
            and not re.search(rf"\.{c}(?![\w-])", used_css)]

    assert lost == []
    assert len(used_css) < len(vendor) / 3


@pytest.mark.parametrize(
    ("css", "kept"),
    [
        (".utrecht-button { color: red; }", [".utrecht-button"]),
        (".utrecht-button--busy { color: red; }", []),
        (".utrecht-button, .utrecht-accordion { color: red; }", [".utrecht-button, .utrecht-accordion"]),
        (".utrecht-accordion .utrecht-button { color: red; }", []),
        (":root { --x: 1; }", [":root"]),
        ("@media (min-width: 1px) { .utrecht-accordion { a: b; } }", []),
        ("@media (min-width: 1px) { .utrecht-button { a: b; } }", ["@media (min-width: 1px)"]),
        (".utrecht-button:is(:hover, .utrecht-button--busy) { a: b; }", []),
        ('.utrecht-button::after { content: "}{"; }', [".utrecht-button::after"]),
        ("/* .utrecht-accordion { } */ .utrecht-button { a: b; }", [".utrecht-button"]),
    ],
)
def test_a_rule_is_kept_when_one_of_its_selectors_names_only_used_classes(css, kept):
    result = build_css.extract(css, {"utrecht-button"})

    assert [text.split(" {", 1)[0] for text in result] == kept


@pytest.mark.parametrize(
    ("path", "body_class"),
    [("/", ""), ("/catalogus/", " wr-catalogue"), ("/stroomschema", " wr-stroomschema"),
     ("/werkwijze", " wr-werkwijze")],
)
def test_pages_load_the_two_stylesheets_only(client, db, path, body_class):
    content = client.get(path).content.decode()

    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', content) == [
        "/static/vendor/utrecht/used.css", "/static/css/werkroute.css",
    ]
    assert f'<body class="utrecht-body wr-theme{body_class}">' in content


# The page sections of werkroute.css, in file order, and the body class each is scoped to.
PAGE_SECTIONS = [("catalogue", ".wr-catalogue"), ("stroomschema", ".wr-stroomschema"),
                 ("werkwijze", ".wr-werkwijze")]


def selectors_of(css: str) -> list[str]:
    """Every selector of every rule, inside @media blocks too."""
    found = []
    for rule in build_css.parse(build_css.strip_comments(css)):
        if rule.prelude.startswith(build_css.CONDITIONAL):
            found += selectors_of(rule.body)
        elif not rule.prelude.startswith("@"):
            found += build_css.split_selectors(rule.prelude)
    return found


@pytest.mark.parametrize(("section", "scope"), PAGE_SECTIONS)
def test_a_pages_rules_apply_only_on_that_page(section, scope):
    css = (ROOT / "static" / "css" / "werkroute.css").read_text(encoding="utf-8")
    start = css.index(f"/* === {section} === */")
    later = [css.index(f"/* === {name} === */") for name, _ in PAGE_SECTIONS if name != section]
    end = min([i for i in later if i > start], default=len(css))
    selectors = selectors_of(css[start:end])

    assert selectors
    assert [s for s in selectors if not s.startswith(f":where({scope}) ")] == []


def test_the_print_section_is_for_print_only():
    css = (ROOT / "static" / "css" / "werkroute.css").read_text(encoding="utf-8")
    section = css[css.index("/* === print === */"):css.index("/* === catalogue === */")]
    rules = build_css.parse(build_css.strip_comments(section))

    assert rules
    assert [rule.prelude for rule in rules if rule.prelude != "@media print"] == []


@pytest.mark.parametrize("template", ["errors/standalone.html", "base.html"])
def test_every_stylesheet_a_frame_links_exists(template):
    from django.contrib.staticfiles import finders

    text = (ROOT / "templates" / template).read_text(encoding="utf-8")
    linked = re.findall(r"""<link rel="stylesheet" href="\{% static '([^']+)' %\}">""", text)

    assert linked
    assert [name for name in linked if finders.find(name) is None] == []


def test_the_neutral_page_and_its_stylesheet_say_nothing_about_what_they_are():
    page = ROOT / "static" / "errors" / "weer.html"
    texts = [page.read_text(encoding="utf-8"), (page.parent / "weer.css").read_text(encoding="utf-8")]
    linked = re.findall(r'<link rel="stylesheet" href="/static/([^"]+)">', texts[0])

    assert linked == ["errors/weer.css"]
    assert [t for t in texts if "/*" in t or "<!--" in t or re.search("werkroute|snel|weg", t, re.I)] == []
