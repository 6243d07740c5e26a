#!/usr/bin/env bash
# The data-format and raw-IP API (qaGobiApiWda.h) end to end: api_wda
# (tests/integration/api_wda.c, public headers and libraries only) against
# slqssdk serving qmisim, over both transports, with SLQS_SYSFS_ROOT on a
# fake sysfs tree: the simulated modem's control node is cdc-wdm0 (qmux)
# or qcqmi0 (gobinet), and the tree gives them wwan0 (qmi_wwan, with its
# raw_ip switch) and usb0 (GobiNet). qmisim records what the host asked
# (`wda status`): the checks read it there.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API_WDA=$BIN/tests/integration/api_wda
[ -x "$API_WDA" ] || skip_all "api_wda is not built (run make itests)"

# fake_sysfs DIR: a tree laid out (and linked) like the real one.
fake_sysfs() {
    local r=$1 usb=$1/devices/usb1
    mkdir -p "$r/bus/usb/drivers/qmi_wwan" "$r/bus/usb/drivers/GobiNet" \
        "$r/class/usbmisc" "$r/class/QCQMI" "$r/class/net" "$r/empty"
    # qmi_wwan: cdc-wdm0 and wwan0, raw_ip N
    mkdir -p "$usb/1-1/1-1:1.8/usbmisc/cdc-wdm0" "$usb/1-1/1-1:1.8/net/wwan0/qmi"
    ln -s ../../../../bus/usb/drivers/qmi_wwan "$usb/1-1/1-1:1.8/driver"
    ln -s ../../../1-1:1.8 "$usb/1-1/1-1:1.8/usbmisc/cdc-wdm0/device"
    ln -s ../.. "$usb/1-1/1-1:1.8/net/wwan0/device"
    ln -s ../../devices/usb1/1-1/1-1:1.8/usbmisc/cdc-wdm0 "$r/class/usbmisc/cdc-wdm0"
    ln -s ../../devices/usb1/1-1/1-1:1.8/net/wwan0 "$r/class/net/wwan0"
    echo N >"$usb/1-1/1-1:1.8/net/wwan0/qmi/raw_ip"
    # GobiNet: qcqmi0 and usb0, no switch
    mkdir -p "$usb/1-2/1-2:1.8/GobiQMI/qcqmi0" "$usb/1-2/1-2:1.8/net/usb0"
    ln -s ../../../../bus/usb/drivers/GobiNet "$usb/1-2/1-2:1.8/driver"
    ln -s ../../../1-2:1.8 "$usb/1-2/1-2:1.8/GobiQMI/qcqmi0/device"
    ln -s ../.. "$usb/1-2/1-2:1.8/net/usb0/device"
    ln -s ../../devices/usb1/1-2/1-2:1.8/GobiQMI/qcqmi0 "$r/class/QCQMI/qcqmi0"
    ln -s ../../devices/usb1/1-2/1-2:1.8/net/usb0 "$r/class/net/usb0"
    # a switch on `lo`, an interface that is up (only its flags are read)
    mkdir -p "$r/class/net/lo/qmi"
    echo N >"$r/class/net/lo/qmi/raw_ip"
}

SYSFS=

# wda NAME EXPECTED... -- ARGS: runs api_wda ARGS on the fake tree (api_steps,
# sdk_lib.bash); the output is left in $OUT.
wda() { SLQS_SYSFS_ROOT=$SYSFS api_steps "$1" "$API_WDA" "${@:2}"; }

# asked NAME EXPECTED...: `wda status` has every EXPECTED.
asked() {
    local name=$1 st w
    shift
    st=$(simctl wda status)
    for w in "$@"; do check_contains "$name: qmisim $w" "$st" "$w"; done
}

lo_up() { [ $(($(cat /sys/class/net/lo/flags 2>/dev/null || echo 0) & 1)) -eq 1 ]; }
raw_ip_is() { cat "$SYSFS/class/net/$1/qmi/raw_ip"; }

IFACE_UP=$((0xEA01))
NO_NETIF=$((0xEA02))
NOT_GRANTED=$((0xEA04))

