#!/bin/bash
# qmisim's WDA service through libqmi's qmicli: a fresh modem speaks
# 802.3, raw-IP can be set and read back, a reboot restores the
# configured format, and a modem without raw-IP keeps 802.3.
. "$(dirname "$0")/lib.sh"
require_qmicli

start_qmisim -

check_qmi "fresh modem: 802.3" "Link layer protocol: '802-3'" --wda-get-data-format
check_contains "fresh modem: no aggregation" "$out" \
    "Downlink data aggregation protocol: 'disabled'"

check_qmi "set raw-IP: answered" "Link layer protocol: 'raw-ip'" \
    --wda-set-data-format="link-layer-protocol=raw-ip"
check_qmi "get after set: raw-IP" "Link layer protocol: 'raw-ip'" --wda-get-data-format

check_qmi "QMAP: downlink granted" "Downlink data aggregation protocol: 'qmap'" \
    --wda-set-data-format="link-layer-protocol=raw-ip,ul-protocol=qmap,dl-protocol=qmap,dl-max-datagrams=64,dl-datagram-max-size=65536,ep-type=hsusb,ep-iface-number=8"
check_contains "QMAP: datagrams capped to the modem's" "$out" \
    "Downlink data aggregation max datagrams: '32'"
check_contains "QMAP: size capped to the modem's" "$out" \
    "Downlink data aggregation max size: '32768'"

check_qmi "back to 802.3" "Link layer protocol: '802-3'" \
    --wda-set-data-format="link-layer-protocol=802-3,ul-protocol=disabled,dl-protocol=disabled"

out=$(simctl wda status)
check_contains "control: wda status" "$out" "wda.link_layer=802-3"
qmi --wda-set-data-format="link-layer-protocol=raw-ip" >/dev/null
out=$(simctl reset)
check_contains "control: reset" "$out" "ok"
check_qmi "after a reboot: 802.3 again" "Link layer protocol: '802-3'" --wda-get-data-format

# A modem configured to boot in raw-IP, and one that cannot do raw-IP.
qmisim_config raw.conf <<'EOF'
[wda]
link_layer = raw-ip
EOF
start_qmisim "$QMISIM_DIR/raw.conf"
check_qmi "configured boot format: raw-IP" "Link layer protocol: 'raw-ip'" --wda-get-data-format

qmisim_config old.conf <<'EOF'
[wda]
raw_ip = no
qmap = no
EOF
start_qmisim "$QMISIM_DIR/old.conf"
check_qmi "no raw-IP support: answers 802.3" "Link layer protocol: '802-3'" \
    --wda-set-data-format="link-layer-protocol=raw-ip,dl-protocol=qmap"
check_contains "no QMAP support: answers disabled" "$out" \
    "Downlink data aggregation protocol: 'disabled'"

check_eq "no WDA client id leaked" "$(stat_of cids.wda)" "0"
finish
