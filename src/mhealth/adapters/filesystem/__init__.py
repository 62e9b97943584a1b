"""Local file-system adapters (the embedded default for blobs)."""
