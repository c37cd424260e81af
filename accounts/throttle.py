"""Login throttling: failures are counted per account and per client address in Django's cache.

After FAILURE_LIMIT failures for one username, from any address, that account is refused for
LOCKOUT_SECONDS (counted from the last failure); after ADDRESS_FAILURE_LIMIT failures from one
address, for any usernames, that address is refused too. With CACHE_URL=redis://... every gunicorn
instance shares the counts; the address comes from config.client_address (trusted proxies only).
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from django.core.cache import cache

FAILURE_LIMIT = 5
# Higher than the account limit: colleagues behind one office address share it.
ADDRESS_FAILURE_LIMIT = 20
LOCKOUT_SECONDS = 15 * 60
LOCKOUT_MINUTES = LOCKOUT_SECONDS // 60


class Keys(NamedTuple):
    account: str
    address: str


def _hashed(kind: str, value: str) -> str:
    # Hashed: the cache holds no usernames or addresses.
    return f"login-failures:{kind}:" + hashlib.sha256(value.encode()).hexdigest()


def key(username: str, ip_address: str) -> Keys:
    return Keys(_hashed("account", username.strip().casefold()), _hashed("address", ip_address.strip()))


def _count(cache_key: str) -> int:
    value = cache.get(cache_key, 0)
    return value if isinstance(value, int) else 0


def is_locked(keys: Keys) -> bool:
    return _count(keys.account) >= FAILURE_LIMIT or _count(keys.address) >= ADDRESS_FAILURE_LIMIT


def failures(keys: Keys) -> int:
    """Failures counted against the account."""
    return _count(keys.account)


def _increment(cache_key: str) -> int:
    # add + incr is atomic in Redis: two instances counting at once lose no failure.
    cache.add(cache_key, 0, LOCKOUT_SECONDS)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, LOCKOUT_SECONDS)
        count = 1
    cache.touch(cache_key, LOCKOUT_SECONDS)  # the lockout runs from the last failure
    return count


def record_failure(keys: Keys) -> int:
    _increment(keys.address)
    return _increment(keys.account)


def reset(keys: Keys) -> None:
    # Only the account: a good login on one account must not wipe an address's failures on others.
    cache.delete(keys.account)
