#!/usr/bin/env bash
# Integration: qmisim --sysfs-root writes a fake sysfs tree in which the
# simulated modem looks like a qmi_wwan USB modem (Sierra 1199:9071,
# cdc-wdm0, interface 8); slqssdk started with SLQS_SYSFS_ROOT and
# SLQS_DEV_ROOT on it finds the modem without --device, as on hardware,
# and reaches it. Unplug removes the entries, replug brings them back, and
# a stopped qmisim leaves none. (With a TUN interface: qmisim_tun.sh.)
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

out=$("$QMISIM" --help)
check_contains "--help lists --sysfs-root" "$out" "--sysfs-root DIR"
check_contains "and --tun" "$out" "--tun NAME"
out=$("$QMISIM" --dev-root /nonexistent 2>&1)
check_status "--dev-root alone is refused" $? 2 "$out"

qmisim_dir
out=$("$QMISIM" --tun "$(printf 'w%.0s' $(seq 1 40))" -l "$QMISIM_DIR/long-tun" 2>&1)
check_status "a TUN name too long is refused" $? 1 "$out"
check_contains "and said so" "$out" "is too long"
SYS=$QMISIM_DIR/sys
start_qmisim - --sysfs-root "$SYS"
NODE_LINK=$SYS/dev/cdc-wdm0
check_contains "the ready line names the node" "$(cat "$QMISIM_DIR/ready")" "node $NODE_LINK"

# ---- the tree ----------------------------------------------------------------------
check_eq "the node links to the pty" "$(readlink "$NODE_LINK")" "$PTY"
wdm=$SYS/class/usbmisc/cdc-wdm0
check_eq "class/usbmisc/cdc-wdm0 is a link into devices/" \
    "$(readlink "$wdm" | sed 's,/1-1/.*,,')" "../../devices/qmisim/usb1"
check_eq "its device is USB interface 8" "$(cat "$wdm/device/bInterfaceNumber")" "08"
check_eq "bound to qmi_wwan" "$(basename "$(readlink "$wdm/device/driver")")" "qmi_wwan"
check_eq "the driver link resolves" "$(cd "$wdm/device/driver" && pwd -P)" \
    "$(cd "$SYS/bus/usb/drivers/qmi_wwan" && pwd -P)"
check_eq "idVendor" "$(cat "$wdm/device/../idVendor")" "1199"
check_eq "idProduct" "$(cat "$wdm/device/../idProduct")" "9071"
check_eq "no network interface without --tun" "$(ls "$SYS/class/net" 2>/dev/null)" ""

# ---- the daemon finds it --------------------------------------------------------------
export SLQS_SYSFS_ROOT=$SYS SLQS_DEV_ROOT=$SYS/dev
start_sdk none
found() { client enumerate | grep -q "node=$NODE_LINK .*state=1 "; }
wait_for "slqssdk opens the discovered modem" 10 found
out=$(client enumerate)
check_contains "slqssdk discovers the modem" "$out" "node=$NODE_LINK "
check_contains "as a Sierra 1199:9071 on interface 8" "$out" "vid=1199 pid=9071 if=8 "
out=$(client raw 2 0x0021)
check_contains "and reaches it (DMS Get Manufacturer: success)" "$out" "status=0 msg=0x0021 tlv=02 04 00 00 00 00 00"
check_contains "the manufacturer (\"Sierra\" in hex)" "$out" "53 69 65 72 72 61"
stop_sdk

# ---- unplug, replug, exit ---------------------------------------------------------------
simctl unplug >/dev/null
check_eq "unplug removes the class entry" "$(ls "$SYS/class/usbmisc")" ""
check_eq "and the node link" "$(ls "$SYS/dev")" ""
check_eq "and the USB device" "$(ls "$SYS/devices/qmisim/usb1")" ""
out=$(simctl replug)
PTY=$(ready_field pty "${out#ok replugged }")
check_eq "replug brings the node back, on the new pty" "$(readlink "$NODE_LINK")" "$PTY"
check_eq "and the class entry" "$(ls "$SYS/class/usbmisc")" "cdc-wdm0"

stop_qmisim
check_eq "a stopped qmisim leaves no class entry" "$(ls "$SYS/class/usbmisc")" ""
check_eq "nor node link" "$(ls "$SYS/dev")" ""

# ---- --dev-root: the node links elsewhere -------------------------------------------------
start_qmisim - --sysfs-root "$SYS" --dev-root "$QMISIM_DIR/nodes"
check_eq "--dev-root: the node link is there" "$(readlink "$QMISIM_DIR/nodes/cdc-wdm0")" "$PTY"
check_eq "and not in the tree" "$(ls "$SYS/dev")" ""
finish
