#!/usr/bin/env bash
# Create or refresh .venv with ReadingLog installed (editable) and the dev tools.
# Safe to run often: it reinstalls only when pyproject.toml changed since the last run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv"
stamp="$venv/.readinglog-installed"

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate; break
  fi
done
if [ -z "$python" ]; then
  echo "ReadingLog needs Python 3.11 or newer (on Debian: apt install python3)." >&2
  exit 1
fi

if [ ! -x "$venv/bin/python" ]; then
  if ! "$python" -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing python3-venv (Debian ships venv separately)..." >&2
      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      "$python" -m venv "$venv"
    else
      echo "Python's venv module is missing. On Debian/Ubuntu run: sudo apt install python3-venv" >&2
      exit 1
    fi
  fi
fi

want=$(cat "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing ReadingLog and its dependencies into .venv (first run takes a minute)..." >&2
  "$venv/bin/python" -m pip install --quiet --upgrade pip >&2
  "$venv/bin/python" -m pip install --quiet -e "$root[dev]" >&2
  echo "$want" >"$stamp"
fi
# The window's translations (.qm, not committed): rebuilt each run, it takes a moment.
"$venv/bin/python" "$root/scripts/translations.py" build >/dev/null
