#!/usr/bin/env bash
# Rebuild examples/*.blueprint from examples/*.json (run after editing an example).
set -euo pipefail
cd "$(dirname "$0")/.."
for json in examples/*.json; do
  rm -f "${json%.json}.blueprint"
  .venv/bin/blueprint-app import "$json" "${json%.json}.blueprint"
done

# The example portfolio as a repository: the three journeys and their shared catalogue.
repo=examples/portfolio/retail.bprepo
rm -f "$repo"
.venv/bin/blueprint-app repo init "$repo"
for journey in online-order return-refund late-order-contact; do
  .venv/bin/blueprint-app repo add "$repo" "examples/portfolio/$journey.json" --id "$journey" \
    --message "First version" --author "Process design team"
  .venv/bin/blueprint-app resources "$repo" --import "examples/portfolio/$journey.json"
done
