"""The application factories.

``create_app(settings=None, container=None)`` is what a server runs (``mhealth serve``: Granian, RSGI): the
fast path (:mod:`mhealth.entrypoints.http.fast_path`) in front of the Litestar application. It builds
nothing heavy: the container's adapters, the token authority and the security objects are taken from the
container when the application starts (lifespan), models warm up in the background, and ``/health`` says
``warming`` until ready.

``create_litestar(...)`` is the Litestar application alone — the same one, with the edge as its middleware
(:mod:`mhealth.entrypoints.http.middleware`). Litestar's own tools take it::

    litestar --app mhealth.entrypoints.http.app:create_litestar routes
    litestar --app mhealth.entrypoints.http.app:create_litestar schema openapi --output openapi.json
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components

from mhealth import __version__
from mhealth.domain.errors import MHealthError
from mhealth.domain.usecases.facade import MHealth
from mhealth.entrypoints.http.controllers.alerts import AlertController
from mhealth.entrypoints.http.controllers.audit import AuditController
from mhealth.entrypoints.http.controllers.auth import AuthController
from mhealth.entrypoints.http.controllers.care import CareController
from mhealth.entrypoints.http.controllers.check_ins import CheckInController
from mhealth.entrypoints.http.controllers.clients import ClientController
from mhealth.entrypoints.http.controllers.jobs import JobController
from mhealth.entrypoints.http.controllers.screening import ScreeningController
from mhealth.entrypoints.http.controllers.seniors import SeniorController
from mhealth.entrypoints.http.controllers.tasks import TaskController
from mhealth.entrypoints.http.controllers.users import UserController
from mhealth.entrypoints.http.docs import SECURITY_SCHEMES, declare_public
from mhealth.entrypoints.http.edge import Edge
from mhealth.entrypoints.http.errors import EXCEPTION_HANDLERS
from mhealth.entrypoints.http.fast_path import FastPath
from mhealth.entrypoints.http.middleware import EdgeMiddleware, edge_headers
from mhealth.entrypoints.http.web import docs_plugins, template_config, web_routes
from mhealth.entrypoints.observability.endpoint import metrics_endpoint
from mhealth.entrypoints.settings import Settings, load_settings
from mhealth.entrypoints.worker import TaskRunner, Worker

if TYPE_CHECKING:
    from mhealth.entrypoints.container import Container

log = logging.getLogger("mhealth.http")

CONTROLLERS = (
    ScreeningController,
    SeniorController,
    CareController,
    CheckInController,
    JobController,
    AlertController,
    AuthController,
    UserController,
    ClientController,
    AuditController,
    TaskController,
)


WORKER_STOP_S = 2.0  # a pass in progress gets this long to finish on shutdown; then it is cancelled


def _start_worker(tasks: TaskRunner, settings: Settings) -> tuple[Worker, asyncio.Task[None]]:
    """The embedded worker (MHEALTH_EMBEDDED_WORKER): the same loop as ``mhealth worker``, in this process."""
    worker = Worker(tasks, poll_s=settings.worker_poll_s, jobs_poll_s=settings.job_poll_s)
    return worker, asyncio.create_task(worker.run(), name="mhealth-embedded-worker")


async def _stop_worker(worker: Worker, task: asyncio.Task[None]) -> None:
    worker.stop()
    done, _ = await asyncio.wait({task}, timeout=WORKER_STOP_S)
    if not done:
        task.cancel()
        await asyncio.wait({task})
    elif task.exception() is not None:
        log.error("embedded worker ended with %s", type(task.exception()).__name__)


def create_app(settings: Settings | None = None, container: Container | None = None) -> FastPath:
    """Build the application a server runs (cheap: adapters are built at start-up).

    Args:
        settings: configuration; read from the environment when None (or taken from ``container``).
        container: a ready container (tests pass one with overridden providers).
    """
    app, edge = _build(settings, container)
    return FastPath(app, edge, cors=app.cors_config is not None)


def create_litestar(settings: Settings | None = None, container: Container | None = None) -> Litestar:
    """The Litestar application alone (for ``litestar --app ...:create_litestar routes`` and tests)."""
    return _build(settings, container)[0]


def _build(settings: Settings | None, container: Container | None) -> tuple[Litestar, Edge]:
    if settings is None:
        settings = container.settings() if container is not None else load_settings()
    assert settings is not None
    if settings.auth == "off":
        log.warning("MHEALTH_AUTH=off: every endpoint is open. For local development only.")
    edge = Edge(settings)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        # Imported here: the container (dependency-injector) and the adapters cost nothing until start.
        from mhealth.entrypoints.container import create_container, warm_up

        try:
            wired = container or create_container(settings)
            mh = wired.mhealth()
            security = wired.security()
            if settings.auth == "required":
                wired.token_authority()  # built now (the same one Security holds): no secret, no start
        except MHealthError as exc:
            log.critical("mhealth cannot start: %s", exc.detail)
            raise
        except Exception as exc:
            log.critical("mhealth cannot start: %s: %s", type(exc).__name__, exc)
            raise
        app.state.mh = mh
        app.state.tasks = wired.tasks()
        app.state.security = security
        app.state.care = wired.care_views()  # the web app's read models (/app)
        app.state.settings = settings
        app.state.edge = edge
        edge.security = security
        edge.mh = mh
        mh.check_ins.deliver_after_answering(settings.max_in_flight)  # an answer waits for no sink (bounded)
        await warm_up(mh)
        worker = _start_worker(app.state.tasks, settings) if settings.embedded_worker else None
        try:
            yield
        finally:
            edge.mh = None
            if worker is not None:
                await _stop_worker(*worker)
            if edge.redis is not None:
                await edge.redis.aclose()
            await mh.aclose()

    def provide_mh(state: State) -> MHealth:
        return state.mh  # type: ignore[no-any-return]

    def provide_settings() -> Settings:
        return settings

    cors = None
    if settings.cors_origins.strip():
        cors = CORSConfig(allow_origins=[o.strip() for o in settings.cors_origins.split(",") if o.strip()])

    app = Litestar(
        route_handlers=[*CONTROLLERS, metrics_endpoint, *web_routes()],
        template_config=template_config(),
        dependencies={
            "mh": Provide(provide_mh, sync_to_thread=False),
            "settings": Provide(provide_settings, sync_to_thread=False),
        },
        middleware=[EdgeMiddleware(edge)],
        before_send=[edge_headers],
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=[lifespan],
        openapi_config=OpenAPIConfig(
            title="mhealth",
            version=__version__,
            description="Voice check-ins for elderly people: screening for depression, anxiety, cognitive decline, "
            "loneliness and suicidal ideation. Not a diagnosis. Authentication: `Authorization: Bearer <token>` "
            "(except `GET /`, `GET /health`, the sign-in routes and this schema). Errors: one body, "
            '`{"error", "detail", "field"?}`, codes listed per route and in docs/api.md.',
            path="/schema",
            render_plugins=docs_plugins(),  # their assets from /app/static: the docs work offline
            components=Components(security_schemes=SECURITY_SCHEMES),
            security=[{"bearer": []}, {"apiKey": []}],
        ),
        cors_config=cors,
        # A backstop only: the edge middleware holds each route to its own limit while the body streams.
        request_max_body_size=edge.max_upload_body + 1024 * 1024,
        debug=False,
    )
    app.state.edge = edge
    declare_public(app.routes)
    return app, edge
