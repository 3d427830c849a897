#!/usr/bin/env bash
# Put ReadingLog in the desktop's application menu, for this user only (no root):
#   scripts/install-desktop.sh              install (or refresh) the menu entry, icons, metainfo
#   scripts/install-desktop.sh --uninstall  remove exactly those files again
# Options: --exec CMD  the command the menu entry runs (default: the absolute path of the
#          `readinglog` on PATH, e.g. pipx's ~/.local/bin/readinglog, else `readinglog`);
#          --resources DIR  where the .desktop, metainfo and icons are (default: this
#          checkout's resources/; a frozen build has them in _internal/readinglog/_resources).
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/, metainfo/, icons/hicolor/.
set -euo pipefail
app_id=io.github.readinglog.ReadingLog
resources=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/resources
exec_cmd=""
mode=install
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) mode=uninstall ;;
    --exec) exec_cmd=${2:?--exec needs a command}; shift ;;
    --resources) resources=${2:?--resources needs a folder}; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop_file=$data/applications/$app_id.desktop
metainfo_file=$data/metainfo/$app_id.metainfo.xml
icons=$data/icons/hicolor

refresh_caches() {
  # Menus notice new files on their own; these only speed that up where the tools exist.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

if [ "$mode" = uninstall ]; then
  rm -f "$desktop_file" "$metainfo_file" "$icons/scalable/apps/$app_id.svg"
  for png in "$icons"/*/apps/"$app_id.png"; do
    [ -e "$png" ] && rm -f "$png"
  done
  refresh_caches
  echo "Removed ReadingLog's menu entry, icons and metainfo from $data"
  exit 0
fi

for needed in "linux/$app_id.desktop" "linux/$app_id.metainfo.xml" icons/readinglog.svg icons/hicolor; do
  if [ ! -e "$resources/$needed" ]; then
    echo "install-desktop.sh: $resources/$needed is missing (--resources DIR?)" >&2
    exit 1
  fi
done
if [ -z "$exec_cmd" ]; then
  exec_cmd=$(command -v readinglog || true)
  if [ -z "$exec_cmd" ]; then
    exec_cmd=readinglog
    echo "install-desktop.sh: no readinglog on PATH; the menu entry runs 'readinglog'" \
         "(install it, e.g. pipx install ., or pass --exec)" >&2
  fi
fi
case "$exec_cmd" in
  *[[:space:]\"\'\\\`\$]*) echo "install-desktop.sh: --exec must be a path without spaces or quotes" >&2; exit 2 ;;
esac

mkdir -p "$data/applications" "$data/metainfo" "$icons/scalable/apps"
sed "s|^Exec=.*|Exec=$exec_cmd|" "$resources/linux/$app_id.desktop" >"$desktop_file.tmp"
mv "$desktop_file.tmp" "$desktop_file"
cp "$resources/linux/$app_id.metainfo.xml" "$metainfo_file"
cp "$resources/icons/readinglog.svg" "$icons/scalable/apps/$app_id.svg"
for png in "$resources"/icons/hicolor/*/apps/"$app_id.png"; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$icons/$size/apps"
  cp "$png" "$icons/$size/apps/$app_id.png"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop_file"
fi
refresh_caches
echo "Installed ReadingLog's menu entry ($desktop_file, running $exec_cmd), icons and metainfo"
