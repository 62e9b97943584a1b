"""The Korean dev set meets its labelling and composition rules, and the scorer's metrics are right.

The metric tests compare against numbers computed by hand (in the comments), so a wrong formula fails them.
"""

from __future__ import annotations

import json
import math
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.eval.dataset_rules import SUICIDE_WORDS, check_breadth, scorer

HERE = Path(__file__).resolve().parent


DATA = HERE / "ko_dev.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return scorer.load_dataset(DATA)


# ----------------------------------------------------------------------------------------------------------------
# the data file
# ----------------------------------------------------------------------------------------------------------------


def test_dev_set_loads_and_is_large_enough(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 240
    assert len({it["id"] for it in items}) == len(items)
    assert len({it["text"] for it in items}) == len(items), "duplicate utterances"


def test_composition(items: list[dict[str, Any]]) -> None:
    n = len(items)
    risks = Counter(it["risk"] for it in items)
    tricky = [it for it in items if "tricky_negative" in it["tags"]]
    critical = [it for it in items if it["risk"] == "critical"]
    assert len(tricky) / n >= 0.25
    assert len(critical) / n >= 0.15
    # roughly low 35%, moderate 25%, high 20%, critical 18-20%
    assert 0.28 <= risks["low"] / n <= 0.45
    assert 0.18 <= risks["moderate"] / n <= 0.32
    assert 0.14 <= risks["high"] / n <= 0.26
    assert 0.15 <= risks["critical"] / n <= 0.25
    no_word = [it for it in critical if "no_suicide_word" in it["tags"]]
    assert len(no_word) >= len(critical) / 2, "many critical items must carry no suicide word"
    assert scorer.composition(items).problems() == []


def test_breadth_of_style_and_labels(items: list[dict[str, Any]]) -> None:
    check_breadth(items)


def test_tricky_negatives_carry_no_ideation(items: list[dict[str, Any]]) -> None:
    for it in items:
        if "tricky_negative" in it["tags"]:
            assert it["suicidal_ideation"] == 0, it["id"]
            assert it["risk"] in ("low", "moderate", "high"), it["id"]
    tricky = [it for it in items if "tricky_negative" in it["tags"]]
    assert sum(it["risk"] in ("low", "moderate") for it in tricky) / len(tricky) >= 0.9


def test_no_suicide_word_items_have_none(items: list[dict[str, Any]]) -> None:
    tagged = [it for it in items if "no_suicide_word" in it["tags"]]
    assert tagged
    for it in tagged:
        assert it["suicidal_ideation"] >= 1, it["id"]
        for word in SUICIDE_WORDS:
            assert word not in it["text"], (it["id"], word)


def test_every_item_has_a_note(items: list[dict[str, Any]]) -> None:
    for it in items:
        assert len(it["note"].strip()) >= 10, it["id"]


# ----------------------------------------------------------------------------------------------------------------
# load_dataset validation
# ----------------------------------------------------------------------------------------------------------------


def good_item(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "x1",
        "text": "잘 지내요",
        "depression": 0,
        "anxiety": 0,
        "cognitive_concern": 0,
        "loneliness": 0,
        "suicidal_ideation": 0,
        "physical_complaint": False,
        "abuse": False,
        "risk": "low",
        "tags": [],
        "note": "Nothing to label.",
    }
    base.update(overrides)
    return base


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_valid_file_loads(tmp_path: Path) -> None:
    rows = [good_item(), good_item(id="x2", suicidal_ideation=1, depression=2, risk="critical")]
    assert [it["id"] for it in scorer.load_dataset(write_jsonl(tmp_path / "ok.jsonl", rows))] == ["x1", "x2"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"risk": "high"}, "inconsistent"),
        ({"suicidal_ideation": 1, "risk": "high", "depression": 2}, "inconsistent"),  # SI 1 + dep 2 is critical
        ({"depression": 3, "risk": "critical"}, "inconsistent"),
        ({"depression": 4}, "depression"),
        ({"loneliness": -1}, "loneliness"),
        ({"depression": True}, "depression"),
        ({"anxiety": 1.0}, "anxiety"),
        ({"physical_complaint": 1}, "physical_complaint"),
        ({"risk": "severe"}, "risk"),
        ({"text": "  "}, "text"),
        ({"tags": "idiom"}, "tags"),
        ({"note": ""}, "note"),
        ({"extra": 1}, "unknown"),
        ({"tags": ["tricky_negative"], "suicidal_ideation": 1, "risk": "high"}, "tricky_negative"),
    ],
)
def test_invalid_item_is_rejected_naming_its_id(tmp_path: Path, overrides: dict[str, Any], message: str) -> None:
    rows = [good_item(id="ok1"), good_item(id="bad7", **overrides)]
    with pytest.raises(ValueError, match="bad7") as info:
        scorer.load_dataset(write_jsonl(tmp_path / "bad.jsonl", rows))
    assert message in str(info.value)


