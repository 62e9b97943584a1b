"""Request-forgery guard for webhook URLs that members of a care team give us.

A care-team member may enter any URL; without a guard the service would POST to whatever the URL names,
including the cloud metadata server (169.254.169.254), the database or an admin port on loopback. The guard
resolves the host and refuses an address that is loopback, private, link-local, multicast, reserved or
unspecified (IPv4 and IPv6, IPv4-mapped IPv6 judged by its IPv4 address) unless ``allow_private``. It runs when
the URL is entered and again on every send: a name that resolved to a public address yesterday may resolve to
127.0.0.1 today (DNS rebinding). The webhook notifier then connects to the very address that was checked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from mhealth.domain.errors import InvalidInput

RESOLVE_TIMEOUT_S = 5.0

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnresolvableHost(InvalidInput):
    """The host did not resolve (now): refused on entry; on sending, a DNS failure may be temporary."""


def _refused(reason: str, reason_ko: str) -> InvalidInput:
    return InvalidInput(f"webhook address {reason}", field="address", detail_ko=f"웹훅 주소가 {reason_ko}")


def is_public(address: IPAddress) -> bool:
    """True when ``address`` is an ordinary public unicast address (what a member's webhook may be)."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public(mapped)
        if address.teredo is not None:
            return False
    return not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or (isinstance(address, ipaddress.IPv6Address) and address.is_site_local)
        or not address.is_global
    )


def _split(url: str) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise _refused("is not a valid URL", "올바른 URL이 아닙니다") from None
    if parts.scheme not in ("http", "https"):
        raise _refused("must be an http(s) URL", "http(s) URL이어야 합니다")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise _refused("must not carry a user name or password", "사용자 이름이나 비밀번호를 담으면 안 됩니다")
    host = parts.hostname
    if not host:
        raise _refused("has no host", "호스트가 없습니다")
    return host, parts.scheme, port or (443 if parts.scheme == "https" else 80)


async def resolve_webhook_url(url: str, *, allow_private: bool, timeout_s: float = RESOLVE_TIMEOUT_S) -> list[str]:
    """The addresses ``url``'s host resolves to, all of them allowed; raise InvalidInput otherwise.

    Raises:
        InvalidInput: (field ``address``) not http(s), credentials in the URL, a host that does not resolve in
            ``timeout_s``, or (unless ``allow_private``) any resolved address that is not public.
    """
    host, _, port = _split(url)
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout_s):
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (TimeoutError, OSError, UnicodeError):
            raise UnresolvableHost(
                "webhook address host does not resolve",
                field="address",
                detail_ko="웹훅 주소의 호스트를 찾을 수 없습니다",
            ) from None
        addresses = []
        for info in infos:
            raw = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
            try:
                addresses.append(ipaddress.ip_address(raw))
            except ValueError:
                continue
        if not addresses:
            raise UnresolvableHost(
                "webhook address host does not resolve",
                field="address",
                detail_ko="웹훅 주소의 호스트를 찾을 수 없습니다",
            )
    if not allow_private:
        # Every address must be public: a name resolving to one public and one private address would let the
        # connection pick the private one.
        for address in addresses:
            if not is_public(address):
                raise _refused(
                    "resolves to a private, loopback or reserved address; use a public URL",
                    "사설·루프백·예약 주소를 가리킵니다. 공개 URL을 쓰세요",
                )
    # IPv4 first: a name such as localhost often resolves to ::1 too, where fewer servers listen.
    ordered = sorted(addresses, key=lambda a: a.version)
    return list(dict.fromkeys(str(a) for a in ordered))


async def check_webhook_url(url: str, *, allow_private: bool) -> None:
    """Refuse a member's webhook URL that is malformed or (unless ``allow_private``) reaches a private network.

    Raises:
        InvalidInput: with ``field="address"`` and an English and Korean sentence.
    """
    await resolve_webhook_url(url, allow_private=allow_private)
