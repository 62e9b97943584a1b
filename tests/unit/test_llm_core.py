"""The provider-neutral LLM core: schema and Structs in step, repair, bounded retries, the degrade wrapper.

No network and no SDK: a scripted provider subclasses LlmAnalyzer the way Gemini and the OpenAI-compatible
adapter do.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

import msgspec
import pytest

from mhealth.adapters.google.prompt import RESPONSE_SCHEMA, vertex_schema
from mhealth.adapters.llm import Completion, FallbackAnalyzer, LlmAnalyzer, LlmFailure, Turn, prompt
from mhealth.adapters.llm.answer import AnswerConcern, AnswerItem, AnswerLabels, BadAnswer, ModelAnswer, decode_answer
from mhealth.adapters.llm.retry import backoff_delay
from mhealth.adapters.memory.analyzer import InMemoryAnalyzer
from mhealth.domain.errors import InvalidInput, ProviderUnavailable
from mhealth.domain.model import Dimension, RiskLevel
from mhealth.domain.rules.redaction import redact
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.readiness import Readiness
from tests.stubs.gemini_stub import calm_answer

TEXT = "제 이름은 박철수예요. 요즘 밤에 잠이 안 와요"


class Transient(Exception):
    """A provider error the scripted provider calls retryable (a 429)."""


class Rejected(Exception):
    """A provider error it does not retry (a 400)."""


class Scripted(LlmAnalyzer):
    """Answers each request with the next scripted item: a Completion, or an exception to raise."""

    name = "scripted"
    provider = "Scripted"

    def __init__(self, script: list[Completion | Exception], **options: object) -> None:
        super().__init__(model="scripted-1", retry_base_s=0.0, **options)  # type: ignore[arg-type]
        self.script = list(script)
        self.requests: list[list[Turn]] = []

    async def _complete(self, turns: Sequence[Turn]) -> Completion:
        self.requests.append(list(turns))
        item = self.script.pop(0) if self.script else ok()
        if isinstance(item, Exception):
            raise item
        return item

    def _retryable(self, error: BaseException) -> bool:
        return isinstance(error, Transient)

    def _failure(self, error: BaseException) -> LlmFailure | None:
        if isinstance(error, Transient):
            return self._status_failure(429)
        if isinstance(error, Rejected):
            return self._status_failure(400)
        return super()._failure(error)


def ok(answer: dict | None = None) -> Completion:
    body = dict(answer or calm_answer(""))
    body.pop("_quote", None)
    return Completion(text=json.dumps(body, ensure_ascii=False), input_tokens=10, output_tokens=5)


# ---------------------------------------------------------------------------------------- the schema


def _fields(struct: type[msgspec.Struct]) -> set[str]:
    return {f.name for f in msgspec.structs.fields(struct)}


def test_the_json_schema_and_the_answer_structs_name_the_same_fields():
    props = prompt.ANSWER_SCHEMA["properties"]
    assert set(props) == _fields(ModelAnswer)
    assert set(props["labels"]["properties"]) == _fields(AnswerLabels)
    assert set(props["phq9"]["items"]["properties"]) == _fields(AnswerItem)
    assert set(props["concerns"]["items"]["properties"]) == _fields(AnswerConcern)
    assert (props["phq9"]["minItems"], props["gad7"]["maxItems"]) == (9, 7)


def test_the_schema_enums_are_the_domain_enums():
    props = prompt.ANSWER_SCHEMA["properties"]
    assert props["risk_level"]["enum"] == [level.value for level in RiskLevel]
    assert props["concerns"]["items"]["properties"]["dimension"]["enum"] == [d.value for d in Dimension]


def test_every_object_is_closed_and_fully_required_as_strict_structured_output_demands():
    def objects(node):
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)

    found = list(objects(prompt.ANSWER_SCHEMA))
    assert len(found) == 5  # answer, labels, phq9 item, gad7 item, concern
    for node in found:
        assert node["additionalProperties"] is False
        assert node["required"] == list(node["properties"])


def test_the_vertex_dialect_keeps_fields_and_order_and_drops_what_vertex_rejects():
    assert RESPONSE_SCHEMA == vertex_schema(prompt.ANSWER_SCHEMA)
    assert RESPONSE_SCHEMA["type"] == "OBJECT" and RESPONSE_SCHEMA["properties"]["confidence"]["type"] == "NUMBER"
    assert RESPONSE_SCHEMA["propertyOrdering"] == list(prompt.ANSWER_SCHEMA["properties"])
    assert RESPONSE_SCHEMA["required"] == prompt.ANSWER_SCHEMA["required"]
    assert "additionalProperties" not in json.dumps(RESPONSE_SCHEMA)


def test_an_answer_of_the_schema_decodes_and_anything_else_is_a_bad_answer():
    assert decode_answer(ok().text).labels.depression == 0
    for raw in ("", "  ", "물론입니다!", '{"labels": "none", "phq9": 3}', ok().text[:40]):
        with pytest.raises(BadAnswer) as caught:
            decode_answer(raw)
        assert caught.value.reason == "invalid_json"


# ---------------------------------------------------------------------------------------- the loop


async def test_only_the_redacted_text_is_sent_and_the_answer_becomes_an_assessment():
    analyzer = Scripted([ok()])
    result = await analyzer.analyze(TEXT)

    [turns] = analyzer.requests
    assert turns == [Turn("user", prompt.user_message(redact(TEXT).text))]
    assert "박철수" not in turns[0].text and "[이름]" in turns[0].text
    p = result.provenance
    assert (p.analyzer, p.model, p.prompt_version, p.input_tokens, p.output_tokens) == (
        "scripted",
        "scripted-1",
        prompt.PROMPT_VERSION,
        10,
        5,
    )


async def test_a_refusal_gets_the_repair_request_with_the_refusal_echoed():
    analyzer = Scripted([Completion(refusal="I can't help with that.", input_tokens=10), ok()])
    result = await analyzer.analyze(TEXT)

    assert not result.provenance.degraded
    repair = analyzer.requests[1]
    assert [t.role for t in repair] == ["user", "assistant", "user"]
    assert repair[1].text == "I can't help with that." and repair[2].text == prompt.REPAIR_INSTRUCTION
    assert result.provenance.input_tokens == 20  # both requests are counted


async def test_two_refusals_are_a_refusal_failure():
    analyzer = Scripted([Completion(refusal="no"), Completion(refusal="no")])
    with pytest.raises(LlmFailure) as caught:
        await analyzer.analyze(TEXT)
    assert caught.value.reason == "refusal" and len(analyzer.requests) == 2


async def test_retries_are_bounded_by_max_retries():
    analyzer = Scripted([Transient()] * 10, max_retries=3)
    with pytest.raises(LlmFailure) as caught:
        await analyzer.analyze(TEXT)
    assert caught.value.reason == "provider_unavailable"
    assert len(analyzer.requests) == 4


async def test_a_transient_failure_then_an_answer_succeeds():
    analyzer = Scripted([Transient(), ok()], max_retries=1)
    assert not (await analyzer.analyze(TEXT)).provenance.degraded
    assert len(analyzer.requests) == 2


async def test_a_rejected_request_is_not_retried():
    analyzer = Scripted([Rejected(), ok()], max_retries=3)
    with pytest.raises(LlmFailure) as caught:
        await analyzer.analyze(TEXT)
    assert caught.value.reason == "provider_rejected" and len(analyzer.requests) == 1


async def test_an_unknown_error_is_not_disguised_as_a_provider_failure():
    analyzer = Scripted([KeyError("bug")])
    with pytest.raises(KeyError):
        await analyzer.analyze(TEXT)


def test_backoff_is_jittered_within_its_doubling_ceiling_and_capped():
    for attempt in range(8):
        ceiling = min(4.0, 0.2 * 2**attempt)
        delays = [backoff_delay(attempt) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 100  # jittered, not a fixed schedule


# ---------------------------------------------------------------------------------------- the wrapper


class Failing(Analyzer):
    name = "failing"

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.closed = False

    async def analyze(self, text: str, *, language: str = "ko"):
        raise self.error

    async def readiness(self) -> Readiness:
        return Readiness(state="unavailable", detail="failing provider")

    async def aclose(self) -> None:
        self.closed = True


class ClosingMemory(InMemoryAnalyzer):
    closed = False
    warmed = False

    async def aclose(self) -> None:
        self.closed = True

    def warm_up(self) -> None:
        self.warmed = True


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (LlmFailure("Scripted answered HTTP 429", reason="provider_unavailable"), "provider_unavailable"),
        (LlmFailure("Scripted declined", reason="refusal"), "refusal"),
        (LlmFailure("Scripted answered invalid JSON", reason="invalid_json"), "invalid_json"),
        (ProviderUnavailable("some other adapter is down"), "provider_unavailable"),
        (RuntimeError(f"a bug that quotes the text: {TEXT}"), "internal_error"),
    ],
)
async def test_every_failure_of_the_primary_is_the_fallbacks_answer_marked_degraded(error, reason, caplog):
    analyzer = FallbackAnalyzer(Failing(error), InMemoryAnalyzer())
    with caplog.at_level(logging.DEBUG):
        result = await analyzer.analyze(TEXT)

    assert result.provenance.degraded and result.provenance.degraded_reason == reason
    assert result.provenance.analyzer == "memory"
    assert any(note.startswith("fallback from failing") for note in result.provenance.notes)
    assert "박철수" not in caplog.text and "잠이" not in caplog.text  # the text never reaches a log
    assert all("박철수" not in note for note in result.provenance.notes)


async def test_invalid_input_is_the_callers_fault_and_propagates():
    analyzer = FallbackAnalyzer(Scripted([]), InMemoryAnalyzer())
    with pytest.raises(InvalidInput):
        await analyzer.analyze("  ")


async def test_the_primarys_answer_passes_through_unchanged():
    analyzer = FallbackAnalyzer(Scripted([ok()]), InMemoryAnalyzer())
    result = await analyzer.analyze(TEXT)
    assert result.provenance.analyzer == "scripted" and not result.provenance.degraded
    assert analyzer.name == "scripted" and analyzer.model == "scripted-1"


async def test_readiness_says_who_answers_and_close_and_warm_up_reach_both():
    primary, fallback = Failing(RuntimeError()), ClosingMemory()
    analyzer = FallbackAnalyzer(primary, fallback)

    readiness = await analyzer.readiness()
    assert readiness.state == "ready" and "memory answers (degraded)" in (readiness.detail or "")
    analyzer.warm_up()
    await analyzer.aclose()
    assert fallback.warmed and primary.closed and fallback.closed


def test_an_analyzer_cannot_be_its_own_fallback():
    memory = InMemoryAnalyzer()
    with pytest.raises(ValueError):
        FallbackAnalyzer(memory, memory)


def test_importing_the_llm_adapters_imports_no_sdk():
    import subprocess
    import sys

    code = (
        "import sys, mhealth.adapters.llm, mhealth.adapters.openai.analyzer, mhealth.adapters.google.gemini, "
        "mhealth.entrypoints.llm_wiring; "
        "print(sorted(m for m in ('openai', 'google.genai', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
