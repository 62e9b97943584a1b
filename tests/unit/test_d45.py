"""d45 (docs/clinical-rules.md, "d45"): a voice note of a few sentences is read by its windows of
consecutive clauses too, each as an utterance would be read (``LocalAnalyzer._review_by_window``). A
crisis said in one sentence between calm ones was diluted in the whole turn's reading and came out
low or moderate: no alert at all. A window the model scores at the card's own raising threshold plus
the long transcripts' margin (``WINDOW_MARGIN``) now sends the turn to a person (high,
``needs_review``), behind the same gate as any raise; no label is raised.

The crises below are read-set items (ko_train_dev_short_crisis1 and 3, critical alone) said between
the calm sentences of tests/eval/buried.py; the held-out sets are measured by
tests/eval/test_buried_crises.py and never read."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from mhealth.adapters.local import analyzer as az
from mhealth.adapters.local import rules
from mhealth.adapters.local.model import segments
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from buried import AFTER, BEFORE

CRISES = [
    # dsc1_049
    "상담사: 강아지는 잘 있어요? / 어르신: 옆집에 아주 줬어. 밥그릇이랑 목줄까지. 나 없으면 굶을까 봐. "
    "이번 주말에 그 다리 난간 넘을 거야.",
    # dsc1_047
    "상담사: 약 정리함은 잘 쓰고 계세요? / 어르신: 칸칸이 채우긴 했는데 안 먹고 모으는 중이야. "
    "한 달치 차면 그날 다 먹고 안 일어날 거야.",
    # dsc1_009
    "손녀 졸업식만 보고 나면 내 할 일은 다 한 거지 그날 밤에 연탄 피우고 문틈 다 막을 거야 준비는 해놨어",
    # dsc3_001
    "인슐린 남은 거 한 번에 다 맞으면 안 깨어난다더라 음 냉장고 안쪽에 세 개 따로 모아 놨어 다음 주에 할 거야",
]
CALM = "무릎이 좀 쑤셔서 파스 붙였어요."


@pytest.fixture(scope="module")
def analyzer() -> az.LocalAnalyzer:
    local = az.LocalAnalyzer()
    assert local.wait_until_loaded(timeout=60)
    return local


def _partial(result: Any) -> list[Any]:
    return [c for c in result.concerns if c.code == PARTIAL_CODE]


@pytest.mark.parametrize("crisis", CRISES)
def test_a_crisis_said_between_calm_sentences_goes_to_a_person(analyzer: az.LocalAnalyzer, crisis: str) -> None:
    assert analyzer.label(crisis)["risk"] == "critical"  # alone
    text = BEFORE + crisis + AFTER
    result = apply_safety_floor(analyzer.assess(text), text)
    assert result.risk_level.value in ("high", "critical") and result.needs_review, result
    partial = _partial(result)
    assert partial, result.concerns
    for evidence in partial[0].evidence:  # a true quote, from the crisis, not from the calm talk around it
        assert text[evidence.start : evidence.end] == evidence.quote
        assert evidence.quote in crisis


@pytest.mark.parametrize("crisis", CRISES)
def test_the_window_raises_no_label(analyzer: az.LocalAnalyzer, crisis: str) -> None:
    text = BEFORE + crisis + AFTER
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    findings = rules.assess(text, clauses)
    raised = analyzer._review_by_window(model, text, clauses, findings, [])
    assert raised is not None and raised.review and raised.after == 0 == findings.suicidal_ideation
    assert raised.probability >= model.thresholds.by_head["suicidal_ideation"][1]


def test_calm_talk_between_the_same_sentences_is_not_sent(analyzer: az.LocalAnalyzer) -> None:
    text = BEFORE + CALM + AFTER
    result = apply_safety_floor(analyzer.assess(text), text)
    assert result.risk_level.value == "low" and not result.needs_review, result


def test_windows_are_scored_as_the_same_words_alone_would_be(analyzer: az.LocalAnalyzer) -> None:
    text = BEFORE + CRISES[0] + AFTER
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    spans = segments(text, clauses, model.segment_mode)[1:]
    assert len(spans) >= az.MID_WINDOW_MIN_CLAUSES
    got = model.window_scores(
        text, clauses, "suicidal_ideation", sizes=az.MID_WINDOW_SIZES, min_clauses=az.MID_WINDOW_MIN_CLAUSES
    )
    assert got is not None
    best = 0.0
    for n in az.MID_WINDOW_SIZES:
        for i in range(len(spans) - n + 1):
            window = spans[i : i + n]
            a, b = window[0][0], window[-1][1]
            alone = model.head_scores(text[a:b], [(s - a, e - a) for s, e in window], "suicidal_ideation")
            best = max(best, alone[0][0])
    assert got[0][0] == pytest.approx(best, abs=1e-6)


def test_a_short_utterance_has_no_windows(analyzer: az.LocalAnalyzer) -> None:
    text = CRISES[2]  # one sentence of three clauses is read whole, as before
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    assert len(segments(text, clauses, model.segment_mode)[1:]) < az.MID_WINDOW_MIN_CLAUSES
    assert (
        model.window_scores(
            text, clauses, "suicidal_ideation", sizes=az.MID_WINDOW_SIZES, min_clauses=az.MID_WINDOW_MIN_CLAUSES
        )
        is None
    )


def test_not_in_a_long_transcript(analyzer: az.LocalAnalyzer) -> None:
    text = BEFORE * 10 + CRISES[0] + AFTER  # long check-ins are read by _ideation_by_window, in low mood only
    assert len(text) >= az.UNCORROBORATED_MIN_CHARS
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    assert analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), []) is None


@pytest.fixture
def window_on(analyzer: az.LocalAnalyzer, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Make the model's best window the given span, at 0.95 for every level."""
    model = analyzer._model
    assert model is not None

    def put(span: tuple[int, int]) -> None:
        monkeypatch.setattr(model, "window_scores", lambda *_, **__: [(0.95, span), (0.95, span)])

    return put


