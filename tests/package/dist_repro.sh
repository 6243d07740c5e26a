#!/usr/bin/env bash
# make dist is reproducible: the tree's tarball and one made from a copy of
# the tree in another folder (fresh build, other paths) are the same bytes.
# When they differ, the first differing members are named.
. "$(dirname "$0")/lib.bash"

cpus=()
for c in $(mkvar SLQS_CPUS); do cpu_compiler_works "$c" && cpus+=("$c"); done
[ ${#cpus[@]} -gt 0 ] || skip_all "no working compiler for any CPU"
command -v doxygen >/dev/null || skip_all "doxygen is not installed (scripts/install-deps.sh docs)"
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$TOP" log -1 --format=%ct 2>/dev/null)}
[ -n "$epoch" ] || skip_all "not a git tree and SOURCE_DATE_EPOCH is not set"
name=slqs-sdk-$VERSION.tar.gz

work=$(mktemp -d "${TMPDIR:-/tmp}/dist-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=$(SOURCE_DATE_EPOCH=$epoch DIST_CPUS="${cpus[*]}" make -s -C "$TOP" dist 2>&1)
check_status "make dist in the tree (${cpus[*]})" $? 0 "$out"
"$TOP/scripts/copy-source.sh" "$work/elsewhere/slqs"
out=$(SOURCE_DATE_EPOCH=$epoch DIST_CPUS="${cpus[*]}" make -s -C "$work/elsewhere/slqs" dist 2>&1)
check_status "make dist in a copy of the tree in another folder" $? 0 "$out"

a=$TOP/build/dist/$name b=$work/elsewhere/slqs/build/dist/$name
if cmp -s "$a" "$b"; then
    ok "the two tarballs are the same bytes ($(du -k "$a" | cut -f1) KiB)"
else
    mkdir "$work/a" "$work/b"
    tar -C "$work/a" -xzf "$a" && tar -C "$work/b" -xzf "$b"
    not_ok "the two tarballs are the same bytes" \
        "$(diff -rq "$work/a" "$work/b" | head -n 10 | sed "s|$work/||g")"
fi
finish
