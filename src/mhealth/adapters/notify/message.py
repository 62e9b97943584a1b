"""The words of a notification for people (e-mail, SMS, KakaoTalk, push): Korean, or English on request.

What a message may carry is fixed (docs/alerts.md): the senior's display name, the level, the reason
sentence and a link to the alert in the app. Never a transcript, a quote, a score or a contact detail: a
message may be read on a lock screen or by someone sharing the phone.
"""

from __future__ import annotations

from typing import Final

import msgspec

from mhealth.domain.model import AlertEvent, Notification, RiskLevel

_LEVEL_KO: Final = {
    RiskLevel.CRITICAL: "위기",
    RiskLevel.HIGH: "높음",
    RiskLevel.MODERATE: "중간",
    RiskLevel.LOW: "낮음",
}
_EVENT_KO: Final = {
    AlertEvent.CREATED: "새 알림",
    AlertEvent.ESCALATED: "응답 없는 알림",
    AlertEvent.ACKNOWLEDGED: "알림 확인됨",
    AlertEvent.RESOLVED: "알림 종료",
    AlertEvent.JOB_DONE: "작업 완료",
    AlertEvent.JOB_FAILED: "작업 실패",
}
_EVENT_EN: Final = {
    AlertEvent.CREATED: "New alert",
    AlertEvent.ESCALATED: "Unanswered alert",
    AlertEvent.ACKNOWLEDGED: "Alert acknowledged",
    AlertEvent.RESOLVED: "Alert resolved",
    AlertEvent.JOB_DONE: "Job done",
    AlertEvent.JOB_FAILED: "Job failed",
}

_LEAD_KO: Final = {
    AlertEvent.CREATED: "{name}님에게 확인이 필요한 알림이 생겼습니다.",
    AlertEvent.ESCALATED: "{name}님 알림에 아직 아무도 응답하지 않았습니다.",
    AlertEvent.ACKNOWLEDGED: "{name}님 알림을 담당자가 확인했습니다.",
    AlertEvent.RESOLVED: "{name}님 알림이 종료되었습니다.",
    AlertEvent.JOB_DONE: "{name}님 관련 작업이 완료되었습니다.",
    AlertEvent.JOB_FAILED: "{name}님 관련 작업이 실패했습니다.",
}
_LEAD_EN: Final = {
    AlertEvent.CREATED: "A new alert about {name} needs attention.",
    AlertEvent.ESCALATED: "Nobody has answered the alert about {name} yet.",
    AlertEvent.ACKNOWLEDGED: "The alert about {name} was acknowledged.",
    AlertEvent.RESOLVED: "The alert about {name} was resolved.",
    AlertEvent.JOB_DONE: "A job about {name} finished.",
    AlertEvent.JOB_FAILED: "A job about {name} failed.",
}
_ACT_NOW: Final = frozenset({AlertEvent.CREATED, AlertEvent.ESCALATED})


class Message(msgspec.Struct, frozen=True, kw_only=True):
    """A rendered message: ``title`` (subject, push title), ``body`` (several lines), ``short`` (one SMS)."""

    title: str
    body: str
    short: str
    link: str | None
    name: str
    level: str
    reason: str


def alert_link(notification: Notification, public_url: str | None) -> str | None:
    """The link a message carries: the notification's own, else ``<public_url>/app/alerts/<alert id>``."""
    if notification.link:
        return notification.link
    if public_url and notification.alert_id:
        return f"{public_url.rstrip('/')}/app/alerts/{notification.alert_id}"
    return None


def _clean(text: str, limit: int) -> str:
    """One line, bounded: names and reasons come from data people typed."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render(notification: Notification, public_url: str | None) -> Message:
    """The words of ``notification`` in its language (``en``, else Korean)."""
    n = notification
    en = n.language == "en"
    link = alert_link(n, public_url)
    name = _clean(n.senior_name, 60) or ("the senior" if en else "어르신")
    level = "" if n.level is None else (n.level.value if en else _LEVEL_KO[n.level])
    reason = _clean((n.reason or n.reason_ko) if en else (n.reason_ko or n.reason), 200)
    event = (_EVENT_EN if en else _EVENT_KO)[n.event]
    if en:
        title = f"[mhealth] {event}: {name}" + (f" ({level})" if level else "")
        lines = [_LEAD_EN[n.event].format(name=name)]
        if level:
            lines.append(f"Level: {level}")
        if reason:
            lines.append(f"Reason: {reason}")
        if n.job_id and not n.alert_id:
            lines.append(f"Job: {n.job_id}")
        if link:
            lines.append(f"Open the alert: {link}")
        lines.append("Please check on them as soon as you can." if n.event in _ACT_NOW else "")
    else:
        title = f"[mhealth] {name}님 {event}" + (f" (위험도 {level})" if level else "")
        lines = [_LEAD_KO[n.event].format(name=name)]
        if level:
            lines.append(f"위험도: {level}")
        if reason:
            lines.append(f"사유: {reason}")
        if n.job_id and not n.alert_id:
            lines.append(f"작업: {n.job_id}")
        if link:
            lines.append(f"알림 보기: {link}")
        lines.append("가능한 한 빨리 안부를 확인해 주세요." if n.event in _ACT_NOW else "")
    body = "\n".join(line for line in lines if line)
    short_parts = [title.removeprefix("[mhealth] ")]
    if reason:
        short_parts.append(reason)
    if link:
        short_parts.append(link)
    return Message(
        title=title,
        body=body,
        short="\n".join(short_parts),
        link=link,
        name=name,
        level=level,
        reason=reason,
    )
