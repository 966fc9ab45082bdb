#!/bin/sh
# Make sure the Debian libraries that Qt's offscreen/xcb platforms and `python3 -m venv`
# need are present. As root on Debian we install what is missing; otherwise we print the
# exact command, because a silent failure later (Qt aborting at start-up) is far worse.
set -eu
QT_LIBS="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core"
PYTHON="${PYTHON:-python3}"

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check

missing=""
for pkg in $QT_LIBS; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in *"ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
# Debian ships python3 without ensurepip; `python3 -m venv` then fails with a cryptic message.
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing="$missing python3-venv"
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages Byline needs:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
else
    echo "Byline needs these system packages:$missing" >&2
    echo "Install them with:  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
fi
