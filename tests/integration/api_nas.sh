#!/usr/bin/env bash
# The network API (qaGobiApiNas.h) end to end: api_nas (tests/integration/
# api_nas.c, public headers and libraries only) against slqssdk serving
# qmisim, over both transports. The values qmisim is configured with must
# come back in the vendor SDK's units; the system selection preferences,
# network time, network scan and manual and automatic registration; then no
# service (searching), another RAT (UMTS), no SIM, NULL arguments and
# buffers too small.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API_NAS=$BIN/tests/integration/api_nas
[ -x "$API_NAS" ] || skip_all "api_nas is not built (run make itests)"

# nas NAME EXPECTED... -- ARGS: runs api_nas ARGS (api_steps, sdk_lib.bash).
nas() { api_steps "$1" "$API_NAS" "${@:2}"; }

# A roaming LTE subscriber, values unlike qmisim's defaults; no PIN to enter.
CONF='[uim]
pin_enabled = no
[nas]
mcc = 262
mnc = 02
operator = "Café Net"
home_mcc = 310
home_mnc = 260
home_operator = "Home Op"
registration = roaming
lte_rssi = -71
lte_rsrq = -11
lte_rsrp = -101
lte_snr = 7.5
tac = 0x1234
cell_id = 0x1234567
pci = 77
lte_band = 7
lte_earfcn = 3100
umts_rssi = -83
umts_ecio = -7.5
umts_rscp = -91
umts_psc = 300
lac = 0x4321
roam_pref = not-off
lte_band_pref = 0x44
gw_acq_order = wcdma-first
time_zone = 8
dst = 1
[nas.network 1]
mcc = 310
mnc = 260
rat = umts
name = "Home Op"
preferred = yes
[nas.network 2]
mcc = 262
mnc = 03
rat = lte
name = Banned
forbidden = yes'

# nas_status WANT: qmisim's view of the registration has WANT.
nas_status() { simctl nas status | grep -qF -- "$1"; }

SCAN="[262-2 use 1 roam 2 forbidden 2 preferred 2 'Café Net'] \
[310-260 use 2 roam 1 forbidden 2 preferred 1 'Home Op'] \
[262-3 use 2 roam 2 forbidden 1 preferred 2 'Banned']"

