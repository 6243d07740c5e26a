#!/usr/bin/env bash
# The Debian packages (packaging/debian, `make deb`): dpkg-buildpackage
# builds the source and binary packages, lintian finds no error in them,
# and unpacked into an empty root (dpkg -x, no maintainer scripts run)
# they hold a working daemon and simulator (started from that root, they
# serve an application), the systemd unit and init script naming the
# installed daemon, and a pkg-config file that, with PKG_CONFIG_SYSROOT_DIR
# and PKG_CONFIG_LIBDIR pointed at the root, builds that application from
# the root's headers and libraries. The postinst creates the system user
# and group slqs (read, not run: it would change this machine).
. "$(dirname "$0")/lib.bash"

for t in dpkg-buildpackage dh dpkg-parsechangelog; do
    command -v "$t" >/dev/null || skip_all "$t is not installed (scripts/install-deps.sh package)"
done

check_eq "debian/changelog's version is core/version.h's" \
    "$(dpkg-parsechangelog -l "$TOP/packaging/debian/changelog" -S Version)" "$VERSION"

out=$(make -s -C "$TOP" deb 2>&1)
check_status "dpkg-buildpackage -us -uc (make deb)" $? 0 "$(echo "$out" | tail -n 30)"
debs=$TOP/build/deb
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
changes=$debs/slqs_${VERSION}_$arch.changes
[ -s "$changes" ] || bail_out "dpkg-buildpackage made $changes"
for p in libslqs-dev slqssdk qmisim; do
    [ -s "$debs/${p}_${VERSION}_$arch.deb" ] || not_ok "$p's .deb is built"
done

if command -v lintian >/dev/null; then
    out=$(lintian --fail-on error "$changes" 2>&1)
    check_status "lintian finds no error" $? 0 "$out"
    echo "$out" | grep -E '^[WE]:' | sed 's/^/# lintian: /'
else
    skip "lintian" "lintian is not installed (scripts/install-deps.sh package)"
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/deb-root.XXXXXX")
trap 'sdk_cleanup; rm -rf "$root"' EXIT
for p in libslqs-dev slqssdk qmisim; do
    dpkg -x "$debs/${p}_${VERSION}_$arch.deb" "$root" || bail_out "dpkg -x $p"
done
missing=()
for f in usr/bin/slqssdk usr/bin/qmisim lib/systemd/system/slqssdk.service etc/init.d/slqssdk \
         usr/include/slqs/SWIWWANCMAPI.h usr/lib/"$multiarch"/libslqscore.a \
         usr/lib/"$multiarch"/libslqsapi.a usr/lib/"$multiarch"/libslqsqmi.a \
         usr/lib/"$multiarch"/pkgconfig/slqs.pc; do
    [ -e "$root/$f" ] || missing+=("$f")
done
check_eq "the packages hold the daemon, simulator, unit, init script, headers, libraries, slqs.pc" \
    "${missing[*]}" ""
check_contains "the unit starts /usr/bin/slqssdk" \
    "$(cat "$root/lib/systemd/system/slqssdk.service")" "ExecStart=/usr/bin/slqssdk "
check_contains "the init script starts /usr/bin/slqssdk" \
    "$(cat "$root/etc/init.d/slqssdk")" "SLQSSDK_DAEMON:-/usr/bin/slqssdk}"
ctl=$root/ctl
dpkg-deb -e "$debs/slqssdk_${VERSION}_$arch.deb" "$ctl"
check_contains "slqssdk's postinst creates the system user and group slqs" \
    "$(cat "$ctl/postinst")" "adduser --quiet --system --group"
check_contains "slqssdk depends on adduser" "$(cat "$ctl/control")" "adduser"

out=$("$root/usr/bin/slqssdk" --version 2>&1)
check_contains "the packaged slqssdk runs: --version" "$out" "$VERSION"

# pkg-config in the root, as a cross build's sysroot would be used.
if command -v pkg-config >/dev/null; then
    pc() { PKG_CONFIG_SYSROOT_DIR=$root PKG_CONFIG_LIBDIR=$root/usr/lib/$multiarch/pkgconfig \
               pkg-config "$@"; }
    libs=$(pc --libs slqs)
    check_contains "pkg-config --libs slqs, in the root" "$libs" "-L$root/usr/lib/$multiarch -lslqsqmi"
    client=$root/api_client
    # shellcheck disable=SC2046  # pkg-config's words
    out=$(gcc -o "$client" "$TOP/tests/integration/api_client.c" $(pc --cflags --libs slqs) 2>&1)
    check_status "api_client builds with the root's pkg-config flags only" $? 0 "$out"
else
    skip "pkg-config" "pkg-config is not installed (scripts/install-deps.sh package)"
fi

# The packaged simulator and daemon serve that application.
if [ -x "${client:-}" ]; then
    # (read by start_qmisim and start_sdk of sdk_lib.bash)
    # shellcheck disable=SC2034
    QMISIM=$root/usr/bin/qmisim
    # shellcheck disable=SC2034
    SLQSSDK=$root/usr/bin/slqssdk
    client() { SLQS_SOCKET=$SDK_SOCK timeout -k 5 60 "$client" enumerate; }
    start_qmisim
    start_sdk qmux
    out=$(SLQS_SOCKET=$SDK_SOCK timeout -k 5 60 "$client" identity 2>&1)
    check_contains "the packaged qmisim and slqssdk serve it: identity" "$out" "manufacturer: '"
fi
finish
