#!/usr/bin/env bash
# Builds the Debian package of the desktop app offline, with nothing but cargo and dpkg-deb
# (why not cargo-deb or cargo-packager: see packaging/README.md).
#
#   bash packaging/build-deb.sh [--no-build]
#
# It runs `cargo build --release` (the profile in Cargo.toml; --no-build packages the binary
# already there), lays out the files under usr/, writes DEBIAN/control and md5sums, and builds
# $CARGO_TARGET_DIR/debian/gateway-doctor_VERSION-1_ARCH.deb (target/ by default). The last line
# it prints is the path of the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    *) echo "build-deb.sh: unknown option '$arg' (expected --no-build)" >&2; exit 2 ;;
  esac
done

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
NAME=gateway-doctor
# The project's home and the package maintainer (packaging/README.md lists every other place).
HOMEPAGE="https://github.com/gateway-doctor/gateway-doctor"
MAINTAINER="Gateway Doctor maintainers <maintainers@gateway-doctor.org>"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
[ -n "$VERSION" ] || { echo "build-deb.sh: no version = \"...\" line in Cargo.toml" >&2; exit 1; }
ARCH="$(dpkg --print-architecture)"
DEB_VERSION="$VERSION-1"

if [ "$BUILD" = 1 ]; then
  cargo build --release --locked
fi
BIN="$TARGET_DIR/release/$NAME"
[ -x "$BIN" ] || { echo "build-deb.sh: $BIN missing (run without --no-build)" >&2; exit 1; }

OUT="$TARGET_DIR/debian"
ROOT="$OUT/$NAME-root"
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN"

# install(1) sets the modes; --root-owner-group below makes every file root:root.
install -Dm755 "$BIN" "$ROOT/usr/bin/$NAME"
install -Dm644 packaging/linux/$NAME.desktop "$ROOT/usr/share/applications/$NAME.desktop"
install -Dm644 packaging/linux/io.github.gateway_doctor.GatewayDoctor.metainfo.xml \
  "$ROOT/usr/share/metainfo/io.github.gateway_doctor.GatewayDoctor.metainfo.xml"
for icon in packaging/linux/icons/hicolor/*/apps/"$NAME".png; do
  install -Dm644 "$icon" "$ROOT/usr/share/${icon#packaging/linux/}"
done
install -Dm644 packaging/linux/copyright "$ROOT/usr/share/doc/$NAME/copyright"
gzip -9n < CHANGELOG.md > "$ROOT/usr/share/doc/$NAME/changelog.gz"
chmod 644 "$ROOT/usr/share/doc/$NAME/changelog.gz"

# Libraries the binary links (libc, libgcc_s): computed by dpkg-shlibdeps when dpkg-dev is
# there, otherwise named without versions.
LINKED="libc6, libgcc-s1"
if command -v dpkg-shlibdeps >/dev/null; then
  SCRATCH="$(mktemp -d)"
  mkdir -p "$SCRATCH/debian"
  printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$NAME" "$NAME" > "$SCRATCH/debian/control"
  cp "$ROOT/usr/bin/$NAME" "$SCRATCH/$NAME"
  if computed="$(cd "$SCRATCH" && dpkg-shlibdeps -O "$NAME" 2>/dev/null)"; then
    LINKED="${computed#shlibs:Depends=}"
  fi
  rm -rf "$SCRATCH"
fi
# Libraries the window system code opens at run time (dlopen), so no tool can see them:
# GL/EGL for the glow renderer, X11 and Wayland clients for winit, xkbcommon for the keyboard,
# libdbus for the file dialog (the XDG desktop portal).
RUNTIME="libegl1, libgl1, libx11-6, libx11-xcb1, libxcursor1, libxi6, libxkbcommon0, libxkbcommon-x11-0, libwayland-client0, libwayland-egl1, libdbus-1-3"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)"
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $LINKED, $RUNTIME
Recommends: libgl1-mesa-dri, xdg-utils
Section: net
Priority: optional
Homepage: $HOMEPAGE
Description: find out why a web site answers 502 Bad Gateway
 Gateway Doctor checks a web address step by step and tells which layer
 failed (your connection, DNS, a CDN, a load balancer, the web server or the
 application behind it) and what to do about it. Site owners get server-side
 checks and a reader for nginx, Apache and PHP-FPM logs.
 .
 This package contains the desktop app and the gateway-doctor command.
CONTROL
(cd "$ROOT" && find usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"

DEB="$OUT/${NAME}_${DEB_VERSION}_${ARCH}.deb"
dpkg-deb --build --root-owner-group -Zxz "$ROOT" "$DEB" >/dev/null
echo "$DEB"
