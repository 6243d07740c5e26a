#!/usr/bin/env bash
# Interop: libqmi's qmicli reads qmisim's DMS service - identity, IDs,
# capabilities, operating mode (and reset), the legacy DMS UIM messages -
# and sees the values of the config (built-in MC7455 defaults, then a file).
. "$(dirname "$0")/lib.sh"
require_qmicli

# ---- the built-in defaults: a Sierra Wireless MC7455 -----------------------------
start_qmisim -

check_qmi "manufacturer" "Manufacturer: 'Sierra Wireless, Incorporated'" --dms-get-manufacturer
check_qmi "model" "Model: 'MC7455'" --dms-get-model
check_qmi "revision" "Revision: 'SWI9X30C_02.24.05.06 r7040 CARMD-EV-FRMWR2" --dms-get-revision
check_qmi "hardware revision" "Revision: '1.0'" --dms-get-hardware-revision
check_qmi "IMEI" "IMEI: '359072061234569'" --dms-get-ids
check_contains "ESN" "$out" "ESN: '0'"
check_contains "MEID" "$out" "MEID: '35907206123456'"
check_qmi "capabilities: networks" "Networks: 'umts, lte'" --dms-get-capabilities
check_contains "capabilities: RX rate" "$out" "Max RX channel rate: '300000000'"
check_contains "capabilities: SIM" "$out" "SIM: 'supported'"
check_qmi "band capabilities: LTE" "LTE bands: '1, 2, 3, 4, 5, 7, 12, 13, 20, 25, 26, 29, 30, 41'" \
    --dms-get-band-capabilities
check_contains "band capabilities: WCDMA" "$out" "wcdma-2100"

# An MC7455 refuses the DMS-side SIM messages; the MSISDN needs the PIN.
check_qmi "legacy DMS UIM Get ICCID refused" "InvalidQmiCommand" --dms-uim-get-iccid
check_qmi "legacy DMS UIM Verify PIN refused" "InvalidQmiCommand" --dms-uim-verify-pin=PIN,1234
check_qmi "MSISDN before the PIN" "DeviceNotReady" --dms-get-msisdn
qmi --uim-verify-pin=PIN1,1234 >/dev/null
check_qmi "MSISDN after the PIN" "MSISDN: '15555550100'" --dms-get-msisdn

# Device time (the host clock), no PRL on a 3GPP-only modem.
check_qmi "device time from the device clock" "Time source: 'device'" --dms-get-time
check_contains "device time: system time this year" "$out" "(ms): $(date -u +%Y)-"
check_qmi "no PRL: NotSupported" "NotSupported" --dms-get-prl-version
check_qmi "legacy DMS UIM Get State refused" "InvalidQmiCommand" --dms-uim-get-state

# Operating mode.
check_qmi "operating mode online" "Mode: 'online'" --dms-get-operating-mode
check_qmi "set low power" "Operating mode set successfully" --dms-set-operating-mode=low-power
check_qmi "operating mode low power" "Mode: 'low-power'" --dms-get-operating-mode
check_eq "the simulator agrees" "$(stat_of dms.mode)" low-power
qmi --dms-set-operating-mode=offline >/dev/null
check_qmi "operating mode offline" "Mode: 'offline'" --dms-get-operating-mode
check_qmi "offline is left only by a reset" "InvalidTransition" --dms-set-operating-mode=online
# qmicli's reset: the modem reboots after answering (its client id goes with it).
qmi --dms-set-operating-mode=reset >/dev/null
check_eq "reset rebooted the modem" "$(stat_of resets)" 1
check_qmi "online again after the reset" "Mode: 'online'" --dms-get-operating-mode
check_qmi "the PIN is asked again after the reset" "PIN1 state: 'enabled-not-verified'" \
    --uim-get-card-status
check_eq "no client id leaked" "$(stat_of cids.dms)" 0

# The control line drives the mode as the modem would.
simctl dms mode offline >/dev/null
check_qmi "dms mode offline (control)" "Mode: 'offline'" --dms-get-operating-mode

