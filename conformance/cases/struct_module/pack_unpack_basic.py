# pack, unpack and calcsize over every code and byte order.
import struct

values = {"b": -5, "B": 200, "h": -300, "H": 60000, "i": -70000, "I": 4000000000,
          "l": -2**31, "L": 2**32 - 1, "q": -2**63, "Q": 2**64 - 1, "?": True,
          "e": 1.5, "f": 0.1, "d": 0.1}
for order in "@=<>!":
    for code, v in values.items():
        fmt = order + code
        packed = struct.pack(fmt, v)
        print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))
for code in "nNP":
    packed = struct.pack(code, 12345)
    print(code, struct.calcsize(code), packed, struct.unpack(code, packed))
print(struct.pack("n", -1), struct.unpack("n", struct.pack("n", -1)))
print(struct.pack("c", b"x"), struct.unpack("3c", b"abc"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.unpack("4s", b"ab\x00d"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("4p", b"\x02abc"))
print(struct.pack("300p", b"a" * 300)[:3], struct.unpack("3p", b"\x09ab"))
print(struct.pack("?", []), struct.pack("?", "x"), struct.unpack("??", b"\x00\x07"))
print(struct.pack("x"), struct.pack("3x"), struct.pack("<2xh", 1), struct.unpack("x", b"\x00"))
print(struct.pack("3i", 1, 2, 3), struct.unpack("<3h", b"\x01\x00\x02\x00\x03\x00"))
print(struct.pack(b"<h", 7), struct.pack("< h h", 1, 2), struct.pack("0s", b"abc"), struct.pack(""))
print(struct.unpack(">I", b"\xff\xff\xff\xff"), struct.unpack("<Q", bytes(range(8))))
print(struct.unpack("<i", bytearray(b"\xff\xff\xff\xff")))
