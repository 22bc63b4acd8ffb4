# struct packing converts each value through __index__ (script code) while
# holding the format and, for pack_into, the target buffer: __index__ that
# empties the argument list, clears or grows the bytearray being packed
# into, or changes the offset's buffer. CPython pins the buffer (a
# BufferError); moat re-reads it after the conversions, so a write never
# lands in freed or too-small storage (the size error or a correct write).
# expect-output: pack args cleared -> b'\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00'
# expect-output: pack_into cleared error pack_into requires a buffer of at least 12 bytes for packing 12 bytes at offset 0 (actual buffer size is 0)
# expect-output: pack_into grown -> (10012, bytearray(b'\x05\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00'))
# expect-output: pack_into offset clears error pack_into requires a buffer of at least 8 bytes for packing 4 bytes at offset 4 (actual buffer size is 0)
# expect-output: unpack_from offset clears error unpack_from requires a buffer of at least 8 bytes for unpacking 4 bytes at offset 4 (actual buffer size is 0)
# expect-output: pack_into huge value error pack_into requires a buffer of at least 8 bytes for packing 8 bytes at offset 0 (actual buffer size is 0)
# expect-output: pack 'e' float via __index__ -> b'\x00>'
import struct


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


args = []


class Clears:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        args.clear()
        return self.v


args[:] = [Clears(1), Clears(2), Clears(3)]
attempt("pack args cleared", lambda: struct.pack("iii", *args))
st = struct.Struct("3i")
buf = bytearray(12)


class ClearsBuf:
    def __index__(self):
        buf.clear()
        return 5


attempt("pack_into cleared", lambda: st.pack_into(buf, 0, ClearsBuf(), ClearsBuf(), ClearsBuf()))


class GrowsBuf:
    def __index__(self):
        buf.extend(b"\0" * 10000)
        return 5


buf[:] = bytearray(12)
attempt("pack_into grown", lambda: (st.pack_into(buf, 0, GrowsBuf(), 1, 2), len(buf), buf[:12])[1:])
buf[:] = bytearray(12)


class OffsetClears:
    def __index__(self):
        buf.clear()
        return 4


attempt("pack_into offset clears", lambda: struct.pack_into("i", buf, OffsetClears(), 7))
buf[:] = struct.pack("i", 9) * 2
attempt("unpack_from offset clears", lambda: struct.unpack_from("i", buf, OffsetClears()))


class Big:
    def __index__(self):
        buf.clear()
        return 1 << 40


buf[:] = bytearray(16)
attempt("pack_into huge value", lambda: struct.pack_into("q", buf, 0, Big()))
attempt("pack 'e' float via __index__", lambda: struct.pack("e", 1.5))
