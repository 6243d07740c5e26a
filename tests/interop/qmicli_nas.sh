#!/bin/bash
# qmisim's NAS service through libqmi's qmicli: the values it prints are
# the configured ones, and the registration follows the SIM and the
# operating mode.
. "$(dirname "$0")/lib.sh"
require_qmicli

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qmicli-nas.XXXXXX")
trap 'cleanup_qmisim; rm -rf "$tmp"' EXIT

# ---- a configured network, SIM without PIN ----------------------------------
cat >"$tmp/network.conf" <<'EOF'
[uim]
pin_enabled = no

[nas]
mcc = 262
mnc = 03
operator = "Sim Net"
lte_rssi = -71
lte_rsrq = -11
lte_rsrp = -102
lte_snr = 7.5
tac = 0x1F2E
cell_id = 0x0123ABC
lte_band = 20
lte_earfcn = 6300
EOF
start_qmisim "$tmp/network.conf"

out=$(qmi --nas-get-signal-info)
check_contains "signal info: LTE RSSI" "$out" "RSSI: '-71 dBm'"
check_contains "signal info: LTE RSRQ" "$out" "RSRQ: '-11 dB'"
check_contains "signal info: LTE RSRP" "$out" "RSRP: '-102 dBm'"
check_contains "signal info: LTE SNR" "$out" "SNR: '7.5 dB'"

out=$(qmi --nas-get-signal-strength)
check_contains "signal strength: current" "$out" "Network 'lte': '-71 dBm'"
check_contains "signal strength: RSRQ" "$out" "Network 'lte': '-11 dB'"
check_contains "signal strength: SNR" "$out" "Network 'lte': '7.5 dB'"
check_contains "signal strength: RSRP" "$out" "Network 'lte': '-102 dBm'"

out=$(qmi --nas-get-serving-system)
check_contains "serving system: registered" "$out" "Registration state: 'registered'"
check_contains "serving system: PS attached" "$out" "PS: 'attached'"
check_contains "serving system: LTE" "$out" "[0]: 'lte'"
check_contains "serving system: not roaming" "$out" "Roaming status: 'off'"
check_contains "serving system: MCC" "$out" "MCC: '262'"
check_contains "serving system: MNC" "$out" "MNC: '3'"
check_contains "serving system: operator" "$out" "Description: 'Sim Net'"
check_contains "serving system: TAC" "$out" "LTE tracking area code: '7982'"
check_contains "serving system: cell id" "$out" "3GPP cell ID: '1194684'"

out=$(qmi --nas-get-system-info)
check_contains "system info: LTE available" "$out" "Status: 'available'"
check_contains "system info: MCC" "$out" "MCC: '262'"
check_contains "system info: MNC (0xFF padding trimmed)" "$out" "MNC: '03'"
check_contains "system info: TAC" "$out" "Tracking Area Code: '7982'"
check_contains "system info: SIM" "$out" "SIM reject info: 'available'"

out=$(qmi --nas-get-home-network)
check_contains "home network: MCC" "$out" "MCC: '262'"
check_contains "home network: operator" "$out" "Description: 'Sim Net'"

out=$(qmi --nas-get-rf-band-info)
check_contains "RF band: band 20" "$out" "Active Band Class: 'eutran-20'"
check_contains "RF band: channel" "$out" "'6300'"

out=$(qmi --nas-get-cell-location-info)
check_contains "cell location: PLMN" "$out" "PLMN: '26203'"
check_contains "cell location: RSRP" "$out" "RSRP: '-102.0' dBm"

# Control commands change what the host sees.
simctl nas signal rssi=-80 snr=-2.5 >/dev/null
out=$(qmi --nas-get-signal-info)
check_contains "nas signal: RSSI" "$out" "RSSI: '-80 dBm'"
check_contains "nas signal: SNR" "$out" "SNR: '-2.5 dB'"

simctl nas register roaming >/dev/null
out=$(qmi --nas-get-serving-system)
check_contains "nas register roaming" "$out" "Roaming status: 'on'"

simctl nas rat umts >/dev/null
out=$(qmi --nas-get-signal-info)
check_contains "nas rat umts: WCDMA signal" "$out" "WCDMA:"
check_contains "nas rat umts: ECIO" "$out" "ECIO: '-6.5 dBm'"
out=$(qmi --nas-get-serving-system)
check_contains "nas rat umts: serving system" "$out" "[0]: 'umts'"

simctl nas register searching >/dev/null
out=$(qmi --nas-get-serving-system)
check_contains "nas register searching" "$out" "Registration state: 'not-registered-searching'"
out=$(qmi --nas-get-signal-strength)
check_contains "no cell: no signal strength" "$out" "InformationUnavailable"

# ---- the default SIM: PIN enabled, not verified yet -------------------------
start_qmisim -
out=$(qmi --nas-get-serving-system)
check_contains "locked SIM: not registered" "$out" "Registration state: 'not-registered'"
check_contains "locked SIM: limited service" "$out" "Status: 'limited'"
check_contains "locked SIM: default PLMN" "$out" "Description: 'Test Network'"
out=$(qmi --nas-get-home-network)
check_contains "locked SIM: no home network" "$out" "NotProvisioned"
out=$(qmi --nas-get-signal-info)
check_contains "locked SIM: still measures (default RSSI)" "$out" "RSSI: '-65 dBm'"
check_contains "default SNR" "$out" "SNR: '12.4 dB'"

out=$(qmi --uim-verify-pin=PIN1,1234)
check_contains "PIN verified" "$out" "PIN verified successfully"
out=$(qmi --nas-get-serving-system)
check_contains "PIN entered: registered" "$out" "Registration state: 'registered'"
check_contains "PIN entered: default MCC" "$out" "MCC: '1'"

# ---- radio off --------------------------------------------------------------
cat >"$tmp/lowpower.conf" <<'EOF'
[uim]
pin_enabled = no

[dms]
operating_mode = low-power
EOF
start_qmisim "$tmp/lowpower.conf"
out=$(qmi --nas-get-serving-system)
check_contains "low power: not registered" "$out" "Registration state: 'not-registered'"
check_contains "low power: no radio interface" "$out" "Radio interfaces: '0'"
out=$(qmi --nas-get-signal-strength)
check_contains "low power: no signal strength" "$out" "InformationUnavailable"
out=$(qmi --nas-get-system-info)
check_not_contains "low power: no LTE system info" "$out" "Tracking Area Code"

out=$(qmi --dms-set-operating-mode=online)
check_contains "online" "$out" "Operating mode set successfully"
out=$(qmi --nas-get-serving-system)
check_contains "online: registered" "$out" "Registration state: 'registered'"

finish
