"""Render deploy/nginx.conf.in: production values into deploy/nginx.conf, or a test copy.

    python deploy/render_nginx.py                       # writes deploy/nginx.conf (production)
    python deploy/render_nginx.py --set NAME=VALUE ... --output FILE
                                                        # production values with some replaced

A placeholder is @NAME@. A line holding @UPSTREAM@ is repeated once per instance (UPSTREAM is a
comma-separated list). Every placeholder must get a value and every value must be used: the
test copy can differ from production only in what is named here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "nginx.conf.in"
OUTPUT = HERE / "nginx.conf"
PLACEHOLDER = re.compile(r"@([A-Z][A-Z0-9_]*)@")
LIST_VALUES = {"UPSTREAM"}

PRODUCTION: dict[str, str] = {
    "USER": "www-data",
    "PID_FILE": "/run/nginx.pid",
    "ERROR_LOG": "/var/log/nginx/error.log",
    "ACCESS_LOG": "/var/log/nginx/werkroute.access.log",
    "TEMP_DIR": "/var/lib/nginx",
    # deploy/werkroute@.service: one instance per port (systemctl enable werkroute@8001 ...).
    "UPSTREAM": "127.0.0.1:8001,127.0.0.1:8002",
    "SERVER_NAME": "werkroute.example.nl",
    "HTTP_LISTEN": "80",
    "HTTPS_LISTEN": "443",
    "HTTPS_PORT_SUFFIX": "",
    "TLS_CERTIFICATE": "/etc/ssl/werkroute/fullchain.pem",
    "TLS_CERTIFICATE_KEY": "/etc/ssl/werkroute/privkey.pem",
    "STATIC_ROOT": "/srv/werkroute/staticfiles",
}


def render(template: str, values: Mapping[str, str]) -> str:
    wanted = set(PLACEHOLDER.findall(template))
    missing = sorted(wanted - set(values))
    unused = sorted(set(values) - wanted)
    if missing or unused:
        raise ValueError(f"placeholders without a value: {missing}; values without a placeholder: {unused}")
    lines = []
    for line in template.splitlines(keepends=True):
        names = set(PLACEHOLDER.findall(line))
        listed = names & LIST_VALUES
        if listed:
            (name,) = listed
            items = [item.strip() for item in values[name].split(",") if item.strip()]
            if not items:
                raise ValueError(f"{name} needs at least one item")
            lines += [line.replace(f"@{name}@", item) for item in items]
        else:
            lines.append(line)
    rendered = "".join(lines)
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], rendered)


def production() -> str:
    return render(TEMPLATE.read_text(encoding="utf-8"), PRODUCTION)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--output", default=str(OUTPUT))
    args = parser.parse_args(argv)
    values = dict(PRODUCTION)
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or name not in PRODUCTION:
            parser.error(f"--set {item!r}: use NAME=VALUE with one of {', '.join(PRODUCTION)}")
        values[name] = value
    Path(args.output).write_text(render(TEMPLATE.read_text(encoding="utf-8"), values), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