# ---- a config file (in the test's directory, removed with it) ---------------------
qmisim_config dms.conf <<'EOF'
[dms]
manufacturer = ACME Wireless
model = "EM7455 "
revision = SWI9X30C_02.30.01.01 r8250 CARMD-EV-FRMWR2 2019/06/04 15:01:26
hardware_revision = 2.1
imei = 490154203237518
esn =
meid =
radio_interfaces = lte
max_rx_rate = 450000000
lte_bands = 2, 4, 66
operating_mode = low-power
legacy_uim = yes
msisdn =
time_count = 1184263354341
time_source = hdr
prl_version = 21050
prl_only = yes
boot_revision = SWI9X30C_BOOT
pri_revision = 002.033_001

[uim]
pin_enabled = no
iccid = 8944500102198304826
imsi = 234150123456789
EOF
start_qmisim "$QMISIM_DIR/dms.conf"

check_qmi "configured manufacturer" "Manufacturer: 'ACME Wireless'" --dms-get-manufacturer
check_qmi "configured model keeps its trailing blank" "Model: 'EM7455 '" --dms-get-model
check_qmi "configured revision" "Revision: 'SWI9X30C_02.30.01.01 r8250" --dms-get-revision
check_qmi "configured hardware revision" "Revision: '2.1'" --dms-get-hardware-revision
check_qmi "configured IMEI" "IMEI: '490154203237518'" --dms-get-ids
check_contains "no ESN configured: not sent" "$out" "ESN: 'unknown'"
check_contains "no MEID configured: not sent" "$out" "MEID: 'unknown'"
check_qmi "configured networks" "Networks: 'lte'" --dms-get-capabilities
check_contains "configured RX rate" "$out" "Max RX channel rate: '450000000'"
check_qmi "configured LTE bands" "LTE bands (extended): '2, 4, 66'" --dms-get-band-capabilities
check_qmi "configured boot mode" "Mode: 'low-power'" --dms-get-operating-mode
check_qmi "no MSISDN on this SIM" "NotProvisioned" --dms-get-msisdn

# legacy_uim = yes: the DMS-side SIM messages work on the same card.
check_qmi "legacy UIM Get ICCID" "ICCID: '8944500102198304826'" --dms-uim-get-iccid
check_qmi "legacy UIM Get IMSI (PIN disabled)" "IMSI: '234150123456789'" --dms-uim-get-imsi
check_qmi "legacy UIM Get PIN Status" "Status: disabled" --dms-uim-get-pin-status
check_qmi "legacy UIM Verify PIN: wrong PIN" "IncorrectPin" --dms-uim-verify-pin=PIN,0000
check_contains "legacy UIM Verify PIN: retries" "$out" "Verify: 2"
check_qmi "the UIM service sees the same counter" "PIN1 retries: '2'" --uim-get-card-status
check_qmi "legacy UIM Verify PIN: right PIN" "PIN verified successfully" \
    --dms-uim-verify-pin=PIN,1234
check_qmi "legacy UIM Get State: ready" "State: 'initialization-completed'" \
    --dms-uim-get-state
check_qmi "legacy UIM Change PIN (PIN2)" "PIN changed successfully" --dms-uim-change-pin=PIN2,5678,8765
check_qmi "legacy UIM Unblock PIN with a wrong PUK" "IncorrectPin" \
    --dms-uim-unblock-pin=PIN,00000000,1234
check_contains "legacy UIM Unblock PIN: retries" "$out" "Unblock: 9"

# Time and PRL as configured.
check_qmi "configured device time" "Time count: '1184263354341" --dms-get-time
check_contains "configured time source" "$out" "Time source: 'hdr-network'"
check_qmi "configured PRL version" "PRL version: '21050'" --dms-get-prl-version
check_contains "configured PRL-only preference" "$out" "PRL only preference: 'yes'"
# (qmicli 1.32 prints only the AMSS revision: api_dms.sh checks the boot and PRI ones.)

finish
