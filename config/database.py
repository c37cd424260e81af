"""Turn a DATABASE_URL into a Django DATABASES entry.

A few lines of our own instead of dj-database-url: we support exactly two
schemes (sqlite and postgres) and want the mapping visible and tested.
"""

from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def parse_database_url(url: str, base_dir: Path) -> dict:
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        # sqlite:///relative.db and sqlite:////abs/path.db, as dj-database-url reads them.
        raw = unquote(parts.path)[1:] if parts.path.startswith("/") else unquote(parts.path)
        if not raw:
            raise ImproperlyConfigured("DATABASE_URL for sqlite needs a file name")
        if raw == ":memory:":
            name: str | Path = raw
        else:
            path = Path(raw)
            name = path if path.is_absolute() else base_dir / path
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    if parts.scheme in POSTGRES_SCHEMES:
        options = dict(parse_qsl(parts.query))
        config = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")) or "postgres",
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": unquote(parts.hostname or ""),
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": int(options.pop("conn_max_age", 60)),
            "CONN_HEALTH_CHECKS": True,
        }
        if "host" in options:  # a unix socket directory: postgres:///db?host=/tmp/x
            config["HOST"] = options.pop("host")
        if options:
            config["OPTIONS"] = options
        return config
    raise ImproperlyConfigured(
        f"DATABASE_URL scheme {parts.scheme!r} is not supported; use sqlite:// or postgres://"
    )
