"""The local analyzer's statistical model (src/mhealth/adapters/local/model.py): stable features, the shipped
weights load, the model only ever raises labels, its evidence is a true quote, training (scripts/
local_model_training.py) is deterministic and what it saves loads back unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scripts import train_local_model as train
from scripts.local_model_training import Design, fit_heads, predict_design, save_model

from mhealth.adapters.local import model as M
from mhealth.adapters.local.analyzer import REVIEW_HEAD, LocalAnalyzer
from mhealth.domain.model import RiskLevel
from mhealth.domain.rules.safety.floor import PARTIAL_CODE, apply_safety_floor

TEXT = "약을 조금씩 모아 뒀어요. 다음 주 월요일이면 다 끝나요"


def test_features_are_the_same_in_another_process() -> None:
    here = M.feature_indices(TEXT).tolist()
    code = (
        "import json; from mhealth.adapters.local.model import feature_indices; "
        f"print(json.dumps(feature_indices({TEXT!r}).tolist()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert here == __import__("json").loads(out.stdout)
    assert len(here) > 50
    assert all(0 <= i < M.DEFAULT_BUCKETS for i in here)


def test_spacing_and_punctuation_do_not_change_the_compact_stream() -> None:
    a = set(M.feature_indices("밥맛이 없어요"))
    b = set(M.feature_indices("밥 맛이없어요!!"))
    assert len(a & b) / len(a | b) >= 0.4


def test_the_shipped_model_loads_with_thresholds_and_a_card() -> None:
    model = M.LocalModel.load()
    assert set(model.head_names) == set(M.HEADS)
    assert model.thresholds.by_head["suicidal_ideation"]
    probs = model.probabilities(TEXT)
    for head, k in M.HEADS.items():
        assert probs[head].shape == (k,)
        assert abs(float(probs[head].sum()) - 1.0) < 1e-5
    assert M.CARD_PATH.exists()
    assert M.MODEL_PATH.stat().st_size < 20_000_000


def _tiny() -> tuple[list[str], dict[str, np.ndarray]]:
    texts = [
        "약을 모아 뒀어요",
        "다리 위에 가 봤어요",
        "밥 잘 먹었어요",
        "산책 다녀왔어요",
        "편지를 다 써 놨어요",
        "손주가 왔어요",
    ]
    si = np.array([2, 2, 0, 0, 2, 0])
    labels = {h: np.zeros(len(texts), dtype=np.int64) for h in M.HEADS}
    labels["suicidal_ideation"] = si
    return texts, labels


def test_training_is_deterministic() -> None:
    texts, labels = _tiny()
    design = Design.from_texts(texts, 1 << 12)
    a = fit_heads(design, labels, l2=1e-3, iterations=50)
    b = fit_heads(Design.from_texts(texts, 1 << 12), labels, l2=1e-3, iterations=50)
    for head in M.HEADS:
        assert np.array_equal(a[head].weights, b[head].weights)
        assert np.array_equal(a[head].bias, b[head].bias)
    p = predict_design(a["suicidal_ideation"], design)
    assert (p.argmax(axis=1) == labels["suicidal_ideation"]).all()


def test_a_saved_model_loads_back_with_the_same_scores(tmp_path: Path) -> None:
    texts, labels = _tiny()
    fits = fit_heads(Design.from_texts(texts), labels, l2=1e-3, iterations=30)
    thresholds = M.Thresholds({"suicidal_ideation": {1: 0.4, 2: 0.6}, "depression": {2: 0.5}})
    model = M.LocalModel(
        buckets=M.DEFAULT_BUCKETS, heads=fits, thresholds=thresholds, meta={"version": "t1", "segments": "clauses"}
    )
    save_model(model, tmp_path / "m.npz")
    loaded = M.LocalModel.load(tmp_path / "m.npz")
    assert loaded.version == "t1" and loaded.segment_mode == "clauses"
    assert loaded.thresholds.by_head == thresholds.by_head
    assert loaded.head_names == model.head_names
    for text in (*texts, TEXT):
        before, after = model.probabilities(text), loaded.probabilities(text)
        for head in M.HEADS:
            assert np.allclose(before[head], after[head], atol=2e-3)  # weights are stored as float16
        levels_before, levels_after = model.levels(text), loaded.levels(text)
        for head in M.HEADS:
            assert levels_after[head][0] == levels_before[head][0]  # same level raised, from the same span
            assert levels_after[head][2] == levels_before[head][2]


def test_the_runtime_module_holds_no_training_code() -> None:
    for name in ("Design", "fit_heads", "predict_design", "save"):
        assert not hasattr(M, name) and not hasattr(M.LocalModel, name), name


def _always_raising_model() -> M.LocalModel:
    """A model whose thresholds are 0: it would raise every label to its top level."""
    texts, labels = _tiny()
    fits = fit_heads(Design.from_texts(texts), labels, l2=1e-3, iterations=20)
    thresholds = M.Thresholds({h: {k: 0.0 for k in range(1, n)} for h, n in M.HEADS.items()})
    return M.LocalModel(buckets=M.DEFAULT_BUCKETS, heads=fits, thresholds=thresholds)


def _never_raising_model() -> M.LocalModel:
    texts, labels = _tiny()
    fits = fit_heads(Design.from_texts(texts), labels, l2=1e-3, iterations=20)
    thresholds = M.Thresholds({h: {k: 1.01 for k in range(1, n)} for h, n in M.HEADS.items()})
    return M.LocalModel(buckets=M.DEFAULT_BUCKETS, heads=fits, thresholds=thresholds)


@pytest.fixture(scope="module")
def rules_only() -> LocalAnalyzer:
    return LocalAnalyzer(use_model=False, use_morphology=False)


@pytest.mark.parametrize(
    "text",
    [
        "요새 밥맛도 없고 잠도 못 자고 다 귀찮아요. 빨리 죽어야지",
        "농약 사다 놨어요 내일 아침엔 없을 거야",
        "오늘은 손주랑 산책해서 기분이 좋아요",
        "더워 죽겠네",
    ],
)
def test_the_model_never_lowers_a_label(rules_only: LocalAnalyzer, text: str) -> None:
    base = rules_only.assess(text).labels
    never = LocalAnalyzer(use_morphology=False, model=_never_raising_model()).assess(text).labels
    always = LocalAnalyzer(use_morphology=False, model=_always_raising_model()).assess(text).labels
    assert never == base  # thresholds not met: the rules' labels unchanged
    for field in ("depression", "anxiety", "cognitive_concern", "loneliness", "suicidal_ideation"):
        assert getattr(always, field) >= getattr(base, field)


def test_the_model_never_raises_ideation_over_talk_with_nothing_about_death() -> None:
    # Real people's wishes ("여행 가고 싶어", "사랑이 영원했으면") were read as a death wish by the model alone.
    for text in (
        "오늘은 날씨가 좋네요. 손주가 왔어요",
        "우리 사랑이 영원했으면 좋겠어",
        "제주도 여행 가고 싶어",
        "프로젝트 빨리 끝났으면",
    ):
        assessment = LocalAnalyzer(use_morphology=False, model=_always_raising_model()).assess(text)
        assert assessment.labels.suicidal_ideation == 0, text
        assert assessment.labels.depression == 3  # the other heads still raise


def test_model_ideation_quotes_the_clause_that_speaks_of_death_not_the_whole_text() -> None:
    text = "오늘은 날씨가 좋네요. 손주가 왔다 갔어요. 나도 그만 가고 싶어요. 밥은 먹었어요"
    assessment = LocalAnalyzer(use_morphology=False, model=_always_raising_model()).assess(text)
    assert assessment.labels.suicidal_ideation == 2
    (concern,) = [c for c in assessment.concerns if c.code == "model_active_ideation"]
    assert [ev.quote for ev in concern.evidence] == ["나도 그만 가고 싶어요."]


def test_a_raised_label_has_a_true_quote_and_a_provenance_note() -> None:
    text = "오늘은 날씨가 좋네요. 손주가 왔어요. 다 정리하고 떠나야지"
    assessment = LocalAnalyzer(use_morphology=False, model=_always_raising_model()).assess(text)
    assert assessment.labels.suicidal_ideation == 2
    model_concerns = [c for c in assessment.concerns if c.code.startswith("model_")]
    assert model_concerns
    for concern in model_concerns:
        for ev in concern.evidence:
            assert ev.quote and ev.quote in text
            assert text[ev.start : ev.end] == ev.quote
    notes = [n for n in assessment.provenance.notes if n.startswith("model-raised:")]
    assert any(n.startswith("model-raised:suicidal_ideation:") for n in notes)


def test_the_shipped_analyzer_names_its_model(rules_only: LocalAnalyzer) -> None:
    analyzer = LocalAnalyzer(use_morphology=False)
    assert "+model-" in analyzer.model_name
    assert analyzer.model_error is None
    assert "+model-" not in rules_only.model_name


def test_segments_are_the_whole_text_then_true_quotes_of_its_clauses() -> None:
    text = "오늘은 날씨가 좋네요.  약을 조금씩 모아 뒀어요. 네"
    cut1, cut2 = text.index("  ") + 1, text.index(" 네")
    clauses = [(0, cut1), (cut1, cut2), (cut2, len(text))]
    spans = M.segments(text, clauses, "clauses")
    assert spans[0] == (0, len(text))
    quotes = [text[a:b] for a, b in spans[1:]]
    assert quotes == ["오늘은 날씨가 좋네요.", "약을 조금씩 모아 뒀어요."]  # trimmed; "네" is too short alone
    assert M.segments(text, clauses, "whole") == [(0, len(text))]
    assert M.segments(text, [(0, len(text))], "clauses") == [(0, len(text))]
    pairs = [text[a:b] for a, b in M.segments(text, clauses, "pairs")]
    assert "오늘은 날씨가 좋네요.  약을 조금씩 모아 뒀어요." in pairs and "약을 조금씩 모아 뒀어요. 네" in pairs


def test_a_clause_can_raise_a_label_the_whole_text_dilutes() -> None:
    """Max over segments: a level is raised when the whole text OR any clause clears the threshold."""
    texts, labels = _tiny()
    fits = fit_heads(Design.from_texts(texts), labels, l2=1e-3, iterations=50)
    model = M.LocalModel(buckets=M.DEFAULT_BUCKETS, heads=fits, thresholds=M.Thresholds(), meta={"segments": "clauses"})
    filler = "오늘은 손주가 왔어요 산책도 했어요 밥도 잘 먹었어요 "
    text = filler + "편지를 다 써 놨어요"
    clauses = [(0, len(filler)), (len(filler), len(text))]
    whole = float(model.probabilities(text)["suicidal_ideation"][2])
    clause = float(model.probabilities(text[len(filler) :])["suicidal_ideation"][2])
    assert clause > whole
    t = (whole + clause) / 2
    model.thresholds = M.Thresholds({"suicidal_ideation": {2: t}})
    level, prob, (a, b) = model.levels(text, clauses)["suicidal_ideation"]
    assert level == 2 and prob >= t and text[a:b] == "편지를 다 써 놨어요"
    assert model.levels(text)["suicidal_ideation"][0] == 0  # the whole text alone stays below


def test_the_training_script_reads_levels_as_the_model_does() -> None:
    """scripts/train_local_model.py chooses thresholds with a vectorised copy of LocalModel.levels: they must agree."""

    texts, labels = _tiny()
    fits = fit_heads(Design.from_texts(texts), labels, l2=1e-3, iterations=50)
    thresholds = {h: {k: 0.15 + 0.2 * k for k in range(1, n)} for h, n in M.HEADS.items()}
    model = M.LocalModel(
        buckets=M.DEFAULT_BUCKETS, heads=fits, thresholds=M.Thresholds(thresholds), meta={"segments": "clauses"}
    )
    filler = "오늘은 손주가 왔어요 산책도 했어요 "
    items = [{"text": t} for t in texts] + [{"text": filler + t} for t in texts]
    clauses = [[(0, len(t))] for t in texts] + [[(0, len(filler)), (len(filler), len(filler) + len(t))] for t in texts]
    tails = train.segment_tails(fits, items, clauses, model.segment_mode, model.streams, model.clause_weight)
    levels = train.model_levels(tails, thresholds)
    for i, (item, cl) in enumerate(zip(items, clauses, strict=True)):
        by_model = model.levels(item["text"], cl)
        for head in M.HEADS:
            assert levels[head][i] == by_model[head][0], (item["text"], head)
    assert any(levels[h].any() for h in M.HEADS) and not all(levels[h].all() for h in M.HEADS)  # not trivial


def test_the_real_text_calibration_sees_the_raises_the_analyzer_makes() -> None:
    """scripts/train_local_model.py bounds the ideation thresholds by the raises ``ideation_raises`` predicts on
    real text: with any thresholds, its prediction must be exactly whether the analyzer raises ideation."""
    import copy
    import json

    from mhealth.adapters.local import rules

    real = Path(__file__).resolve().parents[1] / "eval" / "real" / "kote_dev.jsonl"
    texts = [json.loads(line)["text"] for line in real.read_text(encoding="utf-8").splitlines()[:400]] + [
        "요새 밥맛도 없고 잠도 못 자고 다 귀찮아요. 나도 그만 가고 싶어요",
        "오늘은 날씨가 좋네요. 손주가 왔어요. 다 정리하고 떠나야지",
        "약을 조금씩 모아 뒀어요. 내일이면 다 끝나",
    ]
    shipped = LocalAnalyzer(use_morphology=False)._model
    assert shipped is not None
    raised_seen = 0
    for t1, t2 in ((0.5, 0.8), (0.3, 0.4), (0.7, 0.95)):
        model = copy.copy(shipped)  # the shipped weights with other thresholds
        model.thresholds = M.Thresholds({"suicidal_ideation": {1: t1, 2: t2}})
        probe = LocalAnalyzer(use_morphology=False, model=model)
        for text in texts:
            row = [x for pair in probe.ideation_raises(text) for x in pair] or [0.0] * 4
            predicted = train.real_raise_rates({"one": np.array([row], dtype=float)}, t1, t2)["one"] > 0
            clauses = probe._clauses(text)
            made = probe._raise_with_model(text, clauses, rules.assess(text, clauses))
            raised = any(r.head == "suicidal_ideation" and not r.review for r in made)  # (a review raises no label)
            assert predicted == raised, (t1, t2, text)
            raised_seen += raised
    assert raised_seen > 0  # the check compared some raises, not only their absence


def _reviewing_model() -> M.LocalModel:
    """Never raises ideation (t1, t2 unreachable) but reviews every ideation score (review threshold 0)."""
    texts, labels = _tiny()
    fits = fit_heads(Design.from_texts(texts), labels, l2=1e-3, iterations=20)
    thresholds = M.Thresholds({"suicidal_ideation": {1: 1.01, 2: 1.01}, REVIEW_HEAD: {1: 0.0}})
    return M.LocalModel(buckets=M.DEFAULT_BUCKETS, heads=fits, thresholds=thresholds)


def test_ideation_in_the_review_band_is_high_for_a_person_without_a_label() -> None:
    """Issue 18, item 6: between the review threshold and t1 the result is at least high with needs_review and
    the floor's partial-evidence concern quoting the clause with the death cue; the ideation label stays 0."""
    text = "오늘은 날씨가 좋네요. 손주가 왔어요. 나도 그만 가고 싶어요"
    assessment = LocalAnalyzer(use_morphology=False, model=_reviewing_model()).assess(text)
    assert assessment.labels.suicidal_ideation == 0
    assert assessment.risk_level is RiskLevel.HIGH and assessment.needs_review
    (concern,) = [c for c in assessment.concerns if c.code == PARTIAL_CODE]
    assert [ev.quote for ev in concern.evidence] == ["나도 그만 가고 싶어요"]
    assert any(n.startswith("model-review:suicidal_ideation:") for n in assessment.provenance.notes)
    floored = apply_safety_floor(assessment, text)
    assert floored.needs_review and floored.risk_level.rank >= RiskLevel.HIGH.rank


