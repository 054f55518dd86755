#!/usr/bin/env bash
# CI step: the desktop bundle made by packaging/build-bundle.sh, tested as a user would use it.
#   bash packaging/check-bundle.sh [BUNDLE_FOLDER]
# - size: the folder must stay under MAX_FOLDER_MB, the archive under MAX_ARCHIVE_MB;
# - a real X window under Xvfb (xcb) on an example, started and quit (start time printed);
# - a PDF exported by the bundled program (size checked);
# - the whole smoke suite against the bundled program (every README command, offscreen GUI
#   in English and Chinese), from a temporary folder;
# - install.sh into a temporary ~/.local: command, desktop entry, icons, MIME type; then
#   install.sh --uninstall leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD
MAX_FOLDER_MB=${MAX_FOLDER_MB:-400}
MAX_ARCHIVE_MB=${MAX_ARCHIVE_MB:-160}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' blueprint_app/__init__.py)
BUNDLE=$(cd "${1:-dist/blueprint-app-$VERSION-linux-$(uname -m)}" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/blueprint-bundle-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
die() { echo "check-bundle.sh: $*" >&2; exit 1; }

echo "== size"
folder_mb=$(du -sm "$BUNDLE" | cut -f1)
archive_mb=$(du -sm "$BUNDLE.tar.gz" | cut -f1)
echo "folder ${folder_mb} MB (limit $MAX_FOLDER_MB), archive ${archive_mb} MB (limit $MAX_ARCHIVE_MB)"
[ "$folder_mb" -le "$MAX_FOLDER_MB" ] || die "the bundle folder grew to $folder_mb MB"
[ "$archive_mb" -le "$MAX_ARCHIVE_MB" ] || die "the archive grew to $archive_mb MB"

echo "== a real window under Xvfb"
cp -r "$BUNDLE/examples" "$WORK/examples"
cd "$WORK"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" BLUEPRINT_APP_DATA_DIR="$WORK/home/data"
mkdir -p "$HOME"
started=$(date +%s%N)
shown=$(BLUEPRINT_APP_START_CHECK=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
        "$BUNDLE/blueprint-app" examples/online-order-delivery.blueprint 2>"$WORK/xvfb.err") \
  || { cat "$WORK/xvfb.err" >&2; die "the bundle did not start under Xvfb"; }
echo "$shown"
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "started and quit in $((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000))) s (Xvfb start included)"
grep -q "icon=yes" <<<"$shown" || die "no window icon"

echo "== PDF exported by the bundle"
"$BUNDLE/blueprint-app" export examples/online-order-delivery.blueprint handout.pdf --paper A3
pdf_kb=$(( $(stat -c %s handout.pdf) / 1024 ))
echo "handout.pdf: ${pdf_kb} KB"
head -c 5 handout.pdf | grep -q '%PDF-' || die "handout.pdf is not a PDF"
[ "$pdf_kb" -ge 20 ] && [ "$pdf_kb" -le 20000 ] || die "handout.pdf has an unlikely size (${pdf_kb} KB)"
if command -v pdftotext >/dev/null; then
  text=$(pdftotext handout.pdf -)  # not piped into grep -q: pipefail would see pdftotext's SIGPIPE
  grep -q "Online order" <<<"$text" || die "handout.pdf does not show the blueprint's name"
fi

echo "== smoke suite against the bundled program"
"$CHECKOUT/.venv/bin/python" "$CHECKOUT/tests/packaging/installed_smoke.py" \
  --program "$BUNDLE/blueprint-app" --workdir "$WORK/smoke"

echo "== install.sh into a temporary ~/.local"
PREFIX="$WORK/home/.local" "$BUNDLE/install.sh"
local_share="$WORK/home/.local/share"
for f in bin/blueprint-app lib/blueprint-app/blueprint-app share/applications/blueprint-app.desktop \
         share/mime/packages/blueprint-app.xml share/icons/hicolor/48x48/apps/blueprint-app.png \
         share/icons/hicolor/scalable/apps/blueprint-app.svg; do
  [ -e "$WORK/home/.local/$f" ] || die "install.sh did not install $f"
done
grep -q "^Exec=\"$WORK/home/.local/lib/blueprint-app/blueprint-app\" %f" "$local_share/applications/blueprint-app.desktop" \
  || die "the desktop entry does not start the installed program"
"$WORK/home/.local/bin/blueprint-app" --version
if command -v update-mime-database >/dev/null; then
  grep -q "application/x-touchpoint-blueprint" "$local_share/mime/globs2" || die "MIME database not updated"
  echo "MIME type registered: $(grep blueprint "$local_share/mime/globs2")"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$local_share/applications/blueprint-app.desktop"
fi
PREFIX="$WORK/home/.local" "$WORK/home/.local/lib/blueprint-app/install.sh" --uninstall
left=$(find "$WORK/home/.local" -name 'blueprint-app*' | head -5)
[ -z "$left" ] || die "install.sh --uninstall left: $left"
echo "bundle check passed"
