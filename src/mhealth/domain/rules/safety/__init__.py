"""The safety floor: deterministic crisis rules that run after every analyzer and never lower a level.

``patterns`` holds the curated, versioned Korean crisis patterns as data (rows with named fields);
``engine`` compiles and matches them (``scan``); ``gate`` is the literal pre-filter that keeps the scan
fast; ``floor`` applies the rules to an assessment and decides alerts. Standard library only.
"""
