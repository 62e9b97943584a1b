"""The FCM HTTP v1 notifier against a local stand-in, with a static google-auth token."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from google.oauth2.credentials import Credentials

from mhealth.adapters.notify.push import FcmPushNotifier
from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel
from tests.stubs.fcm_stub import FcmStub

AT = datetime(2026, 12, 3, 4, 5, 6, tzinfo=UTC)


def note(token="device-token-1", **kw) -> Notification:
    fields = dict(
        delivery_id="d-1",
        event=AlertEvent.CREATED,
        channel=Channel(kind=ChannelKind.PUSH, address=token),
        senior_id="s-1",
        at=AT,
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Signs of active suicidal thoughts",
        reason_ko="적극적인 자살 생각의 징후",
    )
    fields.update(kw)
    return Notification(**fields)


@pytest.fixture
def fcm():
    with FcmStub("demo-project", "test-access-token") as stub:
        yield stub


def make(fcm, *, token="test-access-token", timeout_s=2.0) -> FcmPushNotifier:
    return FcmPushNotifier(
        project="demo-project",
        credentials=Credentials(token=token),
        base_url=fcm.url,
        public_url="https://care.example.org",
        timeout_s=timeout_s,
    )


async def test_a_push_reaches_fcm_with_the_bearer_token_and_a_collapse_key(fcm):
    n = make(fcm)
    await n.send(note())
    (m,) = fcm.delivered
    assert m["token"] == "device-token-1"
    assert "김순자" in m["notification"]["title"] and m["notification"]["body"] == "적극적인 자살 생각의 징후"
    assert m["data"]["link"] == "https://care.example.org/app/alerts/a-1" and m["data"]["delivery_id"] == "d-1"
    assert m["android"]["priority"] == "HIGH" and m["android"]["collapse_key"] == "d-1"
    assert m["apns"]["headers"]["apns-collapse-id"] == "d-1"
    await n.aclose()


async def test_a_retry_replaces_the_same_notification_on_the_device(fcm):
    n = make(fcm)
    await n.send(note())
    await n.send(note())
    tags = {m["android"]["notification"]["tag"] for m in fcm.delivered}
    assert tags == {"d-1"}
    await n.aclose()


@pytest.mark.parametrize("token", ["unregistered-abc", "invalid-abc"])
async def test_dead_or_malformed_device_tokens_are_rejected(fcm, token):
    n = make(fcm)
    with pytest.raises(DeliveryRejected, match=r"UNREGISTERED|INVALID_ARGUMENT"):
        await n.send(note(token))
    await n.aclose()


@pytest.mark.parametrize("fault", ["429", "500", "503", "drop"])
async def test_quota_and_outages_are_transient(fcm, fault):
    n = make(fcm)
    fcm.fail(fault)
    with pytest.raises(ProviderUnavailable):
        await n.send(note())
    await n.aclose()


async def test_a_refused_access_token_is_transient(fcm):
    n = make(fcm, token="stale")
    with pytest.raises(ProviderUnavailable, match="401"):
        await n.send(note())
    await n.aclose()


async def test_fcm_that_never_answers_is_unavailable_within_the_timeout(fcm):
    n = make(fcm, timeout_s=0.5)
    fcm.fail("hang")
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable):
        await n.send(note())
    assert time.monotonic() - started < 5
    await n.aclose()


async def test_missing_credentials_are_transient_configuration_trouble(fcm, tmp_path):
    n = FcmPushNotifier(project="demo-project", credentials_file=str(tmp_path / "missing.json"), base_url=fcm.url)
    with pytest.raises(ProviderUnavailable, match="MHEALTH_FCM_CREDENTIALS"):
        await n.send(note())
    assert fcm.requests == []
    await n.aclose()


async def test_credentials_without_a_token_are_refreshed_once_in_a_thread(fcm):
    refreshing = Credentials(
        token=None, refresh_token="r-1", token_uri=fcm.url + "/token", client_id="c", client_secret="s"
    )
    n = FcmPushNotifier(project="demo-project", credentials=refreshing, base_url=fcm.url, timeout_s=2)
    await n.send(note())
    await n.send(note(delivery_id="d-2"))
    assert fcm.token_requests == 1 and len(fcm.delivered) == 2
    await n.aclose()
