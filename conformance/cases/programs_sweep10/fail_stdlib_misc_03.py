import struct
print(struct.pack("<hIq", -2, 7, -1), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("<i2sd"), struct.pack("3s?x", b"abcd", True), struct.unpack_from("<B", b"\x09\x08", 1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
struct.pack("<b", 200)