def test_the_review_band_needs_a_word_of_death_and_never_lowers() -> None:
    reviewing = LocalAnalyzer(use_morphology=False, model=_reviewing_model())
    quiet = reviewing.assess("오늘은 날씨가 좋네요. 손주가 왔어요")  # the gate: nothing about death
    assert not quiet.needs_review and quiet.risk_level is RiskLevel.LOW
    crisis = "농약 사다 놨어요 내일 아침엔 없을 거야"  # the rules raise ideation 2: no review, critical stays
    assessment = reviewing.assess(crisis)
    assert assessment.labels.suicidal_ideation == 2 and assessment.risk_level is RiskLevel.CRITICAL
    assert PARTIAL_CODE not in [c.code for c in assessment.concerns]


def test_a_review_quotes_the_clause_its_score_came_from_even_far_into_the_turn() -> None:
    """A review has no raised level; its evidence must still be the clause most telling for ideation >= 1 (with
    level 0 every clause would tie, the first one, far from the death cue, would be quoted and the gate would drop
    the review)."""
    filler = "오늘은 날씨가 좋네요. 손주가 왔어요. 밥도 먹었어요. 산책도 했어요. 텔레비전도 봤어요. "
    text = filler + "나도 그만 가고 싶어요"
    model = _reviewing_model()
    analyzer = LocalAnalyzer(use_morphology=False, model=model)
    assessment = analyzer.assess(text)
    assert assessment.needs_review and assessment.risk_level is RiskLevel.HIGH
    quotes = [ev.quote for c in assessment.concerns if c.code == PARTIAL_CODE for ev in c.evidence]
    assert quotes == ["나도 그만 가고 싶어요"]