def test_a_window_must_clear_the_threshold_by_the_margin(analyzer: az.LocalAnalyzer, monkeypatch: Any) -> None:
    text = BEFORE + CRISES[0] + AFTER
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    quote = "이번 주말에 그 다리 난간 넘을 거야"
    span = (text.index(quote), text.index(quote) + len(quote))
    bar = model.thresholds.by_head["suicidal_ideation"][1] + az.WINDOW_MARGIN
    for score, made in ((bar - 0.01, False), (bar, True)):
        monkeypatch.setattr(model, "window_scores", lambda *_, s=score, **__: [(s, span), (s, span)])
        raised = analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), [])
        assert (raised is not None) is made, score
        if raised is not None:
            assert raised.evidence.quote == quote and raised.window and raised.note.endswith(":window")


def test_the_gate_holds_a_window_with_no_words_of_death(analyzer: az.LocalAnalyzer, window_on: Any) -> None:
    text = BEFORE + CALM + AFTER
    start = text.index(CALM)
    window_on((start, start + len(CALM)))
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    assert analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), []) is None


def test_the_gate_holds_a_window_far_from_the_words_of_death(analyzer: az.LocalAnalyzer, window_on: Any) -> None:
    text = "작년에 키우던 개가 죽었어요. " + BEFORE + CALM + AFTER  # a death told, three sentences away
    start = text.index(CALM)
    window_on((start, start + len(CALM)))
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    assert az.cue_clause(text, clauses, (0, len(text))) is not None  # the text has words of death ...
    assert analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), []) is None  # ... not in reach


def test_the_callers_question_is_not_the_speakers_window(analyzer: az.LocalAnalyzer, window_on: Any) -> None:
    question = "혹시 요즘 죽고 싶다는 생각 드신 적 있으세요?"
    text = f"상담사: {question} / 어르신: 아이고 없어요. 경로당 다니고 손주 보고 잘 지내요. 밥도 잘 먹고요."
    start = text.index(question)
    window_on((start, start + len(question)))
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    assert analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), []) is None


def test_a_question_put_to_the_speaker_is_not_sent(analyzer: az.LocalAnalyzer, window_on: Any) -> None:
    question = "혹시 요즘 차라리 죽었으면 좋겠다 그런 생각 하신 적 있으세요?"
    text = BEFORE + question + " 밥은 잘 먹어요." + AFTER  # no turn labels: the honorific question is the caller's
    start = text.index(question)
    window_on((start, start + len(question)))
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    findings = rules.assess(text, clauses)
    findings.suicidal_ideation = 0  # (the rows read the question's wish; the floor sets it aside later)
    assert analyzer._review_by_window(model, text, clauses, findings, []) is None


def test_a_wish_the_speaker_set_aside_is_not_sent(analyzer: az.LocalAnalyzer, window_on: Any) -> None:
    past = "장사 망하고 목숨 끊을 생각으로 바닷가까지 차를 몰고 갔었다."
    text = (
        f"칠 년 전 그 봄 일을 적어 둔다. {past} 아내 전화에 돌아왔다. "
        "그 뒤로 그런 생각은 한 번도 안 했다. 요새는 손주 보는 재미로 산다."
    )
    start = text.index(past)
    window_on((start, start + len(past)))
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    assert analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), []) is None


def test_a_review_already_made_is_not_made_twice(analyzer: az.LocalAnalyzer) -> None:
    text = BEFORE + CRISES[0] + AFTER
    model = analyzer._model
    assert model is not None
    clauses = analyzer._clauses(text)
    first = analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), [])
    assert first is not None
    assert analyzer._review_by_window(model, text, clauses, rules.assess(text, clauses), [first]) is None
    result = analyzer.assess(text)
    assert len(_partial(result)) == 1
