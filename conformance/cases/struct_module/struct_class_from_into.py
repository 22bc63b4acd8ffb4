# Struct objects, pack_into/unpack_from with offsets, iter_unpack.
import struct

s = struct.Struct("<ih")
print(s.size, s.format, type(s).__name__, struct.Struct(b">q").format)
packed = s.pack(1, -2)
print(packed, s.unpack(packed), s.unpack_from(b"xx" + packed, 2), s.unpack_from(packed, offset=0))
buf = bytearray(10)
s.pack_into(buf, 2, 7, 8)
print(buf)
struct.pack_into("<h", buf, -2, -1)
print(buf, struct.unpack_from("<h", buf, -2), struct.unpack_from("<h", buf, offset=4))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
it = s.iter_unpack(packed * 3)
print(type(it).__name__, it.__length_hint__(), next(it), list(it))
header = struct.Struct(">4sHHI")
raw = header.pack(b"MOAT", 1, 2, 3000)
magic, major, minor, length = header.unpack(raw)
print(raw, magic, major, minor, length)
records = b"".join(struct.pack("<hd", i, i / 4) for i in range(3))
print([struct.unpack_from("<hd", records, k * struct.calcsize("<hd")) for k in range(3)])

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("into short", struct.pack_into, "i", bytearray(5), 3, 1)
attempt("into neg", struct.pack_into, "i", bytearray(5), -10, 1)
attempt("into no space", struct.pack_into, "i", bytearray(8), -2, 1)
attempt("into bytes", struct.pack_into, "i", bytes(5), 0, 1)
attempt("into no offset", struct.pack_into, "i", bytearray(5))
attempt("into no buffer", struct.pack_into, "i")
attempt("into count", struct.pack_into, "i", bytearray(5), 0, 1, 2)
attempt("into str offset", struct.pack_into, "i", bytearray(5), "x", 1)
attempt("from short", struct.unpack_from, "i", b"abcde", 3)
attempt("from neg", struct.unpack_from, "i", b"abcde", -10)
attempt("iter size", struct.iter_unpack, "i", b"abcde")
attempt("iter zero", struct.iter_unpack, "", b"")
attempt("struct bad", struct.Struct, "z")
attempt("struct pack", s.pack, 1)
attempt("struct unpack", s.unpack, b"abc")
attempt("struct from", s.unpack_from, b"abc")
