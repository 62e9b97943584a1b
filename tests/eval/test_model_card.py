"""The shipped statistical model's card records an honest estimate: test3 held out of training, hyperparameters
and thresholds, scored with and without the model, next to the cross-validated numbers and the data used."""

from __future__ import annotations

import hashlib
import json

from mhealth.adapters.local import model as M


def _card() -> dict:
    return json.loads(M.CARD_PATH.read_text(encoding="utf-8"))


def test_the_card_names_its_data_with_hashes() -> None:
    card = _card()
    names = [d["file"] for d in card["trained_on"]]
    assert "ko_test3.jsonl" in names  # the shipped model uses every set
    for entry in card["trained_on"]:
        assert len(entry["sha256"]) == 64 and entry["items"] > 0
    assert card["items"] == sum(d["items"] for d in card["trained_on"])
    assert card["weights_sha256"] == hashlib.sha256(M.MODEL_PATH.read_bytes()).hexdigest()


def test_the_card_records_an_honest_held_out_test3_estimate() -> None:
    est = _card()["heldout_estimate"]
    assert est["file"] == "ko_test3.jsonl"
    assert "ko_test3.jsonl" not in [d["file"] for d in est["trained_on"]]
    for run in ("rules_only", "rules_plus_model"):
        r = est[run]
        assert r["items"] == est["items"] > 0
        for key in ("critical_recall", "critical_below_high", "false_critical_rate_tricky", "risk_macro_f1"):
            assert r[key] is not None
        assert set(r["dimension_accuracy"]) >= set(M.HEADS)
    assert est["cross_validation"]["thresholds"]["suicidal_ideation"]


def test_the_card_records_cross_validation_and_limits() -> None:
    card = _card()
    cv = card["cross_validation"]
    assert cv["folds"] >= 3
    assert "out_of_fold_model_alone" in cv and "out_of_fold_rules_plus_model" in cv
    assert card["l2"] == card["heldout_estimate"]["cross_validation"]["l2"]  # same hyperparameters
    assert "synthetic" in card["limits"] and "real" in card["limits"]
    assert card["version"] in M.LocalModel.load().version
