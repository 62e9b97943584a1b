"""Gemini on Vertex AI (``google-genai``) behind the Analyzer port: a thin adapter over :mod:`mhealth.adapters.llm`.

One request per utterance: the shared versioned prompt as system instruction, the *redacted* text as the
user turn, JSON output constrained by the answer schema in Vertex AI's dialect
(:data:`mhealth.adapters.google.prompt.RESPONSE_SCHEMA`). Redaction, validation, the repair request,
retries, evidence mapping and the assessment are the shared :class:`~mhealth.adapters.llm.LlmAnalyzer`'s;
this module only speaks Gemini: the client, the request, the reading of answers and errors.

Failures raise :class:`~mhealth.adapters.llm.LlmFailure` (a ``ProviderUnavailable``); wrap the adapter in
:class:`~mhealth.adapters.llm.FallbackAnalyzer` to answer with the local analyzer, marked degraded, instead
(the container does). Text is never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

from mhealth.adapters.google import prompt
from mhealth.adapters.llm.analyzer import (
    PROVIDER_UNAVAILABLE,
    RETRYABLE_STATUS,
    Completion,
    LlmAnalyzer,
    LlmFailure,
    Redactor,
    Turn,
)
from mhealth.ports.readiness import Readiness

log = logging.getLogger(__name__)

_TRANSPORT_MODULES = ("httpx", "httpx2", "httpcore", "aiohttp", "anyio", "ssl", "h11", "h2")
# A candidate that stopped for one of these was withheld by a filter, not answered: a refusal.
_BLOCKED_FINISH = frozenset({"SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION", "IMAGE_SAFETY"})


def _is_transport_error(error: BaseException) -> bool:
    if isinstance(error, TimeoutError | ConnectionError):
        return True
    return any(cls.__module__.split(".")[0] in _TRANSPORT_MODULES for cls in type(error).__mro__)


class GeminiAnalyzer(LlmAnalyzer):
    """Screens Korean check-in speech with Gemini on Vertex AI.

    Args:
        project: Google Cloud project id.
        location: Vertex AI region (default ``asia-northeast3``, Seoul).
        model: Gemini model id.
        base_url: endpoint override; ``http://host:port`` is a local stand-in (a static bearer token is
            used, since anonymous credentials cannot refresh in Vertex mode).
        timeout_s: deadline of one request.
        max_retries: retries on 429/5xx/timeouts before giving up.
        redactor: default the production redactor :func:`mhealth.domain.rules.redaction.redact`.
        client: a ready ``genai.Client`` (tests).
        thinking_budget: Gemini 2.5 thinking tokens (0 = off: screening needs no long reasoning, and it
            halves latency and cost); None leaves the model's default.
        max_output_tokens: cap of one answer.
        retry_base_s: first backoff ceiling (doubles per retry, full jitter).
    """

    name = "gemini"
    provider = "Gemini"

    def __init__(
        self,
        *,
        project: str,
        location: str = "asia-northeast3",
        model: str = "gemini-2.5-flash",
        base_url: str | None = None,
        timeout_s: float = 30.0,
        max_retries: int = 2,
        redactor: Redactor | None = None,
        client: Any = None,
        thinking_budget: int | None = 0,
        max_output_tokens: int = 4096,
        retry_base_s: float = 0.5,
    ) -> None:
        if not project:
            raise ValueError("GeminiAnalyzer needs a project (MHEALTH_GOOGLE_PROJECT)")
        super().__init__(
            model=model, redactor=redactor, timeout_s=timeout_s, max_retries=max_retries, retry_base_s=retry_base_s
        )
        # Pay for the SDK import when the container builds the adapter, not on the first request.
        from google import genai
        from google.genai import errors as genai_errors
        from google.genai import types

        self._types: Any = types
        self._errors: Any = genai_errors
        self.project = project
        self.location = location
        self.base_url = base_url
        if client is None:
            credentials = None
            if base_url and urlparse(base_url).scheme == "http":
                from google.oauth2.credentials import Credentials

                # google-auth's Credentials constructor has no annotations: called through Any.
                static_token: Any = Credentials
                credentials = static_token(token="local-stub-token")  # noqa: S106 - not a secret: a stand-in
            client = genai.Client(
                vertexai=True,
                project=project,
                location=location,
                credentials=credentials,
                # retry_options=None: the SDK does not retry; LlmAnalyzer does, with its own bound and jitter.
                http_options=types.HttpOptions(base_url=base_url, timeout=int(timeout_s * 1000)),
            )
        self._client: Any = client
        safety = [
            types.SafetySetting(category=category, threshold=types.HarmBlockThreshold.BLOCK_NONE)
            for category in (
                types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
                types.HarmCategory.HARM_CATEGORY_HARASSMENT,
                types.HarmCategory.HARM_CATEGORY_HATE_SPEECH,
                types.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT,
            )
        ]
        # Screening text about self-harm is exactly what default safety filters block; a blocked answer
        # would degrade every crisis case, so filters are off for this read-only classification.
        self._config: Any = types.GenerateContentConfig(
            system_instruction=prompt.SYSTEM_INSTRUCTION,
            response_mime_type="application/json",
            response_schema=prompt.RESPONSE_SCHEMA,
            temperature=0.0,
            max_output_tokens=max_output_tokens,
            safety_settings=safety,
            thinking_config=(
                types.ThinkingConfig(thinking_budget=thinking_budget) if thinking_budget is not None else None
            ),
        )

    async def readiness(self) -> Readiness:
        return Readiness(detail=f"Gemini {self.model} on Vertex AI ({self.location})")

    async def aclose(self) -> None:
        try:
            await self._client.aio.aclose()
        except Exception:
            log.debug("closing the genai client failed", exc_info=True)

    # ---------------------------------------------------------------------------- LlmAnalyzer

    async def _complete(self, turns: Sequence[Turn]) -> Completion:
        contents = [
            self._types.Content(
                role="model" if turn.role == "assistant" else "user", parts=[self._types.Part.from_text(text=turn.text)]
            )
            for turn in turns
        ]
        response = await self._client.aio.models.generate_content(
            model=self.model, contents=contents, config=self._config
        )
        input_tokens = output_tokens = 0
        meta = getattr(response, "usage_metadata", None)
        if meta is not None:
            input_tokens = meta.prompt_token_count or 0
            output_tokens = (meta.candidates_token_count or 0) + (getattr(meta, "thoughts_token_count", None) or 0)
        text, refusal = self._read(response)
        return Completion(text=text, refusal=refusal, input_tokens=input_tokens, output_tokens=output_tokens)

    @staticmethod
    def _read(response: Any) -> tuple[str, str | None]:
        """The answer's text, and the block reason when a filter withheld it (no candidate, or stopped)."""
        # response.text warns and returns None when there is no candidate, so read the parts directly.
        candidates = getattr(response, "candidates", None) or []
        feedback = getattr(response, "prompt_feedback", None)
        if not candidates:
            reason = getattr(feedback, "block_reason", None) if feedback is not None else None
            return "", f"blocked: {reason or 'no candidate'}"
        candidate = candidates[0]
        finish = str(getattr(candidate.finish_reason, "value", candidate.finish_reason) or "")
        parts = candidate.content.parts if candidate.content and candidate.content.parts else []
        text = "".join(part.text or "" for part in parts if not getattr(part, "thought", False))
        if finish in _BLOCKED_FINISH:
            return text, f"blocked: {finish}"
        return text, None

    def _retryable(self, error: BaseException) -> bool:
        if isinstance(error, self._errors.APIError):
            return int(error.code or 0) in RETRYABLE_STATUS
        return _is_transport_error(error)

    def _failure(self, error: BaseException) -> LlmFailure | None:
        if isinstance(error, self._errors.APIError):
            return self._status_failure(int(error.code or 0))
        if _is_transport_error(error):
            return LlmFailure(
                f"Gemini did not answer in time ({type(error).__name__}); try again later",
                reason=PROVIDER_UNAVAILABLE,
                detail_ko="분석 서비스가 응답하지 않습니다. 잠시 후 다시 시도하세요",
            )
        return super()._failure(error)


__all__ = ["GeminiAnalyzer"]
