"""Starts the web UI on the shipped corpus: `python app.py` (settings: ASSISTANT_* variables)."""

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from assistant.ui import launch  # noqa: E402

if __name__ == "__main__":
    launch()
