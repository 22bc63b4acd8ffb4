# A format with a NUL in it is struct.error, for str and bytes formats alike.
import struct

for fmt in ("\x00", "2\x00i", b"i\x00", "<h\x00"):
    for call in (struct.calcsize, struct.Struct):
        try:
            call(fmt)
        except struct.error as e:
            print(call.__name__, repr(fmt), "struct.error:", e)
try:
    struct.pack("i\x00", 1)
except struct.error as e:
    print("pack struct.error:", e)
