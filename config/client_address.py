"""The client's address of a request, trusting a proxy header only from configured proxies.

Behind nginx every request comes from nginx's own address; nginx appends the address it saw to
X-Forwarded-For. Anyone can send that header too, so it is read only when the request comes
from an address in TRUSTED_PROXIES, and then from the right: the first address that is not a
trusted proxy is the client. Without TRUSTED_PROXIES, REMOTE_ADDR is the client (gunicorn
reachable directly, or scripts/serve).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from django.core.exceptions import ImproperlyConfigured

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

HEADERS = {"x-forwarded-for": "HTTP_X_FORWARDED_FOR", "x-real-ip": "HTTP_X_REAL_IP"}


def parse_trusted_proxies(value: str) -> tuple[str, ...]:
    """Comma-separated addresses or networks (127.0.0.1, 10.0.0.0/24); refuses anything else."""
    items = tuple(item.strip() for item in value.split(",") if item.strip())
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {item!r} is not an IP address or network (e.g. 127.0.0.1 or 10.0.0.0/24)"
            ) from None
    return items


def parse_proxy_header(value: str) -> str:
    """The header nginx sets for us: X-Forwarded-For (default) or X-Real-IP; returns its META key."""
    name = (value or "X-Forwarded-For").strip().lower()
    if name not in HEADERS:
        raise ImproperlyConfigured("TRUSTED_PROXY_HEADER must be X-Forwarded-For or X-Real-IP")
    return HEADERS[name]


@lru_cache(maxsize=16)
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(item, strict=False) for item in trusted)


def _address(value: str) -> Address | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # ::ffff:192.0.2.1 and 192.0.2.1 are one client.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address: Address, networks: Iterable[Network]) -> bool:
    return any(address.version == network.version and address in network for network in networks)


def client_address(remote_addr: str, header_value: str | None, trusted: tuple[str, ...],
                   header: str = "HTTP_X_FORWARDED_FOR") -> str:
    """The address to count a request against (login throttling), as a normalised string."""
    peer = _address(remote_addr or "")
    if peer is None:
        return (remote_addr or "").strip()
    networks = _networks(trusted)
    if not networks or not _is_trusted(peer, networks) or not header_value:
        return str(peer)
    if header == "HTTP_X_REAL_IP":
        claimed = _address(header_value)
        return str(claimed if claimed is not None else peer)
    # X-Forwarded-For: "client, proxy1, proxy2"; each trusted proxy appended the one before it.
    nearest = peer
    for item in reversed(header_value.split(",")):
        hop = _address(item)
        if hop is None:
            # Garbage where a trusted proxy wrote an address: count it against that proxy's
            # last valid hop rather than anything the sender chose.
            return str(nearest)
        if not _is_trusted(hop, networks):
            return str(hop)
        nearest = hop
    return str(nearest)


def request_client_address(request) -> str:
    """client_address() for a Django request, with the proxy settings."""
    from django.conf import settings

    header = getattr(settings, "TRUSTED_PROXY_HEADER", "HTTP_X_FORWARDED_FOR")
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get(header),
        tuple(getattr(settings, "TRUSTED_PROXIES", ())),
        header,
    )
