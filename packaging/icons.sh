#!/usr/bin/env bash
# Regenerates the hicolor icon set in packaging/linux/icons/ from the one source, assets/icon.png
# (256x256 RGBA; the 512 px size is scaled up from it), and the Windows .ico. Needs ImageMagick
# (`convert`); the files it writes are committed, so building the .deb does not need ImageMagick.
#
#   bash packaging/icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=assets/icon.png
for size in 16 24 32 48 64 128 256 512; do
  dir="packaging/linux/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  # -strip: no timestamps in the files, so a rerun changes nothing when the source did not change.
  convert "$SRC" -filter Lanczos -resize "${size}x${size}" -strip "$dir/gateway-doctor.png"
done
echo "icons written under packaging/linux/icons/hicolor"
# Windows: one .ico with the sizes Explorer and the taskbar ask for (used by installer.nsi).
convert "$SRC" -define icon:auto-resize=256,128,64,48,32,24,16 -strip packaging/windows/gateway-doctor.ico
echo "icon written: packaging/windows/gateway-doctor.ico"
# macOS makes its .icns on the Mac itself (packaging/macos/build-dmg.sh, with sips and iconutil).