wda_checks() {
    local tr=$1 ifname driver host_old host_new
    SYSFS=$QMISIM_DIR/sys
    fake_sysfs "$SYSFS"
    if [ "$tr" = qmux ]; then
        ifname=wwan0 driver=1 host_old="0->1" host_new="1->0"
    else
        ifname=usb0 driver=2 host_old="255->255" host_new="255->255"
    fi

    asked "$tr: nothing asked yet" "wda.sets=0 wda.asked=none"
    wda "$tr: the modem boots on 802.3, no aggregation" \
        "SLQSWdaGetDataFormat: rc 0 link 1 qos 0 ul 0 dl 0 dl_max -1 ul_max -1" -- get
    wda "$tr: the interface beside the control node" \
        "SLQSGetNetInterface: rc 0 if '$ifname' driver $driver" -- netif

    # 802.3 -> raw-IP: the switch (qmi_wwan) and the modem.
    wda "$tr: align to raw-IP" \
        "SLQSSetRawIpAlignment: rc 0 if '$ifname' driver $driver link 1->2 host $host_old cycled 0" \
        -- align 2 0
    asked "$tr: raw-IP asked, aggregation off" "wda.link_layer=raw-ip" \
        "wda.sets=1 wda.asked=link_layer:raw-ip,ul:0,dl:0"
    [ "$tr" = qmux ] && check_eq "$tr: wwan0's raw_ip is Y" "$(raw_ip_is wwan0)" Y
    wda "$tr: the modem says raw-IP" "SLQSWdaGetDataFormat: rc 0 link 2" -- get

    # raw-IP -> 802.3.
    wda "$tr: align back to 802.3" \
        "SLQSSetRawIpAlignment: rc 0 if '$ifname' driver $driver link 2->1 host $host_new cycled 0" \
        -- align 1 0
    asked "$tr: 802.3 asked" "wda.link_layer=802-3" \
        "wda.sets=2 wda.asked=link_layer:802-3,ul:0,dl:0"
    [ "$tr" = qmux ] && check_eq "$tr: wwan0's raw_ip is N" "$(raw_ip_is wwan0)" N

    # The kernel refuses raw_ip changes on a running interface: lo is up.
    if ! lo_up; then
        ok "$tr: refused while up # SKIP lo is down in this network namespace"
    else
    wda "$tr: refused while the interface is up (0xEA01), nothing changed" \
        "SLQSSetRawIpAlignment: rc $IFACE_UP if 'lo' driver 0 link 1->1 host 0->0 cycled 0" \
        -- align 2 0 lo
    asked "$tr: ... the modem was not asked" "wda.link_layer=802-3" "wda.sets=2 "
    check_eq "$tr: ... lo's raw_ip still N" "$(raw_ip_is lo)" N
    fi

    # The modem alone; the general setter with QMAP.
    wda "$tr: modem only" \
        "SLQSSetRawIpAlignment: rc 0 if '' driver 0 link 1->2 host 255->255 cycled 0" \
        -- align 2 2
    [ "$tr" = qmux ] && check_eq "$tr: ... wwan0's raw_ip left N" "$(raw_ip_is wwan0)" N
    wda "$tr: set raw-IP with QMAP both ways" \
        "SLQSWdaSetDataFormat: rc 0 link 2 ul 5 dl 5" -- set 2 5 5
    asked "$tr: ... as asked" "wda.sets=4 wda.asked=link_layer:raw-ip,ul:5,dl:5" "wda.ul=5 wda.dl=5"
    wda "$tr: a link layer that does not exist: INVALID_ARG, not sent" \
        "SLQSWdaSetDataFormat: rc 4" -- set 9
    asked "$tr: ... not sent" "wda.sets=4 "
    wda "$tr: NULL and out-of-range arguments (4), a short buffer (5)" \
        "null SLQSWdaGetDataFormat: rc 4" "empty SLQSWdaSetDataFormat: rc 4" \
        "short SLQSGetNetInterface: rc 5" "bad flags SLQSSetRawIpAlignment: rc 4" -- args
    SYSFS=$QMISIM_DIR/sys/empty
    wda "$tr: no interface in sysfs nor from the daemon (0xEA02)" \
        "SLQSGetNetInterface: rc $NO_NETIF" -- netif
    wda "$tr: ... and so alignment needs a name or modem-only (0xEA02)" \
        "SLQSSetRawIpAlignment: rc $NO_NETIF if '' driver 0 link -1->-1 host 255->255" \
        -- align 2 0
}

# A modem without raw-IP: it answers 802.3, and the switch goes back.
no_raw_ip_checks() {
    local tr=$1
    SYSFS=$QMISIM_DIR/sys
    fake_sysfs "$SYSFS"
    if [ "$tr" = qmux ]; then
        wda "$tr: a modem without raw-IP (0xEA04), wwan0 put back" \
            "SLQSSetRawIpAlignment: rc $NOT_GRANTED if 'wwan0' driver 1 link 1->1 host 0->0" \
            -- align 2 0
        check_eq "$tr: ... wwan0's raw_ip N" "$(raw_ip_is wwan0)" N
    else
        wda "$tr: a modem without raw-IP (0xEA04)" \
            "SLQSSetRawIpAlignment: rc $NOT_GRANTED if 'usb0' driver 2 link 1->1" -- align 2 0
    fi
    asked "$tr: ... raw-IP was asked" "wda.link_layer=802-3" "wda.asked=link_layer:raw-ip"
}

# The daemon found the interface (its own --sysfs-root); this host's sysfs
# (SLQS_SYSFS_ROOT) knows nothing: SLQSGetNetInterface asks the daemon.
daemon_netif_checks() {
    local tr=$1 ifname=wwan0 driver=1
    [ "$tr" = gobinet ] && ifname=usb0 driver=2
    SYSFS=$QMISIM_DIR/sys
    fake_sysfs "$SYSFS"
    start_sdk "$tr" --sysfs-root "$SYSFS" --dev-root "$(dirname "$NODE")"
    SYSFS=$QMISIM_DIR/sys/empty
    wda "$tr: the daemon names the interface when this host's sysfs cannot" \
        "SLQSGetNetInterface: rc 0 if '$ifname' driver $driver" -- netif
}

for_each_transport wda_checks
for_each_transport daemon_netif_checks
for_each_transport no_raw_ip_checks '[wda]
raw_ip = no'
finish
