#!/bin/sh
# Make sure the Debian packages Byline needs are present.
#   sh scripts/ensure-system-deps.sh run    what the real window needs (Qt's xcb, wayland and
#                                           offscreen plugins), and python3-venv
#   sh scripts/ensure-system-deps.sh test   the same, plus the X server, Wayland compositor and
#                                           tools of the real-window smoke tests
#                                           (tests/test_x11_smoke.py, tests/test_wayland_smoke.py)
# The Qt list lives in ONE place, resources/qt-system-packages.txt, generated from `ldd` on the
# installed plugins by scripts/qt-system-packages.py. As root on Debian we install what is
# missing (apt-get update once); otherwise we print the exact command, because a silent failure
# later (Qt aborting at start-up) is far worse.
set -eu
MODE="${1:-run}"
HERE="$(cd "$(dirname "$0")" && pwd)"
TABLE="$HERE/../resources/qt-system-packages.txt"
PYTHON="${PYTHON:-python3}"
# Xvfb and xauth: a real X server; xdotool: find the window and press keys; x11-utils: xwininfo;
# imagemagick: `import -window` takes the screenshot; weston: a headless Wayland compositor
# (with weston-screenshooter) for the native-Wayland smoke test.
TEST_TOOLS="xvfb xauth xdotool x11-utils imagemagick weston"

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check

QT_PACKAGES=$(sed -e 's/#.*//' "$TABLE" | awk 'NF { print $1 }')

not_installed() {
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case "$status" in *"ok installed"*) ;; *) printf ' %s' "$pkg" ;; esac
    done
}

# shellcheck disable=SC2086
missing=$(not_installed $QT_PACKAGES)
# Debian ships python3 without ensurepip; `python3 -m venv` then fails with a cryptic message.
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing="$missing python3-venv"
fi
optional=""
if [ "$MODE" = "test" ]; then
    # shellcheck disable=SC2086
    optional=$(not_installed $TEST_TOOLS)
fi
[ -z "$missing$optional" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages Byline needs:$missing$optional"
    export DEBIAN_FRONTEND=noninteractive
    # Another apt on the machine (unattended upgrades, a parallel set-up) holds the lock: wait.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    # shellcheck disable=SC2086
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing $optional
    exit 0
fi
if [ -n "$optional" ]; then
    echo "The real-window smoke test needs:$optional (it is skipped without them)." >&2
    echo "Install them with:  sudo apt-get install --no-install-recommends$optional" >&2
fi
if [ -n "$missing" ]; then
    echo "Byline needs these system packages:$missing" >&2
    echo "Install them with:  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
fi
