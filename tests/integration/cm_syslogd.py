#!/usr/bin/env python3
"""A stand-in syslog daemon for tests/integration/cm_syslog.sh.

cm_syslogd.py SOCKET LOG: binds a datagram UNIX socket at SOCKET (what
syslog(3) sends to at /dev/log) and appends every message it receives to
LOG, one line each, as it arrived ("<PRI>TIMESTAMP IDENT[PID]: TEXT").
Runs until SIGTERM.
"""
import signal
import socket
import sys


def main():
    path, log = sys.argv[1], sys.argv[2]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    with open(log, "a", encoding="utf-8", errors="replace") as out:
        while True:
            data = sock.recv(65536)
            out.write(data.decode("utf-8", "replace").rstrip("\0\n") + "\n")
            out.flush()


if __name__ == "__main__":
    main()
