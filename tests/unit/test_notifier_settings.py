"""MHEALTH_NOTIFIERS and its settings: which notifier serves which channel kind; clear start-up errors."""

from __future__ import annotations

import pytest

from mhealth.domain.errors import ConfigurationError, InvalidInput
from mhealth.domain.model import ChannelKind
from mhealth.entrypoints.notifiers import build_notifiers, close_notifiers, webhook_url_check
from mhealth.entrypoints.settings import Settings, load_settings

ALL = {
    "MHEALTH_NOTIFIERS": "log, webhook,email,sms,push",
    "MHEALTH_WEBHOOK_URL": "https://hooks.example.org/mhealth",
    "MHEALTH_WEBHOOK_SECRET": "s3cret-0123456789abcdef",
    "MHEALTH_SMTP_URL": "smtp://mailer:pw@mail.example.org:587",
    "MHEALTH_SMTP_FROM": "alerts@example.org",
    "MHEALTH_SMS_API_KEY": "NCSKEY",
    "MHEALTH_SMS_API_SECRET": "SECRET",
    "MHEALTH_SMS_SENDER": "029302266",
    "MHEALTH_FCM_PROJECT": "demo",
    "MHEALTH_PUBLIC_URL": "https://care.example.org",
}


def test_the_default_is_the_log_notifier_alone():
    s = load_settings({})
    assert s.notifiers == ("log",)
    notifiers = build_notifiers(s)
    assert set(notifiers) == {ChannelKind.LOG}
    assert notifiers[ChannelKind.LOG].name == "log"


async def test_every_notifier_from_a_comma_list_and_each_kind_served():
    s = load_settings(ALL)
    assert s.notifiers == ("log", "webhook", "email", "sms", "push")
    notifiers = build_notifiers(s)
    assert {k: n.name for k, n in notifiers.items()} == {
        ChannelKind.LOG: "log",
        ChannelKind.WEBHOOK: "webhook",
        ChannelKind.EMAIL: "email",
        ChannelKind.SMS: "sms",
        ChannelKind.KAKAO: "sms",
        ChannelKind.PUSH: "push",
    }
    assert notifiers[ChannelKind.SMS] is notifiers[ChannelKind.KAKAO]
    await close_notifiers(notifiers)


def test_an_unknown_notifier_is_refused_at_start_up_with_the_choices():
    with pytest.raises(ConfigurationError, match=r"'pager', which is not one of: log, webhook, email, sms, push"):
        load_settings({"MHEALTH_NOTIFIERS": "log,pager"})


@pytest.mark.parametrize(
    ("name", "missing"),
    [
        ("webhook", "MHEALTH_WEBHOOK_SECRET"),
        ("email", "MHEALTH_SMTP_URL"),
        ("sms", "MHEALTH_SMS_API_KEY"),
        ("sms", "MHEALTH_SMS_SENDER"),
        ("push", "MHEALTH_FCM_PROJECT"),
    ],
)
def test_a_selected_notifier_without_its_setting_is_refused_naming_the_key(name, missing):
    env = {k: v for k, v in ALL.items() if k != missing}
    env["MHEALTH_NOTIFIERS"] = name
    with pytest.raises(ConfigurationError) as caught:
        load_settings(env)
    assert caught.value.field == missing and missing in caught.value.detail and name in caught.value.detail
    # build_notifiers checks too, for settings built without load_settings
    with pytest.raises(ConfigurationError):
        build_notifiers(Settings(notifiers=(name,)))


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({"MHEALTH_WEBHOOK_URL": "ftp://x.example"}, "MHEALTH_WEBHOOK_URL"),
        ({"MHEALTH_PUBLIC_URL": "care.example.org"}, "MHEALTH_PUBLIC_URL"),
        ({"MHEALTH_SMTP_URL": "mail.example.org:25"}, "MHEALTH_SMTP_URL"),
        ({"MHEALTH_KAKAO_PFID": "KA01PF"}, "MHEALTH_KAKAO_TEMPLATE_ID"),
        ({"MHEALTH_NOTIFY_TIMEOUT_S": "0"}, "MHEALTH_NOTIFY_TIMEOUT_S"),
    ],
)
def test_malformed_values_are_refused(env, key):
    with pytest.raises(ConfigurationError) as caught:
        load_settings({**ALL, **env})
    assert caught.value.field == key


def test_a_webhook_url_without_the_webhook_notifier_is_refused_not_silently_unused():
    with pytest.raises(ConfigurationError, match="webhook is not in MHEALTH_NOTIFIERS"):
        load_settings({"MHEALTH_WEBHOOK_URL": "https://hooks.example.org/x"})


def test_secrets_are_masked_when_described():
    described = load_settings(ALL).describe()
    assert described["webhook_secret"] == "***" and described["sms_api_secret"] == "***"
    assert "pw" not in described["smtp_url"] and "***" in described["smtp_url"]


def test_a_secret_may_come_from_a_file(tmp_path):
    path = tmp_path / "hook.key"
    path.write_text("from-a-file-0123456789\n")
    s = load_settings({"MHEALTH_NOTIFIERS": "webhook", "MHEALTH_WEBHOOK_SECRET": f"file:{path}"})
    notifier = build_notifiers(s)[ChannelKind.WEBHOOK]
    assert notifier._secret == "from-a-file-0123456789"


async def test_the_url_check_for_care_teams_follows_allow_private():
    strict = webhook_url_check(load_settings({}))
    with pytest.raises(InvalidInput):
        await strict("http://127.0.0.1:8080/hook")
    relaxed = webhook_url_check(load_settings({"MHEALTH_WEBHOOK_ALLOW_PRIVATE": "true"}))
    await relaxed("http://127.0.0.1:8080/hook")


@pytest.mark.parametrize(
    ("env", "sender"),
    [
        ({"MHEALTH_SMTP_FROM": "alerts@example.org"}, "alerts@example.org"),
        ({"MHEALTH_SMTP_URL": "smtp://alerts%40care.example:pw@mail.example.org"}, "alerts@care.example"),
        ({"MHEALTH_PUBLIC_URL": "https://care.example.org/"}, "mhealth@care.example.org"),
        ({}, "mhealth@127.0.0.1"),
    ],
)
def test_the_from_address_has_a_sensible_default(env, sender):
    from mhealth.entrypoints.notifiers import smtp_sender

    base = {"MHEALTH_NOTIFIERS": "email", "MHEALTH_SMTP_URL": "smtp://127.0.0.1:2525?starttls=off"}
    assert smtp_sender(load_settings({**base, **env})) == sender


def test_the_smtp_url_may_come_from_a_file(tmp_path):
    path = tmp_path / "smtp-url"
    path.write_text("smtp://mailer:pw@mail.example.org:587\n")
    s = load_settings({"MHEALTH_NOTIFIERS": "email", "MHEALTH_SMTP_URL": f"file:{path}"})
    notifier = build_notifiers(s)[ChannelKind.EMAIL]
    assert notifier._target.host == "mail.example.org" and notifier._target.password == "pw"
