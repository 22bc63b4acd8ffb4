import struct

HEADER = struct.Struct("<4sHH")
REC = struct.Struct("<Ifh")
records = [(1, 3.5, -2), (2, -0.25, 300), (70000, 1e10, 0)]
blob = HEADER.pack(b"RECS", 1, len(records)) + b"".join(REC.pack(*r) for r in records)
print(len(blob), blob[:8], blob.hex()[:32])
magic, ver, n = HEADER.unpack_from(blob)
print(magic, ver, n)
off = HEADER.size
for i in range(n):
    rid, val, delta = REC.unpack_from(blob, off)
    print(i, rid, val, delta)
    off += REC.size
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -1), struct.unpack("<d", struct.pack("<d", 0.1))[0])
print(struct.pack("?x3s", True, b"ab"), struct.calcsize("<?x3s"), struct.unpack("<q", b"\xff" * 8))
for fmt, val in [("<B", 256), ("<h", 40000), ("<I", -1)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error", e)
try:
    REC.unpack(blob[:5])
except struct.error as e:
    print("struct.error", e)
