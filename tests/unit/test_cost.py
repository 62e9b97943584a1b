"""What a check-in cost: the price table from configuration, the estimate, and backward-compatible records."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
import pytest

from mhealth.domain.errors import ConfigurationError
from mhealth.domain.model import AnalyticsEvent, PriceTable, Provenance, TokenPrice, Transcript
from mhealth.domain.rules.cost import estimate_cost, with_cost
from mhealth.entrypoints.settings import load_prices, load_settings

TABLE = PriceTable(
    currency="USD",
    speech_per_minute={"google/chirp_2": 0.02, "google": 0.016, "whisper": 0.0},
    llm={"gemini": TokenPrice(input_per_million=0.3, output_per_million=2.5)},
)


def test_speech_is_priced_per_billed_minute_and_tokens_per_million():
    cost = estimate_cost(
        TABLE,
        speech_provider="google",
        speech_model="long",
        billed_speech_s=90.0,
        analyzer="gemini",
        model="gemini-2.5-flash",
        input_tokens=3000,
        output_tokens=500,
    )
    assert cost == pytest.approx(1.5 * 0.016 + 3000 * 0.3e-6 + 500 * 2.5e-6)


def test_a_model_specific_price_wins_over_the_provider_price():
    assert estimate_cost(TABLE, speech_provider="google", speech_model="chirp_2", billed_speech_s=60) == 0.02


def test_a_used_part_without_a_price_gives_no_estimate_rather_than_a_wrong_one():
    assert estimate_cost(TABLE, speech_provider="azure", billed_speech_s=60) is None
    assert estimate_cost(TABLE, analyzer="openai", model="gpt", input_tokens=10) is None
    # unused parts need no price: a local analyzer reports no tokens
    assert estimate_cost(TABLE, speech_provider="whisper", billed_speech_s=60, analyzer="local") == 0.0


def test_with_cost_puts_billed_seconds_tokens_and_estimate_on_the_provenance():
    transcript = Transcript(
        text="x", language="ko-KR", confidence=0.9, provider="google", model="long", billed_audio_s=30.0
    )
    base = Provenance(analyzer="gemini", model="gemini-2.5-flash", input_tokens=1000, output_tokens=200)
    assessment = _with_provenance(base)
    out = with_cost(assessment, transcript, TABLE).provenance
    assert (out.speech_provider, out.speech_billed_s) == ("google", 30.0)
    assert out.estimated_cost == pytest.approx(0.5 * 0.016 + 1000 * 0.3e-6 + 200 * 2.5e-6)
    assert out.cost_currency == "USD"
    no_table = with_cost(assessment, transcript, None).provenance
    assert no_table.speech_billed_s == 30.0 and no_table.estimated_cost is None and no_table.cost_currency is None


def _with_provenance(provenance: Provenance):
    import asyncio

    from mhealth.adapters.memory.analyzer import InMemoryAnalyzer

    assessment = asyncio.run(InMemoryAnalyzer().analyze("요즘 잠을 잘 자요", language="ko"))
    return msgspec.structs.replace(assessment, provenance=provenance)


def test_records_stored_before_the_cost_fields_still_decode():
    old = b'{"analyzer":"gemini","model":"m","degraded":false,"input_tokens":5}'
    assert msgspec.json.decode(old, type=Provenance).speech_billed_s is None
    old_event = msgspec.json.encode(
        {
            "assessment_id": "a", "senior_pseudonym": "p", "occurred_at": datetime(2026, 1, 1, tzinfo=UTC),
            "source": "audio", "risk_level": "low", "depression_score": 0.0, "anxiety_score": 0.0,
            "cognitive_score": 100.0, "phq9": 0, "gad7": 0, "suicidal_ideation": 0, "loneliness": 0,
            "cognitive_concern": 0, "concern_codes": [], "analyzer": "local", "degraded": False,
        }
    )  # fmt: skip
    event = msgspec.json.decode(old_event, type=AnalyticsEvent)
    assert event.estimated_cost is None and event.llm_input_tokens is None
    old_transcript = b'{"text":"x","language":"ko","confidence":1.0,"provider":"text","model":"none"}'
    assert msgspec.json.decode(old_transcript, type=Transcript).billed_audio_s is None


def test_the_price_table_comes_from_json_or_a_file_and_bad_tables_stop_start_up(tmp_path):
    text = '{"currency": "KRW", "speech_per_minute": {"google": 22}}'
    assert load_prices(text).currency == "KRW"
    path = tmp_path / "prices.json"
    path.write_text(text)
    assert load_prices(str(path)).speech_price("google", "long") == 22
    assert load_prices(None) is None
    for bad in ('{"speech_per_minute": {"google": -1}}', '{"surprise": 1}', "{not json", str(tmp_path / "missing")):
        with pytest.raises(ConfigurationError) as error:
            load_settings({}, prices=bad)
        assert error.value.field == "MHEALTH_PRICES"


def test_trimming_settings_are_validated():
    assert load_settings({}).speech_trim is True and load_settings({}).speech_max_pause_s == 0.3
    assert load_settings({"MHEALTH_SPEECH_TRIM": "false"}).speech_trim is False
    with pytest.raises(ConfigurationError):
        load_settings({"MHEALTH_SPEECH_MAX_PAUSE_S": "-1"})
