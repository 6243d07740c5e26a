#!/usr/bin/python3
"""kconfig.py KCONFIG OUT SYM=VALUE... - a .config as Buildroot makes one.

Parses KCONFIG with kconfiglib (Debian python3-kconfiglib), symbols without
a prefix as Buildroot names them; any warning of the parser fails. Sets each
SYM to VALUE (y, n or a string), writes OUT and checks that every value
held: one that the symbol's dependencies refuse is reported. Exit 0 when
all held, 1 otherwise, 77 without kconfiglib.
"""
import os
import sys

try:
    import kconfiglib
except ImportError:
    print("python3-kconfiglib is not installed (scripts/install-deps.sh package)")
    sys.exit(77)

os.environ["CONFIG_"] = ""
kconf = kconfiglib.Kconfig(sys.argv[1], warn_to_stderr=False)
bad = list(kconf.warnings)
for arg in sys.argv[3:]:
    name, value = arg.split("=", 1)
    sym = kconf.syms.get(name)
    if sym is None or sym.type == kconfiglib.UNKNOWN:
        bad.append(f"{name}: no such symbol")
        continue
    sym.set_value(value)
    if sym.str_value != value:
        bad.append(f"{name}={value} does not hold (it is '{sym.str_value}'; depends on {kconfiglib.expr_str(sym.direct_dep)})")
kconf.write_config(sys.argv[2], header="")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
