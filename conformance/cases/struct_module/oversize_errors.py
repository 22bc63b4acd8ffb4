# Sizes CPython refuses at once, before trying to allocate: a bytes result
# whose object header would overflow Py_ssize_t is an OverflowError, and
# pack_into checks the buffer before packing (so a format too big for it
# is a struct.error, whatever the values are).
import struct

attempts = [
    lambda: struct.pack('9223372036854775807x'),
    lambda: struct.pack('9223372036854775807s', b''),
    lambda: struct.pack('9223372036854775800p', b''),
    lambda: struct.pack('9223372036854775808x'),
    lambda: b'a'.ljust(2**63 - 1),
    lambda: b'a'.rjust(2**63 - 1, b'-'),
    lambda: b'a'.center(2**63 - 10),
    lambda: b'a'.zfill(2**63 - 1),
    lambda: (0).to_bytes(2**63 - 1, 'big'),
    lambda: (5).to_bytes(2**63 - 20, 'little', signed=True),
    lambda: struct.pack_into('1000000000000s', bytearray(4), 0, b''),
    lambda: struct.pack_into('2000000000x', bytearray(4), 0),
    lambda: struct.pack_into('i', bytearray(2), 0, 'not an int'),
    lambda: struct.pack_into('i', bytearray(8), 0, 'not an int'),
    lambda: struct.pack_into('4000000000x', bytearray(4), -2),
]
for make in attempts:
    try:
        make()
        print("built")
    except Exception as e:
        print(type(e).__name__, e)
