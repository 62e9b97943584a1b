"""A local stand-in of Solapi's ``POST /messages/v4/send`` that checks what the real API checks first.

Authentication (https://docs.solapi.com/authentication/api-key): ``HMAC-SHA256 apiKey=, date=, salt=,
signature=``; the signature is HMAC-SHA256(secret, date + salt) in hex, the date within 15 minutes, the salt
12-64 characters and a signature never reused. The message (sendsimplemessage): ``to`` / ``from`` digits,
``type`` SMS (text <= 90 bytes, Korean counting two), LMS (subject), or ATA (kakaoOptions pfId + templateId).
Errors answer like Solapi: ``{"errorCode": ..., "errorMessage": ...}`` with 400 or 401.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from datetime import UTC, datetime, timedelta

from tests.stubs.http_stub import HttpStub, Recorded

_AUTH = re.compile(
    r"^HMAC-SHA256 apiKey=(?P<key>[^,]+), date=(?P<date>[^,]+), salt=(?P<salt>[^,]+), signature=(?P<sig>[0-9a-f]{64})$"
)


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"errorCode": code, "errorMessage": message}).encode()
    return status, {"Content-Type": "application/json"}, body


class SolapiStub(HttpStub):
    def __init__(self, api_key: str, api_secret: str, *, pfid: str = "KA01PF", template_id: str = "KA01TP") -> None:
        super().__init__()
        self.api_key = api_key
        self.api_secret = api_secret
        self.pfid = pfid
        self.template_id = template_id
        self.accepted: list[dict] = []
        self._signatures: set[str] = set()

    def error_body(self, status: int) -> bytes:
        return json.dumps({"errorCode": "ServerError" if status >= 500 else "Error", "errorMessage": "x"}).encode()

    def answer(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if request.method != "POST" or request.path != "/messages/v4/send":
            return _error(404, "NotFound", "no such resource")
        auth = _AUTH.match(request.headers.get("authorization", ""))
        if auth is None:
            return _error(401, "InvalidAuthorizationHeader", "malformed Authorization")
        if auth["key"] != self.api_key:
            return _error(401, "InvalidAPIKey", "unknown API key")
        if not 12 <= len(auth["salt"]) <= 64:
            return _error(401, "InvalidSalt", "salt must be 12-64 characters")
        try:
            date = datetime.strptime(auth["date"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return _error(401, "InvalidDateFormat", "date is not ISO 8601")
        if abs(datetime.now(UTC) - date) > timedelta(minutes=15):
            return _error(401, "RequestTimeTooSkewed", "date is more than 15 minutes off")
        expected = hmac.new(self.api_secret.encode(), (auth["date"] + auth["salt"]).encode(), hashlib.sha256)
        if not hmac.compare_digest(expected.hexdigest(), auth["sig"]):
            return _error(401, "SignatureDoesNotMatch", "signature does not match")
        if auth["sig"] in self._signatures:
            return _error(401, "DuplicatedSignature", "signature already used")
        self._signatures.add(auth["sig"])
        try:
            message = json.loads(request.body)["message"]
        except (ValueError, KeyError, TypeError):
            return _error(400, "ValidationError", "message is required")
        problem = self._check(message)
        if problem:
            return _error(400, "ValidationError", problem)
        self.accepted.append(message)
        answer = {
            "groupId": f"G4V{len(self.accepted):020d}",
            "messageId": f"M4V{len(self.accepted):020d}",
            "accountId": "12925149",
            "statusMessage": "정상 접수(이통사로 접수 예정) ",
            "statusCode": "2000",
            "to": message["to"],
            "from": message["from"],
            "type": message["type"],
            "country": "82",
        }
        return 200, {"Content-Type": "application/json"}, json.dumps(answer, ensure_ascii=False).encode()

    def _check(self, m: dict) -> str | None:
        for key in ("to", "from"):
            if not str(m.get(key, "")).isdigit():
                return f"{key} must be digits"
        if m["to"].startswith("0100"):
            return "to is not a valid number"
        kind = m.get("type")
        if kind == "SMS":
            text = m.get("text") or ""
            if not text or sum(1 if ord(c) < 128 else 2 for c in text) > 90:
                return "SMS text must be 1-90 bytes"
        elif kind == "LMS":
            if not m.get("text") or not m.get("subject"):
                return "LMS needs text and subject"
        elif kind == "ATA":
            k = m.get("kakaoOptions") or {}
            if k.get("pfId") != self.pfid or k.get("templateId") != self.template_id:
                return "unknown pfId or templateId"
            if not isinstance(k.get("variables"), dict):
                return "template variables are required"
        else:
            return "type must be SMS, LMS or ATA"
        return None
