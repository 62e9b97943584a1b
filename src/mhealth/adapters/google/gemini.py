"""Gemini on Vertex AI (``google-genai``) behind the Analyzer port.

One request per utterance: the versioned prompt of :mod:`mhealth.adapters.google.prompt` as system
instruction, the *redacted* text as the user turn, JSON output constrained by a response schema. The
answer is decoded and validated with msgspec, clamped to the label ranges, its evidence kept only when
it is a true substring of the text that was sent and then mapped back to the original transcript.
The risk level is the highest of the SCREENING.md rule over the labels and Gemini's own level.

Failure policy: 429/5xx/timeouts are retried (bounded, jittered); invalid or truncated JSON gets one
repair request; after that the configured ``fallback`` analyzer (the local one) answers and the
assessment is marked ``degraded`` in its provenance. Without a fallback an outage raises
``ProviderUnavailable``. Text is never logged.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

import msgspec

from mhealth.adapters.google import prompt
from mhealth.adapters.google._retry import with_retries
from mhealth.domain.errors import InvalidInput, ProviderUnavailable
from mhealth.domain.model import (
    Concern,
    Dimension,
    Evidence,
    Labels,
    Provenance,
    RiskAssessment,
    RiskLevel,
    SafetyFlags,
    utcnow,
)
from mhealth.domain.rules.scoring import (
    anxiety_score,
    cognitive_score,
    depression_score,
    emotional_state,
    gad7,
    phq9,
    risk_from_labels,
)
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.readiness import Readiness

log = logging.getLogger(__name__)

_RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_TRANSPORT_MODULES = ("httpx", "httpx2", "httpcore", "aiohttp", "anyio", "ssl", "h11", "h2")
_MAX_QUOTE = 300


# --------------------------------------------------------------------------------------------------
# The model's answer (mirrors prompt.RESPONSE_SCHEMA). Lenient where leniency is safe (missing lists
# default to empty), strict on types: a wrong type is an invalid answer and triggers the repair.
# --------------------------------------------------------------------------------------------------


class AnswerLabels(msgspec.Struct, kw_only=True):
    depression: int
    anxiety: int
    cognitive_concern: int
    loneliness: int
    suicidal_ideation: int
    physical_complaint: bool = False
    abuse: bool = False


class AnswerItem(msgspec.Struct, kw_only=True):
    score: int
    evidence: list[str] = msgspec.field(default_factory=list)


class AnswerConcern(msgspec.Struct, kw_only=True):
    code: str
    dimension: str
    label_ko: str = ""
    label_en: str = ""
    evidence: list[str] = msgspec.field(default_factory=list)


class ModelAnswer(msgspec.Struct, kw_only=True):
    labels: AnswerLabels
    phq9: list[AnswerItem]
    gad7: list[AnswerItem]
    risk_level: str = "low"
    concerns: list[AnswerConcern] = msgspec.field(default_factory=list)
    key_concerns: list[str] = msgspec.field(default_factory=list)
    recommendations: list[str] = msgspec.field(default_factory=list)
    confidence: float = 0.5
    cognitive_signals: int = 0


_DECODER = msgspec.json.Decoder(ModelAnswer)


class _BadAnswer(Exception):
    """The model answered, but not with valid JSON of the schema (or with nothing)."""


def _clamp(value: int, top: int) -> int:
    return max(0, min(top, int(value)))


def _items(answer_items: list[AnswerItem], count: int) -> list[int]:
    scores = [_clamp(item.score, 3) for item in answer_items[:count]]
    return scores + [0] * (count - len(scores))


def _is_transport_error(error: BaseException) -> bool:
    if isinstance(error, TimeoutError | ConnectionError):
        return True
    return any(cls.__module__.split(".")[0] in _TRANSPORT_MODULES for cls in type(error).__mro__)


class GeminiAnalyzer(Analyzer):
    """Screens Korean check-in speech with Gemini on Vertex AI.

    Args:
        project: Google Cloud project id.
        location: Vertex AI region (default ``asia-northeast3``, Seoul).
        model: Gemini model id.
        base_url: endpoint override; ``http://host:port`` is a local stand-in (a static bearer token is
            used, since anonymous credentials cannot refresh in Vertex mode).
        timeout_s: deadline of one request.
        max_retries: retries on 429/5xx/timeouts before giving up.
        fallback: the analyzer that answers (marked degraded) when Gemini cannot.
        redactor: ``redact(text) -> Redacted`` (``.text``, ``.report``, ``.to_original(quote)``); default
            :func:`mhealth.domain.rules.redaction.redact`.
        client: a ready ``genai.Client`` (tests).
        thinking_budget: Gemini 2.5 thinking tokens (0 = off: screening needs no long reasoning, and it
            halves latency and cost); None leaves the model's default.
    """

    name = "gemini"

    def __init__(
        self,
        *,
        project: str,
        location: str = "asia-northeast3",
        model: str = "gemini-2.5-flash",
        base_url: str | None = None,
        timeout_s: float = 30.0,
        max_retries: int = 2,
        fallback: Analyzer | None = None,
        redactor: Callable[[str], Any] | None = None,
        client: Any = None,
        thinking_budget: int | None = 0,
        max_output_tokens: int = 4096,
        retry_base_s: float = 0.5,
    ) -> None:
        if not project:
            raise ValueError("GeminiAnalyzer needs a project (MHEALTH_GOOGLE_PROJECT)")
        if redactor is None:
            from mhealth.domain.rules.redaction import redact

            redactor = redact
        # Pay for the SDK import when the container builds the adapter, not on the first request.
        from google import genai
        from google.genai import errors as genai_errors
        from google.genai import types

        self._types = types
        self._errors = genai_errors
        self.project = project
        self.location = location
        self.model = model
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.fallback = fallback
        self.redactor = redactor
        self.retry_base_s = retry_base_s
        if client is None:
            credentials = None
            if base_url and urlparse(base_url).scheme == "http":
                from google.oauth2.credentials import Credentials

                credentials = Credentials(token="local-stub-token")  # noqa: S106 - not a secret: a stand-in
            client = genai.Client(
                vertexai=True,
                project=project,
                location=location,
                credentials=credentials,
                # retry_options=None: the SDK does not retry; we do, with our own bound and jitter.
                http_options=types.HttpOptions(base_url=base_url, timeout=int(timeout_s * 1000)),
            )
        self._client = client
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
        # would silently degrade every crisis case, so filters are off for this read-only classification.
        self._config = types.GenerateContentConfig(
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

    # ------------------------------------------------------------------------------------------

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        if not text or not text.strip():
            raise InvalidInput("text is blank", field="text", detail_ko="텍스트가 비어있습니다")
        redacted = self.redactor(text)
        started = time.perf_counter()
        usage = [0, 0]
        contents: list[Any] = [self._turn("user", prompt.user_message(redacted.text))]
        try:
            try:
                answer = await self._ask(contents, usage)
            except _BadAnswer as first:
                # One repair: show the model its broken answer and ask again.
                contents += [
                    self._turn("model", first.args[0] if first.args else ""),
                    self._turn("user", prompt.REPAIR_INSTRUCTION),
                ]
                answer = await self._ask(contents, usage)
        except _BadAnswer:
            return await self._degrade(text, "invalid_json", "Gemini answered with invalid JSON twice")
        except ProviderUnavailable as error:
            if self.fallback is None:
                raise
            return await self._degrade(text, "provider_unavailable", error.detail)
        latency_ms = round(1000 * (time.perf_counter() - started), 1)
        return self._assessment(answer, redacted, latency_ms=latency_ms, usage=usage)

    def _turn(self, role: str, text: str) -> Any:
        return self._types.Content(role=role, parts=[self._types.Part.from_text(text=text)])

    async def _ask(self, contents: list[Any], usage: list[int]) -> ModelAnswer:
        async def once() -> Any:
            # The SDK timeout bounds each HTTP attempt; wait_for is the backstop for a stuck connection.
            return await asyncio.wait_for(
                self._client.aio.models.generate_content(model=self.model, contents=contents, config=self._config),
                self.timeout_s + 1.0,
            )

        def retryable(error: BaseException) -> bool:
            if isinstance(error, self._errors.APIError):
                return error.code in _RETRYABLE_STATUS
            return _is_transport_error(error)

        try:
            response = await with_retries(
                once, retryable=retryable, max_retries=self.max_retries, base_s=self.retry_base_s
            )
        except self._errors.APIError as error:
            raise ProviderUnavailable(
                f"Gemini answered HTTP {error.code}; try again later",
                retry_after=30 if error.code in _RETRYABLE_STATUS else 300,
                detail_ko="분석 서비스를 일시적으로 사용할 수 없습니다. 잠시 후 다시 시도하세요",
            ) from error
        except Exception as error:
            if not _is_transport_error(error):
                raise
            raise ProviderUnavailable(
                f"Gemini did not answer in time ({type(error).__name__}); try again later",
                detail_ko="분석 서비스가 응답하지 않습니다. 잠시 후 다시 시도하세요",
            ) from error
        meta = getattr(response, "usage_metadata", None)
        if meta is not None:
            usage[0] += meta.prompt_token_count or 0
            usage[1] += (meta.candidates_token_count or 0) + (getattr(meta, "thoughts_token_count", None) or 0)
        raw = self._text_of(response)
        if not raw:
            raise _BadAnswer("")
        try:
            return _DECODER.decode(raw)
        except (msgspec.DecodeError, msgspec.ValidationError):
            raise _BadAnswer(raw[:4000]) from None

    @staticmethod
    def _text_of(response: Any) -> str:
        # response.text warns and returns None when there is no candidate (blocked, truncated to nothing).
        candidates = getattr(response, "candidates", None) or []
        if not candidates or not candidates[0].content or not candidates[0].content.parts:
            return ""
        return "".join(part.text or "" for part in candidates[0].content.parts if not getattr(part, "thought", False))

    async def _degrade(self, text: str, reason: str, detail: str) -> RiskAssessment:
        if self.fallback is None:
            raise ProviderUnavailable(f"{detail}; no fallback analyzer is configured")
        log.warning("gemini degraded to fallback analyzer: %s", reason)  # a reason code, never the text
        result = await self.fallback.analyze(text)
        provenance = msgspec.structs.replace(
            result.provenance,
            degraded=True,
            degraded_reason=reason,
            notes=(*result.provenance.notes, f"fallback from {self.name}:{self.model}: {detail}"),
        )
        return msgspec.structs.replace(result, provenance=provenance)

    # ------------------------------------------------------------------------------------------

    def _evidence(self, quotes: list[str], redacted: Any) -> tuple[Evidence, ...]:
        kept: list[Evidence] = []
        for quote in quotes:
            quote = (quote or "").strip()
            if not quote or len(quote) > _MAX_QUOTE or quote not in redacted.text:
                continue  # not a true quote of what was sent: dropped, never stored
            original = redacted.to_original(quote)
            if original is not None and original not in kept:
                kept.append(original)
        return tuple(kept)

    def _assessment(self, answer: ModelAnswer, redacted: Any, *, latency_ms: float, usage: list[int]) -> RiskAssessment:
        a = answer.labels
        labels = Labels(
            depression=_clamp(a.depression, 3),
            anxiety=_clamp(a.anxiety, 3),
            cognitive_concern=_clamp(a.cognitive_concern, 2),
            loneliness=_clamp(a.loneliness, 2),
            suicidal_ideation=_clamp(a.suicidal_ideation, 2),
            physical_complaint=bool(a.physical_complaint),
        )
        p, g = phq9(_items(answer.phq9, 9)), gad7(_items(answer.gad7, 7))
        try:
            own = RiskLevel(answer.risk_level.strip().lower())
        except ValueError:
            own = RiskLevel.LOW
        concerns: list[Concern] = []
        for c in answer.concerns:
            try:
                dimension = Dimension(c.dimension.strip().lower())
            except ValueError:
                continue
            code = c.code.strip().lower().replace(" ", "_")[:64]
            if not code:
                continue
            concerns.append(
                Concern(
                    code=code,
                    dimension=dimension,
                    label_ko=c.label_ko.strip()[:100] or code,
                    label_en=c.label_en.strip()[:100] or code,
                    evidence=self._evidence(c.evidence, redacted),
                )
            )
        item9 = answer.phq9[8] if len(answer.phq9) >= 9 else None
        if (
            labels.suicidal_ideation
            and item9 is not None
            and not any(c.dimension is Dimension.SUICIDAL_IDEATION for c in concerns)
        ):
            concerns.append(
                Concern(
                    code="phq9_item9",
                    dimension=Dimension.SUICIDAL_IDEATION,
                    label_ko="죽음 또는 자해에 대한 생각",
                    label_en="Thoughts of death or self-harm",
                    evidence=self._evidence(item9.evidence, redacted),
                    item="PHQ-9 #9",
                )
            )
        key_concerns = tuple(k.strip() for k in answer.key_concerns if k.strip())[:10] or tuple(
            c.label_ko for c in concerns
        )
        recommendations = tuple(r.strip() for r in answer.recommendations if r.strip())[:5] or (
            "현재의 건강한 생활 습관을 유지하세요",
        )
        return RiskAssessment(
            depression_score=depression_score(labels, p),
            anxiety_score=anxiety_score(labels, g),
            cognitive_score=cognitive_score(labels, _clamp(answer.cognitive_signals, 20)),
            emotional_state=emotional_state(labels),
            key_concerns=key_concerns,
            recommendations=recommendations,
            confidence=min(1.0, max(0.0, float(answer.confidence))),
            timestamp=utcnow(),
            labels=labels,
            phq9=p,
            gad7=g,
            risk_level=RiskLevel.highest(risk_from_labels(labels), own),
            concerns=tuple(concerns),
            safety=SafetyFlags(
                passive_ideation=labels.suicidal_ideation >= 1,
                active_ideation=labels.suicidal_ideation == 2,
                safeguarding=bool(a.abuse),
            ),
            provenance=Provenance(
                analyzer=self.name,
                model=self.model,
                prompt_version=prompt.PROMPT_VERSION,
                latency_ms=latency_ms,
                input_tokens=usage[0] or None,
                output_tokens=usage[1] or None,
            ),
            redaction=redacted.report,
        )


__all__ = ["GeminiAnalyzer", "ModelAnswer"]
