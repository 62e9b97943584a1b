"""Importing the Google adapter modules costs nothing: no SDK is imported until an adapter is built."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "mhealth.adapters.google",
    "mhealth.adapters.google.speech",
    "mhealth.adapters.google.gemini",
    "mhealth.adapters.google.prompt",
    "mhealth.adapters.google.bigquery",
    "mhealth.adapters.google.gcs",
]

PROBE = """
import sys
for name in {modules!r}:
    __import__(name)
from mhealth.adapters.google import missing_google_extras
missing = missing_google_extras()
loaded = sorted(m for m in sys.modules if m == "grpc" or m.startswith(("google.", "grpc.")))
print(repr((missing, loaded)))
"""


def test_importing_every_google_module_loads_no_sdk_and_finds_the_extras():
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(modules=MODULES)], capture_output=True, text=True, check=True
    ).stdout
    missing, loaded = eval(out)  # our own repr
    # find_spec of a dotted name imports its parents; google and google.cloud are namespace packages.
    assert set(loaded) <= {"google.cloud"}
    assert missing == []  # the dev environment installs the google extra


def test_missing_extras_are_named_by_distribution(monkeypatch):
    import importlib.util

    from mhealth.adapters.google import missing_google_extras

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "google.genai" else real(name, *a)
    )
    assert missing_google_extras() == ["google-genai"]
