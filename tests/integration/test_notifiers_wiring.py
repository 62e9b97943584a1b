"""From settings alone (as an operator writes them) to deliveries at local stand-ins of every provider."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel
from mhealth.entrypoints.notifiers import build_notifiers, close_notifiers
from mhealth.entrypoints.settings import load_settings
from tests.stubs.fcm_stub import FcmStub
from tests.stubs.smtp_sink import SmtpSink
from tests.stubs.solapi_stub import SolapiStub
from tests.stubs.webhook_receiver import WebhookReceiver

SECRET = "wiring-secret-0123456789abcdef"


def service_account_file(path, token_uri: str) -> str:
    """A service-account key whose token endpoint is the stand-in (a real RSA key: google-auth signs with it)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    path.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "demo-project",
                "private_key_id": "k1",
                "private_key": pem,
                "client_email": "mhealth@demo-project.iam.gserviceaccount.com",
                "client_id": "1",
                "token_uri": token_uri,
            }
        )
    )
    return str(path)


def note(kind: ChannelKind, address: str) -> Notification:
    return Notification(
        delivery_id=f"d-{kind.value}",
        event=AlertEvent.CREATED,
        channel=Channel(kind=kind, address=address),
        senior_id="s-1",
        at=datetime(2026, 12, 3, tzinfo=UTC),
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Signs of active suicidal thoughts",
        reason_ko="적극적인 자살 생각의 징후",
    )


async def test_every_notifier_built_from_settings_delivers_to_its_provider(tmp_path):
    with (
        WebhookReceiver(SECRET) as hooks,
        SmtpSink() as smtp,
        SolapiStub("NCSKEY", "SOLAPISECRET0123") as solapi,
        FcmStub("demo-project", "sa-token") as fcm,
    ):
        settings = load_settings(
            {
                "MHEALTH_NOTIFIERS": "log,webhook,email,sms,push",
                "MHEALTH_WEBHOOK_URL": hooks.url + "/org",
                "MHEALTH_WEBHOOK_SECRET": SECRET,
                "MHEALTH_WEBHOOK_ALLOW_PRIVATE": "true",
                "MHEALTH_PUBLIC_URL": "https://care.example.org",
                "MHEALTH_SMTP_URL": f"smtp://127.0.0.1:{smtp.port}?starttls=off",
                "MHEALTH_SMS_API_KEY": "NCSKEY",
                "MHEALTH_SMS_API_SECRET": "SOLAPISECRET0123",
                "MHEALTH_SMS_SENDER": "029302266",
                "MHEALTH_SMS_BASE_URL": solapi.url,
                "MHEALTH_FCM_PROJECT": "demo-project",
                "MHEALTH_FCM_BASE_URL": fcm.url,
                "MHEALTH_FCM_CREDENTIALS": service_account_file(tmp_path / "sa.json", fcm.url + "/token"),
                "MHEALTH_NOTIFY_TIMEOUT_S": "5",
            }
        )
        notifiers = build_notifiers(settings)
        try:
            await notifiers[ChannelKind.LOG].send(note(ChannelKind.LOG, ""))
            await notifiers[ChannelKind.WEBHOOK].send(note(ChannelKind.WEBHOOK, hooks.url + "/org"))
            await notifiers[ChannelKind.WEBHOOK].send(note(ChannelKind.WEBHOOK, hooks.url + "/member"))
            await notifiers[ChannelKind.EMAIL].send(note(ChannelKind.EMAIL, "guardian@example.org"))
            await notifiers[ChannelKind.SMS].send(note(ChannelKind.SMS, "01012345678"))
            await notifiers[ChannelKind.KAKAO].send(note(ChannelKind.KAKAO, "01012345678"))
            await notifiers[ChannelKind.PUSH].send(note(ChannelKind.PUSH, "device-1"))
        finally:
            await close_notifiers(notifiers)
        assert [r.path for r in hooks.requests] == ["/org", "/member"] and len(hooks.accepted) == 1  # one id
        assert smtp.messages[0][2]["From"] == "mhealth@care.example.org"
        assert "https://care.example.org/app/alerts/a-1" in smtp.messages[0][2].get_content()
        assert [m["type"] for m in solapi.accepted] == ["LMS", "LMS"]  # kakao without a template: SMS fallback
        assert fcm.token_requests == 1 and fcm.delivered[0]["token"] == "device-1"
