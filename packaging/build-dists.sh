#!/usr/bin/env bash
# Build the sdist and the wheel into dist/ (python -m build: the wheel is built FROM the sdist,
# so the sdist is proven complete), check the sdist's file list, then smoke-test the wheel in a
# fresh virtualenv outside the checkout (packaging/smoke.sh). About 40 s with a warm pip cache.
#   packaging/build-dists.sh [--no-smoke]
# The build tools go into their own virtualenv ($BUILD_VENV, default /tmp/readinglog-build-venv),
# never into the project's .venv.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${BUILD_VENV:-/tmp/readinglog-build-venv}
python=${PYTHON:-python3}
"$python" -c 'import venv, ensurepip' 2>/dev/null || python=$root/.venv/bin/python
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "build>=1.2"
cd "$root"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/readinglog/__init__.py)
rm -f "dist/readinglog-$version.tar.gz" "dist/readinglog-$version-py3-none-any.whl"
"$venv/bin/python" -m build --outdir dist . >/dev/null
sdist=dist/readinglog-$version.tar.gz
wheel=dist/readinglog-$version-py3-none-any.whl
listing=$(tar tzf "$sdist")
for needed in migrations/versions/0001_initial.py resources/export/pages/year-in-review.md \
              resources/icons/hicolor/512x512/apps/io.github.readinglog.ReadingLog.png \
              resources/sample/library.toml src/readinglog/__init__.py CHANGELOG.md tests/conftest.py; do
  grep -qx "readinglog-$version/$needed" <<<"$listing" || { echo "build-dists: $sdist lacks $needed" >&2; exit 1; }
done
if grep -q "__pycache__" <<<"$listing"; then echo "build-dists: $sdist holds __pycache__" >&2; exit 1; fi
ls -l "$sdist" "$wheel"
if [ "${1:-}" != "--no-smoke" ]; then
  "$root/packaging/smoke.sh" "$wheel"
fi
