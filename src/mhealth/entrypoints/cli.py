"""The ``mhealth`` command line.

    mhealth serve [--host H] [--port P] [--workers N]   run the HTTP API (SIGTERM: drains, exits within 10 s)
    mhealth analyze-text TEXT [--language ko]           screen a text, print the assessment as JSON
    mhealth analyze FILE [--language ko-KR]             transcribe and screen a recording
    mhealth db upgrade | db current                     database migrations
    mhealth token issue --sub ID --role ROLE            mint an access token (MHEALTH_AUTH=required)
    mhealth deliver                                     retry analytics and alerts that failed earlier
    mhealth worker [--once]                             deliver, escalate and check schedules every
                                                        MHEALTH_WORKER_POLL_S (SIGTERM/SIGINT: stops cleanly)
    mhealth sweep [--older-than-hours H]                remove stored audio no check-in refers to
    mhealth users create-admin --email E                an admin account (password: prompt, MHEALTH_ADMIN_PASSWORD
                                                        or --password-stdin)
    mhealth users create --role R --email E [--senior S] a senior, guardian, social_worker or admin account
    mhealth users link --user U --senior S              let a user (id or e-mail) or service client act for a
                                                        senior
    mhealth users unlink --user U --senior S
    mhealth users disable U | enable U                  (id or e-mail) disabling ends the user's sessions at once
    mhealth keys create --name N [--senior S ...] [--all-seniors]   a service client; prints its API key once
    mhealth keys rotate ID | revoke ID | list
    mhealth retention run                               delete audio past MHEALTH_RETENTION_AUDIO_DAYS (and
                                                        of seniors who withdrew consent); old check-ins by policy
    mhealth care-team show --senior S                   a senior's care team as JSON
    mhealth care-team set --senior S --file team.json   replace it (the body of PUT /v1/seniors/{id}/care-team;
                                                        --file - reads standard input)
    mhealth schedule show --senior S                    a senior's check-in schedule as JSON
    mhealth schedule set --senior S (--file F | --at mon=09:00 ...) [--grace-minutes M]
    mhealth schedule check                              judge due schedules once: record missed check-ins,
                                                        raise missed_check_ins alerts (the worker does this too)

Every command takes ``--config FILE`` (a TOML file; same as MHEALTH_CONFIG) and ``--help``; ``mhealth --version``
prints the version; ``python -m mhealth`` is the same command. Every command takes what it runs from the
container (mhealth.entrypoints.container): use cases, never adapters assembled here.
Exit codes: 0 success; 2 bad input or usage (and no password at the prompt); 3 a provider is unavailable;
4 configuration error; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from mhealth import __version__
from mhealth.domain.errors import ConfigurationError, MHealthError, ProviderUnavailable

if TYPE_CHECKING:
    from mhealth.domain.model import CareTeam, Schedule
    from mhealth.entrypoints.container import Container
    from mhealth.entrypoints.settings import Settings

EXIT_OK, EXIT_INPUT, EXIT_UNAVAILABLE, EXIT_CONFIG = 0, 2, 3, 4


def _settings(args: argparse.Namespace) -> Settings:
    from mhealth.entrypoints.settings import load_settings

    if getattr(args, "config", None):
        os.environ["MHEALTH_CONFIG"] = str(args.config)  # so server worker processes read the same file
    return load_settings()


@asynccontextmanager
async def _container(args: argparse.Namespace) -> AsyncIterator[Container]:
    """The composition root for one command; what the command built is closed when it ends."""
    from mhealth.entrypoints.container import close_container, create_container

    container = create_container(_settings(args))
    try:
        yield container
    finally:
        await close_container(container)


def _run(args: argparse.Namespace, work: Callable[[Container], Awaitable[int]]) -> int:
    async def main() -> int:
        async with _container(args) as container:
            return await work(container)

    return asyncio.run(main())


def _print_json(value: Any) -> None:
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(value), indent=2).decode() + "\n")


def _analyze_text(args: argparse.Namespace) -> int:
    from mhealth.entrypoints.http.schemas import analysis_response

    async def work(container: Container) -> int:
        assessment = await container.screening().analyze_text(args.text, language=args.language)
        _print_json(analysis_response(assessment))
        return EXIT_OK

    return _run(args, work)


class _BadInput(Exception):
    pass


def _analyze_file(args: argparse.Namespace) -> int:
    from mhealth.entrypoints.http.schemas import audio_analysis_response

    path = Path(args.file)
    if not path.is_file():
        raise _BadInput(f"no such file: {args.file}")

    async def work(container: Container) -> int:
        screening = container.screening()
        result, assessment = await screening.analyze_file(path, filename=path.name, language=args.language)
        _print_json(audio_analysis_response(result, assessment))
        return EXIT_OK

    return _run(args, work)


def _db(args: argparse.Namespace) -> int:
    settings = _settings(args)
    url = settings.effective_database_url
    if url.startswith("memory"):
        print("MHEALTH_DATABASE_URL=memory:// has no schema to migrate")
        return EXIT_OK
    from mhealth.adapters import sql

    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(
            mode=0o700, parents=True, exist_ok=True
        )  # health data: owner only
    if args.db_command == "upgrade":
        sql.upgrade(url)
        print(f"database schema is at {sql.current(url)} (head {sql.head()})")
    else:
        current = sql.current(url)
        state = "up to date" if current == sql.head() else f"out of date: run 'mhealth db upgrade' (head {sql.head()})"
        print(f"{current or 'empty'} — {state}")
    return EXIT_OK


def _token(args: argparse.Namespace) -> int:
    from mhealth.entrypoints.container import create_container

    settings = _settings(args)
    if settings.auth == "off":
        print("mhealth: warning: MHEALTH_AUTH=off, the server checks no token", file=sys.stderr)
    authority = create_container(settings).token_authority()  # builds nothing but the authority
    print(authority.issue(args.sub, args.role, ttl_s=args.minutes * 60))
    return EXIT_OK


def _deliver(args: argparse.Namespace) -> int:
    async def work(container: Container) -> int:
        sent = await container.check_ins().deliver_pending(limit=args.limit)
        print(f"delivered {sent}")
        return EXIT_OK

    return _run(args, work)


def _worker(args: argparse.Namespace) -> int:
    import signal

    from mhealth.entrypoints.worker import Worker

    async def work(container: Container) -> int:
        settings = container.settings()
        logging.getLogger().setLevel(settings.log_level.upper())  # MHEALTH_LOG_LEVEL, as `serve` honours it
        worker = Worker(container.tasks(), poll_s=settings.worker_poll_s, jobs_poll_s=settings.job_poll_s)
        if args.once:
            _print_json(await worker.run_once())
            return EXIT_OK
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, worker.stop)  # the pass in progress finishes, then the loop ends
        container.mhealth()  # built now: a configuration error stops the worker at start, not in a pass
        await worker.run()
        return EXIT_OK

    return _run(args, work)


def _sweep(args: argparse.Namespace) -> int:
    from datetime import timedelta

    async def work(container: Container) -> int:
        result = await container.maintenance().sweep_orphan_blobs(older_than=timedelta(hours=args.older_than_hours))
        print(
            f"examined {result.examined}, removed {len(result.removed)}, in use {result.kept_in_use}, "
            f"too recent {result.kept_recent}"
        )
        return EXIT_OK

    return _run(args, work)


# -- accounts, keys, retention: only what access control needs is built (no models, no providers) ------


def _prompt_password() -> str:
    import getpass

    try:
        first = getpass.getpass("password (12+ characters): ")
        again = getpass.getpass("again: ")
    except EOFError:  # Ctrl-D at the prompt
        print(file=sys.stderr)
        raise _BadInput("no password given (end of input); nothing was created") from None
    if again != first:
        raise _BadInput("the passwords differ")
    return first


def _password(args: argparse.Namespace) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    from_env = os.environ.get("MHEALTH_ADMIN_PASSWORD") if args.users_command == "create-admin" else None
    if from_env:
        return from_env
    from_env = os.environ.get("MHEALTH_USER_PASSWORD")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise _BadInput("no password: use --password-stdin, MHEALTH_ADMIN_PASSWORD, or run in a terminal")
    return _prompt_password()


def _users(args: argparse.Namespace) -> int:
    from mhealth.domain.model import Role

    command = args.users_command
    # The password is asked for before anything is opened: Ctrl-D at the prompt leaves nothing behind.
    password = _password(args) if command in ("create-admin", "create") else ""

    async def work(container: Container) -> int:
        access = container.access()
        if command in ("create-admin", "create"):
            role = Role.ADMIN if command == "create-admin" else Role(args.role)
            user = await access.create_user(
                email=args.email, password=password, role=role, senior_id=getattr(args, "senior", None)
            )
            print(f"created {role.value} {user.id} ({user.email})")
        elif command == "link":
            principal = await access.find_principal(args.user)
            added = await access.link(principal, args.senior, by="cli")
            print(f"linked {principal} to senior {args.senior}" if added else "already linked")
        elif command == "unlink":
            principal = await access.find_principal(args.user)
            removed = await access.unlink(principal, args.senior)
            print("unlinked" if removed else "there was no such link")
        else:
            user = await access.set_disabled(await access.find_principal(args.id), command == "disable")
            print(f"{user.id} is {'disabled' if user.disabled else 'enabled'}")
        return EXIT_OK

    return _run(args, work)


def _keys(args: argparse.Namespace) -> int:
    async def work(container: Container) -> int:
        access = container.access()
        command = args.keys_command
        if command == "create":
            issued = await access.create_client(name=args.name, all_seniors=args.all_seniors, seniors=args.senior or [])
            scope = "every senior" if args.all_seniors else f"{len(args.senior or [])} senior(s)"
            print(f"client {issued.client.id} ({issued.client.name}, {scope})", file=sys.stderr)
            print("the API key is shown once; store it in your secret manager:", file=sys.stderr)
            print(issued.key)
        elif command == "rotate":
            issued = await access.rotate_client(args.id)
            print(f"client {issued.client.id}: new key (the old one no longer works):", file=sys.stderr)
            print(issued.key)
        elif command == "revoke":
            client = await access.revoke_client(args.id)
            print(f"client {client.id} revoked")
        else:
            page = await access.list_clients(limit=500)
            for c in page.items:
                state = "active" if c.active else "revoked"
                print(f"{c.id}  {c.key_prefix}...  {state}  {'all seniors' if c.all_seniors else 'scoped'}  {c.name}")
        return EXIT_OK

    return _run(args, work)


def _retention(args: argparse.Namespace) -> int:
    async def work(container: Container) -> int:
        report = await container.retention().run()
        print(
            f"recordings expired {report.recordings_expired}, blobs removed {report.blobs_removed}, "
            f"check-ins removed {report.check_ins_removed}"
        )
        return EXIT_OK

    return _run(args, work)


def _read_body(path: str, kind: type[Any]) -> Any:
    """A JSON file (or ``-``: standard input) decoded into ``kind``; a bad one is a clear usage error."""
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise _BadInput(f"cannot read {path}: {exc.strerror}") from None
    try:
        return msgspec.json.decode(raw, type=kind)
    except msgspec.ValidationError as exc:
        raise _BadInput(f"invalid_input: {path}: {exc}") from None
    except msgspec.DecodeError:
        raise _BadInput(f"invalid_input: {path} is not valid JSON") from None


def _care_team(args: argparse.Namespace) -> int:
    from mhealth.domain.usecases.care import CareTeamInput
    from mhealth.entrypoints.http.schemas.care import care_team_out

    body = _read_body(args.file, CareTeamInput) if args.care_command == "set" else None

    async def work(container: Container) -> int:
        teams = container.care_teams()
        team: CareTeam | None
        if body is not None:
            team = await teams.put(args.senior, body.members, by="cli")
        else:
            team = await teams.get(args.senior)
        _print_json(care_team_out(args.senior, team))
        return EXIT_OK

    return _run(args, work)


def _schedule_times(pairs: Sequence[str]) -> list[Any]:
    from mhealth.domain.usecases.care import ScheduleTimeInput

    times = []
    for pair in pairs:
        weekday, sep, at = pair.partition("=")
        if not sep:
            raise _BadInput(f"--at {pair!r}: write a weekday and a time as mon=09:00")
        times.append(ScheduleTimeInput(weekday=weekday, time=at))
    return times


def _schedule(args: argparse.Namespace) -> int:
    from mhealth.domain.usecases.care import ScheduleInput
    from mhealth.entrypoints.http.schemas.care import schedule_out

    command = args.schedule_command
    body: Any = None
    if command == "set":
        if bool(args.file) == bool(args.at):
            raise _BadInput("schedule set needs either --file or --at (not both)")
        if args.file:
            body = _read_body(args.file, ScheduleInput)
            if args.grace_minutes is not None:
                body.grace_minutes = args.grace_minutes
        else:
            grace = args.grace_minutes if args.grace_minutes is not None else 60
            body = ScheduleInput(times=_schedule_times(args.at), grace_minutes=grace)

    async def work(container: Container) -> int:
        schedules = container.schedules()
        if command == "check":
            report = await schedules.check_schedules()
            print(f"schedules judged {report.schedules}, missed check-ins {report.missed}, alerts {report.alerts}")
            return EXIT_OK
        schedule: Schedule | None
        if body is not None:
            schedule = await schedules.put(args.senior, body.times, grace_minutes=body.grace_minutes)
        else:
            schedule = await schedules.get(args.senior)
        senior = await container.check_ins().get_senior(args.senior)
        _print_json(schedule_out(args.senior, senior.timezone, schedule))
        return EXIT_OK

    return _run(args, work)


def _serve(args: argparse.Namespace) -> int:
    settings = _settings(args)  # validate before any worker starts: a bad value stops here, clearly
    from mhealth.entrypoints.observability.process import setup_process

    setup_process(settings, traces=False)  # this process's lines; each worker sets up its own (and its traces)
    samples = None
    if settings.metrics and args.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        import tempfile

        # Before any worker starts: each writes its samples there, and any worker's /metrics sums them all.
        samples = os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="mhealth-metrics-")
    try:
        _run_granian(args, settings)
    finally:
        if samples is not None:
            import shutil

            shutil.rmtree(samples, ignore_errors=True)
    return EXIT_OK


def _run_granian(args: argparse.Namespace, settings: Settings) -> None:
    import math

    from granian import Granian
    from granian.constants import Interfaces, Loops
    from granian.log import LogLevels

    host, port = _address(args, settings)
    # Granian binds with SO_REUSEPORT: a second server on a taken port would start and silently get half the
    # connections (an auth-off instance answering for an auth-on one). Refuse to start instead.
    _refuse_a_taken_port(host, port)
    # Granian (Rust HTTP core) measured 2-3x uvicorn's requests/s on this app (docs/performance.md).
    Granian(
        "mhealth.entrypoints.http.app:create_app",
        factory=True,
        address=host,
        port=port,
        # Granian's native interface: the gateway answers its hot paths itself and serves everything else
        # through its ASGI stack (entrypoints/http/rsgi.py); 1.35-1.45x ASGI's requests/s on POST /analyze.
        interface=Interfaces.RSGI,
        loop=Loops.auto,  # uvloop (a dependency on Linux and macOS): 1.35x asyncio's loop on POST /analyze
        workers=args.workers,
        log_access=False,  # mhealth writes its own access log without query strings or bodies
        log_dictconfig=_granian_logging(settings),
        log_level=LogLevels(settings.log_level.lower()),
        # SIGTERM: Granian stops accepting and waits for the requests in flight, which the app cuts off at
        # its own deadline (503 shutting_down, entrypoints/shutdown.py); a worker still alive after the whole
        # grace period is killed, so the process ends before the platform's kill (Cloud Run: 10 s).
        workers_kill_timeout=max(1, math.floor(settings.shutdown_grace_s)),
        respawn_failed_workers=args.workers > 1,
    ).serve()


def _granian_logging(settings: Settings) -> dict[str, Any] | None:
    """Granian's own lines in the JSON shape too when MHEALTH_LOG_FORMAT is json (None: Granian's text)."""
    if settings.effective_log_format != "json":
        return None
    from mhealth.entrypoints.observability.logs import project_id

    json_formatter = {
        "()": "mhealth.entrypoints.observability.logs.CloudJsonFormatter",
        "project": project_id(settings.google_project),
    }
    return {"formatters": {"generic": json_formatter, "access": dict(json_formatter)}}


def _address(args: argparse.Namespace, settings: Settings) -> tuple[str, int]:
    """Where to listen: ``--host``/``--port`` first, then the platform's ``PORT`` (Cloud Run; the host becomes
    0.0.0.0 unless MHEALTH_HOST or the settings file names one), then MHEALTH_HOST/MHEALTH_PORT."""
    platform = os.environ.get("PORT")
    port: int = args.port or settings.port
    host: str = args.host or settings.host
    if platform and not args.port:
        if not platform.isdigit() or not 0 < int(platform) < 65536:
            raise ConfigurationError(f"PORT={platform!r} is not a port number (1-65535)", field="PORT")
        port = int(platform)
        from mhealth.entrypoints.settings import DEFAULT_HOST

        named = "MHEALTH_HOST" in os.environ or settings.host != DEFAULT_HOST
        if not args.host and not named:
            host = "0.0.0.0"  # noqa: S104 (the platform routes to this port from outside the container)
    return host, port


def _refuse_a_taken_port(host: str, port: int) -> None:
    """Raise ``ConfigurationError`` when something already listens on ``host:port`` (binding without
    SO_REUSEPORT fails even against a listener that set it, which a second Granian would join silently)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT leftovers are not a server
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigurationError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc} (is another server running there?)",
                field="MHEALTH_PORT",
            ) from None


