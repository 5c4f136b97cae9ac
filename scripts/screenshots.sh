#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from a real VS Code: the integration suite runs in
# screenshot mode, in a workspace holding only our invented fixtures (test/fixtures/e2e), and the tests save the
# workbench at the moments worth showing (article with highlighting, speaker hover, claims view, export progress,
# status bar). Needs the offline harness (../shared/vscode/setup.sh) or VSCODE_SHIM.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
node scripts/test-e2e.mjs --screenshots="$out" "$@"
ls -l "$out"/*.png
