"""Turn CACHE_URL into Django's CACHES["default"].

Like config/database.py: a few visible lines instead of a package. Unset means Django's
per-process memory cache (scripts/serve stays one command); redis:// selects Django's own
RedisCache, shared by every gunicorn instance (login throttling counts there).
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

REDIS_SCHEMES = {"redis", "rediss", "unix"}
LOCMEM = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "werkroute"}
# A Redis that hangs must not hang a worker: give up after a second (the request fails with an
# error page instead of tying up one of the few sync workers for gunicorn's full timeout).
REDIS_TIMEOUT_SECONDS = 1


def parse_cache_url(url: str | None) -> dict:
    if not url or not url.strip():
        return dict(LOCMEM)
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme == "locmem":
        return dict(LOCMEM)
    if parts.scheme in REDIS_SCHEMES:
        if parts.scheme != "unix" and not parts.hostname:
            raise ImproperlyConfigured("CACHE_URL needs a host, e.g. redis://127.0.0.1:6379/0")
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # redis-py reads the URL itself: password, database number and TLS (rediss://).
            "LOCATION": url,
            # One Redis may serve more than Werkroute: keep our keys apart.
            "KEY_PREFIX": "werkroute",
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_TIMEOUT_SECONDS,
            },
        }
    raise ImproperlyConfigured(
        f"CACHE_URL scheme {parts.scheme!r} is not supported; "
        "use redis://, rediss://, unix:// or leave it unset"
    )
