#!/usr/bin/env bash
# The daemon's start-up files, as `make install INIT=...` installs them:
# each INIT puts its file where its init system looks (none: no file);
# the SysV/BusyBox script really starts the daemon on qmisim (start,
# status, a client served, stop, status), with sh and again with BusyBox's
# sh and applets only; the procd script, sourced with
# procd's functions stubbed, asks procd for the installed daemon with the
# group dialout, respawned; the systemd unit names the installed daemon
# and keeps /dev and the sockets it needs open under its hardening (and
# passes systemd-analyze verify where that exists). sh -n and, when
# installed, shellcheck on both scripts.
. "$(dirname "$0")/lib.bash"
cfg=$(mkvar CPU)
root=$(mktemp -d "${TMPDIR:-/tmp}/init-test.XXXXXX")
trap 'sdk_cleanup; rm -rf "$root"' EXIT

inst() {    # inst DIR INIT [VAR=VALUE...]: only the start-up file
    local dir=$1 init=$2
    shift 2
    make -s --no-print-directory -C "$TOP" CPU="$cfg" DESTDIR="$dir" PREFIX=/usr INIT="$init" "$@" install-init
}
for init in systemd procd sysv none; do
    inst "$root/$init" "$init" || not_ok "make install-init INIT=$init"
done
check_eq "INIT=systemd: the unit only" "$(cd "$root/systemd" && find . -type f)" \
    "./usr/lib/systemd/system/slqssdk.service"
check_eq "INIT=procd: /etc/init.d/slqssdk only" "$(cd "$root/procd" && find . -type f)" "./etc/init.d/slqssdk"
check_eq "INIT=sysv: /etc/init.d/slqssdk only" "$(cd "$root/sysv" && find . -type f)" "./etc/init.d/slqssdk"
check_eq "INIT=none: no start-up file" "$(cd "$root/none" 2>/dev/null && find . -type f)" ""
out=$(inst "$root/bad" upstart 2>&1)
check_status "INIT=upstart is refused" $? 2 "$out"
out=$(make -s --no-print-directory -C "$TOP" CPU="$cfg" DESTDIR="$root/full" PREFIX=/usr \
    INIT=sysv INSTALL_QMISIM=0 INSTALL_SAMPLES=0 install 2>&1)
check_status "make install INIT=sysv INSTALL_QMISIM=0 INSTALL_SAMPLES=0" $? 0 "$out"
check_eq "  it installs the daemon and its script, not qmisim nor the samples" \
    "$(cd "$root/full" && find usr/bin etc -type f | sort | tr '\n' ' ')" "etc/init.d/slqssdk usr/bin/slqssdk "

# --- the scripts' syntax ---------------------------------------------------
for s in "$root/procd/etc/init.d/slqssdk" "$root/sysv/etc/init.d/slqssdk"; do
    name=${s#"$root"/}
    out=$(sh -n "$s" 2>&1)
    check_status "sh -n ${name%%/*} script" $? 0 "$out"
    if command -v busybox >/dev/null; then
        out=$(busybox sh -n "$s" 2>&1)
        check_status "busybox sh -n ${name%%/*} script" $? 0 "$out"
    fi
    if command -v shellcheck >/dev/null; then
        out=$(shellcheck -s sh -e SC1091,SC2034 "$s" 2>&1)
        check_status "shellcheck ${name%%/*} script" $? 0 "$out"
    fi
done

# --- the SysV script runs the daemon ---------------------------------------
require_fixtures    # (the build above made the daemon and the simulator)
start_qmisim
sysv=$root/sysv/etc/init.d/slqssdk
SDK_SOCK=$QMISIM_DIR/slqssdk.sock
# with the system's sh, then with BusyBox's sh and nothing but its applets
shells=(sh)
if command -v busybox >/dev/null && mkdir "$root/bb" && busybox --install -s "$root/bb"; then
    shells+=(busybox)
else
    skip "sysv: under BusyBox" "busybox is not installed (scripts/install-deps.sh package)"
fi
for shell in "${shells[@]}"; do
    if [ "$shell" = busybox ]; then
        what="sysv (BusyBox)" runner=(env PATH="$root/bb" "$(command -v busybox)" sh)
    else
        what="sysv" runner=(sh)
    fi
    run_sysv() {
        SLQSSDK_DAEMON=$SLQSSDK SLQSSDK_PIDFILE=$root/slqssdk.pid \
            SLQSSDK_OPTS="--socket $SDK_SOCK --device $LINK" timeout -k 5 60 "${runner[@]}" "$sysv" "$@" 2>&1
    }
    out=$(run_sysv start)
    check_status "$what: start" $? 0 "$out"
    out=$(run_sysv status)
    check_contains "$what: status says running" "$out" "slqssdk is running (pid"
    out=$(client hello)
    check_status "$what: the daemon it started serves a client" $? 0 "$out"
    pid=$(cat "$root/slqssdk.pid")
    out=$(run_sysv stop)
    check_status "$what: stop" $? 0 "$out"
    ! kill -0 "$pid" 2>/dev/null
    check_status "$what: the daemon is gone after stop" $? 0
    out=$(run_sysv status)
    check_status "$what: status exits 3 when stopped" $? 3 "$out"
done

# --- the procd script, procd stubbed -----------------------------------------
out=$(sh -c '
    group_exists() { [ "$1" = dialout ]; }
    procd_open_instance() { echo open; }
    procd_set_param() { echo "param $*"; }
    procd_close_instance() { echo close; }
    . "$1"
    echo "START=$START USE_PROCD=$USE_PROCD"
    start_service' sh "$root/procd/etc/init.d/slqssdk" 2>&1)
check_eq "procd: start_service asks for /usr/bin/slqssdk --foreground --group dialout, respawned" \
    "$(echo "$out" | tr '\n' ';')" \
    "START=60 USE_PROCD=1;open;param command /usr/bin/slqssdk --foreground --group dialout;param respawn;param stderr 1;close;"

# --- the systemd unit --------------------------------------------------------
unit=$root/systemd/usr/lib/systemd/system/slqssdk.service
check_contains "systemd: the unit starts the installed daemon" "$(cat "$unit")" \
    "ExecStart=/usr/bin/slqssdk --foreground --group dialout"
closing=$(grep -E '^(PrivateDevices=(yes|true|1)|DevicePolicy=|DeviceAllow=|ProtectClock=(yes|true|1))' "$unit")
check_eq "systemd: no hardening option that closes /dev/cdc-wdm* to the daemon" "$closing" ""
families=$(sed -n 's/^RestrictAddressFamilies=//p' "$unit")
for f in AF_UNIX AF_NETLINK; do
    case " $families " in
        "  ") ok "systemd: $f allowed (no RestrictAddressFamilies=)" ;;
        *" $f "*) ok "systemd: $f allowed (the socket, the uevents)" ;;
        *) not_ok "systemd: $f allowed (the socket, the uevents)" "RestrictAddressFamilies=$families" ;;
    esac
done
# verify needs no running systemd, only the programs the unit names: the
# unit installed for the daemon just built.
if command -v systemd-analyze >/dev/null; then
    inst "$root/verify" systemd BINDIR="$(dirname "$SLQSSDK")" SYSTEMDUNITDIR=/unit
    out=$(cd "$root/verify/unit" && systemd-analyze verify ./slqssdk.service 2>&1)
    check_status "systemd-analyze verify" $? 0 "$out"
    check_eq "systemd-analyze verify: no warning (an unknown key is only a warning)" "$out" ""
else
    skip "systemd-analyze verify" "systemd-analyze is not installed"
fi
finish
