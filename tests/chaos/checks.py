"""After a scenario, the database itself is asked what happened (directly, not through the proxy)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.chaos.harness import Database, Outcome


@dataclass
class Verdict:
    stored: int = 0  # check-in rows of this scenario
    lost: list[str] = field(default_factory=list)  # accepted, yet not in the database
    duplicated: list[str] = field(default_factory=list)  # >1 row for one key or one request's tag
    half_written: list[str] = field(default_factory=list)  # "<id>: what is missing"
    failed_but_stored: list[str] = field(default_factory=list)  # a failure answer although the row is there
    unknown_and_stored: int = 0  # 503 outcome_unknown for a row that is there: honest, not a failure
    unanswered_stored: int = 0  # no answer, row there (the client could not know; a retry with the key tells)
    stored_ids: dict[str, str] = field(default_factory=dict)  # Idempotency-Key -> check-in id


def inspect(db: Database, key_prefix: str, outcomes: list[Outcome], blob_root: Path | None) -> Verdict:
    """Compare the answers with the rows whose Idempotency-Key starts with ``key_prefix``."""
    rows = db.query(
        """
        SELECT c.id, c.idempotency_key, c.source,
               t.check_in_id IS NOT NULL, a.check_in_id IS NOT NULL,
               r.check_in_id IS NOT NULL, r.blob_key, t.text,
               (SELECT COUNT(*) FROM audit_log l
                 WHERE l.resource_id = c.id AND l.action = 'check_in.create' AND l.outcome = 'allowed'),
               (SELECT COUNT(*) FROM outbox o WHERE o.ref_id = a.assessment_id AND o.kind = 'analytics')
               + (SELECT COUNT(*) FROM analytics_events e WHERE e.assessment_id = a.assessment_id)
        FROM check_ins c
        LEFT JOIN transcripts t ON t.check_in_id = c.id
        LEFT JOIN assessments a ON a.check_in_id = c.id
        LEFT JOIN recordings r ON r.check_in_id = c.id
        WHERE c.idempotency_key LIKE :prefix
        """,
        {"prefix": key_prefix.replace("_", r"\_") + "%"},
    )

    v = Verdict(stored=len(rows), stored_ids={str(row[1]): str(row[0]) for row in rows})
    by_id = {row[0]: row for row in rows}
    keys = Counter(row[1] for row in rows)
    v.duplicated += [f"key {k} x{n}" for k, n in keys.items() if n > 1]
    tags = {o.tag for o in outcomes}
    tag_rows: Counter[str] = Counter()
    for row in rows:
        text = row[7] or ""
        for word in text.split():
            if word in tags:
                tag_rows[word] += 1
    v.duplicated += [f"request {t} x{n}" for t, n in tag_rows.items() if n > 1 and t.startswith("qq")]

    for cid, _key, source, has_t, has_a, has_r, blob_key, _text, audits, analytics in rows:
        missing = []
        if not has_t:
            missing.append("transcript")
        if not has_a:
            missing.append("assessment")
        if source == "audio":
            if not has_r:
                missing.append("recording")
            elif blob_root is not None and blob_key and not _blob_exists(blob_root, str(blob_key)):
                missing.append("audio blob")
        if not audits:
            missing.append("audit entry")
        if has_a and not analytics:
            missing.append("analytics event or outbox row")
        if missing:
            v.half_written.append(f"{cid}: no {', '.join(missing)}")

    stored_keys = set(keys)
    for o in outcomes:
        if o.accepted:
            if o.check_in_id not in by_id:
                v.lost.append(f"{o.key} -> {o.status} id {o.check_in_id or '?'}")
        elif o.key in stored_keys:
            if o.status is None:
                v.unanswered_stored += 1
            elif o.status == 503 and o.error_code == "outcome_unknown":
                v.unknown_and_stored += 1
            else:
                v.failed_but_stored.append(f"{o.key} -> {o.status} {o.error_code}")
    return v


def _blob_exists(root: Path, key: str) -> bool:
    # FileBlobStore keeps a key as a relative path under its root (adapters/local/blobs.py).
    try:
        return (root / key).exists()
    except OSError:
        return False
