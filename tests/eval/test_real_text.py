"""Real people's words (tests/eval/real, see its README): how often ordinary talk comes out as ideation or critical.

The corpus has no screening labels and a few turns do voice a death wish, so these are upper bounds measured on
2026-12-03, not targets: a change may lower them, never raise them. Before the ideation gate the analyzer set
ideation on 797 of these 11,823 turns (6.7%) and critical on 38; after it 71 and 13; after the floor's context
fixes (a destination before "가는 게 낫지", a relationship ended, a last goodbye paid to someone else) 56 and 4;
with the model retrained on seven sets (test3 untouched, ideation t1 0.55 -> 0.50 from the LOSO choice) 71 and 5;
after the gate read each ambiguous cue in its clause (prices are not a waterside, a lift home is not being taken,
"마지막 선물" is not the speaker's last, a destination before "가면 좋겠지" …) 43 and 5.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

CORPUS = Path(__file__).parent / "real" / "chatbot_data.jsonl"
MAX_IDEATION = 43
MAX_CRITICAL = 5


@pytest.fixture(scope="module")
def labels() -> list[dict[str, object]]:
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) == 11_823
    return [analyzer.label(text) for text in texts]


def test_ordinary_talk_rarely_comes_out_as_ideation(labels: list[dict[str, object]]) -> None:
    flagged = sum(1 for label in labels if int(label["suicidal_ideation"]) > 0)  # type: ignore[call-overload]
    assert flagged <= MAX_IDEATION


def test_ordinary_talk_rarely_comes_out_critical(labels: list[dict[str, object]]) -> None:
    assert sum(1 for label in labels if label["risk"] == "critical") <= MAX_CRITICAL
