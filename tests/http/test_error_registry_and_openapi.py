"""One source of truth for error codes: the HTTP answers, the OpenAPI document and docs/api.md agree with the
registry; Litestar's own refusals come out in our body; Litestar's tools see the application."""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mhealth.domain import errors as domain_errors
from mhealth.entrypoints.http.app import create_litestar
from mhealth.entrypoints.http.error_codes import BY_CODE, REGISTRY
from mhealth.entrypoints.http.errors import status_for
from tests.http.conftest import Running, settings_for

ROOT = Path(__file__).resolve().parents[2]
NOT_SENT = {
    "mhealth_error": "the abstract base",
    "configuration_error": "answered as 500 internal_error",
    "delivery_rejected": "a notifier's outcome, recorded on the alert; never an HTTP answer",
}


def test_docs_api_md_error_table_is_generated_from_the_registry() -> None:
    spec = importlib.util.spec_from_file_location("gen_api_errors", ROOT / "scripts" / "gen_api_errors.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert generator.render(page) == page, "docs/api.md is stale: run scripts/gen_api_errors.py"
    for entry in REGISTRY:
        assert f"`{entry.code}`" in page


def test_every_domain_error_code_is_registered_with_the_status_it_answers() -> None:
    for _, cls in inspect.getmembers(domain_errors, inspect.isclass):
        if not issubclass(cls, domain_errors.MHealthError) or cls.code in NOT_SENT:
            continue
        assert cls.code in BY_CODE, f"{cls.__name__}.code {cls.code!r} has no row in error_codes.REGISTRY"
        instance = cls.__new__(cls)
        assert status_for(instance) == BY_CODE[cls.code].status, cls.__name__


def openapi() -> dict:
    return create_litestar(settings_for()).openapi_schema.to_schema()


def test_every_documented_error_response_is_our_body_with_registered_codes() -> None:
    doc = openapi()
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            for status, response in op["responses"].items():
                if int(status) < 400:
                    continue
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, status)
                codes = re.findall(r"`([a-z_]+)`", response["description"])
                assert codes, (method, path, status)
                for code in codes:
                    if code in BY_CODE:
                        assert BY_CODE[code].status == int(status), (method, path, status, code)
    # needs_review and crisis: only on unsupported_language (the text was not screened; the crisis lines stand)
    assert set(doc["components"]["schemas"]["ErrorBody"]["properties"]) == {
        "error",
        "detail",
        "field",
        "request_id",
        "needs_review",
        "crisis",
    }


def test_private_and_sign_in_routes_document_401_and_429_and_json_routes_413() -> None:
    doc = openapi()
    for path, operations in doc["paths"].items():
        if path.startswith("/schema"):
            continue
        for method, op in operations.items():
            documented = set(op["responses"])
            if path not in ("/", "/health", "/health/live", "/health/ready"):
                assert {"401", "429"} <= documented, (method, path)
            if method in ("post", "put", "patch"):
                assert {"400", "413"} <= documented, (method, path)
    login = doc["paths"]["/v1/auth/login"]["post"]["responses"]
    assert "rate_limited" in login["429"]["description"] and "unauthorized" in login["401"]["description"]


async def test_litestar_validation_errors_come_out_in_our_body(running: Running) -> None:
    admin = running.token()
    cases = [
        ("GET", "/v1/seniors?limit=0", None, "limit"),
        ("GET", "/v1/seniors?limit=many", None, "limit"),
        ("POST", "/v1/seniors", {"display_name": 5}, "display_name"),
        ("POST", "/v1/seniors", {}, "display_name"),
        ("POST", "/v1/auth/login", {"email": "a@b.kr"}, "password"),
        ("POST", "/v1/users", b"{not json", "body"),
    ]
    for method, path, body, field in cases:
        kwargs = {"content": body} if isinstance(body, bytes) else {"json": body}
        response = await running.client.request(method, path, headers=admin, **kwargs)
        assert response.status_code == 400, (path, response.text)
        answer = response.json()
        assert answer["error"] == "invalid_input" and answer["field"] == field, answer
        assert set(answer) <= {"error", "detail", "field"}
    korean = await running.client.get("/v1/seniors?limit=0", headers={**admin, "Accept-Language": "ko"})
    assert re.search("[가-힣]", korean.json()["detail"])


@pytest.mark.parametrize("command", [["routes"], ["schema", "openapi", "--output", "{out}"]])
def test_litestars_own_tools_load_the_application(command: list[str], tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    env.update({"MHEALTH_DATA_DIR": str(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path), "COLUMNS": "200"})
    app = "mhealth.entrypoints.http.app:create_litestar"
    args = [sys.executable, "-m", "litestar", "--app", app, *(c.format(out=out) for c in command)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    if command[0] == "routes":
        for path in ("/analyze", "/v1/seniors", "/v1/auth/login", "/v1/audit"):
            assert path in done.stdout
    else:
        doc = json.loads(out.read_text())
        assert "/v1/seniors/{senior_id}/check-ins" in doc["paths"]
