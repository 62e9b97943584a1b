"""Webhook notifier: a signed JSON POST per notification (httpx).

Request (the interface of issue 13; docs/alerts.md has the receiver's recipe)::

    POST <url>
    Content-Type: application/json
    Idempotency-Key: <delivery_id>
    X-MHealth-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body bytes)>

    {"event", "delivery_id", "alert_id", "senior_id", "level", "reason", "at"}   (+ "job_id" for job events)

``reason`` is the alert's stable reason code, never a sentence or a quote. Answers: 2xx delivered; 408, 429,
5xx, timeouts and connection errors raise ProviderUnavailable (the outbox retries with backoff); a redirect or
any other 4xx raises DeliveryRejected. Redirects are never followed.

The organisation-wide URL (``MHEALTH_WEBHOOK_URL``) is trusted. Any other URL is a member's: its host is
resolved and checked by :mod:`~mhealth.adapters.notify.urlguard` on every send, and the request goes to the
address that was checked (the TLS name and ``Host`` stay the URL's), so a DNS answer that changes between the
check and the connection cannot reach a private network.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import ssl
import time
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import msgspec

from mhealth.adapters.notify._http import bounded_client
from mhealth.adapters.notify.urlguard import UnresolvableHost, resolve_webhook_url
from mhealth.domain.errors import DeliveryRejected, InvalidInput, ProviderUnavailable
from mhealth.domain.model import AlertEvent, ChannelKind, Notification
from mhealth.ports.notifier import Notifier

if TYPE_CHECKING:
    import httpx

SIGNATURE_HEADER = "X-MHealth-Signature"
_JOB_EVENTS = frozenset({AlertEvent.JOB_DONE, AlertEvent.JOB_FAILED})


def webhook_body(notification: Notification) -> bytes:
    """The exact bytes POSTed (the signature covers them): compact UTF-8 JSON, keys in a fixed order."""
    n = notification
    body: dict[str, Any] = {
        "event": n.event.value,
        "delivery_id": n.delivery_id,
        "alert_id": n.alert_id,
        "senior_id": n.senior_id,
        "level": n.level.value if n.level is not None else None,
        "reason": n.reason_code or None,
        "at": n.at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }
    if n.event in _JOB_EVENTS:
        body["job_id"] = n.job_id
    return msgspec.json.encode(body)


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The ``X-MHealth-Signature`` value for ``body`` sent at ``timestamp`` (unix seconds)."""
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def _retry_after(response: httpx.Response) -> int:
    value = response.headers.get("retry-after", "")
    return max(1, min(int(value), 3600)) if value.isdigit() else 30


def _host(url: str) -> str:
    """The host alone: a URL's path or query may hold a member's token, so errors and logs name only the host."""
    try:
        return urlsplit(url).hostname or "?"
    except ValueError:
        return "?"