def test_missing_field_and_duplicate_id_are_rejected(tmp_path: Path) -> None:
    row = good_item(id="m1")
    del row["abuse"]
    with pytest.raises(ValueError, match=r"m1.*abuse"):
        scorer.load_dataset(write_jsonl(tmp_path / "missing.jsonl", [row]))
    with pytest.raises(ValueError, match=r"dup.*duplicate id"):
        scorer.load_dataset(write_jsonl(tmp_path / "dup.jsonl", [good_item(id="dup"), good_item(id="dup")]))
    (tmp_path / "broken.jsonl").write_text('{"id": "b1",\n', encoding="utf-8")
    with pytest.raises(ValueError, match="invalid JSON"):
        scorer.load_dataset(tmp_path / "broken.jsonl")


# ----------------------------------------------------------------------------------------------------------------
# metrics on hand-made predictions
# ----------------------------------------------------------------------------------------------------------------

# one canonical label set per level, used for both truth and prediction
LABELS_FOR = {
    "low": {},
    "moderate": {"depression": 2},
    "high": {"depression": 3},
    "critical": {"suicidal_ideation": 2},
}


def item_at(item_id: str, level: str, tags: tuple[str, ...] = ()) -> dict[str, Any]:
    return good_item(id=item_id, text=f"text of {item_id}", risk=level, tags=list(tags), **LABELS_FOR[level])


def pred_at(level: str) -> dict[str, Any]:
    p = {dim: 0 for dim in scorer.ORDINAL_DIMENSIONS} | {"physical_complaint": False, "risk": level}
    p.update(LABELS_FOR[level])
    return p


def run(items: list[dict[str, Any]], preds: list[dict[str, Any]]) -> Any:
    table = {it["text"]: p for it, p in zip(items, preds, strict=True)}
    return scorer.score(items, lambda text: table[text])


def eight_items() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    true = ["low", "low", "moderate", "moderate", "high", "high", "critical", "critical"]
    pred = ["low", "moderate", "moderate", "low", "high", "critical", "critical", "moderate"]
    items = [item_at(f"h{i + 1}", lvl) for i, lvl in enumerate(true)]
    return items, [pred_at(lvl) for lvl in pred]


def test_confusion_matrix_and_macro_f1_by_hand() -> None:
    items, preds = eight_items()
    report = run(items, preds)
    # rows true, columns predicted (low, moderate, high, critical)
    assert report.confusion == [
        [1, 1, 0, 0],
        [1, 1, 0, 0],
        [0, 0, 1, 1],
        [0, 1, 0, 1],
    ]
    # low P=1/2 R=1/2 F=.5; moderate P=1/3 R=1/2 F=.4; high P=1 R=1/2 F=2/3; critical P=1/2 R=1/2 F=.5
    per = report.risk_per_class
    assert per["moderate"]["precision"] == pytest.approx(1 / 3)
    assert per["moderate"]["f1"] == pytest.approx(0.4)
    assert per["high"]["f1"] == pytest.approx(2 / 3)
    assert report.risk_macro_f1 == pytest.approx((0.5 + 0.4 + 2 / 3 + 0.5) / 4)  # 0.516667
    assert report.risk_accuracy == pytest.approx(4 / 8)
    assert report.under_triage == 2 and report.under_triage_ids == ["h4", "h8"]
    assert report.over_triage == 2


def test_missed_critical_is_reported() -> None:
    items, preds = eight_items()
    report = run(items, preds)
    assert report.critical_total == 2
    assert report.critical_recall == pytest.approx(0.5)
    assert report.missed_critical_ids == ["h8"]
    assert [(m.id, m.text, m.predicted_risk) for m in report.critical_below_high] == [("h8", "text of h8", "moderate")]
    text = report.format()
    assert "h8 -> moderate: text of h8" in text
    assert "macro-F1: 0.517" in text


