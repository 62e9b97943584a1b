"""The screening prompt in Gemini's terms: the shared prompt, and its schema in Vertex AI's dialect.

The prompt and the answer schema are provider-neutral (:mod:`mhealth.adapters.llm.prompt`); Vertex AI's
``responseSchema`` takes an OpenAPI subset instead of JSON Schema (upper-case types, no
``additionalProperties``, a ``propertyOrdering`` that fixes the order the model writes fields in), so
:data:`RESPONSE_SCHEMA` is derived from :data:`~mhealth.adapters.llm.prompt.ANSWER_SCHEMA` here.
"""

from __future__ import annotations

from typing import Any

from mhealth.adapters.llm.prompt import (
    ANSWER_SCHEMA,
    PROMPT_VERSION,
    REPAIR_INSTRUCTION,
    SYSTEM_INSTRUCTION,
    USER_TEMPLATE,
    user_message,
)


def vertex_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (JSON Schema, as in ANSWER_SCHEMA) in the OpenAPI subset Vertex AI's responseSchema takes."""
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "additionalProperties":
            continue
        if key == "type":
            out[key] = str(value).upper()
        elif key == "properties":
            out[key] = {name: vertex_schema(sub) for name, sub in value.items()}
            out["propertyOrdering"] = list(value)
        elif key == "items":
            out[key] = vertex_schema(value)
        else:
            out[key] = value
    return out


RESPONSE_SCHEMA: dict[str, Any] = vertex_schema(ANSWER_SCHEMA)

__all__ = [
    "PROMPT_VERSION",
    "REPAIR_INSTRUCTION",
    "RESPONSE_SCHEMA",
    "SYSTEM_INSTRUCTION",
    "USER_TEMPLATE",
    "user_message",
    "vertex_schema",
]
