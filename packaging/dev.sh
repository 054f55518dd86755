#!/usr/bin/env bash
# One command for a fresh Debian machine: installs what Touchpoint Blueprint Studio needs
# (Debian packages when missing, a virtual environment in .venv), then runs it.
#   bash packaging/dev.sh run [FILE]   set up, then start the application
#   bash packaging/dev.sh test [ARGS]  set up, then run the test suite (pytest ARGS)
#   bash packaging/dev.sh bench        set up, then run every benchmark
#   bash packaging/dev.sh setup        set up only
# Setting up is quick when nothing changed: Debian packages are only checked, and the Python
# install is redone only when pyproject.toml or the interpreter changed (a stamp in .venv).
set -euo pipefail
cd "$(dirname "$0")/.."

# Runtime libraries for Qt (offscreen and xcb), a CJK TrueType font for PDFs, Xvfb and
# poppler for screenshots and PDF checks, the desktop-integration tools for the bundle check;
# PostgreSQL for the team repository (its tests start their own server).
DEBIAN_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-cursor0 libxcb-xfixes0
  fonts-wqy-microhei fonts-dejavu-core xvfb xauth poppler-utils openbox xdotool x11-utils
  shared-mime-info desktop-file-utils  # packaging/check-bundle.sh: MIME type, desktop entry
  postgresql
)

install_debian_packages() {
  command -v dpkg-query >/dev/null || return 0
  # One dpkg-query for all packages (a launch must stay fast); unknown ones print nothing.
  local installed missing=()
  # dpkg-query exits 1 when one of them is not installed: that is the case handled below.
  installed=$({ dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null || true; } | awk '/ ok installed$/ {print $1}')
  for pkg in "$@"; do
    grep -qx -- "$pkg" <<<"$installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The install is redone only when what it depends on changed: the project's metadata
# (pyproject.toml: dependencies, entry points, package data), the interpreter (pyvenv.cfg) or
# this install step. Source edits need none (editable install). The stamp lives in .venv.
INSTALL_STEP="pip install -e .[test] (v2)"
STAMP=.venv/.blueprint-app-install-stamp

install_fingerprint() {
  { echo "$INSTALL_STEP"; cat pyproject.toml .venv/pyvenv.cfg; } | sha256sum | cut -d' ' -f1
}

setup_python() {
  local python="${PYTHON:-python3}"
  if ! "$python" -c "import ensurepip, venv" 2>/dev/null; then
    # Debian splits venv support out of the interpreter package.
    install_debian_packages python3-venv
  fi
  # The analysis core is a C extension built at install time: a C compiler and the
  # interpreter's headers (Debian's python3-dev for its python3) are needed.
  command -v cc >/dev/null || install_debian_packages gcc libc6-dev
  if ! "$python" -c "import sysconfig, os, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))"; then
    install_debian_packages python3-dev
  fi
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  if [ -x .venv/bin/blueprint-app ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$(install_fingerprint)" ]; then
    return 0
  fi
  # pip's and setuptools' notices go to a log, shown only when the install fails.
  local log=.venv/install.log
  echo "Installing blueprint-app and its Python packages into .venv (log: $log) ..."
  if ! { .venv/bin/python -m pip install --upgrade pip \
         && .venv/bin/python -m pip install -e '.[test]'; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "dev.sh: installing the Python packages failed (whole log: $log)" >&2
    exit 1
  fi
  install_fingerprint >"$STAMP"
}

command="${1:-run}"
shift || true
install_debian_packages "${DEBIAN_PACKAGES[@]}"
setup_python
case "$command" in
  setup) ;;
  run) exec .venv/bin/blueprint-app "$@" ;;
  test) QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@" ;;
  bench) exec .venv/bin/python -m benchmarks "$@" ;;
  *) echo "usage: bash packaging/dev.sh run|test|bench|setup" >&2; exit 2 ;;
esac
