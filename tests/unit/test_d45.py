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


def _review_on(analyzer: az.LocalAnalyzer, monkeypatch: Any, text: str, quote: str, score: float = 0.95) -> Any:
    """``_review_by_window`` on ``text`` with the model's best window put on ``quote`` at ``score`` for every level,
    the rules' own ideation cleared (the question below holds a wish the rows read; the floor sets it aside later)."""
    model = analyzer._model
    assert model is not None
    span = (text.index(quote), text.index(quote) + len(quote))
    monkeypatch.setattr(model, "window_scores", lambda *_, **__: [(score, span), (score, span)])
    clauses = analyzer._clauses(text)
    findings = rules.assess(text, clauses)
    findings.suicidal_ideation = 0
    return analyzer._review_by_window(model, text, clauses, findings, [])


def test_a_window_must_clear_the_threshold_by_the_margin(analyzer: az.LocalAnalyzer, monkeypatch: Any) -> None:
    text = BEFORE + CRISES[0] + AFTER
    quote = "이번 주말에 그 다리 난간 넘을 거야"
    assert analyzer._model is not None
    bar = analyzer._model.thresholds.by_head["suicidal_ideation"][1] + az.WINDOW_MARGIN
    assert _review_on(analyzer, monkeypatch, text, quote, bar - 0.01) is None
    raised = _review_on(analyzer, monkeypatch, text, quote, bar)
    assert raised is not None and raised.evidence.quote == quote and raised.window
    assert raised.note.endswith(":window")


_QUESTION = "혹시 요즘 차라리 죽었으면 좋겠다 그런 생각 하신 적 있으세요?"
_PAST = "장사 망하고 목숨 끊을 생각으로 바닷가까지 차를 몰고 갔었다."


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the gate: no words of death in the turn
        (BEFORE + CALM + AFTER, CALM),
        # the gate: words of death told three sentences away, out of reach
        ("작년에 키우던 개가 죽었어요. " + BEFORE + CALM + AFTER, CALM),
        # the caller's question, by the turn labels
        (
            "상담사: 혹시 요즘 죽고 싶다는 생각 드신 적 있으세요? / 어르신: 아이고 없어요. 경로당 다니고 손주 보고 "
            "잘 지내요. 밥도 잘 먹고요.",
            "혹시 요즘 죽고 싶다는 생각 드신 적 있으세요?",
        ),
        # a question put to the speaker in the honorific, with no turn labels
        (BEFORE + _QUESTION + " 밥은 잘 먹어요." + AFTER, _QUESTION),
        # a wish the speaker sets aside (the floor's d17f reading)
        (
            f"칠 년 전 그 봄 일을 적어 둔다. {_PAST} 아내 전화에 돌아왔다. 그 뒤로 그런 생각은 한 번도 안 했다. "
            "요새는 손주 보는 재미로 산다.",
            _PAST,
        ),
    ],
    ids=["no-death-words", "death-words-out-of-reach", "callers-question", "question-to-the-speaker", "set-aside"],
)
def test_a_window_the_gate_holds_is_not_sent(
    analyzer: az.LocalAnalyzer, monkeypatch: Any, text: str, quote: str
) -> None:
    assert _review_on(analyzer, monkeypatch, text, quote) is None


def test_the_words_of_death_out_of_reach_are_in_the_turn(analyzer: az.LocalAnalyzer) -> None:
    text = "작년에 키우던 개가 죽었어요. " + BEFORE + CALM + AFTER
    assert az.cue_clause(text, analyzer._clauses(text), (0, len(text))) is not None


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
