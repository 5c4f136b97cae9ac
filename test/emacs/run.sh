#!/usr/bin/env bash
# Byline's server driven by Emacs lsp-mode in batch mode (npm run test:emacs). Prints "N passed, N failed".
# Needs the Debian packages emacs-nox and elpa-lsp-mode (.ci/run installs them). Options: --no-build.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${BYLINE_SHARED:-$root/../shared}"

fail() {
  echo "[emacs] $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

command -v emacs >/dev/null || fail "emacs is not installed (apt-get install -y emacs-nox elpa-lsp-mode)"
emacs --batch --eval "(require 'lsp-mode)" >/dev/null 2>&1 || fail "lsp-mode is not installed (apt-get install -y elpa-lsp-mode)"
if [[ "${1:-}" != "--no-build" ]]; then
  (cd "$root" && npm run --silent build) || fail "npm run build failed"
fi
[[ -f "$root/dist/server.js" ]] || fail "dist/server.js is missing"

workspace="$(mktemp -d "${TMPDIR:-/tmp}/byline-emacs-XXXXXX")"
trap 'rm -rf "$workspace"' EXIT
cp "$root"/test/fixtures/e2e/*.txt "$workspace/"
seed=""
if compgen -G "$shared/seeds/003_*.txt" >/dev/null; then
  mkdir -p "$workspace/seeds"
  cp "$shared"/seeds/003_*.txt "$workspace/seeds/"
  seed="$(ls "$workspace"/seeds/*.txt | head -n 1)"
fi

# HOME in the workspace keeps lsp-mode's session and cache files out of the user's ~/.emacs.d.
started=$(date +%s)
HOME="$workspace" BYLINE_WORKSPACE="$workspace" BYLINE_SEED="$seed" \
  BYLINE_SERVER="node $root/dist/server.js" \
  timeout --kill-after=10 "${BYLINE_EMACS_TIMEOUT:-300}" emacs --batch -l "$root/test/emacs/check.el" 2>&1 | tee "$workspace/emacs.log" \
  | grep -v -e '^Loading '
status=${PIPESTATUS[0]}
echo "[emacs] emacs --batch took $(( $(date +%s) - started )) s, exit $status" >&2
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$workspace/emacs.log" | tail -n 1)"
if [[ -z "$summary" ]]; then
  [[ $status -eq 124 ]] && fail "emacs timed out" || fail "emacs ended (exit $status) before printing its results"
fi
# the closing line CI reads
echo "$summary"
[[ "$summary" == *" 0 failed" ]] && exit 0
exit 1
