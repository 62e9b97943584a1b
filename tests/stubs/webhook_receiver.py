"""A webhook receiver on 127.0.0.1 that checks requests the way docs/alerts.md tells receivers to."""

from __future__ import annotations

import hashlib
import hmac
import time

from tests.stubs.http_stub import HttpStub, Recorded


def verify(secret: str, header: str, body: bytes, *, now: float | None = None, tolerance_s: int = 300) -> bool:
    """The receiver's check (the recipe in docs/alerts.md): HMAC over "<t>." + body, t recent."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    t, given = fields.get("t", ""), fields.get("v1", "")
    if not t.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(t)) > tolerance_s:
        return False
    expected = hmac.new(secret.encode(), t.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given)


class WebhookReceiver(HttpStub):
    """Answers 204 to a correctly signed request, 401 otherwise; keeps the delivery ids it accepted once."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret
        self.accepted: dict[str, bytes] = {}

    def answer(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if not verify(self.secret, request.headers.get("x-mhealth-signature", ""), request.body):
            return 401, {}, b""
        self.accepted.setdefault(request.headers.get("idempotency-key", ""), request.body)
        return 204, {}, b""
