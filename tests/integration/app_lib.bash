# tests/integration/app_lib.bash - driving a line-command test application
# (api_wds_cbk ...) from a script. Sourced after sdk_lib.bash.
#
#   app_start NAME PROG   runs PROG on the daemon (SLQS_SOCKET), its
#                         standard input a fifo on fd 7, its output in
#                         $APP_OUT; APP_PID is its pid
#   app_cmd LINE          sends one command, waits for its "ok"
#   app_since MARK        the output lines after the last line equal to MARK
#   app_event NAME MARK REGEX    ok once a line after MARK matches REGEX
#   app_quit NAME         sends quit, checks the exit status

app_start() {
    APP_OUT=$QMISIM_DIR/$1.out
    rm -f "$QMISIM_DIR/$1.in"
    : >"$APP_OUT"
    mkfifo "$QMISIM_DIR/$1.in"
    timeout -k 5 120 env SLQS_SOCKET="$SDK_SOCK" "$2" <"$QMISIM_DIR/$1.in" >"$APP_OUT" 2>&1 &
    APP_PID=$!
    exec 7>"$QMISIM_DIR/$1.in"
}

app_oks_reach() { [ "$(grep -c '^ok$' "$APP_OUT")" -ge "$1" ]; }

app_cmd() {
    local want=$(( $(grep -c '^ok$' "$APP_OUT") + 1 ))
    echo "$1" >&7
    wait_for "the application answers $1" 20 app_oks_reach "$want" ||
        not_ok "the application answers $1" "no ok" "$(cat "$APP_OUT")"
}

app_since() {
    awk -v m="$1" '$0 == m { n = NR } { l[NR] = $0 } END { for (i = n + 1; i <= NR; i++) print l[i] }' \
        "$APP_OUT"
}

app_has_since() { app_since "$1" | grep -Eq "$2"; }

app_event() {
    if wait_for "$1" 20 app_has_since "$2" "$3"; then
        ok "$1"
    else
        not_ok "$1" "no line matching '$3' after '$2'" "$(app_since "$2")"
    fi
}

app_quit() {
    echo quit >&7
    exec 7>&-
    wait "$APP_PID"
    check_eq "$1: the application exits" "$?" 0
    sed "s/^/# $1: /" "$APP_OUT"	# the transcript, for the log
}
