# tests/integration/netns_lib.bash - sourced by scripts that need a network
# namespace of their own (a TUN interface, addresses, routes, pings), so
# that nothing they do touches the host's network. After lib.sh:
#
#   . "$(dirname "$0")/sdk_lib.bash"       (or tests/interop/lib.sh)
#   . "$(dirname "$0")/netns_lib.bash"
#   netns_reexec "$0" "$@"    # outside: skips (77) without root, /dev/net/tun,
#                             # ip or ping; else runs the script again inside
#                             # a new namespace, removes it, exits with its status
#   ...                       # from here on: inside the namespace
#
# Inside, NETNS names the namespace. Extra tools to require before the
# namespace is made: NETNS_REQUIRE="qmicli python3" (names of commands).

# netns_reexec SCRIPT [ARG...]: returns only inside the namespace.
netns_reexec() {
    local script=$1 ns rc tool
    shift
    [ -z "${NETNS:-}" ] || return 0
    [ "$(id -u)" -eq 0 ] || skip_all "not root: a TUN interface and a network namespace need root"
    [ -c /dev/net/tun ] || skip_all "no /dev/net/tun (the tun module is not loaded)"
    for tool in ip ping ${NETNS_REQUIRE:-}; do
        command -v "$tool" >/dev/null 2>&1 ||
            skip_all "$tool is not installed (scripts/install-deps.sh lists its package)"
    done
    ns=slqs-test-$$
    ip netns add "$ns" 2>/dev/null || skip_all "cannot create a network namespace (ip netns add)"
    NETNS=$ns ip netns exec "$ns" "$BASH" "$script" "$@"
    rc=$?
    ip netns del "$ns"
    exit "$rc"
}
