# sys.hash_info: CPython 3.11's hash constants on a 64-bit build, and the
# numeric hashes that follow from them.
import sys

h = sys.hash_info
print(h)
print(type(h).__name__, len(h), tuple(h))
print(h.width, h.modulus == 2**61 - 1, h.inf, h.nan, h.imag)
print(h.algorithm, h.hash_bits, h.seed_bits, h.cutoff)
print(h[0], h[-1], h[5], h == tuple(h), h[:3])
print(hash(float('inf')) == h.inf, hash(float('-inf')) == -h.inf)
print(hash(1j) == h.imag, hash(complex(2, 3)) == 2 + 3 * h.imag)
print(hash(h.modulus), hash(h.modulus + 5), hash(-h.modulus - 1))
print(hash(2**64) == pow(2, 64, h.modulus), hash(0.5) == pow(2, -1, h.modulus))
print(2**h.width // 2 - 1 == sys.maxsize)
for name in ('width', 'algorithm'):
    try:
        setattr(h, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    h.nothere
except AttributeError as e:
    print("AttributeError", e)
from sys import hash_info
print(hash_info is h)
# The algorithm the field names: str and bytes hash with SipHash-1-3
# (regen.py and moat both hash with seed 0, PYTHONHASHSEED=0's key).
print(hash(h.algorithm), hash(b'siphash13'), hash(''), hash('\u20ac\U0001f600'))
