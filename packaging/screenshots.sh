#!/usr/bin/env bash
# Screenshots of the application on each example, in a real X window (Xvfb, xcb platform).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/dev.sh setup
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python packaging/screenshots.py
