import struct
from collections import namedtuple

Record = namedtuple("Record", "id temp humidity flags name")
FMT = "<IhBB8s"
SIZE = struct.calcsize(FMT)
rows = [Record(1, -125, 40, 0b101, b"north"), Record(2, 231, 55, 0, b"south-east"), Record(3, 0, 100, 0b11, b"lab")]
blob = b"".join(struct.pack(FMT, r.id, r.temp, r.humidity, r.flags, r.name) for r in rows)
print(SIZE, len(blob), blob[:SIZE].hex())
decoded = [Record._make(struct.unpack_from(FMT, blob, off)) for off in range(0, len(blob), SIZE)]
for r in decoded:
    print(f"#{r.id} {r.temp / 10:+.1f}C {r.humidity}% flags={r.flags:03b} name={r.name.rstrip(bytes(1)).decode()!r}")
header = struct.pack(">4sHI", b"MOAT", 2, len(rows))
magic, version, count = struct.unpack(">4sHI", header)
print(magic, version, count, header.hex(" "))
print(struct.pack("<q", -1).hex(), struct.unpack("<Q", struct.pack("<q", -1))[0], struct.pack("e", 1.5).hex())
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
