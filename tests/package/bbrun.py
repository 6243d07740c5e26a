#!/usr/bin/python3
"""bbrun.py RECIPE VAR=VALUE... - a recipe's tasks as a shell script.

A small stand-in for bitbake, enough for tests/package/recipes.sh: reads
RECIPE's assignments (=, ?=, ??=, +=, flags VAR[flag]), its inherit lines
and its shell functions; takes the VAR=VALUEs as what the configuration
and the classes would set (CC, S, D, TARGET_ARCH, DISTRO_FEATURES...);
expands ${VAR} and ${@python} (with d.getVar and bb.utils.contains) as
bitbake does, PACKAGECONFIG_CONFARGS from the PACKAGECONFIG flags; and
prints a shell script defining oe_runmake and every task, then
"# inherit: CLASSES" and "# VAR=value" for each variable. Anything it does
not understand is an error (exit 1).
"""
import re
import sys


class Data:
    def __init__(self, values, flags):
        self.values, self.flags = values, flags

    def getVar(self, name, expand=True):
        v = self.values.get(name)
        return expand_str(v, self) if (v is not None and expand) else v


class Utils:
    @staticmethod
    def contains(var, item, yes, no, d):
        return yes if item in (d.getVar(var) or "").split() else no


class BB:
    utils = Utils


def expand_str(s, d, depth=0):
    if depth > 20:
        raise ValueError("expansion too deep: " + s)
    out, i = "", 0
    while i < len(s):
        if s.startswith("${", i):
            j, level = i + 2, 1
            while j < len(s) and level:
                level += {"{": 1, "}": -1}.get(s[j], 0)
                j += 1
            if level:
                raise ValueError("unclosed ${ in: " + s)
            inner = s[i + 2:j - 1]
            if inner.startswith("@"):
                val = str(eval(inner[1:], {"d": d, "bb": BB}))
            elif inner in d.values:
                val = expand_str(d.values[inner], d, depth + 1)
            else:
                val = s[i:j]        # unknown: kept, as bitbake does
            out += val
            i = j
        else:
            out += s[i]
            i += 1
    return out


def parse(path):
    lines, funcs, inherits = [], {}, []
    values, flags, weak = {}, {}, {}
    text = open(path).read().replace("\\\n", " ")
    func = None
    for n, line in enumerate(text.split("\n"), 1):
        if func is not None:
            if line.strip() == "}":
                funcs[func[0]] = "\n".join(func[1])
                func = None
            else:
                func[1].append(line)
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^inherit\s+(.*)$", line)
        if m:
            inherits.append(m.group(1))
            continue
        m = re.match(r"^([a-z_]+)\(\)\s*\{$", line)
        if m:
            func = (m.group(1), [])
            continue
        m = re.match(r'^([A-Za-z0-9_${}:-]+)(\[([a-z0-9_-]+)\])?\s*(\?\?=|\?=|\+=|=)\s*"(.*)"$', line)
        if not m:
            raise ValueError(f"{path}:{n}: not understood: {line}")
        name, flag, op, val = m.group(1), m.group(3), m.group(4), m.group(5)
        if flag:
            flags.setdefault(name, {})[flag] = val
        elif op == "=":
            values[name] = val
        elif op == "+=":
            values[name] = values.get(name, "") + " " + val
        elif op == "?=":
            values.setdefault(name, val)
        else:
            weak.setdefault(name, val)
    if func is not None:
        raise ValueError(f"{path}: function {func[0]} not closed")
    return values, weak, flags, funcs, inherits


def main():
    values, weak, flags, funcs, inherits = parse(sys.argv[1])
    for arg in sys.argv[2:]:
        k, v = arg.split("=", 1)
        values[k] = v                     # the configuration wins
    for k, v in weak.items():
        values.setdefault(k, v)
    d = Data(values, flags)
    on = (d.getVar("PACKAGECONFIG") or "").split()
    args = []
    for opt, spec in flags.get("PACKAGECONFIG", {}).items():
        fields = spec.split(",")
        args.append(fields[0] if opt in on else (fields[1] if len(fields) > 1 else ""))
    values["PACKAGECONFIG_CONFARGS"] = " ".join(a for a in args if a)
    print("oe_runmake() {\n    make %s \"$@\"\n}" % expand_str("${EXTRA_OEMAKE}", d))
    for name, body in funcs.items():
        print(f"{name}() {{\n{expand_str(body, d)}\n}}")
    print("# inherit: " + " ".join(expand_str(i, d) for i in inherits))
    for k in sorted(values):
        print(f"# {k}={d.getVar(k)}".replace("\n", " "))


if __name__ == "__main__":
    try:
        main()
    except (ValueError, SyntaxError, NameError, KeyError) as e:
        print(f"bbrun.py: {e}", file=sys.stderr)
        sys.exit(1)
