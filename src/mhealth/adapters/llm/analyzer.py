"""The provider-neutral LLM analyzer: redact, ask, validate, repair once, map evidence, build the assessment.

A provider adapter (Gemini, OpenAI-compatible) subclasses :class:`LlmAnalyzer` and supplies one thing:
how to send a conversation once (:meth:`LlmAnalyzer._complete`) and how to read its errors
(:meth:`LlmAnalyzer._retryable`, :meth:`LlmAnalyzer._failure`). Everything a screening result depends on
lives here, once:

* the text is redacted (by default with the production redactor,
  :func:`mhealth.domain.rules.redaction.redact`) and only the redacted text is sent;
* 429/5xx/timeouts are retried with bounded full-jitter backoff (:mod:`mhealth.adapters.llm.retry`);
* an answer that is not JSON of the schema, or a refusal, gets exactly one repair request;
* evidence is kept only when quoted from the sent text, and mapped back to the original transcript.

When no usable answer comes, it raises :class:`LlmFailure` (a ``ProviderUnavailable`` with a stable
``reason``); :class:`mhealth.adapters.llm.fallback.FallbackAnalyzer` turns that into the local analyzer's
assessment marked degraded. The text is never logged.
"""

from __future__ import annotations

import asyncio
import json
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Literal

import msgspec

from mhealth.adapters.llm import prompt
from mhealth.adapters.llm.answer import BadAnswer, ModelAnswer, decode_answer
from mhealth.adapters.llm.assessment import build_assessment
from mhealth.adapters.llm.retry import with_retries
from mhealth.domain.errors import InvalidInput, ProviderUnavailable
from mhealth.domain.model import RiskAssessment
from mhealth.domain.rules.redaction import Redacted, redact
from mhealth.ports.analyzer import Analyzer

Redactor = Callable[[str], Redacted]

# Stable reason codes, stored in the provenance of a degraded assessment (docs/providers/openai.md).
PROVIDER_UNAVAILABLE = "provider_unavailable"  # 429, 5xx, timeout, connection: still failing after retries
PROVIDER_REJECTED = "provider_rejected"  # a client error (400, 401, 403, 404): retrying cannot help
INVALID_JSON = "invalid_json"  # garbage, truncated JSON or wrong types, twice (after the repair request)
REFUSAL = "refusal"  # the model or the provider's filter declined, twice
INVALID_RESPONSE = "invalid_response"  # an HTTP 200 whose body is not the API's JSON (a proxy's error page)
INTERNAL_ERROR = "internal_error"  # anything else raised by the primary analyzer (a bug, an SDK surprise)

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})


class LlmFailure(ProviderUnavailable):
    """The provider gave no usable answer; ``reason`` is one of the stable codes above.

    It is a :class:`ProviderUnavailable` (503 with Retry-After when nothing falls back), so callers that
    know only the port's contract handle it unchanged.
    """

    def __init__(self, detail: str, *, reason: str, retry_after: int = 30, detail_ko: str | None = None) -> None:
        super().__init__(
            detail,
            retry_after=retry_after,
            detail_ko=detail_ko or "분석 서비스를 일시적으로 사용할 수 없습니다. 잠시 후 다시 시도하세요",
        )
        self.reason = reason


class Turn(msgspec.Struct, frozen=True):
    """One turn of the conversation: the user's (our prompt) or the assistant's (the model's answer)."""

    role: Literal["user", "assistant"]
    text: str


class Completion(msgspec.Struct, frozen=True, kw_only=True):
    """What one request returned, in provider-neutral terms.

    Attributes:
        text: the answer's text ('' when there is none).
        refusal: set when the model or a filter declined (an OpenAI ``refusal``, a Gemini safety block).
        input_tokens, output_tokens: usage as reported (0 when not reported).
    """

    text: str = ""
    refusal: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0


