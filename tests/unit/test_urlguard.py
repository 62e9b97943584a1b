"""The request-forgery guard refuses members' webhook URLs that reach private networks."""

from __future__ import annotations

import ipaddress

import pytest

from mhealth.adapters.notify.urlguard import check_webhook_url, is_public, resolve_webhook_url
from mhealth.domain.errors import InvalidInput


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://127.1.2.3:8080/hook",
        "http://localhost/hook",
        "http://10.0.0.5/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",  # cloud metadata
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook",
        "http://240.0.0.1/hook",
        "http://100.64.0.1/hook",  # carrier-grade NAT
        "http://[::1]/hook",
        "http://[::]/hook",
        "http://[fe80::1]/hook",
        "http://[fc00::1]/hook",
        "http://[ff02::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped loopback
        "http://[::ffff:10.0.0.1]/hook",
        "http://2130706433/hook",  # 127.0.0.1 as one number: resolves to loopback
    ],
)
async def test_private_and_reserved_addresses_are_refused(url):
    with pytest.raises(InvalidInput) as caught:
        await check_webhook_url(url, allow_private=False)
    assert caught.value.field == "address" and caught.value.detail_ko


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/x", "file:///etc/passwd", "gopher://1.1.1.1/", "http://user:pw@8.8.8.8/hook", "http:///x"],
)
async def test_wrong_scheme_credentials_or_no_host_are_refused_even_when_private_is_allowed(url):
    with pytest.raises(InvalidInput) as caught:
        await check_webhook_url(url, allow_private=True)
    assert caught.value.field == "address"


async def test_an_unresolvable_host_is_refused():
    with pytest.raises(InvalidInput, match="does not resolve"):
        await check_webhook_url("https://no-such-host.invalid/hook", allow_private=True)


async def test_public_literal_addresses_pass_and_private_pass_when_allowed():
    await check_webhook_url("https://8.8.8.8/hook", allow_private=False)
    await check_webhook_url("https://[2001:4860:4860::8888]/hook", allow_private=False)
    assert await resolve_webhook_url("http://127.0.0.1:9/hook", allow_private=True) == ["127.0.0.1"]
    assert "127.0.0.1" in await resolve_webhook_url("http://localhost:9/hook", allow_private=True)


def test_is_public_judges_mapped_addresses_by_their_ipv4():
    assert is_public(ipaddress.ip_address("::ffff:8.8.8.8"))
    assert not is_public(ipaddress.ip_address("::ffff:192.168.0.1"))
    assert not is_public(ipaddress.ip_address("2002:7f00:1::1"))  # 6to4 wrapping 127.0.0.1
    assert not is_public(ipaddress.ip_address("192.0.2.1"))  # documentation range
