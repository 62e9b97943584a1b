"""mhealth: voice check-ins for elderly people — decode, transcribe, screen, store, alert.

Quick start (offline, with the in-memory fakes)::

    import asyncio, mhealth

    async def main():
        async with mhealth.build(mhealth.Settings(analyzer="local", speech="none",
                                                  database_url="memory://", blobs="memory://")) as mh:
            result = await mh.analyze_text(text="요즘 잠을 못 자고 입맛도 없어요")
            print(result.risk_level, result.depression_score)

    asyncio.run(main())

Importing this package is cheap: the container, adapters and SDKs are imported inside :func:`build`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from mhealth.domain.usecases.facade import MHealth
    from mhealth.entrypoints.settings import Settings

__all__ = ["MHealth", "Settings", "__version__", "build", "load_settings"]


def build(settings: Settings | None = None, **overrides: Any) -> MHealth:
    """Build the :class:`MHealth` facade.

    Args:
        settings: the configuration; when None it is read from ``MHEALTH_*`` environment variables
            (and the TOML file named by ``MHEALTH_CONFIG``).
        **overrides: port objects that replace configured adapters (e.g. ``analyzer=InMemoryAnalyzer()``).

    Returns:
        The facade; use it as an async context manager so clients and engines are closed.
    """
    from mhealth.entrypoints.container import create_container
    from mhealth.entrypoints.settings import load_settings

    return create_container(settings or load_settings(), **overrides).mhealth()


def load_settings(**overrides: Any) -> Settings:
    """Read settings from the environment (and ``MHEALTH_CONFIG``), with keyword overrides."""
    from mhealth.entrypoints.settings import load_settings as _load

    return _load(**overrides)


def __getattr__(name: str) -> Any:
    if name == "Settings":
        from mhealth.entrypoints.settings import Settings

        return Settings
    if name == "MHealth":
        from mhealth.domain.usecases.facade import MHealth

        return MHealth
    raise AttributeError(name)