class LlmAnalyzer(Analyzer, ABC):
    """Screens Korean check-in speech with a hosted LLM; subclasses say how to reach the provider.

    Args:
        model: the model id (provenance names it).
        redactor: ``redact(text) -> Redacted``; default the production redactor
            :func:`mhealth.domain.rules.redaction.redact`. Replace it only with something at least as strict.
        timeout_s: deadline of one request (the subclass gives it to its SDK; a backstop of ``timeout_s + 1``
            bounds a stuck connection).
        max_retries: retries on 429/5xx/timeouts before giving up.
        retry_base_s: the first backoff ceiling; each retry doubles it (full jitter, capped at 4 s).
    """

    name = "llm"
    provider = "the LLM provider"  # for messages: "Gemini", "the OpenAI-compatible server"

    def __init__(
        self,
        *,
        model: str,
        redactor: Redactor | None = None,
        timeout_s: float = 30.0,
        max_retries: int = 2,
        retry_base_s: float = 0.5,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.model = model
        self.redactor: Redactor = redact if redactor is None else redactor
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.retry_base_s = retry_base_s

    # ---------------------------------------------------------------------------- for subclasses

    @abstractmethod
    async def _complete(self, turns: Sequence[Turn]) -> Completion:
        """Send the system instruction, the answer schema and ``turns`` once; raise the SDK's errors."""

    @abstractmethod
    def _retryable(self, error: BaseException) -> bool:
        """Whether ``error`` (raised by :meth:`_complete`) is transient: 429, 5xx, a timeout."""

    def _failure(self, error: BaseException) -> LlmFailure | None:
        """``error`` (after retries) as an :class:`LlmFailure`, or None when it is not a provider failure.

        Subclasses add their SDK's errors and call this for the generic ones.
        """
        if isinstance(error, TimeoutError | ConnectionError):
            return LlmFailure(
                f"{self.provider} could not be reached in time ({type(error).__name__}); try again later",
                reason=PROVIDER_UNAVAILABLE,
                detail_ko="분석 서비스가 응답하지 않습니다. 잠시 후 다시 시도하세요",
            )
        if isinstance(error, json.JSONDecodeError):
            # The SDKs parse the HTTP body themselves; a body that is not JSON is the server's fault.
            return LlmFailure(f"{self.provider} answered with a body that is not JSON", reason=INVALID_RESPONSE)
        return None

    def _status_failure(self, status: int) -> LlmFailure:
        """The failure for an HTTP status the provider answered with (after retries when transient)."""
        transient = status in RETRYABLE_STATUS
        advice = "try again later" if transient else "the request was refused: check the key, the model and the URL"
        return LlmFailure(
            f"{self.provider} answered HTTP {status}; {advice}",
            reason=PROVIDER_UNAVAILABLE if transient else PROVIDER_REJECTED,
            retry_after=30 if transient else 300,
        )

    # ---------------------------------------------------------------------------- the port

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        if not text or not text.strip():
            raise InvalidInput("text is blank", field="text", detail_ko="텍스트가 비어있습니다")
        redacted = self.redactor(text)
        started = time.perf_counter()
        usage = [0, 0]
        turns = [Turn("user", prompt.user_message(redacted.text))]
        try:
            answer = await self._ask(turns, usage)
        except BadAnswer as first:
            # One repair: show the model its unusable answer and ask again.
            turns += [Turn("assistant", first.raw), Turn("user", prompt.REPAIR_INSTRUCTION)]
            try:
                answer = await self._ask(turns, usage)
            except BadAnswer as second:
                what = "declined to answer" if second.reason == REFUSAL else "answered with invalid JSON"
                raise LlmFailure(f"{self.provider} {what} twice", reason=second.reason, retry_after=60) from None
        latency_ms = round(1000 * (time.perf_counter() - started), 1)
        return build_assessment(
            answer,
            redacted,
            analyzer=self.name,
            model=self.model,
            latency_ms=latency_ms,
            input_tokens=usage[0],
            output_tokens=usage[1],
        )

    async def _ask(self, turns: Sequence[Turn], usage: list[int]) -> ModelAnswer:
        async def once() -> Completion:
            # The SDK's timeout bounds each HTTP attempt; wait_for is the backstop for a stuck connection.
            return await asyncio.wait_for(self._complete(list(turns)), self.timeout_s + 1.0)

        def retryable(error: BaseException) -> bool:
            return isinstance(error, TimeoutError) or self._retryable(error)

        try:
            completion = await with_retries(
                once, retryable=retryable, max_retries=self.max_retries, base_s=self.retry_base_s
            )
        except Exception as error:
            failure = self._failure(error)
            if failure is None:
                raise
            raise failure from error
        usage[0] += completion.input_tokens
        usage[1] += completion.output_tokens
        if completion.refusal is not None:
            raise BadAnswer(REFUSAL, completion.refusal or completion.text)
        return decode_answer(completion.text)


__all__ = [
    "INTERNAL_ERROR",
    "INVALID_JSON",
    "INVALID_RESPONSE",
    "PROVIDER_REJECTED",
    "PROVIDER_UNAVAILABLE",
    "REFUSAL",
    "RETRYABLE_STATUS",
    "Completion",
    "LlmAnalyzer",
    "LlmFailure",
    "Redactor",
    "Turn",
]
