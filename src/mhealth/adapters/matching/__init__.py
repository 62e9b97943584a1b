"""Compiled multi-pattern matchers for the safety floor's gate (speed only; the domain's own index is the reference)."""
