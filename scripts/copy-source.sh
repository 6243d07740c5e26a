#!/usr/bin/env bash
# scripts/copy-source.sh DEST - copies the source tree (the files git knows,
# tracked or new; outside git every file but build/) to DEST, which is
# created: a clean tree for `make deb` and the packaging tests.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dest=$1
mkdir -p "$dest"
if git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$top" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$dest")
else
    tar -C "$top" --exclude=./build -cf - . | tar -C "$dest" -xf -
fi
