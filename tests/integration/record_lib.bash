# Sourced by the interop scripts that compare requests as qmisim's record
# mode wrote them to $REC (start_qmisim CONFIG --record "$REC"): what qmicli
# sent and what the SDK's functions sent, TLV for TLV.

# host_requests SVC: each host request of service SVC (hex, e.g. 01) in the
# recording, one a line: its client id, its message id and its TLVs in wire
# order ("01 0020 19:06 31:01 ...", values in hex).
host_requests() {
    awk -v svc="$1" '
        $3 == "host" && $8 == svc {
            line = $9 " " $14 $13
            for (i = 17; i + 2 <= NF; i += 3 + len) {
                len = strtonum_hex($(i + 2) $(i + 1))
                v = $i ":"
                for (j = 0; j < len; j++) v = v $(i + 3 + j)
                line = line " " v
            }
            print line
        }
        function strtonum_hex(h,   k, r) {
            r = 0
            for (k = 1; k <= length(h); k++) r = r * 16 + index("0123456789ABCDEF", substr(h, k, 1)) - 1
            return r
        }' "$REC"
}

# requests SVC MSG: the TLVs of each host request SVC/MSG (hex, e.g. 02 002E)
# in the recording, one request a line, its TLVs sorted by type ("none" for
# a request without TLVs).
requests() {
    host_requests "$1" | awk -v msg="$2" '
        $2 == msg {
            n = 0
            for (i = 3; i <= NF; i++) t[n++] = $i
            for (a = 1; a < n; a++)	# insertion sort: a handful of TLVs
                for (b = a; b > 0 && t[b - 1] > t[b]; b--) { x = t[b]; t[b] = t[b - 1]; t[b - 1] = x }
            line = ""
            for (a = 0; a < n; a++) line = line " " t[a]
            print(n ? line : "none")
        }'
}

# same NAME SVC MSG [THEIRS [OURS]]: request number THEIRS (qmicli's; the
# first by default) of SVC/MSG equals request number OURS (the SDK's; the
# last by default), counted from 1 in recording order.
same() {
    local all theirs ours n
    all=$(requests "$2" "$3")
    n=$(grep -c '' <<<"$all")
    theirs=$(sed -n "${4:-1}p" <<<"$all")
    ours=$(sed -n "${5:-$n}p" <<<"$all")
    if [ "$n" -lt 2 ] || [ -z "$theirs" ] || [ "${4:-1}" = "${5:-$n}" ]; then
        not_ok "$1" "not enough $2/$3 requests recorded" "$all"
    else
        check_eq "$1" "$ours" "$theirs"
    fi
}
