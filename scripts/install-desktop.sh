#!/bin/sh
# Install Byline's launcher, icon and file associations for the current user (no root needed).
# The launcher runs this checkout's virtual environment, so `make install-desktop` works
# without `pip install`; after `pip install .` the `byline` command is used instead.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
if command -v byline >/dev/null 2>&1; then
    EXEC="byline"
else
    EXEC="\"$ROOT/.venv/bin/python\" -m desktop"
fi
mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps"
sed "s|^Exec=.*|Exec=$EXEC %F|" "$ROOT/resources/byline.desktop" > "$DATA/applications/byline.desktop"
cp "$ROOT/resources/byline.svg" "$DATA/icons/hicolor/scalable/apps/byline.svg"
for png in "$ROOT"/resources/icons/byline-*.png; do
    size=$(basename "$png" .png | sed 's/byline-//')
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/byline.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
echo "Installed Byline for $(id -un): $DATA/applications/byline.desktop"
echo "It now appears in the applications menu and under \"Open with\" for .txt, .md and .html files."
