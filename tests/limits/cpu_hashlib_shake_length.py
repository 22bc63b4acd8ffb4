# A shake digest of any length: a terabyte of output can never fit the
# budget, so it is CPython's catchable MemoryError, raised before OpenSSL
# is asked for it (and before the hashing is charged), not allocated
# outside the heap; a length that fits is hashed and charged as usual.
# limit: none
# expect-output: MemoryError ()
# expect-output: MemoryError ()
# expect-output: 1000000
import hashlib

for finish in (hashlib.shake_256(b'x').digest, hashlib.shake_256(b'x').hexdigest):
    try:
        print(len(finish(10**12)))
    except MemoryError as e:
        print(type(e).__name__, e.args)
print(len(hashlib.shake_256(b'x').digest(10**6)))
