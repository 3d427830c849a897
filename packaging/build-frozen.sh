#!/usr/bin/env bash
# Build the PyInstaller one-folder app (packaging/readinglog.spec) into dist/readinglog/, print
# its build time and size, then smoke-test it (packaging/smoke.sh: window, search, export, an
# upgrade from the first migration). Linux here; on Windows and macOS see packaging/README.md.
#   packaging/build-frozen.sh [--no-smoke]
# PyInstaller and a non-editable ReadingLog go into their own virtualenv ($FROZEN_VENV, default
# /tmp/readinglog-frozen-venv), never into the project's .venv.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${FROZEN_VENV:-/tmp/readinglog-frozen-venv}
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null; then
  echo "build-frozen: PyInstaller needs objdump on Linux (Debian: apt install binutils)" >&2
  exit 1
fi
python=${PYTHON:-python3}
"$python" -c 'import venv, ensurepip' 2>/dev/null || python=$root/.venv/bin/python
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$root" "pyinstaller>=6.10,<7"
cd "$root"
# The window's translations (.qm) are built, not committed: the spec takes them from
# resources/translations, where scripts/translations.py builds them with PySide6's lrelease.
"$venv/bin/python" scripts/translations.py build >/dev/null
started=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/readinglog.spec
seconds=$(( $(date +%s) - started ))
size=$(du -sh dist/readinglog | cut -f1)
echo "build-frozen: dist/readinglog built in ${seconds} s, ${size} ($(find dist/readinglog -type f | wc -l) files)"
if [ "${1:-}" != "--no-smoke" ]; then
  SMOKE_PYTHON=${SMOKE_PYTHON:-$venv/bin/python} "$root/packaging/smoke.sh" dist/readinglog
fi