nas_checks() {
    local tr=$1

    wait_for "registered" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"

    nas "$tr: signal on LTE" \
        "GetSignalStrengths[0]: -71 dBm radio 8" \
        "SLQSGetSignalStrength rx[0]: -71 dBm radio 8" \
        "SLQSGetSignalStrength rx[1]: -71 dBm radio 8" \
        "SLQSGetSignalStrength rsrq: -11 radio 8 snr: 75 rsrp: -101 io: -1 sinr: 255" \
        "SLQSNasGetSigInfo lte: rssi -71 rsrq -11 rsrp -101 snr 75" \
        "SLQSNasGetSigInfo wcdma: rssi -1 ecio -1" \
        "GetRFInfo[0]: radio 8 band 126 channel 3100" -- signal
    check_not_contains "$tr: GetSignalStrengths lists the serving RAT once" "$OUT" \
        "GetSignalStrengths[1]"

    nas "$tr: serving and home network" \
        "GetServingNetwork: reg 1 cs 1 ps 1 ran 2 roaming 0 plmn 262-2 name 'Café Net' radios 8" \
        "SLQSGetServingSystem: reg 1 roam 0 caps 1 plmn 262-2 'Café Net' tac 0x1234 cell 0x1234567 lac 0xFFFF status 2 sid 0xFFFF" \
        "GetHomeNetwork: 310-260 'Home Op' sid 0 nid 0" \
        "SLQSNasGetSysInfo lte: status 2 roam 1/1 tac 0x1234 cell 0x1234567 mcc 262 mnc 3032FF" \
        "SLQSNasGetSysInfo wcdma: psc 65535 valid 255; gsm status 0; cdma status 255" -- serving

    nas "$tr: cell location: LTE serving cell, others none" \
        "cell lte: idle 1 tac 0x1234 gci 0x1234567 earfcn 3100 pci 77 plmn 62F220 cells 1 [pci 77 rsrp -1010 rsrq -110]" \
        "cell umts: psc 65535 lac 0xFFFF cell 0xFFFFFFFF cells 0; geran: cells 0 bsic 255; inter: idle 255 freqs 0" -- cell

    nas "$tr: selection, time, registration, scan" \
        "SLQSGetSysSelectionPref: rc 0 mode 0x1C netsel 0" "SLQSSetSysSelectionPref: rc 0" \
        "SLQSGetNetworkTime: rc 0" "tz 8" "InitiateNetworkRegistration: rc 0" \
        "PerformNetworkScan: rc 0 [262-2 1 'Café Net'] [310-260 2 'Home Op'] [262-3 2 'Banned']" \
        -- select
    nas "$tr: the preferences as configured, the mode as just set (UMTS + LTE)" \
        "selpref: rc 0 emer 0 mode 0x18 band 0x2000007C00000 prl 0xFFFF roam 0x2 lte 0x44 netsel 0 domain 2 order 2" \
        -- selpref
    nas "$tr: network time from the LTE network, with its zone and DST; no 3GPP2 time" \
        "nettime: rc 0 3gpp2 none 3gpp 20" "tz 8 dst 1 radio 8" -- nettime
    nas "$tr: network scan: serving (roaming), home (preferred), forbidden" \
        "scan: rc 0 n 3 $SCAN" -- scan

    # Preferences that leave the serving network: GSM only, a manual PLMN elsewhere.
    nas "$tr: GSM only" "setpref:0x04: rc 0" "selpref: rc 0 emer 0 mode 0x4" -- setpref:0x04 selpref
    if nas_status nas.registration=searching; then ok "$tr: ... the LTE cell is left (searching)"
    else not_ok "$tr: ... the LTE cell is left (searching)" "$(simctl nas status)"; fi
    nas "$tr: manual selection of a network not here" "setpref:0x1C:1:262:3: rc 0" \
        "netsel 1" -- setpref:0x1C:1:262:3 selpref
    nas "$tr: ... registration denied" "GetServingNetwork: reg 3" -- serving
    nas "$tr: automatic selection again: registered" "setpref:0x1C:0:0:0: rc 0" \
        "netsel 0" -- setpref:0x1C:0:0:0 selpref
    nas "$tr: ... registered" "GetServingNetwork: reg 1" -- serving
    nas "$tr: a bad mode preference: InvalidArgument (1048)" "setpref:0x0: rc 1048" -- setpref:0x0

    # InitiateNetworkRegistration: manual on a scanned network, on an unknown one, automatic.
    nas "$tr: manual registration on the scanned home network (UMTS)" \
        "register:2:310:260:5: rc 0" -- register:2:310:260:5
    nas "$tr: ... it serves" "plmn 310-260 name 'Home Op' radios 5" -- serving
    nas "$tr: manual registration on an unknown network" "register:2:999:99:8: rc 0" \
        -- register:2:999:99:8
    nas "$tr: ... denied" "GetServingNetwork: reg 3" -- serving
    nas "$tr: back to the first network by hand, then automatic" \
        "register:2:262:2:8: rc 0" "register:1: rc 0" -- register:2:262:2:8 register:1
    nas "$tr: ... registered on it, on LTE" \
        "GetServingNetwork: reg 1 cs 1 ps 1 ran 2 roaming 0 plmn 262-2 name 'Café Net' radios 8" \
        -- serving
    nas "$tr: a registration type the API does not know: INVALID_ARG" "register:3: rc 4" \
        -- register:3

    nas "$tr: NULL arguments (4) and buffers too small (5)" \
        "null GetSignalStrengths: rc 4" "null SLQSGetSignalStrength: rc 4" \
        "null SLQSNasGetSigInfo: rc 4" "null GetRFInfo: rc 4" \
        "null GetServingNetwork: rc 4" "null SLQSGetServingSystem: rc 4" \
        "null GetHomeNetwork: rc 4" "null SLQSNasGetSysInfo: rc 4" \
        "null SLQSNasGetCellLocationInfo: rc 4" "null SLQSGetSysSelectionPref: rc 4" \
        "null SLQSSetSysSelectionPref: rc 4" "null SLQSGetNetworkTime: rc 4" \
        "null PerformNetworkScan: rc 4" "bad InitiateNetworkRegistration: rc 4" \
        "short GetSignalStrengths: rc 5 need 1" "short GetRFInfo: rc 5 need 1" \
        "short GetServingNetwork radios: rc 5 need 1" \
        "short GetServingNetwork name: rc 5" "short GetHomeNetwork name: rc 5" -- errors

    # Another RAT: UMTS.
    simctl nas rat umts >/dev/null
    nas "$tr: signal on UMTS" \
        "GetSignalStrengths[0]: -83 dBm radio 5" \
        "SLQSGetSignalStrength ecio[0]: -7 dB radio 5" \
        "SLQSNasGetSigInfo wcdma: rssi -83 ecio 15" \
        "SLQSNasGetSigInfo lte: rssi -1 rsrq -1 rsrp -1 snr -1" -- signal
    nas "$tr: serving on UMTS" \
        "GetServingNetwork: reg 1 cs 1 ps 1 ran 2 roaming 0 plmn 262-2 name 'Café Net' radios 5" \
        "lac 0x4321" "SLQSNasGetSysInfo wcdma: psc 300 valid 1" -- serving
    nas "$tr: cell location on UMTS" \
        "cell umts: psc 300 lac 0x4321 cell 0x1234567 cells 0" "cell lte: idle 255" -- cell
    simctl nas rat lte >/dev/null

    # No service: camped on nothing.
    simctl nas register searching >/dev/null
    nas "$tr: searching: no signal (1074), registration 2" \
        "GetSignalStrengths: rc 1074" "SLQSGetSignalStrength: rc 1074" \
        "SLQSNasGetSigInfo lte: rssi -1 rsrq -1 rsrp -1 snr -1" "GetRFInfo: rc 1074" -- signal
    nas "$tr: searching: serving system" \
        "GetServingNetwork: reg 2 cs 2 ps 2 ran 0 roaming -1 plmn 65535-65535 name '' radios" \
        "SLQSGetServingSystem: reg 2 roam 255 caps 0 plmn 65535-65535 ''" \
        "SLQSNasGetSysInfo lte: status 0" -- serving
    nas "$tr: searching: no cell" "cell lte: idle 255" "cells 0" -- cell
    simctl nas register home >/dev/null

    # No SIM: no home network.
    simctl uim remove >/dev/null
    nas "$tr: no SIM: GetHomeNetwork answers NotProvisioned (1016)" \
        "GetHomeNetwork: rc 1016" -- serving
}

# Names the network sends only in Get PLMN Name, as UCS-2 or packed GSM 7-bit:
# the API returns them as UTF-8.
name_checks() {
    local tr=$1
    wait_for "registered" 10 bash -c "'$QMISIM' --ctl '$CTL' nas status | grep -q 'nas.registration=registered'"
    nas "$tr: a UCS-2 name from Get PLMN Name, as UTF-8" \
        "GetServingNetwork: reg 1 cs 1 ps 1 ran 2 roaming 1 plmn 262-2 name 'Café Net'" -- serving
    simctl nas set operator_encoding=gsm7 'operator=Grün@Net' >/dev/null
    nas "$tr: a packed GSM 7-bit name from Get PLMN Name, as UTF-8" \
        "GetServingNetwork: reg 1 cs 1 ps 1 ran 2 roaming 1 plmn 262-2 name 'Grün@Net'" -- serving
}

for_each_transport nas_checks "$CONF"
for_each_transport name_checks '[uim]
pin_enabled = no
[nas]
mcc = 262
mnc = 02
operator = "Café Net"
operator_encoding = ucs2
serving_name = no'
finish
