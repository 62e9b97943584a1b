"""The safety floor: deterministic crisis rules that run after every analyzer and never lower a level.

``floor`` applies the rules and decides alerts; ``patterns`` holds the curated, versioned Korean crisis
patterns; ``gate`` is the literal pre-filter that keeps the scan fast. Standard library only.
"""
