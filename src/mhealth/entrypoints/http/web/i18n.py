"""The web app's words in Korean (the default) and English.

The language is ``?lang=ko|en`` (remembered in a cookie), else that cookie, else the browser's
``Accept-Language`` (English only when it prefers English to Korean), else Korean.
"""

from __future__ import annotations

LANGS = ("ko", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "app_name": {"ko": "마음건강 돌봄", "en": "mhealth care"},
    "skip": {"ko": "본문으로 건너뛰기", "en": "Skip to content"},
    "nav_home": {"ko": "내 어르신", "en": "My seniors"},
    "nav_alerts": {"ko": "알림함", "en": "Alerts"},
    "nav_admin": {"ko": "관리", "en": "Admin"},
    "nav_api": {"ko": "API 문서", "en": "API docs"},
    "sign_out": {"ko": "로그아웃", "en": "Sign out"},
    "lang_switch": {"ko": "English", "en": "한국어"},
    "login_title": {"ko": "로그인", "en": "Sign in"},
    "email": {"ko": "이메일", "en": "E-mail"},
    "password": {"ko": "비밀번호", "en": "Password"},
    "login_button": {"ko": "로그인", "en": "Sign in"},
    "login_failed": {"ko": "이메일 또는 비밀번호가 올바르지 않습니다.", "en": "Wrong e-mail or password."},
    "login_locked": {
        "ko": "로그인 실패가 너무 많습니다. 잠시 후 다시 시도하세요.",
        "en": "Too many failed sign-ins; try again later.",
    },
    "form_expired": {
        "ko": "양식이 만료되었습니다. 다시 시도하세요.",
        "en": "The form has expired; please try again.",
    },
    "senior_role_hint": {
        "ko": "어르신은 보호자가 준 기기 링크(QR 코드)로 들어오세요.",
        "en": "Seniors sign in with the device link (QR code) from their care team.",
    },
    "home_title": {"ko": "내 어르신", "en": "My seniors"},
    "home_intro": {"ko": "급한 순서로 보여 줍니다.", "en": "Most urgent first."},
    "no_seniors": {"ko": "연결된 어르신이 없습니다.", "en": "No seniors are linked to you."},
    "col_senior": {"ko": "어르신", "en": "Senior"},
    "col_risk": {"ko": "최근 위험도", "en": "Latest risk"},
    "col_last": {"ko": "마지막 체크인", "en": "Last check-in"},
    "col_alerts": {"ko": "미확인 알림", "en": "Open alerts"},
    "never": {"ko": "없음", "en": "none"},
    "days_ago": {"ko": "{n}일 전", "en": "{n} days ago"},
    "today": {"ko": "오늘", "en": "today"},
    "risk_low": {"ko": "낮음", "en": "Low"},
    "risk_moderate": {"ko": "보통", "en": "Moderate"},
    "risk_high": {"ko": "높음", "en": "High"},
    "risk_critical": {"ko": "위기", "en": "Critical"},
    "risk_none": {"ko": "기록 없음", "en": "No data"},
    "senior_title": {"ko": "어르신 상세", "en": "Senior"},
    "trend_title": {"ko": "최근 90일 추이", "en": "Last 90 days"},
    "trend_desc": {
        "ko": "점수(0-100): 우울·불안은 높을수록 나쁨, 인지는 높을수록 좋음. "
        "굵은 선은 7일 평균, 빈칸은 체크인이 없던 날.",
        "en": "Scores (0-100): depression and anxiety, higher is worse; cognition, higher is better. Bold lines: "
        "7-day average; gaps: days without a check-in.",
    },
    "depression": {"ko": "우울", "en": "Depression"},
    "anxiety": {"ko": "불안", "en": "Anxiety"},
    "cognitive": {"ko": "인지", "en": "Cognition"},
    "missed_days": {"ko": "체크인 없는 날: {n}일", "en": "Days without a check-in: {n}"},
    "worsening": {"ko": "기준선보다 나빠지고 있습니다", "en": "Worsening against the baseline"},
    "baseline_change": {"ko": "30일 기준선 대비 변화", "en": "Change against the 30-day baseline"},
    "recent_check_ins": {"ko": "최근 체크인", "en": "Recent check-ins"},
    "no_check_ins": {"ko": "체크인이 없습니다.", "en": "No check-ins yet."},
    "open": {"ko": "보기", "en": "Open"},
    "team_link": {"ko": "돌봄팀과 기기 링크", "en": "Care team and device link"},
    "consent_link": {"ko": "동의", "en": "Consent"},
    "check_in_title": {"ko": "체크인", "en": "Check-in"},
    "transcript": {"ko": "대화 내용", "en": "Transcript"},
    "evidence_note": {
        "ko": "강조된 부분은 판단의 근거가 된 말입니다.",
        "en": "Highlighted: the words the result rests on.",
    },
    "concerns": {"ko": "발견된 내용", "en": "Findings"},
    "recommendation": {"ko": "권고", "en": "Recommendation"},
    "scores": {"ko": "점수", "en": "Scores"},
    "needs_review": {"ko": "사람의 확인이 필요합니다", "en": "A person must review this"},
    "source_audio": {"ko": "음성", "en": "voice"},
    "source_text": {"ko": "글", "en": "text"},
    "alerts_title": {"ko": "알림함", "en": "Alerts"},
    "alerts_open": {"ko": "확인 전", "en": "Open"},
    "alerts_done": {"ko": "확인 완료", "en": "Acknowledged"},
    "no_alerts": {"ko": "알림이 없습니다.", "en": "No alerts."},
    "reason": {"ko": "사유", "en": "Reason"},
    "action": {"ko": "권장 조치", "en": "Recommended action"},
    "outcome": {"ko": "조치 결과", "en": "Outcome"},
    "outcome_reached": {"ko": "통화로 연락됨", "en": "Reached by phone"},
    "outcome_visited": {"ko": "방문함", "en": "Visited"},
    "outcome_emergency_services": {"ko": "119/긴급 출동 요청", "en": "Emergency services called"},
    "outcome_false_alarm": {"ko": "오경보", "en": "False alarm"},
    "note": {"ko": "메모 (선택)", "en": "Note (optional)"},
    "note_label": {"ko": "메모", "en": "Note"},
    "acknowledge": {"ko": "확인 처리", "en": "Acknowledge"},
    "acknowledged_by": {"ko": "{when} {who} 확인", "en": "Acknowledged {when} by {who}"},
    "acknowledged_ok": {"ko": "알림을 확인 처리했습니다.", "en": "The alert is acknowledged."},
    "view_check_in": {"ko": "체크인 보기", "en": "View check-in"},
    "history": {"ko": "처리 기록", "en": "History"},
    "alert_title": {"ko": "알림", "en": "Alert"},
    "alerts_resolved": {"ko": "종료", "en": "Resolved"},
    "status": {"ko": "상태", "en": "Status"},
    "status_open": {"ko": "확인 전", "en": "Open"},
    "status_acknowledged": {"ko": "확인됨", "en": "Acknowledged"},
    "status_resolved": {"ko": "종료됨", "en": "Resolved"},
    "raised_at": {"ko": "발생", "en": "Raised"},
    "resolve": {"ko": "알림 종료", "en": "Resolve"},
    "resolve_note": {"ko": "종료 메모 (선택)", "en": "Closing note (optional)"},
    "resolved_ok": {"ko": "알림을 종료했습니다.", "en": "The alert is resolved."},
    "details": {"ko": "자세히 · 처리 기록", "en": "Details and history"},
    "no_deliveries": {"ko": "아직 보낸 알림이 없습니다.", "en": "No notification has been sent yet."},
    "when": {"ko": "시각", "en": "When"},
    "event": {"ko": "내용", "en": "Event"},
    "channel": {"ko": "경로", "en": "Channel"},
    "recipient": {"ko": "받는 사람", "en": "Recipient"},
    "result": {"ko": "결과", "en": "Result"},
    "event_alert_created": {"ko": "알림 발송", "en": "Alert sent"},
    "event_alert_escalated": {"ko": "다음 담당자에게 전달", "en": "Escalated"},
    "event_alert_acknowledged": {"ko": "확인 알림", "en": "Acknowledgement sent"},
    "event_alert_resolved": {"ko": "종료 알림", "en": "Resolution sent"},
    "event_job_done": {"ko": "작업 완료", "en": "Job done"},
    "event_job_failed": {"ko": "작업 실패", "en": "Job failed"},
    "delivery_delivered": {"ko": "전달됨", "en": "Delivered"},
    "delivery_retrying": {"ko": "재시도 예정", "en": "Retrying"},
    "delivery_failed": {"ko": "실패", "en": "Failed"},
    "team_title": {"ko": "돌봄팀", "en": "Care team"},
    "team_members": {"ko": "연결된 사람", "en": "Linked people"},
    "role": {"ko": "역할", "en": "Role"},
    "role_guardian": {"ko": "보호자", "en": "Guardian"},
    "role_social_worker": {"ko": "사회복지사", "en": "Social worker"},
    "role_admin": {"ko": "관리자", "en": "Administrator"},
    "role_senior": {"ko": "어르신 기기", "en": "Senior's device"},
    "role_service": {"ko": "연동 서비스", "en": "Service client"},
    "device_title": {"ko": "어르신 기기 링크", "en": "Senior's device link"},
    "device_intro": {
        "ko": "어르신 휴대폰으로 이 QR 코드를 찍으면 비밀번호 없이 녹음 화면이 열립니다. 분실하면 바로 취소하세요.",
        "en": "Scan this QR code with the senior's phone: it opens the recording page without a password. "
        "Revoke it at once if the phone is lost.",
    },
    "device_issue": {"ko": "새 기기 링크 만들기", "en": "Create a device link"},
    "device_revoke": {"ko": "기기 링크 취소", "en": "Revoke device link"},
    "device_active": {"ko": "사용 중인 기기 링크: {n}개", "en": "Active device links: {n}"},
    "device_once": {
        "ko": "이 링크는 지금만 보입니다. 어르신 기기에서 바로 여세요.",
        "en": "This link is shown only now: open it on the senior's device.",
    },
    "device_revoked": {"ko": "기기 링크를 취소했습니다.", "en": "The device link is revoked."},
    "care_team_title": {"ko": "알림 받는 순서 (돌봄팀)", "en": "Care team (who is told, in order)"},
    "care_team_intro": {
        "ko": "알림은 첫 번째 사람부터 차례로 전달됩니다. 연락처는 일부만 보여 줍니다.",
        "en": "Alerts go to the first member, then up the list. Addresses are partly hidden.",
    },
    "no_care_team": {"ko": "돌봄팀이 아직 없습니다.", "en": "No care team has been set."},
    "member_role_guardian": {"ko": "보호자", "en": "Guardian"},
    "member_role_social_worker": {"ko": "사회복지사", "en": "Social worker"},
    "member_role_on_call": {"ko": "당직", "en": "On call"},
    "channel_email": {"ko": "이메일", "en": "E-mail"},
    "channel_sms": {"ko": "문자", "en": "SMS"},
    "channel_kakao": {"ko": "카카오 알림톡", "en": "KakaoTalk"},
    "channel_webhook": {"ko": "웹훅", "en": "Webhook"},
    "channel_push": {"ko": "푸시", "en": "Push"},
    "quiet_hours": {"ko": "방해 금지", "en": "Quiet hours"},
    "language": {"ko": "언어", "en": "Language"},
    "lang_ko": {"ko": "한국어", "en": "Korean"},
    "lang_en": {"ko": "영어", "en": "English"},
    "edit_care_team": {"ko": "돌봄팀 고치기", "en": "Edit the care team"},
    "care_team_form_help": {
        "ko": "순서 칸의 숫자 순서대로 알림이 갑니다. 연락 경로는 한 줄에 하나씩 종류:주소로 쓰세요 "
        "(email, sms, kakao, webhook, push; 예: sms:010-1234-5678). 빈 칸은 무시하고, '이 줄 삭제'를 고르면 "
        "지웁니다. 방해 금지 시간은 어르신 시간대 기준이며 위기 알림은 무시합니다.",
        "en": "Alerts go in the order of the position numbers. Channels: one per line as kind:address (email, sms, "
        "kakao, webhook, push; e.g. sms:010-1234-5678). Blank rows are ignored; tick 'remove' to delete one. "
        "Quiet hours are in the senior's time zone; a crisis ignores them.",
    },
    "member_n": {"ko": "{n}번째 사람", "en": "Member {n}"},
    "position": {"ko": "순서", "en": "Position"},
    "member_name": {"ko": "이름 (외부 연락처)", "en": "Name (an external contact)"},
    "member_user": {"ko": "사용자 (이메일, 선택)", "en": "User (e-mail, optional)"},
    "member_channels": {"ko": "연락 경로 (한 줄에 하나, 종류:주소)", "en": "Channels (one per line, kind:address)"},
    "quiet_start": {"ko": "방해 금지 시작", "en": "Quiet from"},
    "quiet_end": {"ko": "방해 금지 끝", "en": "Quiet until"},
    "remove_row": {"ko": "이 줄 삭제", "en": "Remove"},
    "save_care_team": {"ko": "돌봄팀 저장", "en": "Save the care team"},
    "saved_team": {"ko": "돌봄팀을 저장했습니다.", "en": "The care team is saved."},
    "schedule_title": {"ko": "체크인 일정", "en": "Check-in schedule"},
    "schedule_zone": {"ko": "시간대: {zone}", "en": "Time zone: {zone}"},
    "no_schedule": {"ko": "정해진 체크인 일정이 없습니다.", "en": "No check-in schedule has been set."},
    "grace_is": {
        "ko": "앞뒤 {n}분 안에 체크인이 없으면 놓친 것으로 봅니다.",
        "en": "A slot with no check-in within {n} minutes either side is missed.",
    },
    "edit_schedule": {"ko": "일정 고치기", "en": "Edit the schedule"},
    "schedule_form_help": {
        "ko": "요일과 시각({zone} 기준)을 고르세요. 빈 줄은 무시하고, '이 줄 삭제'를 고르면 지웁니다. "
        "더 필요하면 저장한 뒤 다시 여세요.",
        "en": "Pick a weekday and a time ({zone}). Blank rows are ignored; tick 'remove' to delete one. Need more "
        "rows? Save, then open the form again.",
    },
    "time_n": {"ko": "{n}번째 시각", "en": "Time {n}"},
    "weekday": {"ko": "요일", "en": "Weekday"},
    "time": {"ko": "시각", "en": "Time"},
    "grace_label": {"ko": "허용 시간 (분, 1-720)", "en": "Grace (minutes, 1-720)"},
    "save_schedule": {"ko": "일정 저장", "en": "Save the schedule"},
    "saved_schedule": {"ko": "일정을 저장했습니다.", "en": "The schedule is saved."},
    "missed_title": {"ko": "최근 놓친 체크인", "en": "Recent missed check-ins"},
    "no_missed": {"ko": "놓친 체크인이 없습니다.", "en": "No missed check-ins."},
    "line_n": {"ko": "{n}번째 줄:", "en": "Line {n}:"},
    "day_mon": {"ko": "월요일", "en": "Monday"},
    "day_tue": {"ko": "화요일", "en": "Tuesday"},
    "day_wed": {"ko": "수요일", "en": "Wednesday"},
    "day_thu": {"ko": "목요일", "en": "Thursday"},
    "day_fri": {"ko": "금요일", "en": "Friday"},
    "day_sat": {"ko": "토요일", "en": "Saturday"},
    "day_sun": {"ko": "일요일", "en": "Sunday"},
    "consent_title": {"ko": "동의 관리", "en": "Consent"},
    "scope_audio_processing": {"ko": "음성 처리", "en": "Audio processing"},
    "scope_analytics": {"ko": "통계 활용", "en": "Analytics"},
    "consent_audio_warning": {
        "ko": "음성 처리 동의를 철회하면 음성 체크인을 바로 받지 않고, 저장된 녹음은 다음 보존 작업 때 삭제됩니다.",
        "en": "Withdrawing audio consent stops voice check-ins at once; stored recordings are deleted by the next "
        "retention run.",
    },
    "granted": {"ko": "동의", "en": "Granted"},
    "withdrawn": {"ko": "철회", "en": "Withdrawn"},
    "not_recorded": {"ko": "기록 없음", "en": "Not recorded"},
    "grant": {"ko": "동의 기록", "en": "Record consent"},
    "withdraw": {"ko": "동의 철회", "en": "Withdraw"},
    "consent_history": {"ko": "동의 기록", "en": "History"},
    "consent_saved": {"ko": "저장했습니다.", "en": "Saved."},
    "admin_title": {"ko": "관리", "en": "Administration"},
    "users": {"ko": "사용자", "en": "Users"},
    "links": {"ko": "연결", "en": "Links"},
    "link_user": {"ko": "사용자 연결", "en": "Link a user"},
    "user": {"ko": "사용자 (이메일)", "en": "User (e-mail)"},
    "senior": {"ko": "어르신", "en": "Senior"},
    "link": {"ko": "연결", "en": "Link"},
    "unlink": {"ko": "연결 해제", "en": "Unlink"},
    "create_user": {"ko": "사용자 만들기", "en": "Create a user"},
    "create": {"ko": "만들기", "en": "Create"},
    "password_hint": {"ko": "12자 이상", "en": "at least 12 characters"},
    "created_ok": {"ko": "사용자를 만들었습니다.", "en": "The user is created."},
    "saved_ok": {"ko": "저장했습니다.", "en": "Saved."},
    "disable": {"ko": "사용 중지", "en": "Disable"},
    "enable": {"ko": "다시 사용", "en": "Enable"},
    "linked_ok": {"ko": "연결했습니다.", "en": "Linked."},
    "unlinked_ok": {"ko": "연결을 해제했습니다.", "en": "Unlinked."},
    "disabled": {"ko": "사용 중지됨", "en": "disabled"},
    "not_found": {"ko": "찾을 수 없습니다.", "en": "Not found."},
    "error_title": {"ko": "문제가 생겼습니다", "en": "Something went wrong"},
    "back_home": {"ko": "처음으로", "en": "Back to my seniors"},
    "record_title": {"ko": "안부 녹음", "en": "Voice check-in"},
    "record_hello": {"ko": "오늘 기분이 어떠세요?", "en": "How are you feeling today?"},
    "record_help": {
        "ko": "큰 버튼을 누르고 말씀하세요. 다 하셨으면 한 번 더 누르세요.",
        "en": "Press the big button and speak. Press it again when you are done.",
    },
    "record_start": {"ko": "녹음 시작", "en": "Start recording"},
    "record_stop": {"ko": "녹음 끝내고 보내기", "en": "Stop and send"},
    "record_recording": {"ko": "듣고 있어요…", "en": "Listening…"},
    "record_sending": {"ko": "보내는 중…", "en": "Sending…"},
    "record_sent": {"ko": "잘 보냈어요. 고맙습니다!", "en": "Sent. Thank you!"},
    "record_failed": {"ko": "보내지 못했어요. 다시 눌러 주세요.", "en": "It was not sent. Please press again."},
    "record_no_mic": {
        "ko": "마이크를 쓸 수 없어요. 보호자에게 알려 주세요.",
        "en": "The microphone cannot be used. Please tell your care team.",
    },
    "record_no_js": {
        "ko": "녹음하려면 자바스크립트가 필요합니다.",
        "en": "Recording needs JavaScript.",
    },
    "record_crisis": {
        "ko": "많이 힘드시면 지금 109(자살예방상담전화)나 119로 전화하세요.",
        "en": "If things are very hard, call 109 (suicide-prevention line) or 119 now.",
    },
    "device_opening": {"ko": "여는 중…", "en": "Opening…"},
    "device_invalid": {
        "ko": "이 링크는 더 이상 쓸 수 없습니다. 보호자에게 새 링크를 받으세요.",
        "en": "This link no longer works. Ask your care team for a new one.",
    },
    "device_continue": {"ko": "계속", "en": "Continue"},
    "not_a_diagnosis": {
        "ko": "이 결과는 자동 선별 보조 도구이며 진단이 아닙니다. 반드시 전문가의 확인이 필요합니다. "
        "위기 상황에서는 자살예방상담전화 109 또는 119로 연락하세요.",
        "en": "This is an automated screening aid, not a diagnosis. A qualified professional must review it; "
        "in a crisis call 109 (Korea suicide-prevention line) or 119.",
    },
}


def choose_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """``ko`` or ``en``: the query, else the cookie, else the browser's preference between the two."""
    for value in (query, cookie):
        if value in LANGS:
            return value
    if accept_language:
        for part in accept_language.split(","):
            tag = part.split(";")[0].strip().lower()
            if tag.startswith("ko"):
                return "ko"
            if tag.startswith("en"):
                return "en"
    return "ko"


def translate(lang: str, key: str, **values: object) -> str:
    """The message ``key`` in ``lang`` (a missing key shows itself, so a test catches it)."""
    entry = MESSAGES.get(key)
    text = entry.get(lang, entry["ko"]) if entry else key
    return text.format(**values) if values else text
