# pack_into reads its offset as CPython does (PyNumber_AsSsize_t with
# IndexError): one too big for an index is an IndexError, a non-integer a
# TypeError, a negative one counts from the end.
import struct
class I:
    def __index__(s): return 1
for off in (2**63, -2**64, 'x', 1.5, I(), -1, -5, 3, 4):
    for f in (lambda: struct.pack_into('b', bytearray(4), off, 1), lambda: struct.Struct('b').pack_into(bytearray(4), off, 1)):
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
