#!/usr/bin/env bash
# The profile API (the "Profiles" section of qaGobiApiWds.h) end to end:
# api_wds_profile (tests/integration/api_wds_profile.c, public headers and
# libraries only) against slqssdk serving qmisim, over both transports.
# Profiles created, read, modified (structured and flat), deleted; the
# default profile read and written; the modem's refusals with their
# extended errors: an empty index, an index out of range, a 3GPP2 profile,
# the profile of a live session, no free index; NULL arguments and buffers
# too small.
. "$(dirname "$0")/sdk_lib.bash"
require_fixtures

API=$BIN/tests/integration/api_wds_profile
[ -x "$API" ] || skip_all "api_wds_profile is not built (run make itests)"

# prof NAME EXPECTED... -- STEPS: runs api_wds_profile STEPS (api_steps, sdk_lib.bash).
prof() { api_steps "$1" "$API" "${@:2}"; }

# The firmware's own session runs on the default profile, 2, so that profile
# is in use; profile 1 comes from the first APN.
CONF='[uim]
pin_enabled = no
[wds]
autoconnect = yes
default_profile = 2
[wds.apn internet]
ip_family = 4v6
[wds.apn corporate]
auth = chap
user = alice
password = s3cret
ip_family = 4
[wds.profile 2]
apn = corporate
name = office
pdp_type = ipv4
auth = chap
user = alice
password = s3cret'

session_up() { simctl wds status | grep -q 'handle='; }

profile_checks() {
    local tr=$1 i steps=()

    wait_for "the firmware's session on profile 2" 10 session_up ||
        not_ok "$tr: the firmware's session is up" "$(simctl wds status)"

    prof "$tr: profile 1 from the first APN, profile 2 as configured" \
        "get 1: rc 0 ext 0 name 'internet' pdp 3 apn 'internet' user '' pass '' auth 0" \
        "get 2: rc 0 ext 0 name 'office' pdp 0 apn 'corporate' user 'alice' pass 's3cret' auth 2" \
        -- get:1 get:2

    prof "$tr: create, then read back" \
        "create: rc 0 type 0 index 3 ext 0" \
        "get 3: rc 0 ext 0 name 'work' pdp 3 apn 'm2m.example' user 'bob' pass 'pw1' auth 2" \
        -- create:work:m2m.example:3:2:bob:pw1 get:3

    prof "$tr: modify the APN, user and authentication; the rest stays" \
        "modify 3: rc 0 ext 0" \
        "get 3: rc 0 ext 0 name 'work' pdp 3 apn 'iot.example' user 'carol' pass 'pw1' auth 1" \
        "flat 3: rc 0 name 'work' pdp 3 apn 'iot.example' user 'carol' auth 1" \
        -- modify:3:iot.example:carol::1 get:3 flat:3

    prof "$tr: SLQSSetProfile: name, password, PDP type, authentication" \
        "setflat 3: rc 0" \
        "get 3: rc 0 ext 0 name 'renamed' pdp 0 apn 'iot.example' user 'carol' pass 'secret' auth 3" \
        -- setflat:3:renamed:::secret:0:3 get:3

    prof "$tr: QoS (UMTS, GPRS, LTE), flags and IPv6 preferences kept and read back" \
        "qos 3: modify rc 0 ext 0" \
        "qos 3: get rc 0 umts same gprs same lte same v6 same dns6 same alloc 1 imcn 1" \
        "get 3: rc 0 ext 0 name 'renamed'" "v6 2001:db8:0:0:0:0:0:42" -- qos:3 get:3

    prof "$tr: delete; the index is then empty (1081, extended error 1003)" \
        "delete 3: rc 0 ext 0" "get 3: rc 1081 ext 1003" "flat 3: rc 1081 ext 1003" \
        "modify 3: rc 1081 ext 1003" \
        -- delete:3 get:3 flat:3 modify:3:x

    prof "$tr: deleting the profile of a live session: refused (extended error 3)" \
        "delete 2: rc 1081 ext 3" "get 2: rc 0" -- delete:2 get:2
    session_up && ok "$tr: ... the session stays up" ||
        not_ok "$tr: ... the session stays up" "$(simctl wds status)"

    prof "$tr: the default profile (2)" \
        "GetDefaultProfile: rc 0 name 'office' pdp 0 apn 'corporate' user 'alice' auth 2" \
        "GetDefaultProfileLTE: rc 0 name 'office' apn 'corporate' v6 0:0:0:0:0:0:0:0" -- default

    prof "$tr: SetDefaultProfile changes profile 2" \
        "setdefault: rc 0" \
        "GetDefaultProfile: rc 0 name 'office' pdp 0 apn 'corporate' user 'dave' auth 1" \
        "get 2: rc 0 ext 0 name 'office' pdp 0 apn 'corporate' user 'dave' pass 'pw2' auth 1" \
        "get 1: rc 0 ext 0 name 'internet'" \
        -- setdefault:::dave:pw2:1 default get:2 get:1

    prof "$tr: NULL arguments (4), buffers too small (5), bad index (5), 3GPP2 (4)" \
        "null SLQSCreateProfile: rc 4" "null SLQSModifyProfile id: rc 4" \
        "null SLQSModifyProfile out: rc 4" "null SLQSDeleteProfile: rc 4" \
        "null SLQSGetProfileSettings: rc 4" "short SLQSGetProfile name: rc 5" \
        "short GetDefaultProfile apn: rc 5" "range SLQSDeleteProfile 17: rc 1081 ext 5" \
        "3gpp2 SLQSGetProfile: rc 1081 ext 4" -- errors

    prof "$tr: create at a chosen index (Sierra's indexed create); a used index, one out of range" \
        "create: rc 0 type 0 index 5 ext 0" "get 5: rc 0 ext 0 name 'at5' pdp 0 apn 'apn5'" \
        "create: rc 1081 type 255 index 255 ext 3" "create: rc 1081 type 255 index 255 ext 5" \
        "delete 5: rc 0 ext 0" \
        -- create:at5:apn5:::::5 get:5 create:again:apn5:::::5 create:far:apn:::::17 delete:5

    # Indexes 3..16 free: fill them, then one more.
    for i in $(seq 3 16); do steps+=("create:p$i:apn$i"); done
    prof "$tr: 16 profiles, then no free index (extended error 1006)" \
        "create: rc 0 type 0 index 16 ext 0" "create: rc 1081 type 255 index 255 ext 1006" \
        "get 16: rc 0 ext 0 name 'p16' pdp 0 apn 'apn16'" \
        -- "${steps[@]}" create:full:apn get:16
}

for_each_transport profile_checks "$CONF"
finish
