"""Issue 13's scenario, played from outside: a real ``mhealth serve`` (embedded worker off), two real
``mhealth worker`` processes, a scratch MariaDB database, a loopback webhook receiver and an SMTP sink.

Everything goes through the public interface: environment variables named as issue 13 names them, the CLI
(``db upgrade``, ``users create-admin``, ``users create``, ``care-team set``, ``schedule check``,
``worker --once``) and /v1 with the admin's and the members' own tokens.

1. An admin signs in, registers a senior, a guardian and a social worker, and puts a care team of three
   (guardian: e-mail + webhook; social worker: e-mail; an on-call service: webhook).
2. A critical text check-in: the organisation webhook and the guardian hear ``alert.created`` within 5 s,
   signed, with an ``Idempotency-Key`` equal to the body's ``delivery_id`` and exactly the seven documented keys.
3. Nobody acknowledges: after the shortened ladder's 3 s the social worker hears ``alert.escalated``.
4. The acknowledgement (``reached`` and a note) stops the climb: the on-call service never hears anything, the
   organisation and the two members told hear ``alert.acknowledged``; ``GET /v1/alerts/{id}`` shows every
   delivery, and every ``delivery_id`` reached the receiver exactly once across the two workers.
   Resolving tells the organisation and both members told (still never the on-call service).
5. A burst of acknowledgements, whose notifications only the workers send: each delivery id reaches the
   receiver once and is logged once across the two workers.
6. Bad contact data is a 400 ``invalid_input`` naming the field; a member's loopback webhook is refused by a
   deployment without ``MHEALTH_WEBHOOK_ALLOW_PRIVATE`` (the CLI, the same database, nothing stored). Contact
   data that can only fail later (an SMS number while no SMS notifier is active, an address the mail server
   refuses) is a failed attempt on the alert, and the organisation is still told.
7. A schedule of two slots a minute apart (times computed from now in the senior's zone, grace 5 minutes, the
   API's minimum): the ``schedules`` task run now judges nothing yet; a ``mhealth schedule check`` process whose
   clock is moved past the second slot's grace window (the one thing this test cannot wait for in real time:
   the smallest grace makes it 7-8 minutes) records two missed check-ins and raises one ``missed_check_ins``
   alert, which a worker (with the same clock) delivers to the organisation webhook.
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import SECRET, Server, start_server, stop_server
from tests.stubs.smtp_sink import SmtpSink
from tests.stubs.webhook_receiver import WebhookReceiver, verify

CRISIS = "약을 조금씩 모아두고 있어요. 다 끝내고 싶어요"
PASSWORD = "scenario-admin-pass-7"
HOOK_SECRET = "scenario-webhook-secret-" + "s" * 24
BODY_KEYS = {"event", "delivery_id", "alert_id", "senior_id", "level", "reason", "at"}
SCHEDULE_ZONE = "America/New_York"

# A CLI process with its clock moved forward by argv[1] seconds, then the CLI's own argv. Only the system clock
# adapter is moved; the process is otherwise `python -m mhealth.entrypoints.cli ...`.
SHIFTED_CLI = """
import sys
from datetime import timedelta
from mhealth.adapters.system import clock
offset = timedelta(seconds=float(sys.argv[1]))
real = clock.SystemClock.now
clock.SystemClock.now = lambda self: real(self) + offset
from mhealth.entrypoints.cli import main
sys.exit(main(sys.argv[2:]))
"""


def wait_for(what: str, probe: Callable[[], Any], timeout: float, every: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(every)


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class Deployment:
    def __init__(self, server: Server, env: dict[str, str], receiver: WebhookReceiver, sink: SmtpSink, tmp: Path):
        self.server = server
        self.env = env
        self.receiver = receiver
        self.sink = sink
        self.tmp = tmp
        self.workers: list[tuple[subprocess.Popen[bytes], Path]] = []
        self.admin: dict[str, str] = {}

    def cli(self, *args: str, env: dict[str, str] | None = None, shift_s: float | None = None, stdin: str = ""):
        argv = [sys.executable, "-m", "mhealth.entrypoints.cli", *args]
        if shift_s is not None:
            argv = [sys.executable, "-c", SHIFTED_CLI, str(shift_s), *args]
        return subprocess.run(argv, env=env or self.env, input=stdin.encode(), capture_output=True, timeout=60)

    def hooks(self, path: str) -> list[dict[str, Any]]:
        """Bodies the receiver got on ``path`` (every one checked: signature, headers, keys)."""
        out = []
        for request in list(self.receiver.requests):
            if request.path != path:
                continue
            assert request.headers.get("content-type", "").startswith("application/json")
            assert verify(HOOK_SECRET, request.headers.get("x-mhealth-signature", ""), request.body)
            body = json.loads(request.body)
            assert set(body) == BODY_KEYS, body
            assert request.headers.get("idempotency-key") == body["delivery_id"]
            out.append(body)
        return out

    def mails(self, to: str) -> list[Any]:
        with self.sink.lock:
            return [msg for _, rcpts, msg, _ in self.sink.messages if to in rcpts]

    def wait(self, what: str, probe: Callable[[], Any], timeout: float, every: float = 0.05) -> Any:
        """``wait_for`` that shows the server's and workers' logs when it times out."""
        try:
            return wait_for(what, probe, timeout, every)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{self.logs()}") from None

    def logs(self) -> str:
        parts = [self.server.log()] + [path.read_text(errors="replace") for _, path in self.workers]
        return "\n----\n".join(parts)[-8000:]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    from mhealth.adapters.sql.testing import scratch_mysql_database
    from tests.contract.conftest_storage import require_mysql

    require_mysql()
    tmp = tmp_path_factory.mktemp("scenario")
    with (
        scratch_mysql_database() as url,
        WebhookReceiver(HOOK_SECRET) as receiver,
        SmtpSink(login=("mhealth", "sink-pass")) as sink,
    ):
        assert isinstance(receiver, WebhookReceiver)
        settings = {
            "MHEALTH_DATABASE_URL": url,
            "MHEALTH_SPEECH": "memory",
            "MHEALTH_JWT_SECRET": SECRET,
            "MHEALTH_PSEUDONYM_KEY": "scenario-pseudonym-key-" + "p" * 32,
            "MHEALTH_EMBEDDED_WORKER": "false",
            "MHEALTH_WORKER_POLL_S": "1",
            "MHEALTH_NOTIFIERS": "log,webhook,email",
            "MHEALTH_WEBHOOK_URL": receiver.url + "/org",
            "MHEALTH_WEBHOOK_SECRET": HOOK_SECRET,
            "MHEALTH_SMTP_URL": f"smtp://mhealth:sink-pass@127.0.0.1:{sink.port}?starttls=off",
            "MHEALTH_ESCALATION_CRITICAL": "0s,3s,3s",
            "MHEALTH_WEBHOOK_ALLOW_PRIVATE": "true",
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
        env.update(settings, MHEALTH_DATA_DIR=str(tmp), MHEALTH_LOG_LEVEL="INFO")
        upgraded = subprocess.run(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "db", "upgrade"], env=env, capture_output=True
        )
        assert upgraded.returncode == 0, upgraded.stderr.decode()
        server = start_server(tmp_path_factory, **settings)
        deployment = Deployment(server, env, receiver, sink, tmp)
        try:
            for n in range(2):
                log_path = tmp / f"worker{n}.log"
                with open(log_path, "wb") as log:
                    worker = subprocess.Popen(
                        [sys.executable, "-m", "mhealth.entrypoints.cli", "worker"],
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                deployment.workers.append((worker, log_path))
            made = deployment.cli(
                "users", "create-admin", "--email", "ops@example.kr", env={**env, "MHEALTH_ADMIN_PASSWORD": PASSWORD}
            )
            assert made.returncode == 0, made.stderr.decode()
            with server.client() as c:
                r = c.post("/v1/auth/login", json={"email": "ops@example.kr", "password": PASSWORD})
                assert r.status_code == 200, r.text
                deployment.admin = {"Authorization": f"Bearer {r.json()['access_token']}"}
            yield deployment
            for worker, _ in deployment.workers:
                assert worker.poll() is None, f"a worker died:\n{deployment.logs()}"
        finally:
            for worker, _ in deployment.workers:
                if worker.poll() is None:
                    worker.terminate()
            for worker, _ in deployment.workers:
                try:
                    worker.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    worker.kill()
                    worker.wait()
            stop_server(server)


def _user(c: Any, admin: dict[str, str], email: str, role: str) -> str:
    r = c.post("/v1/users", json={"email": email, "password": PASSWORD + "-u", "role": role}, headers=admin)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _login(c: Any, email: str) -> dict[str, str]:
    r = c.post("/v1/auth/login", json={"email": email, "password": PASSWORD + "-u"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_a_crisis_climbs_the_team_until_someone_acknowledges_it(deployment: Deployment) -> None:
    d, admin = deployment, deployment.admin
    with d.server.client() as c:
        r = c.post("/v1/seniors", json={"display_name": "김순자", "timezone": "Asia/Seoul"}, headers=admin)
        assert r.status_code == 201, r.text
        senior = r.json()["id"]
        guardian = _user(c, admin, "guardian@example.kr", "guardian")
        made = d.cli(
            "users",
            "create",
            "--role",
            "social_worker",
            "--email",
            "worker@example.kr",
            env={**d.env, "MHEALTH_USER_PASSWORD": PASSWORD + "-u"},
        )
        assert made.returncode == 0, made.stderr.decode()
        worker = made.stdout.decode().split()[2]  # "created social_worker <id> (<email>)"
        team = {
            "members": [
                {
                    "role": "guardian",
                    "user_id": guardian,
                    "channels": [
                        {"kind": "email", "address": "guardian@example.kr"},
                        {"kind": "webhook", "address": d.receiver.url + "/guardian"},
                    ],
                    "quiet_hours": {"start": "00:00", "end": "23:59"},  # a crisis ignores them
                },
                {
                    "role": "social_worker",
                    "user_id": worker,
                    "channels": [{"kind": "email", "address": "worker@example.kr"}],
                },
                {
                    "role": "on_call",
                    "name": "24시 상황실",
                    "channels": [{"kind": "webhook", "address": d.receiver.url + "/oncall"}],
                },
            ]
        }
        r = c.put(f"/v1/seniors/{senior}/care-team", json=team, headers=admin)
        assert r.status_code == 200, r.text
        assert [m["role"] for m in c.get(f"/v1/seniors/{senior}/care-team", headers=admin).json()["members"]] == [
            "guardian",
            "social_worker",
            "on_call",
        ]

        # 2. The critical check-in reaches the organisation and the first member within 5 s of being stored.
        posted = c.post(f"/v1/seniors/{senior}/check-ins", json={"text": CRISIS}, headers=admin)
        stored = time.monotonic()
        assert posted.status_code == 201, posted.text
        alert_id = posted.json()["alert_id"]
        assert alert_id, posted.text
        assert c.get(f"/v1/check-ins/{posted.json()['id']}", headers=admin).json()["alert_id"] == alert_id

        def created(path: str) -> list[dict[str, Any]]:
            return [b for b in d.hooks(path) if b["event"] == "alert.created" and b["alert_id"] == alert_id]

        d.wait("alert.created at the organisation webhook", lambda: created("/org"), 5)
        d.wait("alert.created at the guardian's webhook", lambda: created("/guardian"), 5)
        d.wait("the guardian's e-mail", lambda: d.mails("guardian@example.kr"), 5)
        assert time.monotonic() - stored <= 5.0
        first = created("/org")[0]
        assert first["senior_id"] == senior
        assert first["level"] == "critical"
        assert first["reason"] and " " not in first["reason"]  # a reason code, never a sentence
        assert datetime.fromisoformat(first["at"].replace("Z", "+00:00")).tzinfo is not None
        mail = d.mails("guardian@example.kr")[0]
        text = mail.get_body(("plain",)).get_content()
        assert "김순자" in text
        assert "다 끝내고 싶어요" not in text and "약을" not in text  # no transcript in a message
        assert not d.mails("worker@example.kr")  # not yet: the ladder waits 3 s

        guardian_auth = _login(c, "guardian@example.kr")

        # 3. Nobody acknowledges: the social worker is told once the 3 s have passed.
        def step() -> int:
            return int(c.get(f"/v1/alerts/{alert_id}", headers=admin).json()["escalation_step"])

        d.wait("the escalation to the social worker", lambda: step() >= 2, 10)
        # 4. The guardian (linked to the senior by the team) acknowledges at once: the on-call service's turn
        # is 3 s further up the ladder.
        acked = c.post(
            f"/v1/alerts/{alert_id}/acknowledge",
            json={"outcome": "reached", "note": "통화함: 따님이 방문 중"},
            headers=guardian_auth,
        )
        assert acked.status_code == 200, acked.text
        assert acked.json()["ack_outcome"] == "reached"
        assert acked.json()["ack_note"] == "통화함: 따님이 방문 중"
        assert acked.json()["status"] == "acknowledged"
        assert acked.json()["next_escalation_at"] is None
        assert acked.json()["escalation_step"] == 2, "the climb went past the social worker before the ack"

        d.wait("the social worker's escalation e-mail", lambda: d.mails("worker@example.kr"), 5)
        assert [b["event"] for b in d.hooks("/org") if b["alert_id"] == alert_id][:2] == [
            "alert.created",
            "alert.escalated",
        ]
        told = {b["event"]: b for b in d.hooks("/org") if b["alert_id"] == alert_id}
        waited = _instant(told["alert.escalated"]["at"]) - _instant(told["alert.created"]["at"])
        assert waited >= timedelta(seconds=3), waited  # the ladder's second delay, not earlier

        def acknowledged(path: str) -> list[dict[str, Any]]:
            return [b for b in d.hooks(path) if b["event"] == "alert.acknowledged" and b["alert_id"] == alert_id]

        d.wait("alert.acknowledged at the organisation webhook", lambda: acknowledged("/org"), 5)
        d.wait("alert.acknowledged at the guardian's webhook", lambda: acknowledged("/guardian"), 5)
        d.wait(
            "three e-mails to the guardian and two to the social worker",
            lambda: len(d.mails("guardian@example.kr")) >= 2 and len(d.mails("worker@example.kr")) >= 2,
            5,
        )
        # Past the on-call service's turn (3 s after the escalation) with both workers polling every second.
        time.sleep(5)
        assert d.hooks("/oncall") == [], "the climb went on after the acknowledgement"
        detail = c.get(f"/v1/alerts/{alert_id}", headers=admin).json()
        assert detail["escalation_step"] == 2 and detail["next_escalation_at"] is None

        # The alert shows every delivery; each delivery reached its receiver exactly once.
        deliveries = detail["deliveries"]
        delivered = [x for x in deliveries if x["outcome"] == "delivered"]
        assert not [x for x in deliveries if x["outcome"] != "delivered"], deliveries
        by_event = collections.Counter((x["event"], x["channel"], x["member_position"]) for x in delivered)
        assert by_event == {
            ("alert.created", "log", None): 1,
            ("alert.created", "webhook", None): 1,
            ("alert.created", "email", 0): 1,
            ("alert.created", "webhook", 0): 1,
            ("alert.escalated", "log", None): 1,
            ("alert.escalated", "webhook", None): 1,
            ("alert.escalated", "email", 1): 1,
            ("alert.acknowledged", "log", None): 1,
            ("alert.acknowledged", "webhook", None): 1,
            ("alert.acknowledged", "email", 0): 1,
            ("alert.acknowledged", "webhook", 0): 1,
            ("alert.acknowledged", "email", 1): 1,
        }, d.logs()
        assert all(x["recipient"] != "guardian@example.kr" for x in delivered)  # masked
        keys = collections.Counter(
            r.headers.get("idempotency-key") for r in d.receiver.requests if r.path in ("/org", "/guardian")
        )
        assert keys and all(n == 1 for n in keys.values()), keys
        hooked = {x["delivery_id"] for x in delivered if x["channel"] == "webhook"}
        assert hooked == set(keys)
        mailed = collections.Counter(m["X-MHealth-Delivery-Id"] for m in d.mails("guardian@example.kr"))
        mailed.update(m["X-MHealth-Delivery-Id"] for m in d.mails("worker@example.kr"))
        assert all(n == 1 for n in mailed.values()), mailed
        assert set(mailed) == {x["delivery_id"] for x in delivered if x["channel"] == "email"}
        # Every member keeps seeing it until it is resolved.
        for who in (guardian_auth, _login(c, "worker@example.kr")):
            inbox = c.get("/v1/alerts", params={"unresolved": "true"}, headers=who)
            assert inbox.status_code == 200, inbox.text
            assert [a["id"] for a in inbox.json()["items"]] == [alert_id]

        # Resolving closes it: the organisation and both members told hear it; the on-call service still nothing.
        r = c.post(f"/v1/alerts/{alert_id}/resolve", json={"note": "가족 방문, 상태 안정"}, headers=admin)
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "resolved" and r.json()["ack_outcome"] == "reached"

        def resolved() -> bool:
            events = [(p, b["event"]) for p in ("/org", "/guardian") for b in d.hooks(p) if b["alert_id"] == alert_id]
            return ("/org", "alert.resolved") in events and ("/guardian", "alert.resolved") in events

        d.wait("alert.resolved at the organisation and guardian webhooks", resolved, 5)
        d.wait("the social worker's third e-mail", lambda: len(d.mails("worker@example.kr")) >= 3, 5)
        assert d.hooks("/oncall") == []
        inbox = c.get("/v1/alerts", params={"unresolved": "true"}, headers=guardian_auth).json()["items"]
        assert inbox == []


def test_two_workers_deliver_each_event_exactly_once(deployment: Deployment) -> None:
    """A burst of acknowledgements (their notifications go out through the workers only, not the API's first
    try): every delivery id reaches the organisation webhook once, and the service log once across both workers."""
    d, admin = deployment, deployment.admin
    with d.server.client() as c:
        senior = c.post("/v1/seniors", json={"display_name": "정옥순"}, headers=admin).json()["id"]
        alerts = []
        for _ in range(12):
            posted = c.post(f"/v1/seniors/{senior}/check-ins", json={"text": CRISIS}, headers=admin)
            assert posted.status_code == 201, posted.text
            alerts.append(posted.json()["alert_id"])
        assert all(alerts) and len(set(alerts)) == len(alerts)
        for alert_id in alerts:
            acked = c.post(f"/v1/alerts/{alert_id}/acknowledge", json={"outcome": "false_alarm"}, headers=admin)
            assert acked.status_code == 200, acked.text

    def acknowledged() -> list[dict[str, Any]] | None:
        got = [b for b in d.hooks("/org") if b["event"] == "alert.acknowledged" and b["alert_id"] in alerts]
        return got if len(got) >= len(alerts) else None

    d.wait("every alert.acknowledged at the organisation webhook", acknowledged, 15, every=0.2)
    time.sleep(2)  # two more polls of both workers: a second delivery would show now
    bodies = [b for b in d.hooks("/org") if b["event"] == "alert.acknowledged" and b["alert_id"] in alerts]
    assert sorted(b["alert_id"] for b in bodies) == sorted(alerts)
    keys = collections.Counter(
        r.headers.get("idempotency-key")
        for r in d.receiver.requests
        if r.path == "/org" and r.json()["alert_id"] in alerts
    )
    assert all(n == 1 for n in keys.values()), keys
    logged: collections.Counter[str] = collections.Counter()
    for _, path in d.workers:
        for line in path.read_text(errors="replace").splitlines():
            if "alert.acknowledged delivery=" in line and any(f"alert={a}" in line for a in alerts):
                logged[line.split("delivery=")[1].split()[0]] += 1
    assert len(logged) == len(alerts) and all(n == 1 for n in logged.values()), logged


def test_bad_contact_data_is_refused_at_entry_naming_the_field(deployment: Deployment) -> None:
    d, admin = deployment, deployment.admin
    with d.server.client() as c:
        senior = c.post("/v1/seniors", json={"display_name": "이말순"}, headers=admin).json()["id"]
        bad_phone = {
            "members": [
                {"role": "on_call", "name": "상황실", "channels": [{"kind": "email", "address": "oc@example.kr"}]},
                {"role": "guardian", "name": "아들", "channels": [{"kind": "sms", "address": "010-12-34"}]},
            ]
        }
        r = c.put(f"/v1/seniors/{senior}/care-team", json=bad_phone, headers=admin)
        assert r.status_code == 400, r.text
        assert r.json()["error"] == "invalid_input"
        assert r.json()["field"] == "members[1].channels[0].address"
        bad_mail = {"members": [{"role": "guardian", "name": "딸", "channels": [{"kind": "email", "address": "a@b"}]}]}
        r = c.put(f"/v1/seniors/{senior}/care-team", json=bad_mail, headers=admin)
        assert (r.status_code, r.json()["error"], r.json()["field"]) == (
            400,
            "invalid_input",
            "members[0].channels[0].address",
        )
        assert c.get(f"/v1/seniors/{senior}/care-team", headers=admin).json()["members"] == []

    # A deployment without MHEALTH_WEBHOOK_ALLOW_PRIVATE refuses a member's loopback webhook (request forgery).
    private = {
        "members": [{"role": "on_call", "name": "x", "channels": [{"kind": "webhook", "address": d.receiver.url}]}]
    }
    env = {**d.env, "MHEALTH_WEBHOOK_ALLOW_PRIVATE": "false"}
    done = d.cli("care-team", "set", "--senior", senior, "--file", "-", env=env, stdin=json.dumps(private))
    said = done.stdout.decode() + done.stderr.decode()
    assert done.returncode != 0, said
    assert "members[0].channels[0].address" in said, said
    with d.server.client() as c:
        assert c.get(f"/v1/seniors/{senior}/care-team", headers=admin).json()["members"] == []


def test_contact_data_that_fails_later_is_a_recorded_failed_attempt_never_a_lost_alert(deployment: Deployment) -> None:
    """A valid phone number while no SMS notifier is active, and an address the mail server refuses for good:
    both are failed attempts on the alert; the organisation is still told."""
    d, admin = deployment, deployment.admin
    with d.server.client() as c:
        senior = c.post("/v1/seniors", json={"display_name": "최영자"}, headers=admin).json()["id"]
        team = {
            "members": [
                {
                    "role": "guardian",
                    "name": "아들",
                    "channels": [
                        {"kind": "sms", "address": "010-2345-6789"},
                        {"kind": "email", "address": "reject-son@example.kr"},
                    ],
                }
            ]
        }
        r = c.put(f"/v1/seniors/{senior}/care-team", json=team, headers=admin)
        assert r.status_code == 200, r.text
        posted = c.post(f"/v1/seniors/{senior}/check-ins", json={"text": CRISIS}, headers=admin)
        assert posted.status_code == 201, posted.text
        alert_id = posted.json()["alert_id"]
        assert alert_id

        def settled() -> list[dict[str, Any]] | None:
            got = c.get(f"/v1/alerts/{alert_id}", headers=admin).json()["deliveries"]
            return got if len([x for x in got if x["outcome"] in ("delivered", "failed")]) >= 4 else None

        deliveries = d.wait("four settled delivery attempts", settled, 10, every=0.2)
        outcomes = sorted((x["channel"], x["member_position"], x["outcome"]) for x in deliveries)
        assert outcomes == [
            ("email", 0, "failed"),
            ("log", None, "delivered"),
            ("sms", 0, "failed"),
            ("webhook", None, "delivered"),
        ], deliveries
        errors = {x["channel"]: x["error"] for x in deliveries if x["outcome"] == "failed"}
        assert errors["sms"] == "channel_not_configured"
        assert "550" in errors["email"]
        assert [b["event"] for b in d.hooks("/org") if b["alert_id"] == alert_id] == ["alert.created"]


def test_two_missed_scheduled_check_ins_raise_an_alert(deployment: Deployment) -> None:
    d, admin = deployment, deployment.admin
    with d.server.client() as c:
        r = c.post("/v1/seniors", json={"display_name": "박영희", "timezone": SCHEDULE_ZONE}, headers=admin)
        assert r.status_code == 201, r.text
        senior = r.json()["id"]
        local_now = datetime.now(ZoneInfo(SCHEDULE_ZONE))
        first = (local_now + timedelta(minutes=2)).replace(second=0, microsecond=0)
        slots = [first, first + timedelta(minutes=1)]
        times = [{"weekday": s.strftime("%a").lower(), "time": s.strftime("%H:%M")} for s in slots]
        r = c.put(f"/v1/seniors/{senior}/schedule", json={"times": times, "grace_minutes": 5}, headers=admin)
        assert r.status_code == 200, r.text
        assert r.json()["timezone"] == SCHEDULE_ZONE
        assert datetime.fromisoformat(r.json()["next_check_at"].replace("Z", "+00:00")) == (
            slots[0] + timedelta(minutes=5)
        )

        # The task as Cloud Scheduler calls it, with the clock as it is: nothing is due yet.
        r = c.post("/v1/tasks/schedules:run", headers=admin)
        assert r.status_code == 200, r.text
        assert c.get(f"/v1/seniors/{senior}/missed-check-ins", headers=admin).json()["items"] == []

        # The check past the second slot's grace window (its clock moved; see the module docstring).
        shift = (slots[1] + timedelta(minutes=5, seconds=5) - datetime.now(UTC)).total_seconds()
        done = d.cli("schedule", "check", shift_s=shift)
        assert done.returncode == 0, done.stderr.decode()
        assert "missed check-ins 2" in done.stdout.decode() and "alerts 1" in done.stdout.decode(), done.stdout

        missed = c.get(f"/v1/seniors/{senior}/missed-check-ins", headers=admin).json()["items"]
        assert [datetime.fromisoformat(m["slot_at"].replace("Z", "+00:00")) for m in missed] == slots[::-1]
        alerts = c.get("/v1/alerts", params={"senior_id": senior}, headers=admin).json()["items"]
        assert [(a["reason_code"], a["level"], a["check_in_id"]) for a in alerts] == [
            ("missed_check_ins", "high", None)
        ]
        alert_id = alerts[0]["id"]

        # Its notifications were queued with it; a worker on the same moved clock delivers them.
        done = d.cli("worker", "--once", shift_s=shift + 1)
        assert done.returncode == 0, done.stderr.decode()
        told = [b for b in d.hooks("/org") if b["alert_id"] == alert_id]
        assert [(b["event"], b["level"], b["reason"], b["senior_id"]) for b in told] == [
            ("alert.created", "high", "missed_check_ins", senior)
        ]
