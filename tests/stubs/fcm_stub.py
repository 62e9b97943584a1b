"""A local stand-in of FCM HTTP v1 ``POST /v1/projects/{project}/messages:send``.

Checks the bearer token and the message shape (``/token`` is an OAuth2 token endpoint handing out that
token); device tokens starting with ``unregistered`` answer 404
``UNREGISTERED`` and ``invalid`` answer 400 ``INVALID_ARGUMENT``, with FCM's error body (an FcmError detail).
"""

from __future__ import annotations

import json

from tests.stubs.http_stub import HttpStub, Recorded


def fcm_error(status: int, grpc_status: str, code: str) -> bytes:
    return json.dumps(
        {
            "error": {
                "code": status,
                "message": code,
                "status": grpc_status,
                "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": code}],
            }
        }
    ).encode()


class FcmStub(HttpStub):
    def __init__(self, project: str, token: str) -> None:
        super().__init__()
        self.project = project
        self.token = token
        self.delivered: list[dict] = []
        self.token_requests = 0

    def error_body(self, status: int) -> bytes:
        if status == 429:
            return fcm_error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED")
        if status >= 500:
            return fcm_error(status, "UNAVAILABLE", "UNAVAILABLE")
        return fcm_error(status, "INVALID_ARGUMENT", "INVALID_ARGUMENT")

    def answer(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        json_ = {"Content-Type": "application/json"}
        if request.path == "/token":  # an OAuth2 token endpoint, for credentials that refresh
            self.token_requests += 1
            return 200, json_, json.dumps({"access_token": self.token, "expires_in": 3600}).encode()
        if request.path != f"/v1/projects/{self.project}/messages:send":
            return 404, json_, fcm_error(404, "NOT_FOUND", "UNSPECIFIED_ERROR")
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return 401, json_, fcm_error(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR")
        try:
            message = json.loads(request.body)["message"]
            device = message["token"]
            assert isinstance(message["notification"]["title"], str)
            assert all(isinstance(v, str) for v in message.get("data", {}).values())  # FCM: data values are strings
        except (ValueError, KeyError, TypeError, AssertionError):
            return 400, json_, fcm_error(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT")
        if device.startswith("unregistered"):
            return 404, json_, fcm_error(404, "NOT_FOUND", "UNREGISTERED")
        if device.startswith("invalid"):
            return 400, json_, fcm_error(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT")
        self.delivered.append(message)
        name = f"projects/{self.project}/messages/{len(self.delivered)}"
        return 200, json_, json.dumps({"name": name}).encode()
