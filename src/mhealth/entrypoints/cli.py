"""The ``mhealth`` command line.

    mhealth serve [--host H] [--port P] [--workers N]   run the HTTP API
    mhealth analyze-text TEXT                           screen a text, print the assessment as JSON
    mhealth analyze FILE                                transcribe and screen a recording
    mhealth db upgrade | db current                     database migrations
    mhealth token issue --sub ID --role ROLE            mint an access token (MHEALTH_AUTH=required)
    mhealth deliver                                     retry analytics and alerts that failed earlier
    mhealth sweep [--older-than-hours H]                remove stored audio no check-in refers to

Every command takes ``--config FILE`` (a TOML file; same as MHEALTH_CONFIG) and ``--help``.
Exit codes: 0 success; 2 bad input or usage; 3 a provider is unavailable; 4 configuration error.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgspec

from mhealth.domain.errors import ConfigurationError, MHealthError, ProviderUnavailable

EXIT_OK, EXIT_INPUT, EXIT_UNAVAILABLE, EXIT_CONFIG = 0, 2, 3, 4


def _settings(args: argparse.Namespace) -> Any:
    from mhealth.entrypoints.settings import load_settings

    if getattr(args, "config", None):
        os.environ["MHEALTH_CONFIG"] = str(args.config)  # so server worker processes read the same file
    return load_settings()


def _print_json(value: Any) -> None:
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(value), indent=2).decode() + "\n")


async def _analyze_text(args: argparse.Namespace) -> int:
    import mhealth
    from mhealth.entrypoints.http.schemas import analysis_response

    async with mhealth.build(_settings(args)) as mh:
        assessment = await mh.analyze_text(args.text, language=args.language)
    _print_json(analysis_response(assessment))
    return EXIT_OK


async def _analyze_file(args: argparse.Namespace) -> int:
    import mhealth
    from mhealth.entrypoints.http.schemas import audio_analysis_response

    path = Path(args.file)
    async with mhealth.build(_settings(args)) as mh:
        result, assessment = await mh.analyze_audio(path, filename=path.name, language=args.language_code)
    _print_json(audio_analysis_response(result, assessment))
    return EXIT_OK


class _BadInput(Exception):
    pass


def _analyze_file_command(args: argparse.Namespace) -> int:
    if not Path(args.file).is_file():
        raise _BadInput(f"no such file: {args.file}")
    return asyncio.run(_analyze_file(args))


def _db(args: argparse.Namespace) -> int:
    settings = _settings(args)
    url = settings.effective_database_url
    if url.startswith("memory"):
        print("MHEALTH_DATABASE_URL=memory:// has no schema to migrate")
        return EXIT_OK
    from mhealth.adapters import sql

    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if args.db_command == "upgrade":
        sql.upgrade(url)
        print(f"database schema is at {sql.current(url)} (head {sql.head()})")
    else:
        current = sql.current(url)
        state = "up to date" if current == sql.head() else f"out of date: run 'mhealth db upgrade' (head {sql.head()})"
        print(f"{current or 'empty'} — {state}")
    return EXIT_OK


def _token(args: argparse.Namespace) -> int:
    from mhealth.entrypoints.http.auth import TokenAuthority
    from mhealth.entrypoints.secrets import jwt_secret

    settings = _settings(args)
    authority = TokenAuthority(jwt_secret(settings), audience=settings.jwt_audience)
    print(authority.issue(args.sub, args.role, ttl_s=args.minutes * 60))
    return EXIT_OK


async def _deliver(args: argparse.Namespace) -> int:
    import mhealth

    async with mhealth.build(_settings(args)) as mh:
        sent = await mh.deliver_pending(limit=args.limit)
    print(f"delivered {sent}")
    return EXIT_OK


async def _sweep(args: argparse.Namespace) -> int:
    from datetime import timedelta

    import mhealth
    from mhealth.adapters.sql.sweep import sweep_orphan_blobs

    async with mhealth.build(_settings(args)) as mh:
        ci = mh.check_ins
        result = await sweep_orphan_blobs(
            ci.blobs, ci.uow, older_than=timedelta(hours=args.older_than_hours), now=ci.clock.now()
        )
    print(
        f"examined {result.examined}, removed {len(result.removed)}, in use {result.kept_in_use}, "
        f"too recent {result.kept_recent}"
    )
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from granian import Granian
    from granian.constants import Interfaces

    settings = _settings(args)  # validate before any worker starts: a bad value stops here, clearly
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # Granian (Rust HTTP core) measured 2-3x uvicorn's requests/s on this app (docs/performance.md).
    Granian(
        "mhealth.entrypoints.http.app:create_app",
        factory=True,
        address=args.host or settings.host,
        port=args.port or settings.port,
        interface=Interfaces.ASGI,
        workers=args.workers,
        log_access=False,  # mhealth writes its own access log without query strings or bodies
        log_level=settings.log_level.lower(),
        workers_kill_timeout=20,
        respawn_failed_workers=args.workers > 1,
    ).serve()
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="a TOML settings file (same as MHEALTH_CONFIG)")
    top = argparse.ArgumentParser(
        prog="mhealth", description="Voice check-ins for elderly people: screening, storage, alerts.", parents=[common]
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("serve", help="run the HTTP API", parents=[common])
    p.add_argument("--host", help="address to bind (MHEALTH_HOST, default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (MHEALTH_PORT, default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.set_defaults(run=_serve)

    p = sub.add_parser("analyze-text", help="screen a text and print the assessment as JSON", parents=[common])
    p.add_argument("text", help="what the senior said")
    p.add_argument("--language", default="ko", help="language of the text (default ko)")
    p.set_defaults(run=lambda a: asyncio.run(_analyze_text(a)))

    p = sub.add_parser("analyze", help="transcribe and screen a recording, print JSON", parents=[common])
    p.add_argument("file", help="an audio file (WAV, FLAC, MP3, M4A, OGG, WebM, AMR, ...)")
    p.add_argument("--language-code", default="ko-KR", help="speech language (default ko-KR)")
    p.set_defaults(run=_analyze_file_command)

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
    p.set_defaults(run=lambda a: asyncio.run(_deliver(a)))
    p = sub.add_parser("sweep", help="remove stored audio that no check-in refers to", parents=[common])
    p.add_argument("--older-than-hours", type=float, default=24.0, help="only blobs older than this (default 24)")
    p.set_defaults(run=lambda a: asyncio.run(_sweep(a)))
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
        return 130


if __name__ == "__main__":
    sys.exit(main())
