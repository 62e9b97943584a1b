"""Adapters that need no outside technology: the system clock, the log notifier, an honest 'unavailable'."""
