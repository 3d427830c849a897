#!/usr/bin/env bash
# Smoke-test a built ReadingLog outside the checkout, in a throwaway READINGLOG_HOME:
#   packaging/smoke.sh dist/readinglog-0.2.0-py3-none-any.whl   a wheel (or the sdist .tar.gz),
#                                                               installed into a fresh virtualenv
#   packaging/smoke.sh dist/readinglog                          a PyInstaller one-folder build
# It checks --version (version and library schema), sample, search, export note and
# export page (templates), the window (offscreen, until it is shown), and the upgrade of a
# library made at the first migration (packaging/old_library.py, run by the fresh virtualenv's
# Python, or for a frozen build by $SMOKE_PYTHON, default the checkout's .venv).
# Exit status 0 when every check passed; the first failure names itself.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -eq 1 ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
target=$(realpath "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/readinglog-smoke.XXXXXX")
if [ -z "${SMOKE_KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "smoke: keeping $work"; fi
cd "$work"  # nothing of the checkout is on the path from here
export QT_QPA_PLATFORM=offscreen
unset READINGLOG_HOME READINGLOG_READ_ONLY PYTHONPATH

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
ok() { echo "smoke: ok: $*"; }
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/src/readinglog/__init__.py")
schema=$(sed -n 's/^HEAD_REVISION = "\(.*\)"$/\1/p' "$root/src/readinglog/core/migrate.py")
[ -n "$version" ] && [ -n "$schema" ] || fail "cannot read the version or schema from $root"

if [ -d "$target" ]; then
  app=("$target/readinglog")
  [ -x "${app[0]}" ] || fail "$target has no readinglog executable"
  maker=${SMOKE_PYTHON:-$root/.venv/bin/python}
  kind="frozen build $target"
else
  case "$target" in *.whl|*.tar.gz) ;; *) fail "$target is neither a folder, a wheel nor an sdist" ;; esac
  python=${SMOKE_VENV_PYTHON:-python3}
  "$python" -c 'import venv, ensurepip' 2>/dev/null || python=$root/.venv/bin/python
  "$python" -m venv "$work/venv" || fail "no virtualenv could be made with $python"
  started=$(date +%s)
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$target" \
    || fail "pip could not install $target"
  ok "installed $(basename "$target") into a fresh virtualenv in $(( $(date +%s) - started )) s"
  app=("$work/venv/bin/readinglog")
  maker=$work/venv/bin/python
  kind="$(basename "$target") in a virtualenv"
  where=$("$maker" -c 'import readinglog, readinglog.paths as p
print(readinglog.__file__); print(p.package_data("migrations")); print(p.package_data("resources"))')
  case "$where" in *"$root"*) fail "the virtualenv imports ReadingLog from the checkout: $where" ;; esac
  ok "readinglog, its migrations and resources come from the virtualenv"
fi
run() { timeout 300 "${app[@]}" "$@"; }

# The window's translations: one .qm a language that has catalogs in the checkout
if [ -d "$target" ]; then resources=$target/_internal/readinglog/_resources
else resources=$(sed -n 3p <<<"$where"); fi
[ -d "$resources/export/pages" ] && [ -f "$resources/sample/library.toml" ] \
  || fail "the resources inside are incomplete: $resources"
for catalog in "$root"/resources/translations/*_*.ts; do
  [ -e "$catalog" ] || continue
  language=$(basename "$catalog" .ts | sed -E 's/^.*_([a-z]{2,3}_[A-Z]{2})$/\1/')
  ls "$resources"/translations/*"_$language.qm" >/dev/null 2>&1 \
    || fail "no $language translation (.qm) inside: $resources/translations"
done
ok "resources inside: export templates and pages, the sample, $(ls "$resources"/translations/*.qm 2>/dev/null | wc -l) translations"

out=$(run --version) || fail "--version"
[ "$out" = "ReadingLog $version (library schema $schema)" ] || fail "--version printed: $out"
ok "$out"

export READINGLOG_HOME=$work/home
out=$(run sample) || fail "sample: $out"
ok "$out"
out=$(run search 经济) || fail "search: $out"
grep -q "置身事内" <<<"$out" || fail "search 经济 did not find 置身事内: $out"
ok "search 经济 finds 置身事内"
note=$(run note list | awk 'NR > 2 && $1 ~ /^[0-9]+$/ { print $1; exit }')
[ -n "$note" ] || fail "note list shows no note"
run export note "$note" --format hugo --out "$work/site" >/dev/null || fail "export note $note"
post=$(find "$work/site" -name '*.md' | head -n1)
[ -n "$post" ] && grep -q '^draft: true' "$post" || fail "export note $note wrote no Hugo draft"
ok "export note $note: $(basename "$post")"
run export page bookshelf --format hugo --out "$work/pages" >/dev/null || fail "export page"
[ -n "$(find "$work/pages" -name '*.md')" ] || fail "export page bookshelf wrote no page"
ok "export page bookshelf (the page templates are inside)"
out=$(READINGLOG_QUIT_AFTER_SHOWN=1 timeout 120 "${app[@]}" 2>"$work/window.err") \
  || fail "the window: $out $(cat "$work/window.err")"
grep -q "^window shown: True" <<<"$out" || fail "the window was not shown: $out"
ok "$out"

export READINGLOG_HOME=$work/old
"$maker" "$root/packaging/old_library.py" "$READINGLOG_HOME" >/dev/null \
  || fail "$maker could not make a library at the first migration"
out=$(READINGLOG_QUIT_AFTER_SHOWN=1 timeout 120 "${app[@]}" 2>"$work/upgrade.err") \
  || fail "the window on a 0001_initial library: $out $(cat "$work/upgrade.err")"
grep -q "^window shown: True.*, 1 rows" <<<"$out" || fail "the upgraded library's window: $out"
out=$(run db current) || fail "db current"
[ "$out" = "$schema (up to date)" ] || fail "after the upgrade db current says: $out"
ls "$READINGLOG_HOME"/backups/*-upgrade-0001_initial.sqlite3 >/dev/null 2>&1 \
  || fail "no backup was made before the upgrade"
out=$(run search 烟雨楼台) || fail "search after the upgrade"
grep -q "Old note" <<<"$out" || fail "the note written at 0001_initial is not found: $out"
ok "a 0001_initial library opened in the window, backed up, upgraded to $schema, its note found"
echo "smoke: all checks passed for $kind"
