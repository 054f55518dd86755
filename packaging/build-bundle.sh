#!/usr/bin/env bash
# Builds the self-contained Linux desktop bundle (no Python needed on the target machine):
#   bash packaging/build-bundle.sh
# gives dist/blueprint-app-VERSION-linux-ARCH/ (the program, its desktop entry, icons, MIME
# type and install.sh) and dist/blueprint-app-VERSION-linux-ARCH.tar.gz. The wheel is built
# first and installed into a clean build environment (build/bundle/venv) with PyInstaller, so
# the bundle holds the run-time dependencies only. PYTHON picks the interpreter (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' blueprint_app/__init__.py)
NAME="blueprint-app-$VERSION-linux-$(uname -m)"
WORK=build/bundle
OUT="dist/$NAME"
LOG="$PWD/$WORK/build.log"
mkdir -p "$WORK" dist
: >"$LOG"
step() { echo "== $*"; }
quiet() { "$@" >>"$LOG" 2>&1 || { tail -n 40 "$LOG" >&2; echo "build-bundle.sh: failed: $* (log: $LOG)" >&2; exit 1; }; }

step "build environment ($WORK/venv)"
[ -x "$WORK/venv/bin/python" ] || quiet "${PYTHON:-python3}" -m venv "$WORK/venv"
quiet "$WORK/venv/bin/python" -m pip install --upgrade pip
quiet "$WORK/venv/bin/python" -m pip install build 'pyinstaller>=6.3'

step "wheel"
rm -rf "$WORK/wheel"
quiet "$WORK/venv/bin/python" -m build --wheel --outdir "$WORK/wheel" .
quiet "$WORK/venv/bin/python" -m pip install "$WORK"/wheel/*.whl
quiet "$WORK/venv/bin/python" -m pip install --force-reinstall --no-deps "$WORK"/wheel/*.whl

step "PyInstaller"
rm -rf "$WORK/pyinstaller" "$OUT" "$OUT.tar.gz"
(cd packaging && quiet "../$WORK/venv/bin/pyinstaller" --noconfirm --clean \
   --distpath "../$WORK/pyinstaller/dist" --workpath "../$WORK/pyinstaller/work" blueprint-app.spec)

step "desktop files"
mv "$WORK/pyinstaller/dist/blueprint-app" "$OUT"
mkdir -p "$OUT/share/applications" "$OUT/share/mime/packages" "$OUT/share/icons/hicolor/scalable/apps"
cp packaging/linux/blueprint-app.desktop "$OUT/share/applications/"
cp packaging/linux/blueprint-app-mime.xml "$OUT/share/mime/packages/blueprint-app.xml"
cp blueprint_app/resources/icons/blueprint-app.svg "$OUT/share/icons/hicolor/scalable/apps/"
for png in blueprint_app/resources/icons/blueprint-app-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$OUT/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$OUT/share/icons/hicolor/${size}x${size}/apps/blueprint-app.png"
done
cp packaging/linux/install.sh "$OUT/install.sh"
chmod +x "$OUT/install.sh"
mkdir -p "$OUT/examples"
cp examples/*.json examples/*.blueprint "$OUT/examples/"
cp packaging/linux/README.txt "$OUT/README.txt"

step "archive"
tar -C dist -czf "$OUT.tar.gz" "$NAME"
echo "bundle: $OUT ($(du -sh "$OUT" | cut -f1)), archive: $OUT.tar.gz ($(du -sh "$OUT.tar.gz" | cut -f1))"
