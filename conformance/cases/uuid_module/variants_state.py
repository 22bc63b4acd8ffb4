# uuid behaviour pinned by the own-code rewrite: the variant for each
# pattern of the three variant bits, version only for RFC 4122, every
# field's range message, bytes_le given as a non-bytes sequence, pickling
# state with and without is_safe, and comparison with non-UUIDs.
import uuid

base = 0x123456789abcdef0fedcba9876543210 & ~(7 << 61)
for top in range(8):
    u = uuid.UUID(int=base | (top << 61))
    print(top, u.variant, u.version, u.clock_seq, u.clock_seq_hi_variant)

limits = (1 << 32, 1 << 16, 1 << 16, 1 << 8, 1 << 8, 1 << 48)
for i, limit in enumerate(limits):
    fields = [0] * 6
    fields[i] = limit
    try:
        uuid.UUID(fields=fields)
    except ValueError as exc:
        print(exc)
try:
    uuid.UUID(fields=[1] * 5)
except ValueError as exc:
    print(exc)

for bad in ("abcdefghijklmnop", bytearray(16)):
    try:
        uuid.UUID(bytes_le=bad)
    except AssertionError as exc:
        print("AssertionError", exc)

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}", version=4)
print(u, u.fields, u.time, u.urn, u.bytes_le.hex())
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
v = uuid.UUID(int=0)
v.__setstate__({"int": 5, "is_safe": -1})
print(v, v.is_safe, v > uuid.UUID(int=4), v == 5, v.__lt__(5))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
