#!/usr/bin/env bash
# Run the whole test suite (extra arguments go to pytest, e.g. ./run-tests.sh -k search).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/scripts/bootstrap.sh"
cd "$root"
export QT_QPA_PLATFORM=offscreen
exec "$root/.venv/bin/python" -m pytest "$@"
