"""d21: two uses of the statistical model's own readings (docs/clinical-rules.md, "d21").

- A low-mood text (depression >= 2) the model scores at its raising threshold for ideation, with no words of death,
  dying, ending or leaving in reach of that reading (the gate blocks the label), goes to a person: at least high,
  ``needs_review``, a partial-evidence concern quoting the clause the model read; no ideation label is raised.
- Ideation 1 already established and an act named in the text raise to 2 from the active band (0.50), and the raise
  may quote the established ideation when the level-2 span's clause has no words of death itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from mhealth.adapters.local import analyzer as local_analyzer
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.model import RiskLevel
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor

#: low mood in several symptoms, and a wish with no word of death the gate could carry
LOW_MOOD = "요즘은 입맛도 없고 밤새 잠도 못 자요. 하루 종일 멍하니 앉아만 있어요. 그냥 다 놓아 버리면 편할 것 같아요."
#: calm, no low mood: the same reading must not send it to a person
CALM = "오늘은 손주들이랑 마당에서 고기 구워 먹었어요. 상추도 직접 따서 쌈 싸 먹으니 꿀맛이더라고요."
#: the caller's question holds the reading
ASKED = "요즘 입맛도 없고 잠도 못 주무신다고요? 혹시 다 놓아 버리고 싶다는 생각 드신 적 있으세요?"


@pytest.fixture
def eager(analyzer: LocalAnalyzer, monkeypatch: pytest.MonkeyPatch) -> LocalAnalyzer:
    """The shipped analyzer with a model that reads ideation 1 into every text at 0.90 (its last clause)."""
    model = analyzer._model
    assert model is not None
    real = model.levels

    def levels(text: str, clauses: Any = None) -> dict[str, tuple[int, float, tuple[int, int]]]:
        out = dict(real(text, clauses))
        spans = [(a, b) for a, b in clauses or [(0, len(text))] if text[a:b].strip()]
        out["suicidal_ideation"] = (1, 0.90, spans[-1])
        return out

    monkeypatch.setattr(model, "levels", levels)
    monkeypatch.setattr(model, "window_scores", lambda *_: None)
    return analyzer


def _unworded(result: Any) -> list[Any]:
    return [c for c in result.concerns if c.code == PARTIAL_CODE and c.label_ko == local_analyzer._UNWORDED_LABEL_KO]


def test_a_low_mood_text_the_model_reads_as_ideation_goes_to_a_person(eager: LocalAnalyzer) -> None:
    result = apply_safety_floor(eager.assess(LOW_MOOD), LOW_MOOD)
    assert result.labels.depression >= 2, result.labels
    assert result.labels.suicidal_ideation == 0  # no words of death: the model raises no label
    assert result.risk_level is RiskLevel.HIGH and result.needs_review
    (concern,) = _unworded(result)
    (evidence,) = concern.evidence
    assert LOW_MOOD[evidence.start : evidence.end] == evidence.quote
    assert any(n.startswith("model-review:suicidal_ideation") for n in result.provenance.notes)


def test_without_low_mood_the_same_reading_stays_where_it_was(eager: LocalAnalyzer) -> None:
    result = apply_safety_floor(eager.assess(CALM), CALM)
    assert not _unworded(result)
    assert result.risk_level is RiskLevel.LOW and not result.needs_review


def test_words_of_death_the_gate_set_aside_stay_set_aside(eager: LocalAnalyzer) -> None:
    text = "밥맛도 없고 잠도 못 자유. 죽고 싶다는 생각은 요새는 안 들어유 다 나았슈"  # (the gate sets it aside)
    result = eager.assess(text)
    assert result.labels.depression >= 2 and not _unworded(result)


def test_the_callers_question_is_not_the_speakers_reading(eager: LocalAnalyzer) -> None:
    assert not _unworded(eager.assess(ASKED))


def test_the_shipped_model_leaves_a_calm_text_alone(analyzer: LocalAnalyzer) -> None:
    result = apply_safety_floor(analyzer.assess(CALM), CALM)
    assert result.risk_level is RiskLevel.LOW and not _unworded(result)


def test_the_active_band_is_the_card_below_the_raise() -> None:
    assert local_analyzer.ACTIVE_BAND == 0.50


@pytest.mark.parametrize(
    "text",
    [
        # no reason to live, and a rope tied to a tree on the hill behind (high before d21: active score 0.56)
        "살아서 뭐해. 뒷산 나무에 줄 매 놨어",
    ],
)
def test_an_established_wish_with_an_act_named_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] == 2 and labels["risk"] == "critical", labels


@pytest.mark.parametrize(
    "text",
    [
        "손주 그네 태워 주려고 뒷산 나무에 줄 매 놨어. 주말에 오면 좋아하겠지",
        "빨래 널려고 마당 감나무에 줄 하나 매 놨어",
    ],
)
def test_the_same_act_without_a_wish_is_not_a_crisis(analyzer: LocalAnalyzer, text: str) -> None:
    labels = analyzer.label(text)
    assert labels["suicidal_ideation"] == 0 and labels["risk"] in ("low", "moderate"), labels
