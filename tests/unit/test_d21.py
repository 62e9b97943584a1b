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
from tests.unit.screening_checks import mechanism_tests

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
    monkeypatch.setattr(model, "window_scores", lambda *_, **__: None)
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


def test_the_active_band_is_the_card_below_the_raise(analyzer: LocalAnalyzer) -> None:
    """The band sits at the card's review threshold and below its threshold for raising active ideation alone."""
    model = analyzer._model
    assert model is not None
    thresholds = model.thresholds.by_head
    review, raise_active = thresholds[local_analyzer.REVIEW_HEAD][1], thresholds["suicidal_ideation"][2]
    assert review <= local_analyzer.ACTIVE_BAND == 0.50 < raise_active


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


# ---- d21 patterns: round 16's blind_short19, read after its first figures (new words, each with its twin) ----------

#: crises the analyzer put below high or below critical
D21_ACTIVE = [
    # at the water's edge, the shoes left there, in the sentence after the place (a 119 call)
    "지금 저수지 둑이여. 물이 시퍼렇네. 신발은 가지런히 벗어 놨어.",
    "옥상 난간 앞에 와 있어요. 신발 벗어 뒀어요. 애들한테 미안하다고 해 주세요.",
]
D21_PASSIVE = [
    # a season wished not to be got through
    "올겨울은 그냥 못 넘겼으면 좋겠어. 기운도 없고.",
    "이번 봄은 안 넘겼으면 싶다 마 지쳤다",
    # the morning's eyes, the eyes themselves unsaid
    "잘 때마다 내일은 안 떠졌으면 하고 눈 감아요.",
    # the breath to stop
    "숨 쉬는 것도 힘들다 그만 숨 멎었으면",
]
# common euphemisms of the wish, in nobody's set: "안 좋은 생각" (which callers ask after), one's own vanishing
# as the whole answer
D21_PASSIVE += ["요즘 안 좋은 생각이 자꾸 들어요", "내가 없어져야 해. 다들 고생이다", "나만 없으면 돼요."]
# round 17's blind_short20, read after its first figures: life-sustaining treatment given up with living named as the
# burden; the dialects' "quickly" before "죽어야지"
D21_ACTIVE += ["인자 투석 안 받을 기라. 병원에도 말해 뒀다. 이래 살아봐야 아들 고생만 시키제."]
D21_PASSIVE += ["이래 사느니 퍼뜩 죽어야지", "늙은 게 오래 살아서 뭐 해 싸게 죽어야 쓰것다"]
D21_BENIGN = [
    (
        "항암 그만 받기로 했어요. 남은 시간 애들이랑 여행 다니려고요. 자식들 고생만 시키는 것 같아 미안하지만",
        "moderate",
    ),
    ("남편이 투석 그만 받겠다고 해서 걱정이야. 자식들 고생만 시킨다고", "moderate"),
    ("투석 받으러 가는 날인데 비가 와서 안 갈까 했어. 자식들 고생만 시키지 뭐", "moderate"),
    ("모기는 퍼뜩 죽어야지 밤새 물어 뜯네", "low"),
    ("우리 영감은 맨날 퍼뜩 죽어야지 카더라", "low"),
    ("아들이 전화를 안 받아서 안 좋은 생각이 자꾸 들었어. 저녁에 연락 왔어", "low"),
    ("검사 결과 기다리는 동안 안 좋은 생각만 들더라", "moderate"),
    ("그날은 나만 없으면 되니까 너희끼리 다녀와", "low"),
    ("나만 없으면 돼서 그날은 괜찮아", "low"),
    ("계단 오르다가 숨이 멎는 줄 알았어", "low"),
    ("바닷가에서 손주들이랑 모래성 쌓느라 신발 벗어 놨지", "low"),
    ("방파제 끝에서 낚시하다가 신발 벗어 놓고 발 좀 담갔어", "low"),
    ("강둑에 앉아서 신발 벗어 놓고 발 좀 식혔어", "low"),
    ("이번 겨울은 감기 없이 넘겼으면 좋겠어", "low"),
    ("올겨울 넘기기 힘들 거라고 의사가 그러더라. 그래도 봄에 꽃구경 갈 거야", "moderate"),
    ("여름은 태풍 안 넘어왔으면 좋겠다 고추 다 쓰러지게", "low"),
]

test_d21_active_is_critical, test_d21_passive_is_at_least_high, test_d21_everyday_twins = mechanism_tests(
    D21_ACTIVE, D21_PASSIVE, D21_BENIGN
)


@pytest.mark.parametrize("text", ["삶의 의미가 없어요", "살아갈 자신이 없어", "사는 것도 지긋지긋해"])
def test_lifes_meaning_gone_is_depression(analyzer: LocalAnalyzer, text: str) -> None:
    labels = analyzer.label(text)
    assert labels["depression"] >= 2 and labels["suicidal_ideation"] == 0, labels


@pytest.mark.parametrize("text", ["다이어트 버틸 자신이 없다", "시험 통과할 자신이 없어", "공부하는 게 지겹다"])
def test_an_errands_weariness_is_not(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["depression"] < 2
