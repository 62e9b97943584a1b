"""The shipped statistical model's card records an honest estimate: a leave-one-set-out (LOSO) run in which every
labelled file is scored by rules + a model fitted WITHOUT it, per file and as the mean, next to the data used
(with hashes), the hyperparameters, thresholds and limits."""

from __future__ import annotations

import hashlib
import json

from mhealth.adapters.local import model as M

_KEYS = ("critical_recall", "critical_below_high", "false_critical_rate_tricky", "risk_macro_f1")


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


def test_the_card_records_a_leave_one_set_out_estimate_for_every_file() -> None:
    card = _card()
    loso = card["loso_estimate"]
    files = {d["file"].removeprefix("ko_").removesuffix(".jsonl") for d in card["trained_on"]}
    assert set(loso["per_set"]) == files == set(loso["rules_only_per_set"])
    assert {"holdout", "test3", "train_a", "train_b", "train_c"} <= files
    for run in ("per_set", "rules_only_per_set"):
        for name, r in loso[run].items():
            assert r["items"] == next(d["items"] for d in card["trained_on"] if d["file"] == f"ko_{name}.jsonl")
            for key in _KEYS:
                assert r[key] is not None
            assert set(r["dimension_accuracy"]) >= set(M.HEADS)
    for key in _KEYS:
        assert loso["mean"][key] is not None and loso["rules_only_mean"][key] is not None
    assert loso["thresholds"]["suicidal_ideation"] == card["thresholds"]["suicidal_ideation"]
    assert loso["hyperparameters"]["l2"] == card["l2"]  # same hyperparameters as the shipped model


def test_the_loso_estimate_meets_the_false_critical_budget_and_beats_the_rules() -> None:
    loso = _card()["loso_estimate"]
    assert loso["mean"]["false_critical_rate_tricky"] <= 0.05
    assert loso["mean"]["critical_recall"] > loso["rules_only_mean"]["critical_recall"]


def test_the_card_records_limits_and_version() -> None:
    card = _card()
    assert "synthetic" in card["limits"] and "real" in card["limits"]
    assert card["version"] in M.LocalModel.load().version
    assert card["segments"] == M.LocalModel.load().segment_mode
