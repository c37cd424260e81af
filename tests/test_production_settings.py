"""Settings read from the environment for production: cache, trusted proxies, HSTS, request size."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.cache import parse_cache_url
from config.client_address import client_address, parse_proxy_header, parse_trusted_proxies

ROOT = Path(__file__).resolve().parent.parent
REDIS = "django.core.cache.backends.redis.RedisCache"
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        (None, LOCMEM, "werkroute"),
        ("", LOCMEM, "werkroute"),
        ("  ", LOCMEM, "werkroute"),
        ("locmem://", LOCMEM, "werkroute"),
        ("redis://127.0.0.1:6379/0", REDIS, "redis://127.0.0.1:6379/0"),
        ("redis://:geheim@cache.internal:6380/2", REDIS, "redis://:geheim@cache.internal:6380/2"),
        ("rediss://cache.internal:6380/0", REDIS, "rediss://cache.internal:6380/0"),
        ("unix:///run/redis/redis.sock?db=1", REDIS, "unix:///run/redis/redis.sock?db=1"),
    ],
)
def test_cache_url_selects_the_backend(url, backend, location):
    config = parse_cache_url(url)
    assert config["BACKEND"] == backend
    assert config["LOCATION"] == location


def test_redis_cache_gives_up_quickly_and_keeps_its_keys_apart():
    config = parse_cache_url("redis://127.0.0.1:6379/0")
    assert config["OPTIONS"] == {"socket_connect_timeout": 1, "socket_timeout": 1}
    assert config["KEY_PREFIX"] == "werkroute"


@pytest.mark.parametrize(
    "url", ["memcached://127.0.0.1:11211", "redis://", "db://cache_table", "127.0.0.1:6379"]
)
def test_an_unsupported_cache_url_is_refused(url):
    with pytest.raises(ImproperlyConfigured):
        parse_cache_url(url)


XFF = "HTTP_X_FORWARDED_FOR"
REAL = "HTTP_X_REAL_IP"
NGINX = ("127.0.0.1",)
TWO_HOPS = ("127.0.0.1", "10.0.0.0/24")


@pytest.mark.parametrize(
    ("remote", "header_value", "trusted", "header", "expected"),
    [
        # No proxy configured: the peer is the client, whatever it claims.
        ("203.0.113.9", "198.51.100.1", (), XFF, "203.0.113.9"),
        ("127.0.0.1", "198.51.100.1", (), XFF, "127.0.0.1"),
        # A peer that is not a trusted proxy: its header is ignored.
        ("203.0.113.9", "198.51.100.1", NGINX, XFF, "203.0.113.9"),
        # From nginx: the address nginx appended.
        ("127.0.0.1", "198.51.100.1", NGINX, XFF, "198.51.100.1"),
        # A client sending its own X-Forwarded-For: nginx appends the real one; that one counts.
        ("127.0.0.1", "1.2.3.4, 198.51.100.1", NGINX, XFF, "198.51.100.1"),
        ("127.0.0.1", "1.2.3.4,198.51.100.1", NGINX, XFF, "198.51.100.1"),
        # Two proxies in front (load balancer in 10.0.0.0/24, then nginx): skip both.
        ("127.0.0.1", "198.51.100.1, 10.0.0.5", TWO_HOPS, XFF, "198.51.100.1"),
        ("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.5", TWO_HOPS, XFF, "198.51.100.1"),
        # Only proxies in the header: the farthest one.
        ("127.0.0.1", "10.0.0.7, 10.0.0.5", TWO_HOPS, XFF, "10.0.0.7"),
        # Garbage where a proxy wrote an address: count it against the nearest valid hop.
        ("127.0.0.1", "1.2.3.4, zomaar-iets", NGINX, XFF, "127.0.0.1"),
        ("127.0.0.1", "198.51.100.1, zomaar-iets, 10.0.0.5", TWO_HOPS, XFF, "10.0.0.5"),
        ("127.0.0.1", "", NGINX, XFF, "127.0.0.1"),
        ("127.0.0.1", None, NGINX, XFF, "127.0.0.1"),
        ("127.0.0.1", " , ", NGINX, XFF, "127.0.0.1"),
        # IPv6, and IPv4 written as IPv6, are one address each.
        ("::1", "2001:db8::7", ("::1",), XFF, "2001:db8::7"),
        ("::ffff:127.0.0.1", "::ffff:198.51.100.1", NGINX, XFF, "198.51.100.1"),
        ("127.0.0.1", "2001:db8::7", ("::1",), XFF, "127.0.0.1"),  # v4 peer, only a v6 proxy trusted
        # X-Real-IP: one address, from a trusted proxy only.
        ("127.0.0.1", "198.51.100.1", NGINX, REAL, "198.51.100.1"),
        ("127.0.0.1", "geen-adres", NGINX, REAL, "127.0.0.1"),
        ("203.0.113.9", "198.51.100.1", NGINX, REAL, "203.0.113.9"),
        # No peer address at all (a test client, a unix socket).
        ("", "198.51.100.1", NGINX, XFF, ""),
    ],
)
def test_client_address_trusts_the_header_only_from_a_configured_proxy(
    remote, header_value, trusted, header, expected
):
    assert client_address(remote, header_value, trusted, header) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ()),
        ("127.0.0.1", ("127.0.0.1",)),
        (" 127.0.0.1 , ::1 ,10.0.0.0/24", ("127.0.0.1", "::1", "10.0.0.0/24")),
    ],
)
def test_trusted_proxies_are_a_list_of_addresses_or_networks(value, expected):
    assert parse_trusted_proxies(value) == expected


@pytest.mark.parametrize("value", ["nginx", "127.0.0.1:8000", "10.0.0.0/33", "*"])
def test_a_trusted_proxy_that_is_no_address_is_refused(value):
    with pytest.raises(ImproperlyConfigured):
        parse_trusted_proxies(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", XFF), ("X-Forwarded-For", XFF), ("x-real-ip", REAL), (" X-Real-IP ", REAL)],
)
def test_the_proxy_header_is_one_nginx_sets(value, expected):
    assert parse_proxy_header(value) == expected


def test_another_proxy_header_is_refused():
    with pytest.raises(ImproperlyConfigured):
        parse_proxy_header("Forwarded")


def _settings_in_production(**extra) -> list[str]:
    import secrets

    env = {
        "PATH": "/usr/bin:/bin", "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "werkroute.example", "DJANGO_SETTINGS_MODULE": "config.settings", **extra,
    }
    script = (
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.CACHES['default']['BACKEND'],"
        "s.TRUSTED_PROXIES, s.DATA_UPLOAD_MAX_MEMORY_SIZE, s.FILE_UPLOAD_MAX_MEMORY_SIZE)"
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                            check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split()


def test_hsts_subdomains_and_preload_are_off_unless_configured():
    assert _settings_in_production()[:2] == ["False", "False"]
    configured = _settings_in_production(SECURE_HSTS_INCLUDE_SUBDOMAINS="1", SECURE_HSTS_PRELOAD="1")
    assert configured[:2] == ["True", "True"]


def test_production_reads_cache_and_proxies_from_the_environment_with_explicit_size_limits():
    values = _settings_in_production(CACHE_URL="redis://127.0.0.1:6379/0", TRUSTED_PROXIES="127.0.0.1")
    assert values[2] == REDIS
    assert values[3] == "('127.0.0.1',)"
    assert values[4:] == ["1048576", "1048576"]


@pytest.mark.django_db
def test_a_body_over_one_mebibyte_is_a_400_and_a_posted_file_is_never_kept(client):
    from django.conf import settings

    too_big = "answer=" + "x" * (1024 * 1024 + 1)
    form = "application/x-www-form-urlencoded"
    response = client.post("/vraag/om-wie/antwoord", too_big, content_type=form)
    assert response.status_code == 400
    assert settings.FILE_UPLOAD_HANDLERS == ["django.core.files.uploadhandler.MemoryFileUploadHandler"]
