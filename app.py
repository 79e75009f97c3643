"""Starts the web UI on the shipped corpus: `python app.py` (settings: ASSISTANT_* variables)."""

import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from assistant.errors import AssistantError  # noqa: E402
from assistant.ui import launch  # noqa: E402


def main() -> int:
    """Serve the UI; a setting or index problem is one clear line, not a traceback."""
    try:
        launch()
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
