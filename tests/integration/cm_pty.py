#!/usr/bin/env python3
"""cm_pty.py - drives an interactive program through a pseudo-terminal.

Usage: cm_pty.py PROGRAM [ARG...] < DIALOGUE

DIALOGUE has one step per line:
  expect TEXT    wait (up to 30 s) until the output since the last expect holds TEXT
  send TEXT      type TEXT (\\n is Enter)
  run COMMAND    run a shell command now; its output is printed as "run: ..." lines
Everything the program writes goes to stdout ("out: " lines are the
transcript), then "exit: N". A failed expect prints "expect failed: TEXT"
and exits 1 after stopping the program.
"""
import os
import pty
import select
import signal
import subprocess
import sys
import time


class Transcript:
    """The program's output as whole "out: " lines, however it arrives (a
    slow program, e.g. one under qemu, writes a line in several pieces)."""

    def __init__(self):
        self.partial = b""

    def add(self, chunk):
        lines = (self.partial + chunk).split(b"\n")
        self.partial = lines.pop()
        for line in lines:
            self.emit(line)

    def flush(self):
        if self.partial:
            self.emit(self.partial)
        self.partial = b""

    @staticmethod
    def emit(line):
        sys.stdout.write("out: " + line.rstrip(b"\r").decode(errors="replace") + "\n")


def main():
    out = Transcript()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[1], sys.argv[1:])
    seen = b""
    failed = False
    for line in sys.stdin:
        verb, _, arg = line.rstrip("\n").partition(" ")
        if verb == "send":
            os.write(fd, arg.replace("\\n", "\n").encode())
        elif verb == "run":
            res = subprocess.run(arg, shell=True, capture_output=True, text=True)
            for l in (res.stdout + res.stderr).splitlines():
                print("run: " + l)
        elif verb == "expect":
            want = arg.encode()
            deadline = time.monotonic() + 30
            while want not in seen:
                left = deadline - time.monotonic()
                r = select.select([fd], [], [], max(left, 0))[0] if left > 0 else []
                if not r:
                    break
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                out.add(chunk)
                seen += chunk
            if want not in seen:
                print("expect failed: " + arg)
                failed = True
                break
            seen = seen[seen.index(want) + len(want):]
    if failed:
        os.kill(pid, signal.SIGTERM)
    # Drain the rest of the output until the program ends.
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out.add(chunk)
    out.flush()
    _, status = os.waitpid(pid, 0)
    print("exit: %d" % (os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128))
    sys.exit(1 if failed else 0)


main()
