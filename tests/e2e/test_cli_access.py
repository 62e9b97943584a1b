"""`mhealth users`, `mhealth keys` and `mhealth retention` as an operator runs them, on the embedded SQLite."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import mhealth
from mhealth.entrypoints.settings import load_settings
from tests.audio_fixtures import ensure_audio_fixtures
from tests.e2e.conftest import SECRET, start_server, stop_server

PASSWORD = "할머니-correct-horse-7"


def run(*args: str, tmp_path, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update(
        {"MHEALTH_DATA_DIR": str(tmp_path / "data"), "MHEALTH_SPEECH": "memory", "MHEALTH_ANALYZER": "memory"}, **env
    )
    return subprocess.run(
        [sys.executable, "-m", "mhealth.entrypoints.cli", *args],
        capture_output=True,
        text=True,
        env=environ,
        input=stdin,
        timeout=120,
    )


def test_an_operator_sets_up_accounts_and_keys_that_the_server_then_honours(tmp_path, tmp_path_factory):
    r = run("users", "create-admin", "--email", "root@example.kr", tmp_path=tmp_path, MHEALTH_ADMIN_PASSWORD=PASSWORD)
    assert r.returncode == 0, r.stderr
    assert PASSWORD not in r.stdout + r.stderr
    r = run("users", "create-admin", "--email", "root@example.kr", tmp_path=tmp_path, MHEALTH_ADMIN_PASSWORD=PASSWORD)
    assert r.returncode == 2 and "conflict" in r.stderr
    r = run(
        "users",
        "create",
        "--role",
        "guardian",
        "--email",
        "g@example.kr",
        "--password-stdin",
        tmp_path=tmp_path,
        stdin="short\n",
    )
    assert r.returncode == 2 and "password" in r.stderr
    r = run(
        "users",
        "create",
        "--role",
        "guardian",
        "--email",
        "g@example.kr",
        "--password-stdin",
        tmp_path=tmp_path,
        stdin=PASSWORD + "\n",
    )
    assert r.returncode == 0, r.stderr
    guardian_id = r.stdout.split()[2]
    key = run("keys", "create", "--name", "call center", "--all-seniors", tmp_path=tmp_path)
    assert key.returncode == 0 and key.stdout.strip().startswith("mhk_")
    api_key = key.stdout.strip()
    listed = run("keys", "list", tmp_path=tmp_path)
    assert "call center" in listed.stdout and api_key not in listed.stdout
    client_id = listed.stdout.split()[0]

    server = start_server(
        tmp_path_factory,
        MHEALTH_DATA_DIR=str(tmp_path / "data"),
        MHEALTH_SPEECH="memory",
        MHEALTH_ANALYZER="memory",
        MHEALTH_JWT_SECRET=SECRET,
    )
    try:
        with server.client() as c:
            senior = c.post("/v1/seniors", json={"display_name": "김순자"}, headers={"X-API-Key": api_key}).json()["id"]
            token = c.post("/v1/auth/login", json={"email": "g@example.kr", "password": PASSWORD}).json()[
                "access_token"
            ]
            g = {"Authorization": f"Bearer {token}"}
            assert c.get(f"/v1/seniors/{senior}", headers=g).status_code == 404
            # An operator names the user by e-mail (any case) or by id.
            linked = run("users", "link", "--user", "G@Example.kr", "--senior", senior, tmp_path=tmp_path)
            assert linked.returncode == 0 and guardian_id in linked.stdout, linked.stderr
            assert c.get(f"/v1/seniors/{senior}", headers=g).status_code == 200
            assert run("users", "unlink", "--user", guardian_id, "--senior", senior, tmp_path=tmp_path).returncode == 0
            assert c.get(f"/v1/seniors/{senior}", headers=g).status_code == 404
            nobody = run("users", "link", "--user", "nobody@example.kr", "--senior", senior, tmp_path=tmp_path)
            assert nobody.returncode == 2 and "no user with that e-mail" in nobody.stderr
            assert run("keys", "revoke", client_id, tmp_path=tmp_path).returncode == 0
            assert c.get("/v1/seniors", headers={"X-API-Key": api_key}).status_code == 401
            assert run("users", "disable", "g@example.kr", tmp_path=tmp_path).returncode == 0
            assert c.get("/v1/seniors", headers=g).status_code == 401
    finally:
        stop_server(server)


def test_retention_run_removes_expired_audio_and_keeps_the_rest(tmp_path):
    wav = ensure_audio_fixtures()["speech_ko"].path.read_bytes()
    env = {
        "MHEALTH_DATA_DIR": str(tmp_path / "data"),
        "MHEALTH_SPEECH": "memory",
        "MHEALTH_ANALYZER": "memory",
    }

    async def seed():
        async with mhealth.build(load_settings(env)) as mh:
            kept = await mh.create_senior(display_name="오래 남을 어르신")
            result = await mh.check_in_audio(kept.id, wav, filename="call.wav")
            text = await mh.check_in_text(kept.id, "오늘은 괜찮아요")
            return result.check_in, text.check_in

    audio_check_in, text_check_in = asyncio.run(seed())
    blobs = tmp_path / "data" / "blobs"
    assert any(p.is_file() for p in blobs.rglob("*"))

    kept = run("retention", "run", tmp_path=tmp_path)  # default 7 days: nothing is that old
    assert kept.returncode == 0 and "recordings expired 0" in kept.stdout
    assert any(p.is_file() for p in blobs.rglob("*"))

    gone = run("retention", "run", tmp_path=tmp_path, MHEALTH_RETENTION_AUDIO_DAYS="0")
    assert gone.returncode == 0 and "recordings expired 1, blobs removed 1" in gone.stdout, gone.stdout + gone.stderr
    assert not any(p.is_file() for p in blobs.rglob("*"))

    async def check():
        async with mhealth.build(load_settings(env)) as mh:
            return await mh.get_check_in(audio_check_in.id), await mh.get_check_in(text_check_in.id)

    audio_after, text_after = asyncio.run(check())
    assert audio_after.recording.blob_deleted_at is not None
    assert audio_after.transcript == audio_check_in.transcript  # transcripts are kept by default
    assert text_after == text_check_in


def test_ctrl_d_at_the_password_prompt_is_a_clean_refusal(tmp_path):
    """At a terminal the password is prompted for; end of input there is a message and exit 2, no traceback."""
    import pty
    import select

    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update({"MHEALTH_DATA_DIR": str(tmp_path / "data"), "MHEALTH_SPEECH": "memory"})
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command line on a real terminal (getpass reads /dev/tty)
        argv = [sys.executable, "-m", "mhealth", "users", "create-admin", "--email", "a@b.kr"]
        os.execve(sys.executable, argv, environ)
    output = b""

    def read_until(marker: bytes) -> None:
        nonlocal output
        while marker not in output:
            ready, _, _ = select.select([fd], [], [], 60)
            assert ready, f"no {marker!r} from the command: {output!r}"
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                return
            if not chunk:
                return
            output += chunk

    read_until(b"password")
    os.write(fd, b"\x04")  # Ctrl-D: end of input at the prompt
    read_until(b"\x00never")  # everything until the command ends
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    text = output.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert "Traceback" not in text and "no password given" in text
    assert not (tmp_path / "data" / "mhealth.sqlite3").exists()  # nothing was opened or created
