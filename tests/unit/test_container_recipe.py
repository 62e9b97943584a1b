"""The container recipe's own rules (scripts/check_container_recipe.py) and the recipe files they guard.

The full check (build the environment as a non-root user, start it, wait for its HEALTHCHECK) downloads every
dependency and takes minutes: it runs as `scripts/check_container_recipe`, in CI. These tests are the fast part:
the rules catch what they must, and the repository's Dockerfile, .dockerignore and deploy files pass them.
"""

from __future__ import annotations

import http.server
import importlib.util
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest
import yaml  # type: ignore[import-untyped]  # PyYAML has no inline types; its stubs are no dependency

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def recipe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_container_recipe", ROOT / "scripts/check_container_recipe.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their annotations through sys.modules
    spec.loader.exec_module(module)
    return module


GOOD = """\
ARG BASE=python:3.11-slim-bookworm
FROM ${BASE} AS builder
ENV PIP_NO_CACHE_DIR=1
RUN pip install x
FROM ${BASE}
RUN useradd app
COPY --from=builder /opt /opt
USER app
HEALTHCHECK CMD ["true"]
CMD ["app"]
"""


def test_the_repository_dockerfile_passes_the_rules(recipe: ModuleType) -> None:
    assert recipe.lint((ROOT / "Dockerfile").read_text()) == []


def test_a_good_dockerfile_passes(recipe: ModuleType) -> None:
    assert recipe.lint(GOOD) == []


SINGLE_STAGE = 'FROM python:3.11-slim\nUSER app\nHEALTHCHECK CMD ["true"]\nCMD ["app"]\n'


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ("USER app\n", "", "no non-root USER"),
        ("USER app", "USER root", "no non-root USER"),
        ('USER app\nHEALTHCHECK CMD ["true"]\nCMD ["app"]', 'HEALTHCHECK CMD ["true"]\nCMD ["app"]\nUSER app', "bef"),
        ('HEALTHCHECK CMD ["true"]\n', "", "no HEALTHCHECK"),
        ("RUN useradd app", "ADD https://example.org/x.tgz /x", "ADD"),
        ("python:3.11-slim-bookworm", "python", "pin the base image"),
        ("python:3.11-slim-bookworm", "python:latest", "pin the base image"),
        ("ENV PIP_NO_CACHE_DIR=1\n", "", "pip install leaves its cache"),
        ("RUN useradd app", "RUN apt-get install -y --no-install-recommends curl", "/var/lib/apt/lists"),
        ("RUN useradd app", "RUN apt-get install -y gcc && rm -rf /var/lib/apt/lists/*", "compiler"),
        (GOOD, SINGLE_STAGE, "multi-stage"),
        ("ENV PIP_NO_CACHE_DIR=1", "ENV PIP_NO_CACHE_DIR=1\nARG EXTRAS=mysql,dev", "dev"),
    ],
)
def test_each_rule_catches_its_problem(recipe: ModuleType, old: str, new: str, complaint: str) -> None:
    assert old in GOOD
    problems = recipe.lint(GOOD.replace(old, new))
    assert any(complaint in p for p in problems), problems


def test_stage_environment_reads_arg_defaults_and_env_in_order(recipe: ModuleType) -> None:
    global_args, stages = recipe.parse(
        'ARG X=outer\nFROM a:1\nARG X\nARG Y=two\nENV P=/opt/m/venv \\\n    Q="${Y} words" PATH=/opt/m/venv/bin:$PATH\n'
    )
    env = recipe.stage_environment(stages[0], global_args, {"PATH": "/bin"})
    assert env == {"PATH": "/opt/m/venv/bin:/bin", "X": "outer", "Y": "two", "P": "/opt/m/venv", "Q": "two words"}


def test_image_paths_move_under_the_scratch_folder_and_nothing_else(recipe: ModuleType) -> None:
    moved = recipe.reroot(
        {"PATH": "/opt/mhealth/venv/bin:/usr/bin", "HOME": "/var/lib/mhealth", "OTHER": "/opt/mhealthy", "S": "/srcx"},
        Path("/tmp/t"),
    )
    assert moved == {
        "PATH": "/tmp/t/opt/mhealth/venv/bin:/usr/bin",
        "HOME": "/tmp/t/var/lib/mhealth",
        "OTHER": "/opt/mhealthy",
        "S": "/srcx",
    }


def test_dockerignore_follows_dockers_last_match_rule(recipe: ModuleType) -> None:
    rules = recipe.dockerignore("*\n!src/\n!README.md\n**/__pycache__\n")
    assert not recipe.ignored("src/mhealth/__init__.py", rules)
    assert not recipe.ignored("README.md", rules)
    assert recipe.ignored("src/mhealth/__pycache__/x.pyc", rules)
    assert recipe.ignored("tests/unit/test_x.py", rules)
    assert recipe.ignored(".venv/bin/python", rules)