def test_critical_predicted_high_is_missed_but_not_below_high() -> None:
    items = [item_at("c1", "critical"), item_at("c2", "critical"), item_at("c3", "critical")]
    report = run(items, [pred_at("high"), pred_at("critical"), pred_at("low")])
    assert report.missed_critical_ids == ["c1", "c3"]
    assert [m.id for m in report.critical_below_high] == ["c3"]
    assert report.critical_recall == pytest.approx(1 / 3)


def test_macro_f1_leaves_out_levels_absent_from_truth_and_prediction() -> None:
    items = [item_at("a", "low"), item_at("b", "low"), item_at("c", "high")]
    assert run(items, [pred_at("low"), pred_at("low"), pred_at("high")]).risk_macro_f1 == pytest.approx(1.0)
    # low F1 1; high (support 1, never predicted) F1 0; critical (predicted, no support) F1 0 -> 1/3
    items = [item_at("a", "low"), item_at("c", "high")]
    assert run(items, [pred_at("low"), pred_at("critical")]).risk_macro_f1 == pytest.approx(1 / 3)


def test_false_critical_on_tricky_negatives() -> None:
    items = [
        item_at("t1", "low", ("tricky_negative", "idiom")),
        item_at("t2", "moderate", ("tricky_negative",)),
        item_at("t3", "low", ("tricky_negative",)),
        item_at("t4", "low", ("tricky_negative",)),
        item_at("n1", "low"),  # not tricky: a false critical here does not count
    ]
    preds = [pred_at("critical"), pred_at("moderate"), pred_at("high"), pred_at("low"), pred_at("critical")]
    report = run(items, preds)
    assert report.tricky_total == 4
    assert report.false_critical_tricky_ids == ["t1"]
    assert report.false_critical_rate_tricky == pytest.approx(0.25)
    # t1 (SI 2) and t3 (high via depression 3, SI 0) -> only t1 has ideation flagged
    assert [m.id for m in report.tricky_si_flagged] == ["t1"]
    assert "t1 (true low): text of t1" in report.format()


def test_dimension_accuracy_and_mae_by_hand() -> None:
    items = [
        good_item(id="a", text="a"),
        good_item(id="b", text="b", depression=1, physical_complaint=True),
        good_item(id="c", text="c", depression=2, anxiety=1, risk="moderate"),
        good_item(id="d", text="d", depression=3, risk="high"),
    ]
    zero = {dim: 0 for dim in scorer.ORDINAL_DIMENSIONS} | {"physical_complaint": False}
    preds = [
        zero | {"risk": "low"},
        zero | {"depression": 2, "risk": "moderate"},
        zero | {"depression": 2, "anxiety": 3, "risk": "high"},
        zero | {"risk": "low"},
    ]
    report = run(items, preds)
    # depression true 0,1,2,3 vs 0,2,2,0: exact 2/4, MAE (0+1+0+3)/4
    assert report.dimension_accuracy["depression"] == pytest.approx(0.5)
    assert report.dimension_mae["depression"] == pytest.approx(1.0)
    # anxiety true 0,0,1,0 vs 0,0,3,0: exact 3/4, MAE 2/4
    assert report.dimension_accuracy["anxiety"] == pytest.approx(0.75)
    assert report.dimension_mae["anxiety"] == pytest.approx(0.5)
    assert report.dimension_accuracy["suicidal_ideation"] == pytest.approx(1.0)
    assert report.dimension_accuracy["physical_complaint"] == pytest.approx(0.75)
    assert "physical_complaint" not in report.dimension_mae
    assert report.dimension_accuracy["abuse"] is None  # not predicted
    assert report.under_triage == 1 and report.under_triage_ids == ["d"]
    assert report.over_triage == 2


def test_abuse_is_scored_when_predicted() -> None:
    items = [good_item(id="a", text="a", abuse=True), good_item(id="b", text="b")]
    zero = {dim: 0 for dim in scorer.ORDINAL_DIMENSIONS} | {"physical_complaint": False, "risk": "low"}
    report = run(items, [zero | {"abuse": False}, zero | {"abuse": False}])
    assert report.dimension_accuracy["abuse"] == pytest.approx(0.5)


