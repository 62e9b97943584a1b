"""An ASGI app that answers with the scope it was given, served by Granian natively (ASGI) and through mhealth's
RSGI translator (RSGI), so tests can compare the two."""

from __future__ import annotations

import json
from typing import Any

from mhealth.entrypoints.http.rsgi import serve_asgi


async def echo(scope: Any, receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    seen = {
        "path": scope["path"],
        "raw_path": scope["raw_path"].decode("latin-1"),
        "query_string": scope["query_string"].decode("latin-1"),
    }
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(seen).encode()})


class Translated:
    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        await serve_asgi(echo, scope, proto)


translated = Translated()
