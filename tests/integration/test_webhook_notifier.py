"""The webhook notifier against a loopback receiver that verifies signatures like a real receiver would."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest

from mhealth.adapters.notify.webhook import HttpxWebhookNotifier, sign, webhook_body
from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel
from tests.stubs.webhook_receiver import WebhookReceiver, verify

SECRET = "whsec-test-0123456789"
AT = datetime(2026, 12, 3, 4, 5, 6, tzinfo=UTC)


def note(url: str, *, event=AlertEvent.CREATED, delivery_id="d-1", **kw) -> Notification:
    fields = dict(
        delivery_id=delivery_id,
        event=event,
        channel=Channel(kind=ChannelKind.WEBHOOK, address=url),
        senior_id="s-1",
        at=AT,
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Active suicidal ideation",
        reason_ko="적극적 자살 사고",
    )
    fields.update(kw)
    return Notification(**fields)


@pytest.fixture
def receiver():
    with WebhookReceiver(SECRET) as stub:
        yield stub


@pytest.fixture
async def org(receiver):
    notifier = HttpxWebhookNotifier(secret=SECRET, org_url=receiver.url + "/hook", timeout_s=2)
    yield notifier
    await notifier.aclose()


async def test_body_headers_and_signature_are_exactly_the_interface(org, receiver):
    await org.send(note(receiver.url + "/hook"))
    (req,) = receiver.requests
    assert req.method == "POST" and req.path == "/hook"
    assert req.headers["content-type"] == "application/json"
    assert req.headers["idempotency-key"] == "d-1"
    assert json.loads(req.body) == {
        "event": "alert.created",
        "delivery_id": "d-1",
        "alert_id": "a-1",
        "senior_id": "s-1",
        "level": "critical",
        "reason": "active_suicidal_ideation",
        "at": "2026-12-03T04:05:06Z",
    }
    header = req.headers["x-mhealth-signature"]
    t = int(header.split(",")[0].removeprefix("t="))
    assert abs(t - time.time()) < 60
    assert verify(SECRET, header, req.body)
    assert not verify("another-secret", header, req.body)
    assert not verify(SECRET, header, req.body.replace(b"critical", b"low"))  # a changed body fails
    assert receiver.accepted == {"d-1": req.body}
    # nothing personal: no name, no reason sentence
    assert "김순자".encode() not in req.body and b'ideation"' not in req.body.replace(b"_ideation", b"")


async def test_job_events_carry_job_id_and_keep_the_seven_keys(org, receiver):
    await org.send(note(receiver.url + "/hook", event=AlertEvent.JOB_DONE, alert_id=None, job_id="j-9", level=None))
    body = receiver.requests[0].json()
    assert set(body) == {"event", "delivery_id", "alert_id", "senior_id", "level", "reason", "at", "job_id"}
    assert body["job_id"] == "j-9" and body["alert_id"] is None and body["event"] == "job.done"


def test_a_receiver_can_recompute_the_signature_by_hand():
    body = webhook_body(note("https://example.org/h"))
    import hashlib
    import hmac

    expected = hmac.new(SECRET.encode(), b"1764734706." + body, hashlib.sha256).hexdigest()
    assert sign(SECRET, body, 1764734706) == f"t=1764734706,v1={expected}"
    assert verify(SECRET, sign(SECRET, body, 1764734706), body, now=1764734706 + 299)
    assert not verify(SECRET, sign(SECRET, body, 1764734706), body, now=1764734706 + 301)  # replay window


async def test_sending_the_same_delivery_twice_is_harmless(org, receiver):
    n = note(receiver.url + "/hook")
    await org.send(n)
    await org.send(n)
    assert [r.headers["idempotency-key"] for r in receiver.requests] == ["d-1", "d-1"]
    assert list(receiver.accepted) == ["d-1"]


@pytest.mark.parametrize("fault", ["500", "503", "429", "408", "drop"])
async def test_transient_answers_raise_provider_unavailable(org, receiver, fault):
    receiver.fail(fault)
    with pytest.raises(ProviderUnavailable) as caught:
        await org.send(note(receiver.url + "/hook"))
    if fault == "429":
        assert caught.value.retry_after == 7
    await org.send(note(receiver.url + "/hook"))  # and the next attempt goes through
    assert list(receiver.accepted) == ["d-1"]


@pytest.mark.parametrize("fault", ["400", "404", "302"])
async def test_permanent_answers_and_redirects_raise_delivery_rejected(org, receiver, fault):
    receiver.fail(fault)
    with pytest.raises(DeliveryRejected):
        await org.send(note(receiver.url + "/hook"))
    assert len(receiver.requests) == 1  # the redirect was not followed


async def test_a_receiver_that_never_answers_is_unavailable_within_the_timeout(receiver):
    notifier = HttpxWebhookNotifier(secret=SECRET, org_url=receiver.url + "/hook", timeout_s=0.5)
    receiver.fail("hang")
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable, match=r"did not answer|unreachable"):
        await notifier.send(note(receiver.url + "/hook"))
    assert time.monotonic() - started < 5
    await notifier.aclose()


async def test_connection_refused_is_transient():
    notifier = HttpxWebhookNotifier(secret=SECRET, org_url="http://127.0.0.1:9/hook", timeout_s=2)
    with pytest.raises(ProviderUnavailable):
        await notifier.send(note("http://127.0.0.1:9/hook"))
    await notifier.aclose()


async def test_a_members_loopback_url_is_refused_at_send_time_unless_allowed(receiver):
    member_url = receiver.url.replace("127.0.0.1", "localhost") + "/member"
    guarded = HttpxWebhookNotifier(secret=SECRET, org_url="https://org.example/hook", allow_private=False)
    with pytest.raises(DeliveryRejected, match="private, loopback"):
        await guarded.send(note(member_url))
    assert receiver.requests == []  # nothing was sent
    await guarded.aclose()

    allowed = HttpxWebhookNotifier(secret=SECRET, org_url=None, allow_private=True, timeout_s=2)
    await allowed.send(note(member_url))
    (req,) = receiver.requests
    assert req.path == "/member" and req.headers["host"] == member_url.split("/")[2]
    assert verify(SECRET, req.headers["x-mhealth-signature"], req.body)
    await allowed.aclose()


async def test_a_member_url_with_credentials_is_rejected_not_retried():
    notifier = HttpxWebhookNotifier(secret=SECRET, allow_private=True)
    with pytest.raises(DeliveryRejected):
        await notifier.send(note("http://user:pw@127.0.0.1:9/hook"))
    await notifier.aclose()


async def test_a_member_host_that_does_not_resolve_now_is_retried_not_failed():
    notifier = HttpxWebhookNotifier(secret=SECRET, allow_private=True, timeout_s=2)
    with pytest.raises(ProviderUnavailable, match="does not resolve"):
        await notifier.send(note("https://no-such-host.invalid/hook"))
    await notifier.aclose()


async def test_a_member_url_resolving_to_several_addresses_falls_through_a_refusing_one(receiver, monkeypatch):
    import mhealth.adapters.notify.webhook as webhook

    async def two_addresses(url, *, allow_private):
        return ["127.0.0.2", "127.0.0.1"]  # the first refuses the connection (nothing listens there)

    monkeypatch.setattr(webhook, "resolve_webhook_url", two_addresses)
    notifier = HttpxWebhookNotifier(secret=SECRET, allow_private=True, timeout_s=2)
    member_url = receiver.url.replace("127.0.0.1", "hooks.example.org") + "/m"
    await notifier.send(note(member_url))
    (req,) = receiver.requests
    assert req.headers["host"] == member_url.split("/")[2] and req.path == "/m"
    await notifier.aclose()


async def test_an_https_member_url_is_pinned_to_the_checked_address_and_still_verified_by_name(tmp_path, monkeypatch):
    """The request goes to the checked IP, but TLS checks the certificate against the URL's host name."""
    import ssl

    import mhealth.adapters.notify.webhook as webhook
    from tests.stubs.smtp_sink import self_signed

    cert, key = self_signed(tmp_path, names=("hooks.example.org",), ips=())  # no IP in the certificate
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    trusted = ssl.create_default_context(cafile=str(cert))

    async def checked(url, *, allow_private):
        return ["127.0.0.1"]

    monkeypatch.setattr(webhook, "resolve_webhook_url", checked)
    tls_receiver = WebhookReceiver(SECRET)
    tls_receiver.tls = server
    with tls_receiver:
        port = tls_receiver.url.rsplit(":", 1)[1]
        notifier = HttpxWebhookNotifier(secret=SECRET, allow_private=True, timeout_s=3, ssl_context=trusted)
        await notifier.send(note(f"https://hooks.example.org:{port}/tls"))
        (req,) = tls_receiver.requests
        assert req.path == "/tls" and req.headers["host"] == f"hooks.example.org:{port}"
        # a name the certificate does not carry is refused (the IP alone would not be checked)
        with pytest.raises(ProviderUnavailable):  # a TLS failure: retried (certificates get fixed)
            await notifier.send(note(f"https://other.example.org:{port}/tls"))
        assert len(tls_receiver.requests) == 1
        await notifier.aclose()


async def test_the_receivers_answer_body_is_never_read(receiver):
    notifier = HttpxWebhookNotifier(secret=SECRET, org_url=receiver.url + "/h", timeout_s=2)
    receiver.fail("endless")  # 200, a 1 GB body announced and never sent: reading it would time out
    await notifier.send(note(receiver.url + "/h"))  # delivered on the status line
    await notifier.aclose()
