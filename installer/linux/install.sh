#!/bin/sh
# Add Consortium Planner to your application menu and let .cpw workspace files open in it.
# Run it from the unpacked folder, as yourself (no root needed):
#
#   ./install.sh              menu entry, file type, icons, and ~/.local/bin/consortium-planner
#   ./install.sh --uninstall  remove all of that again (the unpacked folder stays)
#
# The menu entry points at this folder: if you move the folder, run ./install.sh again.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
app=consortium-planner
mime_type=application-x-consortium-planner-workspace
sizes="16 24 32 48 64 128 256 512"

refresh() {
  # Each tool is optional: desktops without it pick the files up on next login.
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
  fi
}

uninstall() {
  rm -f "$data/applications/$app.desktop" "$data/mime/packages/$app.xml"
  for size in $sizes; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/$app.png" \
      "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_type.png"
  done
  rm -f "$data/icons/hicolor/scalable/apps/$app.svg" \
    "$data/icons/hicolor/scalable/mimetypes/$mime_type.svg"
  if [ -L "$bin_dir/$app" ]; then rm -f "$bin_dir/$app"; fi
  refresh
  echo "Consortium Planner removed from the menu; delete $here to remove the program."
}

install() {
  if [ ! -x "$here/$app" ]; then
    echo "install.sh: $here/$app is missing; run this script from the unpacked folder" >&2
    exit 1
  fi
  icons=$here/_internal/resources/icons
  mkdir -p "$data/applications" "$data/mime/packages" "$bin_dir"

  # The entry names this folder's executable. Desktop-entry quoting: a backslash is written
  # four times, ", ` and $ get two backslashes inside the double quotes, and % is doubled.
  string_path=$(printf '%s' "$here/$app" | sed 's/\\/\\\\/g')
  quoted_path=$(printf '%s' "$string_path" | sed 's/\\/\\\\/g; s/["`$]/\\\\&/g; s/%/%%/g')
  while IFS= read -r line; do
    case $line in
      Exec=*) printf 'Exec="%s" %%f\n' "$quoted_path" ;;
      TryExec=*) printf 'TryExec=%s\n' "$string_path" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done <"$here/share/$app.desktop" >"$data/applications/$app.desktop"
  cp "$here/share/$app.xml" "$data/mime/packages/$app.xml"

  for size in $sizes; do
    for context in apps mimetypes; do
      mkdir -p "$data/icons/hicolor/${size}x${size}/$context"
    done
    cp "$icons/$app-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$app.png"
    cp "$icons/$app-$size.png" "$data/icons/hicolor/${size}x${size}/mimetypes/$mime_type.png"
  done
  mkdir -p "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
  cp "$icons/$app.svg" "$data/icons/hicolor/scalable/apps/$app.svg"
  cp "$icons/$app.svg" "$data/icons/hicolor/scalable/mimetypes/$mime_type.svg"

  ln -sfn "$here/$app" "$bin_dir/$app"
  refresh
  if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$app.desktop" application/x-consortium-planner-workspace || true
  fi
  echo "Consortium Planner is in your application menu; .cpw files open in it."
  echo "Command line: $bin_dir/$app --help"
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  *)
    echo "usage: $0 [--uninstall]" >&2
    exit 2
    ;;
esac
