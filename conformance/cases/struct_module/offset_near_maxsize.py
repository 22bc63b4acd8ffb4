# The buffer size pack_into/unpack_from ask for, with an offset near 2**63:
# CPython adds it as size_t, so the figure must not wrap negative.
import struct, sys
buf = bytearray(10)
for off in (sys.maxsize, sys.maxsize - 3, 7, 20):
    for fmt in ("i", "q", "2s"):
        try:
            struct.pack_into(fmt, buf, off, *((b"ab",) if fmt == "2s" else (1,)))
        except struct.error as e:
            print("pack_into", e)
        try:
            struct.unpack_from(fmt, bytes(buf), off)
        except struct.error as e:
            print("unpack_from", e)
        try:
            struct.Struct(fmt).unpack_from(buf, offset=off)
        except struct.error as e:
            print("Struct.unpack_from", e)
