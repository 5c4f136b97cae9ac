#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from a real VS Code: the integration suite runs in
# screenshot mode, in a workspace holding only our invented fixtures (test/fixtures/e2e), and the tests save the
# workbench at the moments worth showing (article with highlighting, speaker hover, claims view, export progress,
# status bar), plus the grammar alone. Needs the offline harness (../shared/vscode/setup.sh) or VSCODE_SHIM.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
node scripts/test-e2e.mjs --screenshots="$out" "$@"

# What the TextMate grammar alone colours (semantic highlighting off), i.e. what shows before the server answers.
shim="${VSCODE_SHIM:-$(bash "${BYLINE_SHARED:-../shared}/vscode/setup.sh" | tail -n 1)}"
"$(dirname "$shim")/vscode-screenshot" --extensionDevelopmentPath="$PWD" --folder=test/fixtures/e2e \
  --file=test/fixtures/e2e/library-reopens.txt --out="$out/grammar-only.png" --viewport=1100x520 \
  --setting='editor.fontSize=15' \
  --setting='[byline-article]={"editor.semanticHighlighting.enabled":false,"editor.wordWrap":"on","editor.unicodeHighlight.ambiguousCharacters":false}'

# A mismatched pair (“…") in the default dark theme. The "before" picture beside it in the README was taken once,
# with the 0.1.0 grammar and package.json copied beside the current dist/ (it cannot be retaken from this tree).
"$(dirname "$shim")/vscode-screenshot" --extensionDevelopmentPath="$PWD" --folder=test/fixtures/screenshots \
  --file="$PWD/test/fixtures/screenshots/mismatched-quote.txt" --out="$out/mismatched-quote-after.png" \
  --theme="Default Dark Modern" --viewport=1100x420 --wait=6000 --setting='editor.fontSize=15'
ls -l "$out"/*.png
