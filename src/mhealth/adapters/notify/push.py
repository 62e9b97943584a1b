"""Push notifier: Firebase Cloud Messaging HTTP v1 through httpx, authorised by google-auth.

``POST {base}/v1/projects/{project}/messages:send`` with ``Authorization: Bearer <OAuth2 access token>``
(scope ``https://www.googleapis.com/auth/firebase.messaging``) and ``{"message": {"token", "notification",
"data", "android", "apns"}}`` (https://firebase.google.com/docs/reference/fcm/rest/v1/projects.messages/send).
firebase-admin hard-codes Google's host; this adapter takes the base URL (``MHEALTH_FCM_BASE_URL``) and the
credentials through its constructor, so tests point it at a local stand-in with a static token.

A retry of the same delivery replaces the notification on the device (Android ``tag`` and
``collapse_key``, APNs ``apns-collapse-id`` are the delivery id). Answers (FCM's ``errorCode``):
``UNREGISTERED``, ``INVALID_ARGUMENT``, ``SENDER_ID_MISMATCH`` and other 4xx raise DeliveryRejected; 401
(our token; it is refreshed on the next send), 403 without ``SENDER_ID_MISMATCH`` (the service account's
permissions), 429 ``QUOTA_EXCEEDED``, 5xx, timeouts and connection errors raise ProviderUnavailable.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import msgspec

from mhealth.adapters.notify._http import bounded_client
from mhealth.adapters.notify.message import render
from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import ChannelKind, Notification, RiskLevel
from mhealth.ports.notifier import Notifier

if TYPE_CHECKING:
    import httpx

FCM_BASE_URL = "https://fcm.googleapis.com"
FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
_PERMANENT = frozenset({"UNREGISTERED", "INVALID_ARGUMENT", "SENDER_ID_MISMATCH"})


def _fcm_error(response: httpx.Response) -> str:
    """FCM's ``errorCode`` (from the FcmError detail), else the error's ``status``."""
    try:
        error = response.json().get("error", {})
        for detail in error.get("details", ()):
            if str(detail.get("@type", "")).endswith("FcmError") and detail.get("errorCode"):
                return str(detail["errorCode"])
        return str(error.get("status", ""))
    except (ValueError, AttributeError):
        return ""


class FcmPushNotifier(Notifier):
    """Sends each notification to the device registration token in ``notification.channel.address``.

    Args:
        project: the Firebase / Google Cloud project id (``MHEALTH_FCM_PROJECT``).
        credentials: google-auth credentials (anything with ``token``, ``valid`` and ``refresh(request)``);
            default: ``credentials_file`` if given, else Application Default Credentials, with the FCM scope.
        credentials_file: a service-account JSON key (``MHEALTH_FCM_CREDENTIALS``).
        base_url: ``MHEALTH_FCM_BASE_URL`` (a local stand-in in tests).
        public_url: base of the link to the alert (sent in ``data.link``).
        timeout_s: the longest one send may take, the token refresh included.
        transport: an httpx transport (tests).
    """

    name = "push"
    kinds = frozenset({ChannelKind.PUSH})

    def __init__(
        self,
        *,
        project: str,
        credentials: Any = None,
        credentials_file: str | None = None,
        base_url: str = FCM_BASE_URL,
        public_url: str | None = None,
        timeout_s: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._url = f"{base_url.rstrip('/')}/v1/projects/{project}/messages:send"
        self._credentials = credentials
        self._credentials_file = credentials_file
        self._public_url = public_url
        self._timeout_s = timeout_s
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._token_lock = asyncio.Lock()

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = bounded_client(self._timeout_s, self._transport)
        return self._client

    def _load_credentials(self) -> Any:
        if self._credentials_file:
            from google.oauth2 import service_account

            return service_account.Credentials.from_service_account_file(  # type: ignore[no-untyped-call]
                self._credentials_file, scopes=[FCM_SCOPE]
            )
        import google.auth

        credentials, _ = google.auth.default(scopes=[FCM_SCOPE])
        return credentials

    def _refresh_sync(self) -> str:
        if self._credentials is None:
            self._credentials = self._load_credentials()
        credentials = self._credentials
        if not credentials.valid:
            from google.auth.transport.requests import Request

            base = Request()
            limit = self._timeout_s

            def bounded(url: str, method: str = "GET", body: Any = None, headers: Any = None, **kw: Any) -> Any:
                # google-auth's default wait is 120 s; the thread must not outlive the send by that much
                kw["timeout"] = min(float(kw.get("timeout") or limit), limit)
                return base(url, method=method, body=body, headers=headers, **kw)

            credentials.refresh(bounded)
        return str(credentials.token)

    async def _token(self) -> str:
        async with self._token_lock:
            c = self._credentials
            if c is not None and c.valid and c.token:
                return str(c.token)
            try:
                return await asyncio.to_thread(self._refresh_sync)
            except Exception as exc:  # google.auth.exceptions.*, OSError: the operator's to fix
                raise ProviderUnavailable(
                    f"no FCM access token ({type(exc).__name__}); check MHEALTH_FCM_CREDENTIALS", retry_after=60
                ) from None

    def payload(self, notification: Notification) -> dict[str, Any]:
        """The JSON body FCM receives for ``notification``."""
        n = notification
        words = render(n, self._public_url)
        urgent = n.level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
        data = {
            "event": n.event.value,
            "delivery_id": n.delivery_id,
            "alert_id": n.alert_id or "",
            "job_id": n.job_id or "",
            "senior_id": n.senior_id,
            "level": n.level.value if n.level else "",
            "link": words.link or "",
        }
        body_lines = [words.reason] if words.reason else []
        tag = n.delivery_id[:64]
        return {
            "message": {
                "token": n.channel.address,
                "notification": {"title": words.title.removeprefix("[mhealth] "), "body": "\n".join(body_lines)},
                "data": data,
                "android": {
                    "priority": "HIGH" if urgent else "NORMAL",
                    "collapse_key": tag,
                    "notification": {"tag": tag},
                },
                "apns": {"headers": {"apns-priority": "10" if urgent else "5", "apns-collapse-id": tag}},
            }
        }

    async def send(self, notification: Notification) -> None:
        if notification.channel.kind is not ChannelKind.PUSH or not notification.channel.address:
            raise DeliveryRejected("the push notifier was given a channel that is not a device token")
        body = msgspec.json.encode(self.payload(notification))
        import httpx

        try:
            async with asyncio.timeout(self._timeout_s):
                token = await self._token()
                response = await self.client.post(
                    self._url,
                    content=body,
                    headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json; charset=utf-8"},
                )
        except TimeoutError:
            raise ProviderUnavailable(f"FCM did not answer within {self._timeout_s:g} s") from None
        except httpx.TransportError as exc:
            raise ProviderUnavailable(f"FCM unreachable ({type(exc).__name__})", retry_after=10) from None
        status = response.status_code
        if 200 <= status < 300:
            return
        code = _fcm_error(response)
        where = f"FCM answered {status}" + (f" {code}" if code else "")
        if status == 401:
            self._expire_token()
            raise ProviderUnavailable(where, retry_after=5)
        if code in _PERMANENT:
            raise DeliveryRejected(where)
        if status in (403, 408, 429) or status >= 500:
            value = response.headers.get("retry-after", "")
            raise ProviderUnavailable(where, retry_after=int(value) if value.isdigit() else 30)
        raise DeliveryRejected(where)

    def _expire_token(self) -> None:
        c = self._credentials
        if c is not None and hasattr(c, "expiry"):
            from datetime import datetime

            try:
                c.expiry = datetime(1970, 1, 1)  # google-auth compares naive UTC: invalid from now on
            except (AttributeError, TypeError):
                pass

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
