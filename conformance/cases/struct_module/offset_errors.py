# pack_into and unpack_from: negative offsets count from the end; offsets
# that leave no room, or fall before the start, raise struct.error.
import struct


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except struct.error as e:
        print(label, "error", e)


data = bytes(range(8))
for offset in (0, 4, 5, 8, 9, -1, -4, -8, -9, -100):
    attempt(f"unpack_from {offset}", struct.unpack_from, "<i", data, offset)

for offset in (0, 4, 5, -1, -3, -4, -8, -9):
    buf = bytearray(8)
    attempt(f"pack_into {offset}", struct.pack_into, "<i", buf, offset, 0x01020304)
    print(" ", bytes(buf))

attempt("empty format", struct.unpack_from, "", b"", 0)
attempt("empty format past end", struct.unpack_from, "", b"ab", 3)
attempt("Struct.unpack_from", struct.Struct(">h").unpack_from, b"\x00\x01\x02", -2)
attempt("Struct.pack_into", struct.Struct(">h").pack_into, bytearray(3), -1, 5)
