"""``python -m mhealth``: the same command line as ``mhealth``."""

import sys

from mhealth.entrypoints.cli import main

if __name__ == "__main__":
    sys.exit(main())
