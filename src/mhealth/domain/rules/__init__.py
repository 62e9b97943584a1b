"""Pure rules over the domain model: scoring, trends, redaction, access policy and the safety floor.

Rules import only the standard library, msgspec and ``mhealth.domain.model``/``errors``: never a port,
a use case, an adapter or an entrypoint (import-linter checks it by package).
"""
