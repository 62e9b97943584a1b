"""Handler parameter types shared by the controllers (explicit markers, as Litestar 2.25 asks)."""

from __future__ import annotations

from typing import Annotated

from litestar.di import NamedDependency
from litestar.params import QueryParameter, SkipValidation

from mhealth.domain.usecases.facade import MHealth
from mhealth.entrypoints.settings import Settings

# The facade and the settings come from the app's own providers: nothing to validate.
Mh = NamedDependency[SkipValidation[MHealth]]
Cfg = NamedDependency[SkipValidation[Settings]]
Limit = Annotated[int, QueryParameter(name="limit", ge=1, le=500, description="Page size (1-500).")]
After = Annotated[
    str | None, QueryParameter(name="after", max_length=64, description="`next_cursor` of the previous page.")
]
