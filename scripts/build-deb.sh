#!/usr/bin/env bash
# scripts/build-deb.sh - `make deb`: the Debian source and binary packages.
#
# Copies the tree's files (scripts/copy-source.sh) into
# build/deb/slqs-<version>/, adds packaging/debian as its
# debian/ (debian/copyright gets LICENSE as its License paragraph) and runs
#   dpkg-buildpackage -us -uc $DEB_BUILD_ARGS
# there: build/deb/ then holds the .dsc, .tar.xz, .debs and .changes.
# The Debian version is debian/changelog's, which must be core/version.h's.
# Needs dpkg-dev and debhelper (scripts/install-deps.sh package).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

die() { echo "make deb: $*" >&2; exit 1; }
for t in dpkg-buildpackage dh; do
    command -v "$t" >/dev/null ||
        die "$t is missing: scripts/install-deps.sh package (as root) installs dpkg-dev and debhelper"
done

version=$(make -s --no-print-directory print-VERSION)
deb_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
[ "$deb_version" = "$version" ] ||
    die "packaging/debian/changelog is at $deb_version, core/version.h at $version: add a changelog entry (dch -v $version)"

out=$top/build/deb
src=$out/slqs-$version
rm -rf "$out"
scripts/copy-source.sh "$src"
cp -R packaging/debian "$src/debian"
{
    cat packaging/debian/copyright.in
    sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' LICENSE
} >"$src/debian/copyright"
rm "$src/debian/copyright.in"

cd "$src"
# shellcheck disable=SC2086  # the arguments are words on purpose
dpkg-buildpackage -us -uc ${DEB_BUILD_ARGS:-}
ls -1 "$out"/*.deb
