"""Login throttling: failures are counted per username and IP address in Django's cache.

After FAILURE_LIMIT failures, that username from that address is refused for LOCKOUT_SECONDS
(counted from the last failure). No extra package: the default cache is enough for one server;
with several processes each counts on its own (see docs/operations.md).
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache

FAILURE_LIMIT = 5
LOCKOUT_SECONDS = 15 * 60
LOCKOUT_MINUTES = LOCKOUT_SECONDS // 60


def key(username: str, ip_address: str) -> str:
    # Hashed: the cache holds no usernames.
    raw = f"{username.strip().casefold()}|{ip_address}".encode()
    return "login-failures:" + hashlib.sha256(raw).hexdigest()


def is_locked(cache_key: str) -> bool:
    return failures(cache_key) >= FAILURE_LIMIT


def failures(cache_key: str) -> int:
    value = cache.get(cache_key, 0)
    return value if isinstance(value, int) else 0


def record_failure(cache_key: str) -> int:
    count = failures(cache_key) + 1
    cache.set(cache_key, count, LOCKOUT_SECONDS)
    return count


def reset(cache_key: str) -> None:
    cache.delete(cache_key)
