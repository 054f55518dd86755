#!/usr/bin/env bash
# Rebuild examples/*.blueprint from examples/*.json (run after editing an example).
set -euo pipefail
cd "$(dirname "$0")/.."
for json in examples/*.json; do
  rm -f "${json%.json}.blueprint"
  .venv/bin/blueprint-app import "$json" "${json%.json}.blueprint"
done
