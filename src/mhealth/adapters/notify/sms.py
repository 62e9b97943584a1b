"""SMS / LMS and KakaoTalk Alimtalk through Solapi's REST API v4 (httpx).

Provider documentation (read 2026-12):
    * Sending one message: https://docs.solapi.com/api-reference/messages/sendsimplemessage
      (``POST https://api.solapi.com/messages/v4/send`` with ``{"message": {to, from, text, type, subject,
      kakaoOptions: {pfId, templateId, variables, disableSms}, customFields}}``)
    * Authentication: https://docs.solapi.com/authentication/api-key
      (``Authorization: HMAC-SHA256 apiKey=<key>, date=<ISO 8601>, salt=<12-64 random bytes>,
      signature=<hex HMAC-SHA256(API secret, date + salt)>``; the date must be within 15 minutes of the
      server's clock and a signature cannot be used twice)

``ChannelKind.SMS``: an SMS when the text fits 90 bytes (a Korean character counts two, as carriers count
EUC-KR), else an LMS with a subject. ``ChannelKind.KAKAO``: an Alimtalk (``ATA``) on the operator's approved
template (``MHEALTH_KAKAO_PFID``, ``MHEALTH_KAKAO_TEMPLATE_ID``) filled through its variables ``#{이름}``,
``#{위험도}``, ``#{사유}``, ``#{링크}``; Solapi sends the substitute SMS when KakaoTalk cannot deliver unless
``MHEALTH_KAKAO_SMS_FALLBACK=false``. Without a KakaoTalk template a kakao channel is sent as SMS when the
fallback is on, and refused otherwise.

Answers: 2xx accepted; other 4xx (a bad number, a template mismatch) raise DeliveryRejected; 401/403 (key,
signature, balance: the operator's to fix), 408, 429, 5xx, timeouts and connection errors raise
ProviderUnavailable. The delivery id travels in ``customFields.delivery_id`` (visible in Solapi's log); SMS has
no idempotency key, so a retry after a lost answer may send a second text (harmless, the same words).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import msgspec

from mhealth.adapters.notify._http import bounded_client
from mhealth.adapters.notify.message import render
from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import ChannelKind, Notification
from mhealth.domain.model.care import normalise_phone
from mhealth.ports.notifier import Notifier

if TYPE_CHECKING:
    import httpx

SOLAPI_BASE_URL = "https://api.solapi.com"
SMS_MAX_BYTES = 90


def carrier_bytes(text: str) -> int:
    """Length as Korean carriers count it (EUC-KR): ASCII one byte, anything else two."""
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def authorization(api_key: str, api_secret: str, *, now: datetime | None = None, salt: str | None = None) -> str:
    """The ``Authorization`` header of one Solapi request (a fresh salt each time)."""
    date = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    salt = salt or secrets.token_hex(16)
    signature = hmac.new(api_secret.encode(), (date + salt).encode(), hashlib.sha256).hexdigest()
    return f"HMAC-SHA256 apiKey={api_key}, date={date}, salt={salt}, signature={signature}"


def korean_number(address: str) -> str:
    """``010...`` for a Korean mobile number given as 010... or +8210...; DeliveryRejected for others."""
    number = normalise_phone(address)
    if number.startswith("+82"):
        number = "0" + number[3:].lstrip("0")
    if not (number.startswith("01") and number.isdigit() and 10 <= len(number) <= 11):
        raise DeliveryRejected("SMS and KakaoTalk go to Korean mobile numbers only (010...)")
    return number


def _error_code(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return ""
    return str(data.get("errorCode", "")) if isinstance(data, dict) else ""


class SolapiSmsNotifier(Notifier):
    """Sends SMS/LMS (``sms`` channels) and KakaoTalk Alimtalk (``kakao`` channels) through Solapi.

    Args:
        api_key, api_secret: ``MHEALTH_SMS_API_KEY``, ``MHEALTH_SMS_API_SECRET``.
        sender: the registered sender number (``MHEALTH_SMS_SENDER``).
        base_url: ``MHEALTH_SMS_BASE_URL`` (a local stub in tests).
        kakao_pfid, kakao_template_id: the KakaoTalk channel and the approved Alimtalk template.
        kakao_sms_fallback: SMS when KakaoTalk cannot deliver (and for kakao channels without a template).
        public_url: base of the link to the alert.
        timeout_s: the longest one send may take.
        transport: an httpx transport (tests).
    """

    name = "sms"
    kinds = frozenset({ChannelKind.SMS, ChannelKind.KAKAO})

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        sender: str,
        base_url: str = SOLAPI_BASE_URL,
        kakao_pfid: str | None = None,
        kakao_template_id: str | None = None,
        kakao_sms_fallback: bool = True,
        public_url: str | None = None,
        timeout_s: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._key = api_key
        self._secret = api_secret
        self._sender = normalise_phone(sender)
        self._url = base_url.rstrip("/") + "/messages/v4/send"
        self._pfid = kakao_pfid
        self._template = kakao_template_id
        self._fallback = kakao_sms_fallback
        self._public_url = public_url
        self._timeout_s = timeout_s
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = bounded_client(self._timeout_s, self._transport)
        return self._client

    def payload(self, notification: Notification) -> dict[str, Any]:
        """The JSON body Solapi receives for ``notification``."""
        n = notification
        to = korean_number(n.channel.address)
        words = render(n, self._public_url)
        message: dict[str, Any] = {
            "to": to,
            "from": self._sender,
            "customFields": {"delivery_id": n.delivery_id[:100]},
        }
        kakao = n.channel.kind is ChannelKind.KAKAO
        if kakao and self._pfid and self._template:
            message["type"] = "ATA"
            message["kakaoOptions"] = {
                "pfId": self._pfid,
                "templateId": self._template,
                "disableSms": not self._fallback,
                "variables": {
                    "#{이름}": words.name,
                    "#{위험도}": words.level or "-",
                    "#{사유}": words.reason or "-",
                    "#{링크}": words.link or "-",
                },
            }
            return {"message": message}
        if kakao and not self._fallback:
            raise DeliveryRejected(
                "KakaoTalk is not configured (MHEALTH_KAKAO_PFID, MHEALTH_KAKAO_TEMPLATE_ID) "
                "and the SMS fallback is off"
            )
        text = words.short
        if carrier_bytes(text) <= SMS_MAX_BYTES:
            message.update(type="SMS", text=text)
        else:
            subject = words.title.removeprefix("[mhealth] ")
            while carrier_bytes(subject) > 40:
                subject = subject[:-1]
            message.update(type="LMS", subject=subject, text=words.body)
        return {"message": message}

    async def send(self, notification: Notification) -> None:
        if notification.channel.kind not in self.kinds:
            raise DeliveryRejected("the SMS notifier was given a channel that is not a phone number")
        body = msgspec.json.encode(self.payload(notification))
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Authorization": authorization(self._key, self._secret),
        }
        import httpx

        try:
            async with asyncio.timeout(self._timeout_s):
                response = await self.client.post(self._url, content=body, headers=headers)
        except TimeoutError:
            raise ProviderUnavailable(f"Solapi did not answer within {self._timeout_s:g} s") from None
        except httpx.TransportError as exc:
            raise ProviderUnavailable(f"Solapi unreachable ({type(exc).__name__})", retry_after=10) from None
        status = response.status_code
        if 200 <= status < 300:
            return
        code = _error_code(response)
        where = f"Solapi answered {status}" + (f" {code}" if code else "")
        if status in (401, 403, 408, 429) or status >= 500:
            value = response.headers.get("retry-after", "")
            raise ProviderUnavailable(where, retry_after=int(value) if value.isdigit() else 30)
        raise DeliveryRejected(where)

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