def test_prediction_problems_name_the_item() -> None:
    items = [item_at("p1", "low"), item_at("p2", "low")]
    ok = pred_at("low")
    missing = {k: v for k, v in ok.items() if k != "loneliness"}
    with pytest.raises(ValueError, match=r"p2.*loneliness"):
        run(items, [ok, missing])
    with pytest.raises(ValueError, match=r"p1.*risk"):
        run(items, [ok | {"risk": "urgent"}, ok])
    with pytest.raises(ValueError, match=r"p1.*depression"):
        run(items, [ok | {"depression": 7}, ok])


def test_predictions_may_be_objects_and_enums() -> None:
    import enum
    from dataclasses import dataclass

    class Level(enum.Enum):
        LOW = "low"
        CRITICAL = "critical"

    @dataclass
    class Result:
        depression: int
        anxiety: int
        cognitive_concern: int
        loneliness: int
        suicidal_ideation: int
        physical_complaint: bool
        risk: Level

    items = [item_at("o1", "low"), item_at("o2", "critical")]
    results = {
        "text of o1": Result(0, 0, 0, 0, 0, False, Level.LOW),
        "text of o2": Result(0, 0, 0, 0, 2, False, Level.CRITICAL),
    }
    report = scorer.score(items, lambda t: results[t])
    assert report.risk_accuracy == 1.0 and report.critical_recall == 1.0


def test_items_per_second_measures_the_predictor() -> None:
    items = [item_at(f"s{i}", "low") for i in range(3)]

    def slow(text: str) -> dict[str, Any]:
        time.sleep(0.02)
        return pred_at("low")

    report = scorer.score(items, slow)
    assert report.elapsed_seconds >= 0.06
    assert 0 < report.items_per_second <= 3 / 0.06 + 1e-9
    assert not math.isinf(report.items_per_second)


def test_oracle_scores_perfectly_on_the_dev_set(items: list[dict[str, Any]]) -> None:
    by_text = {it["text"]: it for it in items}
    report = scorer.score(items, lambda text: by_text[text])
    assert report.risk_macro_f1 == pytest.approx(1.0)
    assert report.critical_recall == 1.0 and report.missed_critical == []
    assert report.false_critical_rate_tricky == 0.0
    assert report.under_triage == 0 and report.over_triage == 0
    assert all(v == 1.0 for v in report.dimension_accuracy.values())


def test_everything_critical_is_caught_but_floods_tricky_negatives(items: list[dict[str, Any]]) -> None:
    def alarm(text: str) -> dict[str, Any]:
        return pred_at("critical")

    report = scorer.score(items, alarm)
    assert report.critical_recall == 1.0
    assert report.false_critical_rate_tricky == 1.0
    assert report.risk_macro_f1 < 0.2


# ----------------------------------------------------------------------------------------------------------------
# command line
# ----------------------------------------------------------------------------------------------------------------


def test_check_data_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert scorer.main(["--check-data"]) == 0
    out = capsys.readouterr().out
    assert "tricky_negative:" in out and "critical with no_suicide_word:" in out
    assert "composition: OK" in out


def test_check_data_cli_fails_on_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [good_item(id="zz9", risk="moderate")])
    assert scorer.main(["--data", str(path), "--check-data"]) == 1
    assert "zz9" in capsys.readouterr().err


def test_analyzer_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "toy_predictor_for_scorer.py").write_text(
        textwrap.dedent(
            """
            def predict(text):
                critical = "약" in text
                return {"depression": 0, "anxiety": 0, "cognitive_concern": 0, "loneliness": 0,
                        "suicidal_ideation": 2 if critical else 0, "physical_complaint": False,
                        "risk": "critical" if critical else "low"}
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    data = write_jsonl(
        tmp_path / "small.jsonl",
        [
            good_item(id="k1", text="약을 모아 뒀어", suicidal_ideation=2, risk="critical"),
            good_item(id="k2", text="번개탄 사다 놨어", suicidal_ideation=2, risk="critical"),
            good_item(id="k3", text="잘 지내요"),
        ],
    )
    out_json = tmp_path / "report.json"
    code = scorer.main(["--data", str(data), "--analyzer", "toy_predictor_for_scorer:predict", "--json", str(out_json)])
    assert code == 0
    out = capsys.readouterr().out
    assert "critical recall: 50.0% (1/2)" in out
    assert "k2 -> low: 번개탄 사다 놨어" in out
    assert json.loads(out_json.read_text(encoding="utf-8"))["critical_recall"] == 0.5
