# pack_into/unpack_from with an offset near 2**63: the error message adds the
# item size to the offset. Done in signed 64-bit arithmetic that overflows
# (undefined behaviour in the host, a UBSan abort); it must be computed as
# CPython's size_t and end in a plain struct.error.
# expect-output: pack_into requires a buffer of at least 9223372036854775815 bytes for packing 8 bytes at offset 9223372036854775807 (actual buffer size is 4)
# expect-output: unpack_from requires a buffer of at least 9223372036854775815 bytes for unpacking 8 bytes at offset 9223372036854775807 (actual buffer size is 4)
import struct
import sys

buf = bytearray(4)
try:
    struct.pack_into("q", buf, sys.maxsize, 1)
except struct.error as e:
    print(e)
try:
    struct.Struct("q").unpack_from(buf, sys.maxsize)
except struct.error as e:
    print(e)
