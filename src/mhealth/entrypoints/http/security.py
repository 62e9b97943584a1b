"""What the HTTP layer needs for access control, built by the container (``container.security()``).

No framework import: the container builds it without importing Litestar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mhealth.domain.usecases.access import AccessControl
from mhealth.domain.usecases.audit import AuditTrail
from mhealth.domain.usecases.consent import Consents
from mhealth.domain.usecases.retention import Retention
from mhealth.entrypoints.http.coalesce import SingleFlight

if TYPE_CHECKING:
    from mhealth.entrypoints.http.auth import TokenAuthority


class Security:
    """Access control, consent, audit, retention and the token authority (on ``app.state.security``).

    ``tokens`` may be the authority or a callable that builds it: under ``MHEALTH_AUTH=off`` it is built only
    when someone signs in, so a development run needs no JWT secret until then.
    """

    def __init__(
        self,
        *,
        access: AccessControl,
        consents: Consents,
        audit: AuditTrail,
        retention: Retention,
        tokens: TokenAuthority | Callable[[], TokenAuthority],
        auth_required: bool,
    ) -> None:
        self.access = access
        self.consents = consents
        self.audit = audit
        self.retention = retention
        self._tokens = tokens
        self.auth_required = auth_required
        # Credential and actor look-ups in flight, shared by the requests that ask the same at once.
        self.flights = SingleFlight()

    @property
    def tokens(self) -> TokenAuthority:
        """The token authority (under MHEALTH_AUTH=off built only when someone signs in)."""
        if callable(self._tokens) and not hasattr(self._tokens, "issue"):
            self._tokens = self._tokens()
        return self._tokens  # type: ignore[return-value]
