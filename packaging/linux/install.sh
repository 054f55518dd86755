#!/usr/bin/env bash
# Installs Touchpoint Blueprint Studio for the current user, from this unpacked bundle:
#   ./install.sh               into ~/.local (program in ~/.local/lib/blueprint-app)
#   ./install.sh --uninstall   removes what it installed
# PREFIX=/some/where ./install.sh installs elsewhere. Needs no root rights. Afterwards the
# application is in the desktop's menu, `blueprint-app` is on PATH (if ~/.local/bin is), and
# double-clicking a .blueprint file opens it.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APPDIR="$PREFIX/lib/blueprint-app"
SHARE="$PREFIX/share"
MIME_TYPE=application/x-touchpoint-blueprint

refresh_desktop_caches() {
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APPDIR"
  rm -f "$PREFIX/bin/blueprint-app" "$SHARE/applications/blueprint-app.desktop" \
        "$SHARE/mime/packages/blueprint-app.xml"
  find "$SHARE/icons/hicolor" -name 'blueprint-app.*' -path '*/apps/*' -delete 2>/dev/null || true
  refresh_desktop_caches
  echo "Touchpoint Blueprint Studio removed from $PREFIX"
  exit 0
fi

[ -x "$HERE/blueprint-app" ] || { echo "install.sh: run it from the unpacked bundle folder" >&2; exit 2; }
mkdir -p "$APPDIR" "$PREFIX/bin" "$SHARE/applications" "$SHARE/mime/packages"
if [ "$HERE" != "$APPDIR" ]; then
  rm -rf "$APPDIR"
  cp -a "$HERE" "$APPDIR"
fi
ln -sfn "$APPDIR/blueprint-app" "$PREFIX/bin/blueprint-app"
# The desktop entry names the installed program by its full path: ~/.local/bin is not
# always on the PATH of the desktop session.
sed -e "s|^Exec=blueprint-app|Exec=\"$APPDIR/blueprint-app\"|" \
    -e "s|^TryExec=blueprint-app|TryExec=$APPDIR/blueprint-app|" \
    "$HERE/share/applications/blueprint-app.desktop" >"$SHARE/applications/blueprint-app.desktop"
cp "$HERE/share/mime/packages/blueprint-app.xml" "$SHARE/mime/packages/blueprint-app.xml"
(cd "$HERE/share/icons" && find hicolor -name 'blueprint-app.*' | while read -r icon; do
  mkdir -p "$SHARE/icons/$(dirname "$icon")"
  cp "$icon" "$SHARE/icons/$icon"
done)
refresh_desktop_caches
command -v xdg-mime >/dev/null && xdg-mime default blueprint-app.desktop "$MIME_TYPE" 2>/dev/null || true
echo "Touchpoint Blueprint Studio installed: $APPDIR"
echo "  command:       $PREFIX/bin/blueprint-app"
echo "  desktop entry: $SHARE/applications/blueprint-app.desktop ($MIME_TYPE, *.blueprint)"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "  note: $PREFIX/bin is not on your PATH";; esac
