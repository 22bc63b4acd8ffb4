# Float packing is bit-exact: half floats round to even, standard f
# refuses what overflows, native f gives inf.
import struct

for v in [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.0, 0.1, 1e-5, 6e-8, 5.960464477539063e-08,
          2.9802322387695312e-08, 1e-8, float("inf"), float("-inf"), 3.4e38, 1e-45]:
    for fmt in ["<e", ">e", "<f", ">f", "<d"]:
        try:
            packed = struct.pack(fmt, v)
            print(fmt, v, packed, struct.unpack(fmt, packed))
        except OverflowError as e:
            print(fmt, v, "OverflowError", e)
print(struct.pack("e", float("nan")), struct.pack("f", float("nan")))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x00"))
print(struct.pack("@f", 1e300), struct.pack("@f", -1e300))
for fmt, v in [("<f", 1e300), (">f", -1e39), ("<e", 65520.0), ("<e", 1e10)]:
    try:
        struct.pack(fmt, v)
    except OverflowError as e:
        print(fmt, "OverflowError", e)
class Number:
    def __float__(self):
        return 2.25
class Index:
    def __index__(self):
        return 7
print(struct.pack("<d", Number()), struct.pack("<d", 3), struct.pack("<d", True), struct.pack("<d", Index()))
print(struct.pack("<i", Index()), struct.pack("<?", Index()))
