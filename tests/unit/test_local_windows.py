"""A long transcript's ideation read window by window (issue 18: the whole turn dilutes one decisive clause).

``LocalModel.window_scores`` scores every run of WINDOW_CLAUSES clauses as an utterance would be scored; the analyzer
raises ideation from a window only in a low-mood turn (depression >= 2), only by WINDOW_MARGIN above the threshold,
only behind the ideation gate, and never from the caller's question."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mhealth.adapters.local import analyzer as az
from mhealth.adapters.local import rules
from mhealth.adapters.local.model import WINDOW_CLAUSES, WINDOW_MIN_CLAUSES, segments

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.fixture(scope="module")
def analyzer() -> az.LocalAnalyzer:
    local = az.LocalAnalyzer()
    assert local.wait_until_loaded(timeout=60)
    return local


def _item(path: str, item_id: str) -> str:
    for line in (EVAL / path).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == item_id:
            return str(item["text"])
    raise AssertionError(item_id)


def test_short_texts_have_no_windows(analyzer: az.LocalAnalyzer) -> None:
    text = "요즘 잠이 안 와요. 밥맛도 없고요."
    assert analyzer._model is not None
    assert analyzer._model.window_scores(text, analyzer._clauses(text), "suicidal_ideation") is None


_BURIED = (
    "오늘 아침에 경로당 다녀왔어요. 친구들이랑 화투 치고 점심도 같이 먹었어요. 상담사: 강아지는 잘 있어요? / 어르신: "
    "옆집에 아주 줬어. 밥그릇이랑 목줄까지. 나 없으면 굶을까 봐. 이번 주말에 그 다리 난간 넘을 거야. "
    "손주가 다음 주에 온대서 반찬 좀 해 놔야 해요."
)


@pytest.mark.parametrize(
    ("text", "sizes", "least"),
    [
        (None, (WINDOW_CLAUSES,), WINDOW_MIN_CLAUSES),  # a long check-in (pc05), as _ideation_by_window reads it
        (_BURIED, az.MID_WINDOW_SIZES, az.MID_WINDOW_MIN_CLAUSES),  # a crisis between calm sentences, as d45 reads it
    ],
    ids=["long", "d45"],
)
def test_a_window_is_scored_as_the_same_words_alone_would_be(
    analyzer: az.LocalAnalyzer, text: str | None, sizes: tuple[int, ...], least: int
) -> None:
    text = text or _item("discourse/long_checkins_probe.jsonl", "pc05")
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    spans = segments(text, clauses, model.segment_mode)[1:]
    assert len(spans) >= least
    got = model.window_scores(text, clauses, "suicidal_ideation", sizes=sizes, min_clauses=least)
    assert got is not None
    best = 0.0
    for n in sizes:
        for i in range(len(spans) - n + 1):
            window = spans[i : i + n]
            a, b = window[0][0], window[-1][1]
            alone = model.head_scores(text[a:b], [(s - a, e - a) for s, e in window], "suicidal_ideation")
            best = max(best, alone[0][0])
    assert got[0][0] == pytest.approx(best, abs=1e-6)


@pytest.mark.parametrize(("path", "item_id"), [("discourse/long_checkins_probe.jsonl", "pc05")])
def test_a_low_mood_long_check_in_is_raised_from_its_window(
    analyzer: az.LocalAnalyzer, path: str, item_id: str
) -> None:
    text = _item(path, item_id)
    label = analyzer.label(text)
    assert label["suicidal_ideation"] >= 1 and label["risk"] == "critical", label
    concerns = [c.code for c in analyzer.assess(text).concerns]
    assert any(code.startswith("model_") and "ideation" in code for code in concerns), concerns


def test_no_window_raise_without_low_mood(analyzer: az.LocalAnalyzer) -> None:
    text = _item("discourse/long_checkins_probe.jsonl", "pc05")
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    findings = rules.assess(text, clauses)
    findings.suicidal_ideation, findings.depression = 0, az.WINDOW_MIN_DEPRESSION - 1
    assert analyzer._ideation_by_window(model, text, clauses, findings) is None
    findings.depression = az.WINDOW_MIN_DEPRESSION
    raised = analyzer._ideation_by_window(model, text, clauses, findings)
    assert raised is not None and raised.after >= 1


@pytest.mark.parametrize(
    "after",
    ["… 그런 생각 해본 적 있냐구유 아이구 없슈", "… 그런 생각 하신 적 있으세요? 아니요"],
)
def test_the_callers_question_told_back_is_not_the_speakers_wish(after: str) -> None:
    text = "혹시 요즘 차라리 죽었으면 좋겠다 " + after
    quote = "혹시 요즘 차라리 죽었으면 좋겠다"
    assert az._asked(text, az.Evidence(quote=quote, start=0, end=len(quote)))
    own = "요즘 차라리 죽었으면 좋겠다 싶어유 밥도 안 넘어가구"
    assert not az._asked(own, az.Evidence(quote="요즘 차라리 죽었으면 좋겠다", start=0, end=15))
    rhetorical = "이렇게 살아서 뭐 해? 밥도 안 넘어가"
    assert not az._asked(rhetorical, az.Evidence(quote="이렇게 살아서 뭐 해?", start=0, end=12))
