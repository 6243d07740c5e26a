#!/usr/bin/env bash
# slqssdk basics over both transports (qmi_wwan-style pty, emulated GobiNet):
# enumerate, connect, raw QMI round trips, CIDs given back, a malformed
# client closed without harm, KILL; then discovery from a fake sysfs tree.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

basics() {
    local tr=$1 out driver
    case $tr in qmux) driver=1 ;; gobinet) driver=2 ;; esac

    out=$(client enumerate)
    check_contains "$tr: enumerate finds the modem" "$out" "device: node=$NODE "
    check_contains "$tr: the driver is recognised" "$out" "driver=$driver state=1"
    if [ "$tr" = gobinet ]; then
        check_contains "$tr: VID/PID from the driver's ioctl" "$out" "vid=1199 pid=9071"
    fi

    out=$(client -d "$NODE" raw 2 0x21)
    check_contains "$tr: DMS Get Manufacturer round trip" "$out" \
        "raw: status=0 msg=0x0021 tlv=02 04 00 00 00 00 00 01"
    out=$(client raw 0x0B 0x2F)
    check_contains "$tr: UIM Get Card Status round trip" "$out" "raw: status=0 msg=0x002F"
    out=$(client raw 2 0x2E 01:01:00:09)
    check_contains "$tr: a request with TLVs (Set Operating Mode, invalid mode)" "$out" \
        "raw: status=0 msg=0x002E tlv=02 04 00 01 00"
    out=$(client raw 0 0x22 01:01:00:02)
    check_contains "$tr: CTL belongs to the daemon (INVALID_ARG)" "$out" "raw: status=4 "

    out=$(client droptest "$CTL")
    check_contains "$tr: an unanswered request times out (0xE004), the next is answered" \
        "$out" "droptest: first=0 dropped=57348 next=0"

    wait_for "CIDs given back" 5 cids_are 0 0
    check_eq "$tr: qmisim holds no DMS/UIM client id afterwards" \
        "$(stat_of cids.dms)/$(stat_of cids.uim)" "0/0"
    check_eq "$tr: the daemon holds none" "$(sdk_stat cids)" 0

    out=$(client badmsg)
    check_contains "$tr: a malformed message closes that client" "$out" "closed by the daemon"
    out=$(client raw 2 0x22)
    check_contains "$tr: ... and the daemon serves the next one" "$out" "raw: status=0"

    out=$(client -d /no/such/node raw 2 0x22)
    check_contains "$tr: connecting to an unknown node fails" "$out" "status 6"

    # Hold two CIDs, then stop the daemon with KILL: it gives them back.
    "$SDKCLIENT" -s "$SDK_SOCK" hold 30 >"$QMISIM_DIR/hold.out" 2>&1 &
    local holder=$!
    wait_for "an app holds two CIDs" 10 cids_are 1 1
    check_eq "$tr: an app holds a DMS and a UIM client id" \
        "$(stat_of cids.dms)/$(stat_of cids.uim)/$(sdk_stat cids)" "1/1/2"
    out=$(client kill)
    check_contains "$tr: KILL is acknowledged" "$out" "kill: status=0"
    wait_for "daemon exit" 10 bash -c "! kill -0 $SDK_PID"
    check_status "$tr: the daemon exits on KILL" "$(kill -0 "$SDK_PID" 2>/dev/null; echo $?)" 1
    wait "$SDK_PID" 2>/dev/null
    SDK_PID=
    wait_for "CIDs released at exit" 5 cids_are 0 0
    check_eq "$tr: no client id left behind after exit" \
        "$(stat_of cids.dms)/$(stat_of cids.uim)" "0/0"
    [ ! -e "$SDK_SOCK" ]
    check_status "$tr: the socket file is removed" $? 0
    kill "$holder" 2>/dev/null
    wait "$holder" 2>/dev/null
}
for_each_transport basics

# Without -f it becomes a daemon: the command returns once the socket is
# ready, the pidfile names the daemon, SIGTERM stops it.
conf=$(sim_config)
start_qmisim "$conf"
SDK_SOCK=$QMISIM_DIR/slqssdk.sock
"$SLQSSDK" --socket "$SDK_SOCK" --device "$LINK" --pidfile "$QMISIM_DIR/sdk.pid"
check_status "daemon mode: the start command returns 0 when ready" $? 0
out=$(client raw 2 0x21)
check_contains "daemon mode: it serves at once" "$out" "raw: status=0"
dpid=$(cat "$QMISIM_DIR/sdk.pid" 2>/dev/null)
[ -n "$dpid" ] && [ "$(ps -o ppid= -p "$dpid" | tr -d ' ')" != $$ ] &&
    [ "$(ps -o sid= -p "$dpid" | tr -d ' ')" != "$(ps -o sid= -p $$ | tr -d ' ')" ]
check_status "daemon mode: detached (not our child, a session of its own)" $? 0
kill "$dpid" 2>/dev/null
wait_for "daemon exit" 10 bash -c "! kill -0 $dpid 2>/dev/null"
check_status "daemon mode: SIGTERM stops it" $? 0
[ ! -e "$QMISIM_DIR/sdk.pid" ] && [ ! -e "$SDK_SOCK" ]
check_status "daemon mode: pidfile and socket removed" $? 0
cleanup_qmisim
rm -f "$conf"

# Options.
out=$("$SLQSSDK" --help)
check_contains "--help lists --group" "$out" "--group NAME"
out=$("$SLQSSDK" --version)
check_contains "--version" "$out" "slqssdk "
"$SLQSSDK" --bogus >/dev/null 2>&1
check_status "an unknown option is refused" $? 2

