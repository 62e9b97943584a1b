"""Domain errors: every failure a caller can see has a stable code and a human sentence.

The HTTP layer maps these codes to status codes in one table (``entrypoints/http/errors.py``); the CLI
prints ``detail``. Codes never change once published: clients branch on them.
"""

from __future__ import annotations


class MHealthError(Exception):
    """Base of every error mhealth raises on purpose.

    Attributes:
        code: stable machine-readable code (snake_case).
        detail: one English sentence a person can act on.
        detail_ko: the same sentence in Korean, when one was written.
        field: the input field at fault, when exactly one is.
    """

    code = "mhealth_error"

    def __init__(self, detail: str, *, field: str | None = None, detail_ko: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.detail_ko = detail_ko
        self.field = field


class InvalidInput(MHealthError):
    """The caller sent something malformed (blank text, a value out of range)."""

    code = "invalid_input"


class InvariantViolation(InvalidInput):
    """A domain object was built with values that break its invariants."""

    code = "invalid_value"


class NotFound(MHealthError):
    """The thing asked for does not exist (or the caller may not know that it does)."""

    code = "not_found"


class NotVisible(NotFound):
    """The thing exists but belongs to a senior the caller may not see. Answered exactly as
    :class:`NotFound` (same code, same words); ``senior_id`` is for the audit log only, never for the caller.
    """

    def __init__(self, detail: str, *, senior_id: str, detail_ko: str | None = None) -> None:
        super().__init__(detail, detail_ko=detail_ko)
        self.senior_id = senior_id


class Conflict(MHealthError):
    """The request conflicts with what is stored (a duplicate id, a changed idempotent request)."""

    code = "conflict"


class Unauthorized(MHealthError):
    """The caller is not authenticated: no, a bad, an expired or a revoked credential."""

    code = "unauthorized"


class Forbidden(MHealthError):
    """The caller is known but may not do this (never used where it would reveal that a resource exists)."""

    code = "forbidden"


class TooManyAttempts(MHealthError):
    """Too many requests or failed sign-ins; retry after ``retry_after`` seconds."""

    code = "rate_limited"

    def __init__(self, detail: str, *, retry_after: int = 60, detail_ko: str | None = None) -> None:
        super().__init__(detail, detail_ko=detail_ko)
        self.retry_after = retry_after


class ConsentRequired(MHealthError):
    """The senior has not consented to processing of this kind."""

    code = "consent_required"


class AudioError(MHealthError):
    """Base of audio refusals."""

    code = "audio_error"


class EmptyAudio(AudioError):
    code = "empty_audio"


class UnsupportedAudio(AudioError):
    code = "unsupported_audio"


class CorruptAudio(AudioError):
    code = "corrupt_audio"


class NoSpeech(AudioError):
    code = "no_speech"


class TooShort(AudioError):
    code = "too_short"


class TooLarge(MHealthError):
    code = "too_large"


class ProviderUnavailable(MHealthError):
    """An outside provider is down, rate-limited or timed out; the request may be retried later.

    Attributes:
        retry_after: seconds after which a retry is sensible.
    """

    code = "provider_unavailable"

    def __init__(self, detail: str, *, retry_after: int = 30, detail_ko: str | None = None) -> None:
        super().__init__(detail, detail_ko=detail_ko)
        self.retry_after = retry_after


class SpeechUnavailable(ProviderUnavailable):
    """No speech-to-text provider is configured or its model cannot be loaded."""

    code = "speech_unavailable"


class DeliveryRejected(MHealthError):
    """A notification provider refused a message for good (a bad address, a 4xx answer): retrying cannot help.

    Raised by a notifier; the delivery is recorded as ``failed`` on its alert (never silently dropped).
    """

    code = "delivery_rejected"


class ConfigurationError(MHealthError):
    """A configuration value is wrong; raised at start-up, naming the key, the value and the fix."""

    code = "configuration_error"


class DatabaseUnavailable(ProviderUnavailable):
    """The database is unreachable, too slow or timed out; nothing of this request was stored."""

    code = "database_unavailable"


class StorageUnavailable(ProviderUnavailable):
    """The blob store cannot take the audio (unwritable, full, unreachable); nothing was stored."""

    code = "storage_unavailable"


class Overloaded(MHealthError):
    """Too much work is in flight: refused at once, before any work, so a retry after ``retry_after`` is safe.

    Attributes:
        retry_after: seconds after which a retry is sensible.
    """

    code = "overloaded"

    def __init__(self, detail: str, *, retry_after: int = 2, detail_ko: str | None = None) -> None:
        super().__init__(detail, detail_ko=detail_ko)
        self.retry_after = retry_after


class OutcomeUnknown(MHealthError):
    """The link to the database dropped while a commit was in flight: the write may or may not be stored.

    Never reported as a failure: the caller retries with ``idempotency_key`` and gets the stored result
    (200 ``replayed``) if it was stored, or a fresh one if it was not.

    Attributes:
        idempotency_key: the key to retry with (the caller's, or the one minted for the request).
        retry_after: seconds after which a retry is sensible.
    """

    code = "outcome_unknown"

    def __init__(
        self,
        detail: str,
        *,
        idempotency_key: str | None = None,
        retry_after: int = 5,
        detail_ko: str | None = None,
    ) -> None:
        super().__init__(detail, detail_ko=detail_ko)
        self.idempotency_key = idempotency_key
        self.retry_after = retry_after


class UnsupportedLanguage(MHealthError):
    """The analyzer cannot read the text's language (the local analyzer reads Korean only).

    Raised by the stateless screening endpoints instead of answering with a confident level; the answer still
    says a person must review the text and gives the crisis lines. A check-in is stored instead, with
    ``needs_review`` and a review alert.
    """

    code = "unsupported_language"
