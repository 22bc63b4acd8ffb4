import struct
import binascii

RECORD = struct.Struct("<HhIf8s")
records = [(1, -5, 4_000_000_000, 3.5, b"alpha"), (2, 300, 7, -0.125, b"beta-long-name"), (65535, -32768, 0, 1e10, b"")]
blob = b"".join(RECORD.pack(*r) for r in records)
print(RECORD.size, len(blob), binascii.hexlify(blob[:RECORD.size], " ", 4))
for rec in RECORD.iter_unpack(blob):
    ident, delta, big, val, name = rec
    print(ident, delta, big, val, name.rstrip(b"\0"))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.unpack(">h", b"\xff\xfe"), struct.calcsize("@ci"), struct.calcsize("=ci"))
try:
    struct.pack("<H", 70000)
except struct.error as e:
    print("struct.error:", e)
header = struct.pack("!4sBBH", b"MOAT", 1, 3, 512)
magic, major, minor, size = struct.unpack("!4sBBH", header)
print(magic.decode(), f"v{major}.{minor}", size, binascii.crc32(blob), binascii.b2a_base64(header))
