#!/usr/bin/env python3
"""Sends N DMS Get Manufacturer requests over qmisim's SEQPACKET socket, one at a time
(after allocating a DMS client id; releases it at the end)."""
import socket, struct, sys, time
path, n = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
for _ in range(100):
    try:
        s.connect(path); break
    except OSError:
        time.sleep(0.05)
def frame(svc, cid, txn, msg, tlv=b''):
    if svc == 0:
        sdu = struct.pack('<BBHH', 0, txn, msg, len(tlv)) + tlv
    else:
        sdu = struct.pack('<BHHH', 0, txn, msg, len(tlv)) + tlv
    return struct.pack('<BHBBB', 1, 5 + len(sdu), 0, svc, cid) + sdu
s.send(frame(0, 0, 1, 0x22, struct.pack('<BHB', 1, 1, 2)))
r = s.recv(65536)
cid = r[-1]
for i in range(n):
    s.send(frame(2, cid, (i % 60000) + 1, 0x21))
    s.recv(65536)
s.send(frame(0, 0, 2, 0x23, struct.pack('<BHBB', 1, 2, 2, cid)))
s.recv(65536)
print("done", n, "cid", cid)
