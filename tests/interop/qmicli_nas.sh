#!/bin/bash
# qmisim's NAS service through libqmi's qmicli: the values it prints are
# the configured ones, and the registration follows the SIM and the
# operating mode.
. "$(dirname "$0")/lib.sh"
require_qmicli

# ---- a configured network, SIM without PIN ----------------------------------
qmisim_config network.conf <<'EOF'
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
mode_pref = 0x18
lte_band_pref = 0x80044
roam_pref = off

[nas.network 1]
mcc = 262
mnc = 07
rat = umts
name = Other Net
forbidden = yes
EOF
start_qmisim "$QMISIM_DIR/network.conf"

check_qmi "signal info: LTE RSSI" "RSSI: '-71 dBm'" --nas-get-signal-info
check_contains "signal info: LTE RSRQ" "$out" "RSRQ: '-11 dB'"
check_contains "signal info: LTE RSRP" "$out" "RSRP: '-102 dBm'"
check_contains "signal info: LTE SNR" "$out" "SNR: '7.5 dB'"

check_qmi "signal strength: current" "Network 'lte': '-71 dBm'" --nas-get-signal-strength
check_contains "signal strength: RSRQ" "$out" "Network 'lte': '-11 dB'"
check_contains "signal strength: SNR" "$out" "Network 'lte': '7.5 dB'"
check_contains "signal strength: RSRP" "$out" "Network 'lte': '-102 dBm'"

check_qmi "serving system: registered" "Registration state: 'registered'" --nas-get-serving-system
check_contains "serving system: PS attached" "$out" "PS: 'attached'"
check_contains "serving system: LTE" "$out" "[0]: 'lte'"
check_contains "serving system: not roaming" "$out" "Roaming status: 'off'"
check_contains "serving system: MCC" "$out" "MCC: '262'"
check_contains "serving system: MNC" "$out" "MNC: '3'"
check_contains "serving system: operator" "$out" "Description: 'Sim Net'"
check_contains "serving system: TAC" "$out" "LTE tracking area code: '7982'"
check_contains "serving system: cell id" "$out" "3GPP cell ID: '1194684'"

check_qmi "system info: LTE available" "Status: 'available'" --nas-get-system-info
check_contains "system info: MCC" "$out" "MCC: '262'"
check_contains "system info: MNC (0xFF padding trimmed)" "$out" "MNC: '03'"
check_contains "system info: TAC" "$out" "Tracking Area Code: '7982'"
check_contains "system info: SIM" "$out" "SIM reject info: 'available'"

check_qmi "home network: MCC" "MCC: '262'" --nas-get-home-network
check_contains "home network: operator" "$out" "Description: 'Sim Net'"

check_qmi "RF band: band 20" "Active Band Class: 'eutran-20'" --nas-get-rf-band-info
check_contains "RF band: channel" "$out" "'6300'"

check_qmi "cell location: PLMN" "PLMN: '26203'" --nas-get-cell-location-info
check_contains "cell location: RSRP" "$out" "RSRP: '-102.0' dBm"

# System selection preference, network scan: configured, then set by qmicli.
check_qmi "system selection: mode" "Mode preference: 'umts, lte'" \
    --nas-get-system-selection-preference
check_contains "system selection: LTE bands" "$out" "LTE band preference: '3, 7, 20'"
check_contains "system selection: roaming" "$out" "Roaming preference: 'off'"
check_contains "system selection: automatic" "$out" "Network selection preference: 'automatic'"
check_contains "system selection: domain" "$out" "Service domain preference: 'cs-ps'"
check_qmi "network scan: the serving network, in use" "Status: 'current-serving, home" \
    --nas-network-scan
check_contains "network scan: its name" "$out" "Description: 'Sim Net'"
check_contains "network scan: a forbidden network" "$out" \
    "Status: 'available, roaming, forbidden, not-preferred'"
check_contains "network scan: its RAT" "$out" "RAT: 'umts'"
check_contains "network scan: done" "$out" "Network scan result: success"
check_qmi "set system selection: LTE only, manual on the serving network" \
    "System selection preference set successfully" \
    --nas-set-system-selection-preference=lte,manual=26203
check_qmi "... read back" "Mode preference: 'lte'" --nas-get-system-selection-preference
check_contains "... manual" "$out" "Network selection preference: 'manual'"
check_qmi "... still registered" "Registration state: 'registered'" --nas-get-serving-system
qmi --nas-set-system-selection-preference=umts >/dev/null
check_qmi "UMTS only: the LTE cell is left" "Registration state: 'not-registered-searching'" \
    --nas-get-serving-system
check_qmi "set system selection: UMTS and LTE, automatic" \
    "System selection preference set successfully" \
    "--nas-set-system-selection-preference=umts|lte,automatic"
check_qmi "... registered again" "Registration state: 'registered'" --nas-get-serving-system

# Control commands change what the host sees.
simctl nas signal rssi=-80 snr=-2.5 >/dev/null
check_qmi "nas signal: RSSI" "RSSI: '-80 dBm'" --nas-get-signal-info
check_contains "nas signal: SNR" "$out" "SNR: '-2.5 dB'"

simctl nas register roaming >/dev/null
check_qmi "nas register roaming" "Roaming status: 'on'" --nas-get-serving-system

simctl nas rat umts >/dev/null
check_qmi "nas rat umts: WCDMA signal" "WCDMA:" --nas-get-signal-info
check_contains "nas rat umts: ECIO" "$out" "ECIO: '-6.5 dBm'"
check_qmi "nas rat umts: serving system" "[0]: 'umts'" --nas-get-serving-system

simctl nas register searching >/dev/null
check_qmi "nas register searching" "Registration state: 'not-registered-searching'" \
    --nas-get-serving-system
check_qmi "no cell: no signal strength" "InformationUnavailable" --nas-get-signal-strength

# ---- the default SIM: PIN enabled, not verified yet -------------------------
start_qmisim -
check_qmi "locked SIM: not registered" "Registration state: 'not-registered'" \
    --nas-get-serving-system
check_contains "locked SIM: limited service" "$out" "Status: 'limited'"
check_contains "locked SIM: default PLMN" "$out" "Description: 'Test Network'"
check_qmi "locked SIM: no home network" "NotProvisioned" --nas-get-home-network
check_qmi "locked SIM: still measures (default RSSI)" "RSSI: '-65 dBm'" --nas-get-signal-info
check_contains "default SNR" "$out" "SNR: '12.4 dB'"

check_qmi "PIN verified" "PIN verified successfully" --uim-verify-pin=PIN1,1234
check_qmi "PIN entered: registered" "Registration state: 'registered'" --nas-get-serving-system
check_contains "PIN entered: default MCC" "$out" "MCC: '1'"

# ---- radio off --------------------------------------------------------------
qmisim_config lowpower.conf <<'EOF'
[uim]
pin_enabled = no

[dms]
operating_mode = low-power
EOF
start_qmisim "$QMISIM_DIR/lowpower.conf"
check_qmi "low power: not registered" "Registration state: 'not-registered'" \
    --nas-get-serving-system
check_contains "low power: no radio interface" "$out" "Radio interfaces: '0'"
check_qmi "low power: no signal strength" "InformationUnavailable" --nas-get-signal-strength
out=$(qmi --nas-get-system-info)
check_not_contains "low power: no LTE system info" "$out" "Tracking Area Code"

check_qmi "online" "Operating mode set successfully" --dms-set-operating-mode=online
check_qmi "online: registered" "Registration state: 'registered'" --nas-get-serving-system

finish
