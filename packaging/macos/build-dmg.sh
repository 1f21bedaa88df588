#!/usr/bin/env bash
# Builds "Gateway Doctor.app" and a .dmg with it on macOS (needs Xcode's command line tools for
# sips, iconutil, codesign and hdiutil). Run by .github/workflows/release.yml on a tag; see
# packaging/README.md.
#
#   bash packaging/macos/build-dmg.sh [--no-build]
#
# Writes target/macos/Gateway Doctor.app and target/macos/gateway-doctor-VERSION.dmg and prints
# the path of the .dmg last. --no-build packages target/release/gateway-doctor as it is (for a
# universal binary: build both Mac targets, join them there with lipo, then run with --no-build).
# The app is signed ad hoc only, not with a Developer ID, and not notarised: Gatekeeper asks once
# until it is (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    *) echo "build-dmg.sh: unknown option '$arg' (expected --no-build)" >&2; exit 2 ;;
  esac
done

VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
[ -n "$VERSION" ] || { echo "build-dmg.sh: no version = \"...\" line in Cargo.toml" >&2; exit 1; }
OUT=target/macos
APP="$OUT/Gateway Doctor.app"

if [ "$BUILD" = 1 ]; then
  cargo build --release --locked
fi
BIN=target/release/gateway-doctor
[ -x "$BIN" ] || { echo "build-dmg.sh: $BIN missing (run without --no-build)" >&2; exit 1; }

rm -rf "$APP" "$OUT/gateway-doctor.iconset" "$OUT/dmg"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources" "$OUT/gateway-doctor.iconset"
cp "$BIN" "$APP/Contents/MacOS/gateway-doctor"
sed "s/@VERSION@/$VERSION/g" packaging/macos/Info.plist > "$APP/Contents/Info.plist"

# The .icns from the same source as every other icon.
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" assets/icon.png --out "$OUT/gateway-doctor.iconset/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  sips -z "$double" "$double" assets/icon.png --out "$OUT/gateway-doctor.iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$OUT/gateway-doctor.iconset" -o "$APP/Contents/Resources/gateway-doctor.icns"

# An ad hoc signature over the whole bundle (Info.plist and icon included). Apple Silicon runs
# nothing unsigned, and a bundle whose binary is signed but whose resources are not is reported
# as "damaged" once downloaded; with this, Gatekeeper only asks whether to open it.
codesign --force --deep --sign - "$APP"
codesign --verify --deep --strict "$APP"

# The disk image: the app and a link to /Applications to drag it onto.
mkdir -p "$OUT/dmg"
cp -R "$APP" "$OUT/dmg/"
ln -s /Applications "$OUT/dmg/Applications"
DMG="$OUT/gateway-doctor-$VERSION.dmg"
rm -f "$DMG"
# hdiutil fails now and then with "Resource busy" on CI Macs; a second try passes.
for try in 1 2 3; do
  if hdiutil create -volname "Gateway Doctor" -srcfolder "$OUT/dmg" -ov -format UDZO "$DMG" >&2; then
    break
  fi
  [ "$try" -lt 3 ] || { echo "build-dmg.sh: hdiutil create failed 3 times" >&2; exit 1; }
  sleep 5
done
rm -rf "$OUT/dmg"
echo "$DMG"
