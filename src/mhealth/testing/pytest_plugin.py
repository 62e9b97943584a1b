"""pytest plugin: fixtures for an offline mhealth (filled in below)."""