# Discovery: a fake sysfs with one qmi_wwan and one GobiNet modem whose
# nodes (under --dev-root) are qmisim's pty and its socket.
conf=$(sim_config)
start_qmisim "$conf"
chmod 755 "$QMISIM_DIR"
sys=$QMISIM_DIR/sys
dev=$QMISIM_DIR/dev
usb=devices/pci0000:00/0000:00:14.0/usb1
mkdir -p "$sys/bus/usb/drivers/qmi_wwan" "$sys/bus/usb/drivers/GobiNet" \
    "$sys/class/usbmisc" "$sys/class/QCQMI" "$dev" \
    "$sys/$usb/1-1/1-1:1.8/usbmisc/cdc-wdm0" "$sys/$usb/1-1/1-1:1.8/net/wwan0" \
    "$sys/$usb/1-2/1-2:1.8/GobiQMI/qcqmi0" "$sys/$usb/1-2/1-2:1.8/net/usb0"
echo 1199 >"$sys/$usb/1-1/idVendor"
echo 9071 >"$sys/$usb/1-1/idProduct"
echo SERIAL0123456789 >"$sys/$usb/1-1/serial"
echo 08 >"$sys/$usb/1-1/1-1:1.8/bInterfaceNumber"
ln -s ../../../../../../bus/usb/drivers/qmi_wwan "$sys/$usb/1-1/1-1:1.8/driver"
ln -s ../../../1-1:1.8 "$sys/$usb/1-1/1-1:1.8/usbmisc/cdc-wdm0/device"
ln -s "../../$usb/1-1/1-1:1.8/usbmisc/cdc-wdm0" "$sys/class/usbmisc/cdc-wdm0"
echo 1199 >"$sys/$usb/1-2/idVendor"
echo 9041 >"$sys/$usb/1-2/idProduct"
echo 08 >"$sys/$usb/1-2/1-2:1.8/bInterfaceNumber"
ln -s ../../../../../../bus/usb/drivers/GobiNet "$sys/$usb/1-2/1-2:1.8/driver"
ln -s ../../../1-2:1.8 "$sys/$usb/1-2/1-2:1.8/GobiQMI/qcqmi0/device"
ln -s "$LINK" "$dev/cdc-wdm0"
ln -s "$SOCK" "$dev/qcqmi0"

SDK_SOCK=$QMISIM_DIR/slqssdk.sock
SDK_LOG=$QMISIM_DIR/slqssdk.log
# A fake tree sends no uevent. The daemon runs in a network namespace of
# its own, where the test creates a network device (a tun): the kernel
# sends that device's uevent to the listeners of its namespace only, so
# nothing happens outside the test.
netns=()
if unshare --net true 2>/dev/null; then
    netns=(unshare --net)
    nsenter_args=(-n)
elif unshare --user --map-root-user --net true 2>/dev/null; then
    netns=(unshare --user --map-root-user --net)
    nsenter_args=(-U -n --preserve-credentials)
fi
"${netns[@]}" env LD_PRELOAD="$GOBIEMU" "$SLQSSDK" -f -v --socket "$SDK_SOCK" \
    --sysfs-root "$sys" --dev-root "$dev" >>"$SDK_LOG" 2>&1 &
SDK_PID=$!
wait_for "slqssdk serves" 10 client hello || bail_out "slqssdk starts with --sysfs-root"
# The GobiNet modem is plugged now; the daemon rescans on the uevent
# (STATS does not rescan; ENUMERATE would).
check_eq "sysfs: one modem at start" "$(sdk_stat devices)" 1
ln -s "../../$usb/1-2/1-2:1.8/GobiQMI/qcqmi0" "$sys/class/QCQMI/qcqmi0"
if [ ${#netns[@]} -eq 0 ]; then
    echo "# no network namespace can be made here: plug found by ENUMERATE"
elif ! nsenter -t "$SDK_PID" "${nsenter_args[@]}" ip tuntap add slqstest0 mode tun \
        >/dev/null 2>&1; then
    echo "# no network device can be created in the namespace: plug found by ENUMERATE"
else
    wait_for "the second modem" 10 bash -c "[ \$('$SDKCLIENT' -s '$SDK_SOCK' stats |
        grep -o 'devices=[0-9]*') = devices=2 ]"
    check_eq "sysfs: a modem plugged later is found on a kernel uevent" "$(sdk_stat devices)" 2
    grep -q "uevent: rescanning sysfs" "$SDK_LOG"
    check_status "sysfs: ... the uevent made the daemon rescan" $? 0
fi
wait_for "both modems ready" 10 bash -c \
    "[ \$('$SDKCLIENT' -s '$SDK_SOCK' enumerate | grep -c 'state=1') = 2 ]"
out=$(client enumerate)
check_contains "sysfs: the qmi_wwan modem, its serial as key, its interface" "$out" \
    "device: node=$dev/cdc-wdm0 key=SERIAL012345678 driver=1 state=1 vid=1199 pid=9071 if=8 ifname=wwan0"
check_contains "sysfs: the GobiNet modem, driven through qcqmi" "$out" \
    "device: node=$dev/qcqmi0 key= driver=2 state=1 vid=1199 pid=9041 if=8 ifname=usb0"
out=$(client -d "$dev/cdc-wdm0" raw 2 0x22)
check_contains "sysfs: a round trip on the qmi_wwan node" "$out" "raw: status=0 msg=0x0022"
out=$(client -d "$dev/qcqmi0" raw 2 0x22)
check_contains "sysfs: a round trip on the GobiNet node" "$out" "raw: status=0 msg=0x0022"
stop_sdk
[ "$TAP_FAILED" -eq 0 ] || dump_sdk_log
rm -f "$conf"
finish