def test_the_training_script_leaves_groups_of_files_out_and_keeps_the_held_out_set_apart(tmp_path: Path) -> None:
    """``--groups N``: each file is scored by a fit without its whole group, with thresholds chosen without that
    group; a ``--held-out`` set is in no fit and no fold (the card's protocol, issue 18: thresholds inside folds)."""
    import json

    evals = Path(__file__).resolve().parents[1] / "eval"
    files = []
    for name in ("dev", "holdout", "train_a", "train_b", "train_c"):
        lines = (evals / f"ko_{name}.jsonl").read_text(encoding="utf-8").splitlines()[:24]
        path = tmp_path / f"ko_{name}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    report = tmp_path / "report.json"
    args = ["--data", *map(str, files), "--untouched", "", "--held-out", "ko_train_c.jsonl", "--real"]
    assert train.main([*args, "--groups", "2", "--no-ship", "--report", str(report)]) == 0
    loso = json.loads(report.read_text(encoding="utf-8"))
    assert loso["held_out_sets"] == ["ko_train_c.jsonl"]
    # sorted names dev, holdout, train_a, train_b: file i in group i mod 2
    assert loso["groups"] == {"group0": ["dev", "train_a"], "group1": ["holdout", "train_b"]}
    assert set(loso["per_set"]) == {"dev", "holdout", "train_a", "train_b"}  # train_c: in no fold
    # both files of a group were scored with the thresholds chosen without that group
    assert loso["fold_thresholds"]["dev"] == loso["fold_thresholds"]["train_a"]
    assert loso["fold_thresholds"]["holdout"] == loso["fold_thresholds"]["train_b"]
    assert "groups" in loso["protocol"]
