"""Test helpers for teams that depend on mhealth."""
