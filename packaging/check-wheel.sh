#!/usr/bin/env bash
# CI step: the wheel as a user gets it. `python -m build` (isolated: the sdist, then the wheel
# built from the sdist), the wheel installed with its dependencies into a fresh virtual
# environment, and the whole smoke suite (tests/packaging/installed_smoke.py: every README
# command, the GUI offscreen in English and Chinese) run from a temporary folder.
#   bash packaging/check-wheel.sh        (after bash packaging/dev.sh setup)
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD
WORK=$(mktemp -d "${TMPDIR:-/tmp}/blueprint-wheel-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { tail -n 40 "$1" >&2; echo "check-wheel.sh: $2 (log above)" >&2; exit 1; }

echo "== python -m build"
.venv/bin/python -m build --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 || fail "$WORK/build.log" "build failed"
ls -l "$WORK"/dist
echo "== fresh virtual environment, pip install the wheel"
"${PYTHON:-python3}" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install "$WORK"/dist/*.whl >"$WORK/install.log" 2>&1 || fail "$WORK/install.log" "install failed"
echo "== smoke suite from $WORK/run"
mkdir "$WORK/run"
cd "$WORK/run"
"$CHECKOUT/.venv/bin/python" "$CHECKOUT/tests/packaging/installed_smoke.py" \
  --program "$WORK/venv/bin/blueprint-app" --python "$WORK/venv/bin/python" --workdir "$WORK/run"