def test_the_build_context_has_what_the_wheel_needs_and_no_tests_or_data(recipe: ModuleType) -> None:
    if subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.fail("the build context is read from git: run the tests from a git checkout")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    rules = recipe.dockerignore((ROOT / ".dockerignore").read_text())
    sent = {name for name in listed if not recipe.ignored(name, rules)}
    assert {"pyproject.toml", "requirements.lock", "README.md", "deploy/image.sh"} <= sent
    assert any(name.startswith("src/mhealth/") for name in sent)
    assert not [name for name in sent if name.startswith(("tests/", "docs/", "scripts/", ".ci/", ".git"))]


def test_deploy_files_agree_with_the_image(recipe: ModuleType) -> None:
    _, stages = recipe.parse((ROOT / "Dockerfile").read_text())
    final_env = recipe.stage_environment(stages[-1], {}, {})
    service = yaml.safe_load((ROOT / "deploy/service.yaml").read_text())
    template = service["spec"]["template"]
    container = template["spec"]["containers"][0]
    assert container["ports"][0]["containerPort"] == int(final_env["MHEALTH_PORT"])
    assert "command" not in container  # the image's ENTRYPOINT maps PORT; a command would bypass it
    assert template["spec"]["containerConcurrency"] == 8  # docs/deploy.md, "Sizing": the SQL pools' size
    secrets = {e["name"] for e in container["env"] if "valueFrom" in e}
    assert {"MHEALTH_DATABASE_URL", "MHEALTH_JWT_SECRET", "MHEALTH_PSEUDONYM_KEY"} <= secrets
    assert not [e for e in container["env"] if "SECRET" in e["name"] and "value" in e]
    job = yaml.safe_load((ROOT / "deploy/migrate-job.yaml").read_text())
    task = job["spec"]["template"]["spec"]["template"]["spec"]
    assert task["containers"][0]["command"] + task["containers"][0]["args"] == ["mhealth", "db", "upgrade"]
    assert task["maxRetries"] == 0
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert compose["services"]["worker"]["profiles"] == ["worker"]  # `mhealth worker` does not exist yet
    assert compose["services"]["api"]["ports"] == ["127.0.0.1:8080:8080"]


IMAGE_SH = ROOT / "deploy" / "image.sh"


def _image_sh(*args: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/local/bin:/usr/bin:/bin"}
    return subprocess.run(["bash", str(IMAGE_SH), *args], env={**base, **env}, cwd=cwd, capture_output=True, text=True)


def test_the_entry_point_gives_the_platforms_port_to_mhealth() -> None:
    show = ["sh", "-c", 'echo "$MHEALTH_PORT"']
    assert _image_sh("run", *show, env={"PORT": "9123", "MHEALTH_PORT": "8080"}).stdout.strip() == "9123"
    assert _image_sh("run", *show, env={"MHEALTH_PORT": "8080"}).stdout.strip() == "8080"  # no PORT: the image's


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        ({"EXTRAS": "mysql,dev"}, "dev"),
        ({"EXTRAS": "mysql,google", "WHISPER_MODEL": "small", "HF_HOME": "/tmp/x"}, "needs the whisper extra"),
        ({"EXTRAS": "mysql,whisper", "WHISPER_MODEL": "small"}, "HF_HOME"),
    ],
)
def test_the_install_refuses_a_bad_build_before_installing_anything(
    tmp_path: Path, env: dict[str, str], complaint: str
) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'never-built'\n")
    done = _image_sh(
        "install",
        env={"MHEALTH_HOME": str(tmp_path / "home"), "MHEALTH_VENV": str(tmp_path / "venv"), **env},
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert complaint in done.stderr
    assert not (tmp_path / "venv").exists()


class _HealthServer(http.server.ThreadingHTTPServer):
    healthy = True


class _HealthHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        assert isinstance(self.server, _HealthServer)
        self.send_response(200 if self.path == "/health" and self.server.healthy else 503)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_the_healthcheck_passes_on_200_and_fails_otherwise() -> None:
    server = _HealthServer(("127.0.0.1", 0), _HealthHandler)
    port = str(server.server_address[1])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    python = {"MHEALTH_VENV": str(Path(sys.executable).parent.parent)}
    try:
        assert _image_sh("health", env={**python, "PORT": port}).returncode == 0
        server.healthy = False
        assert _image_sh("health", env={**python, "PORT": port}).returncode != 0
    finally:
        server.shutdown()
        server.server_close()
    assert _image_sh("health", env={**python, "PORT": port}).returncode != 0  # nothing listens