class HttpxWebhookNotifier(Notifier):
    """Signs and POSTs each notification to ``notification.channel.address``.

    Args:
        secret: the HMAC key (``MHEALTH_WEBHOOK_SECRET``).
        org_url: the organisation-wide URL (``MHEALTH_WEBHOOK_URL``), trusted: not checked by the guard.
        allow_private: let members' URLs resolve to private or loopback addresses (tests, closed networks).
        timeout_s: the longest a send may take, all included (resolving, connecting, sending, the answer).
        clock: unix seconds for the signature's ``t`` (tests pin it).
        transport: an httpx transport (tests); default a real network transport.
        ssl_context: the CAs to trust (tests); default: the system's, with host-name checks.
    """

    name = "webhook"
    kinds = frozenset({ChannelKind.WEBHOOK})

    def __init__(
        self,
        *,
        secret: str,
        org_url: str | None = None,
        allow_private: bool = False,
        timeout_s: float = 10.0,
        clock: Callable[[], float] = time.time,
        transport: httpx.AsyncBaseTransport | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if not secret:
            raise ValueError("a webhook secret is required to sign requests")
        self._secret = secret
        self._org_url = org_url
        self._allow_private = allow_private
        self._timeout_s = timeout_s
        self._clock = clock
        self._transport = transport
        self._ssl = ssl_context
        self._client: httpx.AsyncClient | None = None

    def _new_client(self) -> httpx.AsyncClient:
        return bounded_client(
            self._timeout_s,
            self._transport,
            verify=self._ssl if self._ssl is not None else True,
            trust_env=False,  # a proxy from the environment would defeat the address check
            headers={"User-Agent": "mhealth-webhook/1"},
        )

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = self._new_client()
        return self._client

    async def send(self, notification: Notification) -> None:
        url = notification.channel.address
        if notification.channel.kind is not ChannelKind.WEBHOOK or not url:
            raise DeliveryRejected("the webhook notifier was given a channel that is not a webhook URL")
        body = webhook_body(notification)
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": notification.delivery_id,
            SIGNATURE_HEADER: sign(self._secret, body, int(self._clock())),
        }
        try:
            async with asyncio.timeout(self._timeout_s):
                if url == self._org_url:
                    request = self.client.build_request("POST", url, content=body, headers=headers)
                    response = await self._status_only(self.client, request)
                else:
                    response = await self._post_to_member(url, body, headers)
        except UnresolvableHost:
            # on entry this is a refusal; at send time DNS may be down for a while: retry
            raise ProviderUnavailable(f"webhook host {_host(url)} does not resolve now", retry_after=30) from None
        except InvalidInput as exc:
            raise DeliveryRejected(f"webhook refused before sending: {exc.detail}") from None
        except TimeoutError:
            raise ProviderUnavailable(f"webhook {_host(url)} did not answer within {self._timeout_s:g} s") from None
        except Exception as exc:
            import httpx

            if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol | UnicodeError):
                raise DeliveryRejected(f"webhook address is not a usable URL ({type(exc).__name__})") from None
            if isinstance(exc, httpx.TransportError):
                raise ProviderUnavailable(
                    f"webhook {_host(url)} unreachable ({type(exc).__name__})", retry_after=10
                ) from None
            raise
        self._judge(url, response)

    async def _post_to_member(self, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        """POST to the address the guard approved, keeping the URL's name for TLS and Host."""
        import httpx

        addresses = await resolve_webhook_url(url, allow_private=self._allow_private)
        parts = urlsplit(url)
        host = (parts.hostname or "").encode("idna").decode("ascii")  # an internationalised name, as DNS has it
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
        # A client per member request: connections to a pinned address must not be pooled across host names
        # (a TLS session made for one name would carry another's requests).
        async with self._new_client() as client:
            refused: httpx.ConnectError | None = None
            for address in addresses:  # every one of them passed the guard; the next one if one refuses
                ip = ipaddress.ip_address(address)
                literal = f"[{ip}]" if ip.version == 6 else str(ip)
                netloc = literal if parts.port is None else f"{literal}:{parts.port}"
                pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
                request = client.build_request(
                    "POST", pinned, content=body, headers={**headers, "Host": host_header}, extensions=extensions
                )
                try:
                    return await self._status_only(client, request)
                except httpx.ConnectError as exc:
                    refused = exc
            assert refused is not None
            raise refused

    @staticmethod
    async def _status_only(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        """Send and read the status line and headers; the body only when it announces at most 64 KB (so the
        connection can be reused), never more: a member's endpoint answering with gigabytes costs nothing."""
        response = await client.send(request, stream=True)
        length = response.headers.get("content-length", "")
        try:
            if length.isdigit() and int(length) <= 65536:
                await response.aread()
        finally:
            await response.aclose()
        return response

    def _judge(self, url: str, response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        where = f"webhook {_host(url)} answered {status}"
        if status in (408, 429) or status >= 500:
            raise ProviderUnavailable(where, retry_after=_retry_after(response))
        if 300 <= status < 400:
            raise DeliveryRejected(f"{where} (a redirect; webhooks do not follow redirects, use the final URL)")
        raise DeliveryRejected(where)

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
