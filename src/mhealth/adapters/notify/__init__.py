"""Notifier adapters that reach people: webhook, e-mail (SMTP), SMS and KakaoTalk (Solapi), push (FCM).

Each module imports its SDK (httpx, google-auth) inside the adapter, so selecting ``MHEALTH_NOTIFIERS=log``
costs nothing at start-up. See docs/alerts.md.
"""