class _DeprecatedAlias(argparse.Action):
    """An old spelling of an option: still accepted, with a warning naming the new one."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: str | None = None
    ) -> None:
        print(f"mhealth: warning: {option} is deprecated; use --{self.dest}", file=sys.stderr)
        setattr(namespace, self.dest, values)


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="a TOML settings file (same as MHEALTH_CONFIG)")
    top = argparse.ArgumentParser(
        prog="mhealth", description="Voice check-ins for elderly people: screening, storage, alerts.", parents=[common]
    )
    top.add_argument("--version", action="version", version=f"mhealth {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("serve", help="run the HTTP API", parents=[common])
    p.add_argument("--host", help="address to bind (MHEALTH_HOST, default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (MHEALTH_PORT, default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.set_defaults(run=_serve)

    p = sub.add_parser("analyze-text", help="screen a text and print the assessment as JSON", parents=[common])
    p.add_argument("text", help="what the senior said")
    p.add_argument("--language", default="ko", help="language of the text (default ko)")
    p.set_defaults(run=_analyze_text)

    p = sub.add_parser("analyze", help="transcribe and screen a recording, print JSON", parents=[common])
    p.add_argument("file", help="an audio file (WAV, FLAC, MP3, M4A, OGG, WebM, AMR, ...)")
    p.add_argument("--language", default="ko-KR", help="language spoken (default ko-KR)")
    p.add_argument("--language-code", dest="language", action=_DeprecatedAlias, help=argparse.SUPPRESS)
    p.set_defaults(run=_analyze_file)

    p = sub.add_parser("db", help="database migrations", parents=[common])
    dbsub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    dbsub.add_parser("upgrade", help="upgrade the schema to the newest version", parents=[common])
    dbsub.add_parser("current", help="show the schema version", parents=[common])
    p.set_defaults(run=_db)

    p = sub.add_parser("token", help="access tokens", parents=[common])
    tsub = p.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    issue = tsub.add_parser("issue", help="mint an access token", parents=[common])
    issue.add_argument("--sub", required=True, help="the subject (user or client id)")
    issue.add_argument(
        "--role", required=True, choices=["senior", "guardian", "social_worker", "admin", "service"], help="role"
    )
    issue.add_argument("--minutes", type=int, default=15, help="lifetime in minutes (default 15)")
    p.set_defaults(run=_token)

    p = sub.add_parser("deliver", help="retry analytics events and alerts that failed earlier", parents=[common])
    p.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    p.set_defaults(run=_deliver)
    p = sub.add_parser(
        "worker", help="deliver alerts, escalate and check schedules in a loop (any number may run)", parents=[common]
    )
    p.add_argument("--once", action="store_true", help="one pass over every task, print what it did, exit")
    p.set_defaults(run=_worker)
    p = sub.add_parser("sweep", help="remove stored audio that no check-in refers to", parents=[common])
    p.add_argument("--older-than-hours", type=float, default=24.0, help="only blobs older than this (default 24)")
    p.set_defaults(run=_sweep)

    p = sub.add_parser("users", help="accounts: admins, seniors, guardians, social workers", parents=[common])
    usub = p.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    u = usub.add_parser("create-admin", help="create an admin account", parents=[common])
    u.add_argument("--email", required=True)
    u.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    u = usub.add_parser("create", help="create an account", parents=[common])
    u.add_argument("--role", required=True, choices=["senior", "guardian", "social_worker", "admin"])
    u.add_argument("--email", required=True)
    u.add_argument("--senior", help="link the account to this senior at once")
    u.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input (or MHEALTH_USER_PASSWORD)"
    )
    for action in ("link", "unlink"):
        u = usub.add_parser(action, help=f"{action} a user or service client and a senior", parents=[common])
        u.add_argument("--user", required=True, help="a user's id or e-mail, or a service client's id")
        u.add_argument("--senior", required=True, help="senior id")
    for action in ("disable", "enable"):
        u = usub.add_parser(action, help=f"{action} a user", parents=[common])
        u.add_argument("id", metavar="USER", help="the user's id or e-mail")
    p.set_defaults(run=_users)

    p = sub.add_parser("keys", help="API keys of service clients", parents=[common])
    ksub = p.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    k = ksub.add_parser("create", help="create a client and print its API key (once)", parents=[common])
    k.add_argument("--name", required=True)
    k.add_argument("--senior", action="append", help="a senior the client may act for (repeatable)")
    k.add_argument("--all-seniors", action="store_true", help="the client may act for every senior")
    for action in ("rotate", "revoke"):
        k = ksub.add_parser(action, help=f"{action} a client's key", parents=[common])
        k.add_argument("id")
    ksub.add_parser("list", help="list clients (never their keys)", parents=[common])
    p.set_defaults(run=_keys)

    p = sub.add_parser("retention", help="data retention", parents=[common])
    rsub = p.add_subparsers(dest="retention_command", required=True, metavar="ACTION")
    rsub.add_parser("run", help="delete what the retention policy and withdrawn consent say must go", parents=[common])
    p.set_defaults(run=_retention)

    p = sub.add_parser("care-team", help="a senior's care team (who is told, in order)", parents=[common])
    csub = p.add_subparsers(dest="care_command", required=True, metavar="ACTION")
    c = csub.add_parser("show", help="print the care team as JSON", parents=[common])
    c.add_argument("--senior", required=True, help="senior id")
    c = csub.add_parser("set", help="replace the care team from a JSON file", parents=[common])
    c.add_argument("--senior", required=True, help="senior id")
    c.add_argument("--file", required=True, help='JSON {"members": [...]} (see docs/care-teams.md); - for stdin')
    p.set_defaults(run=_care_team)

    p = sub.add_parser("schedule", help="a senior's check-in schedule; missed check-ins", parents=[common])
    ssub = p.add_subparsers(dest="schedule_command", required=True, metavar="ACTION")
    c = ssub.add_parser("show", help="print the schedule as JSON", parents=[common])
    c.add_argument("--senior", required=True, help="senior id")
    c = ssub.add_parser("set", help="replace the schedule", parents=[common])
    c.add_argument("--senior", required=True, help="senior id")
    c.add_argument("--file", help='JSON {"times": [{"weekday": "mon", "time": "09:00"}], "grace_minutes": 60}')
    c.add_argument("--at", action="append", metavar="DAY=HH:MM", help="a weekly time, e.g. mon=09:00 (repeatable)")
    c.add_argument("--grace-minutes", type=int, help="minutes either side of a slot (1-720; default 60)")
    ssub.add_parser("check", help="judge due schedules once (missed check-ins, alerts)", parents=[common])
    p.set_defaults(run=_schedule)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.run(args))
    except ConfigurationError as exc:
        print(f"mhealth: configuration error: {exc.detail}", file=sys.stderr)
        return EXIT_CONFIG
    except ProviderUnavailable as exc:
        print(f"mhealth: {exc.code}: {exc.detail}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except MHealthError as exc:
        field = f" ({exc.field})" if exc.field else ""
        print(f"mhealth: {exc.code}{field}: {exc.detail}", file=sys.stderr)
        return EXIT_INPUT
    except _BadInput as exc:
        print(f"mhealth: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("\nmhealth: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
