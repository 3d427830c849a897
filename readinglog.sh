#!/usr/bin/env bash
# Launch ReadingLog (the window; pass a command for the CLI, e.g. ./readinglog.sh --help).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/scripts/bootstrap.sh"
exec "$root/.venv/bin/readinglog" "$@"
