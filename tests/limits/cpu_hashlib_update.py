# Hashing is native work: each update charges the instruction budget by the
# bytes hashed times the digest's cost before hashing, so a loop that hashes
# gigabytes with a few instructions still stops at the instruction limit
# (SHA3-512, the slowest per byte, would otherwise run for over a minute).
# limit: instructions
import hashlib

h = hashlib.sha3_512()
chunk = b'x' * (1 << 20)
for _ in range(100_000):
    h.update(chunk)
print(h.hexdigest())
