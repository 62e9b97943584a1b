"""Test helpers for teams that depend on mhealth: offline settings and a facade built on the fakes.

    from mhealth.testing import offline_settings, build_offline

    async def test_my_feature():
        async with build_offline() as mh:
            senior = await mh.create_senior(display_name="김순자")
            result = await mh.check_in_text(senior.id, "요즘 통 잠을 못 자요")

The pytest plugin (registered automatically) offers the same as fixtures: ``mhealth_settings`` and
``mhealth_offline`` (an open facade, closed after the test).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mhealth.domain.usecases.facade import MHealth
    from mhealth.entrypoints.settings import Settings


def offline_settings(**overrides: Any) -> Settings:
    """Settings that touch nothing outside the process: memory stores, fake speech, fake analyzer,
    authentication off. Pass ``analyzer="local"`` for the real on-device Korean analyzer."""
    from mhealth.entrypoints.settings import Settings, validate

    values: dict[str, Any] = {
        "analyzer": "memory",
        "speech": "memory",
        "database_url": "memory://",
        "blobs": "memory://",
        "analytics": "memory",
        "auth": "off",
        "embedded_worker": False,  # tests deliver when they choose (mh.deliver(), mh.escalate())
    }
    values.update(overrides)
    settings = Settings(**values)
    validate(settings)
    return settings


def build_offline(**ports: Any) -> MHealth:
    """A facade on :func:`offline_settings`, with the stdlib WAV decoder; ``ports`` replace any adapter
    (``analyzer=InMemoryAnalyzer({...})``, ``decoder=...``)."""
    import mhealth
    from mhealth.adapters.memory import WavAudioDecoder

    ports.setdefault("decoder", WavAudioDecoder())
    return mhealth.build(offline_settings(), **ports)
