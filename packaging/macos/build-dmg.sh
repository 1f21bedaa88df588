#!/usr/bin/env bash
# Builds "Gateway Doctor.app" and a .dmg with it on macOS (needs Xcode's command line tools for
# sips, iconutil and hdiutil). Not run in CI; see packaging/README.md.
#
#   bash packaging/macos/build-dmg.sh
#
# Writes target/macos/Gateway Doctor.app and target/macos/gateway-doctor-VERSION.dmg. The app is
# not signed or notarised: Gatekeeper asks once (right-click, Open) until it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
OUT=target/macos
APP="$OUT/Gateway Doctor.app"

cargo build --release
rm -rf "$APP" "$OUT/gateway-doctor.iconset"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources" "$OUT/gateway-doctor.iconset"
cp target/release/gateway-doctor "$APP/Contents/MacOS/gateway-doctor"
sed "s/@VERSION@/$VERSION/g" packaging/macos/Info.plist > "$APP/Contents/Info.plist"

# The .icns from the same source as every other icon.
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" assets/icon.png --out "$OUT/gateway-doctor.iconset/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  sips -z "$double" "$double" assets/icon.png --out "$OUT/gateway-doctor.iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$OUT/gateway-doctor.iconset" -o "$APP/Contents/Resources/gateway-doctor.icns"

DMG="$OUT/gateway-doctor-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Gateway Doctor" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "$DMG"
