"""BigQueryAnalytics through the real google-cloud-bigquery client against an HTTP stand-in."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

pytest.importorskip("google.cloud.bigquery", reason="the google extra is not installed")

from mhealth.adapters.google.bigquery import BigQueryAnalytics
from mhealth.domain.errors import ProviderUnavailable
from mhealth.domain.model import AnalyticsEvent
from tests.stubs.bigquery_stub import BigQueryStub


def event(n: int = 1, **overrides) -> AnalyticsEvent:
    values = {
        "assessment_id": f"a{n:031d}",
        "senior_pseudonym": "p-3f9a",
        "occurred_at": datetime(2025, 6, 1, 9, 30, n % 60, tzinfo=UTC),
        "source": "audio",
        "risk_level": "moderate",
        "depression_score": 45.0,
        "anxiety_score": 20.0,
        "cognitive_score": 100.0,
        "phq9": 9,
        "gad7": 4,
        "suicidal_ideation": 0,
        "loneliness": 2,
        "cognitive_concern": 0,
        "concern_codes": ("loneliness_isolation",),
        "analyzer": "gemini",
        "degraded": False,
        "audio_duration_s": 31.5,
    }
    values.update(overrides)
    return AnalyticsEvent(**values)


@pytest.fixture
def stub():
    server = BigQueryStub(slow_s=2.0).start()
    yield server
    server.stop()


@pytest.fixture
async def analytics(stub):
    adapter = BigQueryAnalytics(project="demo-project", endpoint=stub.endpoint, timeout_s=1.0, retry_s=1.5)
    yield adapter
    await adapter.aclose()


async def test_creates_a_partitioned_clustered_table_on_first_use_and_inserts_de_identified_rows(stub, analytics):
    await analytics.record([event(1), event(2)])

    dataset = stub.datasets[("demo-project", "mhealth")]
    assert dataset["location"] == "asia-northeast3"
    table = stub.tables[("demo-project", "mhealth", "checkin_events")]
    assert table["timePartitioning"] == {"type": "DAY", "field": "occurred_at"}
    assert table["clustering"] == {"fields": ["senior_pseudonym"]}
    names = [f["name"] for f in table["schema"]["fields"]]
    assert "transcript" not in names and "display_name" not in names
    [call] = stub.insert_calls
    assert [r["insertId"] for r in call["rows"]] == [event(1).assessment_id, event(2).assessment_id]
    row = call["rows"][0]["json"]
    assert row["senior_pseudonym"] == "p-3f9a" and row["concern_codes"] == ["loneliness_isolation"]
    assert row["occurred_at"].startswith("2025-06-01T09:30:01")


async def test_the_same_event_twice_is_stored_once(stub, analytics):
    await analytics.record([event(1)])
    await analytics.record([event(1), event(2)])
    assert len(stub.all_rows()) == 2


async def test_large_batches_are_split(stub, analytics):
    await analytics.record([event(i) for i in range(1200)])
    assert [len(c["rows"]) for c in stub.insert_calls] == [500, 500, 200]
    assert len(stub.all_rows()) == 1200


async def test_an_existing_dataset_and_table_are_reused(stub):
    for _ in range(2):
        adapter = BigQueryAnalytics(project="demo-project", endpoint=stub.endpoint, timeout_s=1.0, retry_s=1.0)
        await adapter.record([event(1)])
        await adapter.aclose()
    assert len(stub.tables) == 1


async def test_a_deleted_table_is_created_again(stub, analytics):
    await analytics.record([event(1)])
    stub.tables.clear()
    await analytics.record([event(2)])
    assert ("demo-project", "mhealth", "checkin_events") in stub.tables


@pytest.mark.parametrize("fault", ["429", "500", "503"])
async def test_a_transient_failure_is_retried_by_the_sdk(stub, analytics, fault):
    stub.script([fault])
    await analytics.record([event(1)])
    assert len(stub.all_rows()) == 1


@pytest.mark.parametrize("fault", ["429", "503", "row_error", "slow"])
async def test_a_persistent_failure_is_provider_unavailable_quickly(stub, analytics, fault):
    stub.script([fault] * 50)
    started = time.perf_counter()
    with pytest.raises(ProviderUnavailable) as raised:
        await analytics.record([event(1)])
    assert time.perf_counter() - started < 8.0  # bounded: not the SDK's default 600 s
    assert "p-3f9a" not in raised.value.detail


async def test_an_unreachable_endpoint_is_provider_unavailable():
    adapter = BigQueryAnalytics(project="p", endpoint="http://127.0.0.1:9", timeout_s=0.5, retry_s=0.5)
    with pytest.raises(ProviderUnavailable):
        await adapter.record([event(1)])
    await adapter.aclose()


async def test_nothing_to_record_makes_no_request(stub, analytics):
    await analytics.record([])
    assert stub.insert_calls == [] and stub.datasets == {}


async def test_cost_fields_reach_bigquery(stub, analytics):
    await analytics.record(
        [
            event(
                3,
                speech_billed_s=42.5,
                llm_input_tokens=1800,
                llm_output_tokens=420,
                estimated_cost=0.0123,
                cost_currency="USD",
            )
        ]
    )
    (row,) = stub.all_rows()
    assert (row["speech_billed_s"], row["llm_input_tokens"], row["llm_output_tokens"]) == (42.5, 1800, 420)
    assert (row["estimated_cost"], row["cost_currency"]) == (0.0123, "USD")
    names = [f["name"] for f in stub.tables[("demo-project", "mhealth", "checkin_events")]["schema"]["fields"]]
    assert {"speech_billed_s", "llm_input_tokens", "llm_output_tokens", "estimated_cost", "cost_currency"} <= set(names)


async def test_a_table_made_by_an_older_version_gains_the_cost_fields(stub):
    from mhealth.adapters.google.bigquery import SCHEMA

    old_fields = [{"name": n, "type": t, "mode": m} for n, t, m in SCHEMA if n != "estimated_cost"]
    stub.datasets[("demo-project", "mhealth")] = {
        "datasetReference": {"projectId": "demo-project", "datasetId": "mhealth"},
        "id": "demo-project:mhealth",
    }
    stub.tables[("demo-project", "mhealth", "checkin_events")] = {
        "tableReference": {"projectId": "demo-project", "datasetId": "mhealth", "tableId": "checkin_events"},
        "schema": {"fields": old_fields},
        "id": "demo-project:mhealth.checkin_events",
    }
    adapter = BigQueryAnalytics(project="demo-project", endpoint=stub.endpoint, timeout_s=1.0, retry_s=1.5)
    try:
        await adapter.record([event(4, estimated_cost=0.5, cost_currency="USD")])
    finally:
        await adapter.aclose()
    names = [f["name"] for f in stub.tables[("demo-project", "mhealth", "checkin_events")]["schema"]["fields"]]
    assert names[-1] == "estimated_cost" and names[:-1] == [f["name"] for f in old_fields]
