#!/usr/bin/env bash
# Interop: libqmi's qmicli reads qmisim's DMS service - identity, IDs,
# capabilities, operating mode (and reset), the legacy DMS UIM messages -
# and sees the values of the config (built-in MC7455 defaults, then a file).
. "$(dirname "$0")/lib.sh"
require_qmicli

# ---- the built-in defaults: a Sierra Wireless MC7455 -----------------------------
start_qmisim -

out=$(qmi --dms-get-manufacturer)
check_contains "manufacturer" "$out" "Manufacturer: 'Sierra Wireless, Incorporated'"
out=$(qmi --dms-get-model)
check_contains "model" "$out" "Model: 'MC7455'"
out=$(qmi --dms-get-revision)
check_contains "revision" "$out" "Revision: 'SWI9X30C_02.24.05.06 r7040 CARMD-EV-FRMWR2"
out=$(qmi --dms-get-hardware-revision)
check_contains "hardware revision" "$out" "Revision: '1.0'"
out=$(qmi --dms-get-ids)
check_contains "IMEI" "$out" "IMEI: '359072061234569'"
check_contains "ESN" "$out" "ESN: '0'"
check_contains "MEID" "$out" "MEID: '35907206123456'"
out=$(qmi --dms-get-capabilities)
check_contains "capabilities: networks" "$out" "Networks: 'umts, lte'"
check_contains "capabilities: RX rate" "$out" "Max RX channel rate: '300000000'"
check_contains "capabilities: SIM" "$out" "SIM: 'supported'"
out=$(qmi --dms-get-band-capabilities)
check_contains "band capabilities: LTE" "$out" "LTE bands: '1, 2, 3, 4, 5, 7, 12, 13, 20, 25, 26, 29, 30, 41'"
check_contains "band capabilities: WCDMA" "$out" "wcdma-2100"

# An MC7455 refuses the DMS-side SIM messages; the MSISDN needs the PIN.
out=$(qmi --dms-uim-get-iccid)
check_contains "legacy DMS UIM Get ICCID refused" "$out" "InvalidQmiCommand"
out=$(qmi --dms-uim-verify-pin=PIN,1234)
check_contains "legacy DMS UIM Verify PIN refused" "$out" "InvalidQmiCommand"
out=$(qmi --dms-get-msisdn)
check_contains "MSISDN before the PIN" "$out" "DeviceNotReady"
qmi --uim-verify-pin=PIN1,1234 >/dev/null
out=$(qmi --dms-get-msisdn)
check_contains "MSISDN after the PIN" "$out" "MSISDN: '15555550100'"

# Operating mode.
out=$(qmi --dms-get-operating-mode)
check_contains "operating mode online" "$out" "Mode: 'online'"
out=$(qmi --dms-set-operating-mode=low-power)
check_contains "set low power" "$out" "Operating mode set successfully"
out=$(qmi --dms-get-operating-mode)
check_contains "operating mode low power" "$out" "Mode: 'low-power'"
check_eq "the simulator agrees" "$(stat_of dms.mode)" low-power
qmi --dms-set-operating-mode=offline >/dev/null
out=$(qmi --dms-get-operating-mode)
check_contains "operating mode offline" "$out" "Mode: 'offline'"
out=$(qmi --dms-set-operating-mode=online)
check_contains "offline is left only by a reset" "$out" "InvalidTransition"
# qmicli's reset: the modem reboots after answering (its client id goes with it).
qmi --dms-set-operating-mode=reset >/dev/null
check_eq "reset rebooted the modem" "$(stat_of resets)" 1
out=$(qmi --dms-get-operating-mode)
check_contains "online again after the reset" "$out" "Mode: 'online'"
out=$(qmi --uim-get-card-status)
check_contains "the PIN is asked again after the reset" "$out" "PIN1 state: 'enabled-not-verified'"
check_eq "no client id leaked" "$(stat_of cids.dms)" 0

# The control line drives the mode as the modem would.
simctl dms mode offline >/dev/null
out=$(qmi --dms-get-operating-mode)
check_contains "dms mode offline (control)" "$out" "Mode: 'offline'"

# ---- a config file (in the test's directory, removed with it) ---------------------
cat >"$QMISIM_DIR/dms.conf" <<'EOF'
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

[uim]
pin_enabled = no
iccid = 8944500102198304826
imsi = 234150123456789
EOF
start_qmisim "$QMISIM_DIR/dms.conf"

out=$(qmi --dms-get-manufacturer)
check_contains "configured manufacturer" "$out" "Manufacturer: 'ACME Wireless'"
out=$(qmi --dms-get-model)
check_contains "configured model keeps its trailing blank" "$out" "Model: 'EM7455 '"
out=$(qmi --dms-get-revision)
check_contains "configured revision" "$out" "Revision: 'SWI9X30C_02.30.01.01 r8250"
out=$(qmi --dms-get-hardware-revision)
check_contains "configured hardware revision" "$out" "Revision: '2.1'"
out=$(qmi --dms-get-ids)
check_contains "configured IMEI" "$out" "IMEI: '490154203237518'"
check_contains "no ESN configured: not sent" "$out" "ESN: 'unknown'"
check_contains "no MEID configured: not sent" "$out" "MEID: 'unknown'"
out=$(qmi --dms-get-capabilities)
check_contains "configured networks" "$out" "Networks: 'lte'"
check_contains "configured RX rate" "$out" "Max RX channel rate: '450000000'"
out=$(qmi --dms-get-band-capabilities)
check_contains "configured LTE bands" "$out" "LTE bands (extended): '2, 4, 66'"
out=$(qmi --dms-get-operating-mode)
check_contains "configured boot mode" "$out" "Mode: 'low-power'"
out=$(qmi --dms-get-msisdn)
check_contains "no MSISDN on this SIM" "$out" "NotProvisioned"

# legacy_uim = yes: the DMS-side SIM messages work on the same card.
out=$(qmi --dms-uim-get-iccid)
check_contains "legacy UIM Get ICCID" "$out" "ICCID: '8944500102198304826'"
out=$(qmi --dms-uim-get-imsi)
check_contains "legacy UIM Get IMSI (PIN disabled)" "$out" "IMSI: '234150123456789'"
out=$(qmi --dms-uim-get-pin-status)
check_contains "legacy UIM Get PIN Status" "$out" "Status: disabled"
out=$(qmi --dms-uim-verify-pin=PIN,0000)
check_contains "legacy UIM Verify PIN: wrong PIN" "$out" "IncorrectPin"
check_contains "legacy UIM Verify PIN: retries" "$out" "Verify: 2"
out=$(qmi --uim-get-card-status)
check_contains "the UIM service sees the same counter" "$out" "PIN1 retries: '2'"
out=$(qmi --dms-uim-verify-pin=PIN,1234)
check_contains "legacy UIM Verify PIN: right PIN" "$out" "PIN verified successfully"

finish
