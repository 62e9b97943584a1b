"""Requests generated from our own OpenAPI document by schemathesis: no 5xx, ever.

Runs the schemathesis CLI (its pytest integration does not support pytest 9) against the real server.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path


def test_no_generated_request_gets_a_server_error(server, tmp_path):
    st = shutil.which("st", path=str(Path(sys.executable).parent)) or shutil.which("schemathesis")
    assert st, "schemathesis is part of the dev extra"
    # The document declares bearer and API-key schemes; schemathesis then tries to sign itself up through
    # POST /v1/users and crashes (StopIteration in its sign-up body builder). This server has MHEALTH_AUTH=off.
    config = tmp_path / "schemathesis.toml"
    config.write_text("[auth]\nauto-signup = false\n")
    result = subprocess.run(
        [
            st,
            "--config-file",
            str(config),
            "run",
            f"{server.base}/schema/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            "30",
            "--request-timeout",
            "30",
            "--seed",
            "20261126",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    checked = re.search(r"(\d+) generated, (\d+) passed", result.stdout)
    assert checked and int(checked.group(2)) > 100, result.stdout[-3000:]
