#!/bin/bash
# qmisim's WDA service through libqmi's qmicli: a fresh modem speaks
# 802.3, raw-IP can be set and read back, a reboot restores the
# configured format, and a modem without raw-IP keeps 802.3.
. "$(dirname "$0")/lib.sh"
require_qmicli

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qmicli-wda.XXXXXX")
trap 'cleanup_qmisim; rm -rf "$tmp"' EXIT

start_qmisim -

out=$(qmi --wda-get-data-format)
check_contains "fresh modem: 802.3" "$out" "Link layer protocol: '802-3'"
check_contains "fresh modem: no aggregation" "$out" \
    "Downlink data aggregation protocol: 'disabled'"

out=$(qmi --wda-set-data-format="link-layer-protocol=raw-ip")
check_contains "set raw-IP: answered" "$out" "Link layer protocol: 'raw-ip'"
out=$(qmi --wda-get-data-format)
check_contains "get after set: raw-IP" "$out" "Link layer protocol: 'raw-ip'"

out=$(qmi --wda-set-data-format="link-layer-protocol=raw-ip,ul-protocol=qmap,dl-protocol=qmap,dl-max-datagrams=64,dl-datagram-max-size=65536,ep-type=hsusb,ep-iface-number=8")
check_contains "QMAP: downlink granted" "$out" "Downlink data aggregation protocol: 'qmap'"
check_contains "QMAP: datagrams capped to the modem's" "$out" \
    "Downlink data aggregation max datagrams: '32'"
check_contains "QMAP: size capped to the modem's" "$out" \
    "Downlink data aggregation max size: '32768'"

out=$(qmi --wda-set-data-format="link-layer-protocol=802-3,ul-protocol=disabled,dl-protocol=disabled")
check_contains "back to 802.3" "$out" "Link layer protocol: '802-3'"

out=$(simctl wda status)
check_contains "control: wda status" "$out" "wda.link_layer=802-3"
qmi --wda-set-data-format="link-layer-protocol=raw-ip" >/dev/null
out=$(simctl reset)
check_contains "control: reset" "$out" "ok"
out=$(qmi --wda-get-data-format)
check_contains "after a reboot: 802.3 again" "$out" "Link layer protocol: '802-3'"

# A modem configured to boot in raw-IP, and one that cannot do raw-IP.
printf '[wda]\nlink_layer = raw-ip\n' >"$tmp/raw.conf"
start_qmisim "$tmp/raw.conf"
out=$(qmi --wda-get-data-format)
check_contains "configured boot format: raw-IP" "$out" "Link layer protocol: 'raw-ip'"

printf '[wda]\nraw_ip = no\nqmap = no\n' >"$tmp/old.conf"
start_qmisim "$tmp/old.conf"
out=$(qmi --wda-set-data-format="link-layer-protocol=raw-ip,dl-protocol=qmap")
check_contains "no raw-IP support: answers 802.3" "$out" "Link layer protocol: '802-3'"
check_contains "no QMAP support: answers disabled" "$out" \
    "Downlink data aggregation protocol: 'disabled'"

check_eq "no WDA client id leaked" "$(stat_of cids.wda)" "0"
finish
