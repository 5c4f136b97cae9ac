#!/usr/bin/env bash
# The Dask job on a local cluster (npm run test:scale). Prints "N passed, N failed".
# Needs the Debian packages python3-distributed and python3-dask (.ci/run installs them). Options: --no-build.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

fail() {
  echo "[scale] $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# Debian's packages live in the system python, which a pyenv or venv python3 earlier on PATH does not see
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import dask.bag, distributed' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
[[ -n "$python" ]] || fail "no python3 with Dask (apt-get install -y python3-distributed python3-dask)"
if [[ "${1:-}" != "--no-build" ]]; then
  (cd "$root" && npm run --silent build) || fail "npm run build failed"
fi
[[ -f "$root/dist/cli.js" ]] || fail "dist/cli.js is missing"

timeout --kill-after=10 "${BYLINE_SCALE_TIMEOUT:-600}" "$python" "$root/test/scale/check.py"
status=$?
[[ $status -eq 124 ]] && fail "timed out"
exit $status
