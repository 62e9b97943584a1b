"""Run the Speech and Gemini stand-ins in their own process (benchmarks: keep them off the client's GIL).

``python -m tests.stubs.serve --speech-latency 0.3 --gemini-latency 0.7`` prints one JSON line with the
endpoints, then serves until stdin closes.
"""

from __future__ import annotations

import argparse
import json
import sys

from tests.stubs.gemini_stub import GeminiStub
from tests.stubs.speech_stub import SpeechStub


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speech-latency", type=float, default=0.0)
    parser.add_argument("--gemini-latency", type=float, default=0.0)
    args = parser.parse_args()
    speech = SpeechStub(latency_s=args.speech_latency).start(workers=256)
    gemini = GeminiStub(latency_s=args.gemini_latency).start()
    print(json.dumps({"speech": speech.endpoint, "gemini": gemini.base_url}), flush=True)
    try:
        sys.stdin.read()  # until the parent closes our stdin (or dies)
    finally:
        speech.stop()
        gemini.stop()


if __name__ == "__main__":
    main()
