"""Any OpenAI-compatible chat completions server behind the Analyzer port (OpenAI, Azure OpenAI, Ollama, vLLM).

A thin adapter over :class:`mhealth.adapters.llm.LlmAnalyzer` through the official ``openai`` package
(imported when the adapter is built, never at module import): ``POST {base_url}/chat/completions`` with
the shared versioned prompt as the system message, the *redacted* text as the user message, and structured
output constrained by the answer's JSON schema (``response_format={"type": "json_schema", ...}``, strict).

Redaction, validation, the one repair request, bounded jittered retries (the SDK's own retries are off),
evidence mapping and the assessment are the shared analyzer's. A refusal (``message.refusal``, or
``finish_reason == "content_filter"``) earns the repair request like invalid JSON does. Failures raise
:class:`~mhealth.adapters.llm.LlmFailure`; :class:`~mhealth.adapters.llm.FallbackAnalyzer` turns them into
the local analyzer's assessment marked degraded. Text is never logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mhealth.adapters.llm import prompt
from mhealth.adapters.llm.analyzer import (
    INVALID_RESPONSE,
    PROVIDER_UNAVAILABLE,
    RETRYABLE_STATUS,
    Completion,
    LlmAnalyzer,
    LlmFailure,
    Redactor,
    Turn,
)
from mhealth.ports.readiness import Readiness

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

SCHEMA_NAME = "mhealth_screening"
# Servers that need no key (Ollama, vLLM without --api-key) ignore it; the SDK refuses to start without one.
_NO_KEY = "no-key-configured"


class OpenAICompatibleAnalyzer(LlmAnalyzer):
    """Screens Korean check-in speech with a model behind an OpenAI-compatible chat completions API.

    Args:
        base_url: the API root, e.g. ``https://api.openai.com/v1``, Azure's
            ``https://RESOURCE.openai.azure.com/openai/v1/``, Ollama's ``http://localhost:11434/v1``,
            vLLM's ``http://host:8000/v1``.
        model: the model id (on Azure: the deployment name).
        api_key: the bearer key; None for servers that need none.
        timeout_s: deadline of one request.
        max_retries: retries on 408/429/5xx/timeouts/connection errors before giving up.
        redactor: default the production redactor :func:`mhealth.domain.rules.redaction.redact`.
        client: a ready ``openai.AsyncOpenAI`` (tests); its own retries should be off.
        max_output_tokens: cap of one answer (``max_completion_tokens``).
        temperature: 0 for repeatable labels; None sends none (reasoning models reject the parameter).
        retry_base_s: first backoff ceiling (doubles per retry, full jitter).
    """

    name = "openai"
    provider = "the OpenAI-compatible server"

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout_s: float = 30.0,
        max_retries: int = 2,
        redactor: Redactor | None = None,
        client: AsyncOpenAI | None = None,
        max_output_tokens: int = 4096,
        temperature: float | None = 0.0,
        retry_base_s: float = 0.5,
    ) -> None:
        if not base_url:
            raise ValueError("OpenAICompatibleAnalyzer needs a base URL (MHEALTH_OPENAI_BASE_URL)")
        if not model:
            raise ValueError("OpenAICompatibleAnalyzer needs a model (MHEALTH_OPENAI_MODEL)")
        super().__init__(
            model=model, redactor=redactor, timeout_s=timeout_s, max_retries=max_retries, retry_base_s=retry_base_s
        )
        # Pay for the SDK import when the container builds the adapter, not on the first request.
        import openai

        self._openai = openai
        self.base_url = base_url
        self._api_key = api_key or _NO_KEY
        self._own_client = client is None
        # The client's connection pool belongs to the event loop that first used it; a library caller that runs
        # asyncio.run() twice would otherwise get "Event loop is closed" on every later request (and every
        # assessment would silently degrade). An own client is therefore made anew for each new loop.
        self._client: AsyncOpenAI = client if client is not None else self._new_client()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._extra: dict[str, Any] = {"max_completion_tokens": max_output_tokens}
        if temperature is not None:
            self._extra["temperature"] = temperature
        self._response_format: Any = {
            "type": "json_schema",
            "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": prompt.ANSWER_SCHEMA},
        }

    def _new_client(self) -> AsyncOpenAI:
        # max_retries=0: LlmAnalyzer retries, with its own bound and jitter, and sees every failure.
        return self._openai.AsyncOpenAI(
            api_key=self._api_key, base_url=self.base_url, timeout=self.timeout_s, max_retries=0
        )

    def _client_for_this_loop(self) -> AsyncOpenAI:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop and self._own_client:
            self._client, self._loop = self._new_client(), loop  # the old pool died with its loop
        return self._client

    async def readiness(self) -> Readiness:
        return Readiness(detail=f"{self.model} on an OpenAI-compatible server")

    async def aclose(self) -> None:
        try:
            await self._client.close()
        except Exception:
            log.debug("closing the openai client failed", exc_info=True)

    # ---------------------------------------------------------------------------- LlmAnalyzer

    async def _complete(self, turns: Sequence[Turn]) -> Completion:
        messages: list[Any] = [{"role": "system", "content": prompt.SYSTEM_INSTRUCTION}]
        messages += [{"role": turn.role, "content": turn.text} for turn in turns]
        response = await self._client_for_this_loop().chat.completions.create(
            model=self.model, messages=messages, response_format=self._response_format, **self._extra
        )
        usage = response.usage
        input_tokens = (usage.prompt_tokens or 0) if usage is not None else 0
        output_tokens = (usage.completion_tokens or 0) if usage is not None else 0
        if not response.choices:
            return Completion(input_tokens=input_tokens, output_tokens=output_tokens)
        choice = response.choices[0]
        message = choice.message
        text = message.content or ""
        refusal = getattr(message, "refusal", None)
        if refusal is None and choice.finish_reason == "content_filter":
            refusal = "content_filter"
        return Completion(text=text, refusal=refusal, input_tokens=input_tokens, output_tokens=output_tokens)

    def _retryable(self, error: BaseException) -> bool:
        if isinstance(error, self._openai.APIStatusError):
            return error.status_code in RETRYABLE_STATUS
        # APITimeoutError is an APIConnectionError: both transient.
        return isinstance(error, self._openai.APIConnectionError)

    def _failure(self, error: BaseException) -> LlmFailure | None:
        if isinstance(error, self._openai.APIStatusError):
            return self._status_failure(error.status_code)
        if isinstance(error, self._openai.APIConnectionError):
            timed_out = isinstance(error, self._openai.APITimeoutError)
            return LlmFailure(
                f"{self.provider} {'did not answer in time' if timed_out else 'could not be reached'}; try again later",
                reason=PROVIDER_UNAVAILABLE,
                detail_ko="분석 서비스가 응답하지 않습니다. 잠시 후 다시 시도하세요",
            )
        if isinstance(error, self._openai.APIError):
            # A 200 whose body is not a chat completion: the server is broken, not the model's answer.
            return LlmFailure(
                f"{self.provider} answered with a malformed response ({type(error).__name__})",
                reason=INVALID_RESPONSE,
            )
        return super()._failure(error)


__all__ = ["OpenAICompatibleAnalyzer"]
