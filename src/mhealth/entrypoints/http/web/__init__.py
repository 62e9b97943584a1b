"""The care team's web app under ``/app``: server-rendered pages (Jinja2 through Litestar's template engine),
a few small scripts, every asset in the wheel (``static/``), a cookie session with CSRF tokens and a strict CSP.

:func:`web_routes` and :func:`template_config` are what the application factory mounts; :func:`docs_plugins`
serves Swagger UI and ReDoc from the same local assets (no CDN). See docs/web.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar.openapi.plugins import OpenAPIRenderPlugin, RedocRenderPlugin, SwaggerRenderPlugin
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
STATIC_PATH = "/app/static"


def web_routes() -> list[Any]:
    """The pages and the static files (public for the edge, not rate limited: assets are the same for all)."""
    from mhealth.entrypoints.http.web.pages import WebController
    from mhealth.entrypoints.http.web.record import SeniorController

    static = create_static_files_router(
        path=STATIC_PATH,
        directories=[STATIC],
        opt={"public": True, "probe": True},
        include_in_schema=False,
        name="web-static",
    )
    return [WebController, SeniorController, static]


def template_config() -> TemplateConfig[JinjaTemplateEngine]:
    """Jinja2 with autoescaping on every template (``.html``), loaded from the package."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a missing value is an error in tests, not an empty cell
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return TemplateConfig(instance=JinjaTemplateEngine.from_environment(environment))


def docs_plugins() -> list[OpenAPIRenderPlugin]:
    """Swagger UI and ReDoc with their scripts, styles and icon served from ``/app/static`` (works offline)."""
    favicon = f'<link rel="icon" href="{STATIC_PATH}/favicon.svg" type="image/svg+xml">'
    return [
        SwaggerRenderPlugin(
            js_url=f"{STATIC_PATH}/vendor/swagger-ui/swagger-ui-bundle.js",
            css_url=f"{STATIC_PATH}/vendor/swagger-ui/swagger-ui.css",
            standalone_preset_js_url=f"{STATIC_PATH}/vendor/swagger-ui/swagger-ui-standalone-preset.js",
            favicon=favicon,
        ),
        RedocRenderPlugin(
            js_url=f"{STATIC_PATH}/vendor/redoc/redoc.standalone.js", google_fonts=False, favicon=favicon
        ),
    ]
