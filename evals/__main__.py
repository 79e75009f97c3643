"""`python -m evals`: runs the eval question set through the assistant (see `evals.runner`).

Only the entry point lives here; options, scoring and reports are in `evals.runner`.
"""

from __future__ import annotations

import sys

from evals.runner import main

if __name__ == "__main__":
    sys.exit(main())
