"""The receiver recipes in docs/alerts.md work: each snippet is run against requests the webhook
notifier really signed (Python in-process, Node with ``node`` when the machine has it)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mhealth.adapters.notify.webhook import HttpxWebhookNotifier
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel
from tests.stubs.http_stub import HttpStub

DOC = Path(__file__).resolve().parents[2] / "docs" / "alerts.md"
SECRET = "receiver-secret-0123456789abcdef"


def snippet(language: str) -> str:
    blocks = re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, f"one {language} block expected in {DOC.name}"
    return blocks[0]


@pytest.fixture
async def signed() -> tuple[str, bytes]:
    """(X-MHealth-Signature, raw body) of a request the real notifier sent to a loopback receiver."""
    with HttpStub() as stub:
        notifier = HttpxWebhookNotifier(secret=SECRET, org_url=stub.url + "/h", timeout_s=2)
        await notifier.send(
            Notification(
                delivery_id="d-doc",
                event=AlertEvent.ESCALATED,
                channel=Channel(kind=ChannelKind.WEBHOOK, address=stub.url + "/h"),
                senior_id="s-1",
                at=datetime(2026, 12, 3, 4, 5, 6, tzinfo=UTC),
                alert_id="a-1",
                level=RiskLevel.HIGH,
                reason_code="missed_check_ins",
            )
        )
        await notifier.aclose()
        (request,) = stub.requests
    return request.headers["x-mhealth-signature"], request.body


def test_the_python_recipe_accepts_a_real_request_and_refuses_forgeries_and_replays(signed):
    header, body = signed
    scope: dict = {}
    exec(compile(snippet("python"), str(DOC), "exec"), scope)
    verify = scope["verify_mhealth_signature"]
    assert verify(SECRET, header, body)
    assert not verify("wrong-secret", header, body)
    assert not verify(SECRET, header, body.replace(b'"high"', b'"low"'))
    assert not verify(SECRET, header, json.dumps(json.loads(body), indent=1).encode())  # re-serialised
    old = int(time.time()) - 301
    import hashlib
    import hmac

    stale = f"t={old},v1=" + hmac.new(SECRET.encode(), f"{old}.".encode() + body, hashlib.sha256).hexdigest()
    assert not verify(SECRET, stale, body)  # outside the 5-minute replay window
    assert not verify(SECRET, "garbage", body)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed on this machine")
def test_the_node_recipe_accepts_a_real_request_and_refuses_forgeries(signed, tmp_path):
    header, body = signed
    (tmp_path / "body.bin").write_bytes(body)
    script = snippet("javascript") + (
        "\nconst fs = require('fs');\n"
        "const body = fs.readFileSync(process.argv[2]);\n"
        "const [secret, header] = [process.argv[3], process.argv[4]];\n"
        "const tampered = Buffer.from(body.toString().replace('\"high\"', '\"low\"'));\n"
        "console.log(JSON.stringify([verifyMhealthSignature(secret, header, body),"
        " verifyMhealthSignature('wrong', header, body), verifyMhealthSignature(secret, header, tampered),"
        " verifyMhealthSignature(secret, 't=1,v1=00', body), verifyMhealthSignature(secret, undefined, body)]));\n"
    )
    (tmp_path / "verify.js").write_text(script)
    out = subprocess.run(
        ["node", str(tmp_path / "verify.js"), str(tmp_path / "body.bin"), SECRET, header],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(out.stdout) == [True, False, False, False, False]
