"""OpenAPI helpers: documented error responses and request examples shared by the controllers."""

from __future__ import annotations

from litestar.openapi.datastructures import ResponseSpec

from mhealth.entrypoints.http.errors import ErrorBody


def _spec(description: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorBody, description=description, generate_examples=False)


ERRORS_COMMON = {
    400: _spec("Malformed input: `invalid_input` (with `field`)."),
    401: _spec("`unauthorized`: missing, expired or invalid bearer token."),
    500: _spec("`internal_error` with a `request_id`; no internals."),
    503: _spec("`provider_unavailable` / `speech_unavailable`, with Retry-After."),
}
ERRORS_TEXT = dict(ERRORS_COMMON)
ERRORS_AUDIO = {
    **ERRORS_COMMON,
    400: _spec("`empty_audio` or a malformed form (`invalid_input`)."),
    413: _spec("`too_large`: the upload is over MHEALTH_MAX_UPLOAD_MB (refused while streaming)."),
    415: _spec("`unsupported_audio`: the bytes are not audio in an accepted format."),
    422: _spec("`corrupt_audio`, `no_speech` or `too_short`."),
}
ERRORS_RESOURCE = {
    **ERRORS_COMMON,
    403: _spec("`forbidden` or `consent_required`."),
    404: _spec("`not_found`: unknown, or not yours (the two answer alike)."),
    409: _spec("`conflict`."),
}
ERRORS_CHECKIN = {**ERRORS_RESOURCE, **{k: v for k, v in ERRORS_AUDIO.items() if k in (413, 415, 422)}}

_EXAMPLES = {
    "analyze": 'Example body: `{"text": "요즘 밤에 잠을 못 자고 입맛도 없어요", "user_id": "u-123"}`.',
    "check_in": 'Send JSON `{"text": ...}`, or multipart/form-data with `file`, or a raw `audio/*` body. '
    "An `Idempotency-Key` header makes retries safe: the first result is returned again.",
}


def example(name: str) -> str:
    return _EXAMPLES[name]
