# A SHAKE digest length no memory could hold is CPython's MemoryError,
# raised before any hashing, for digest() and hexdigest() alike.
import hashlib

for make in (hashlib.shake_128, hashlib.shake_256):
    h = make(b"data")
    for length in (2**50, 2**62):
        for finish in (h.digest, h.hexdigest):
            try:
                finish(length)
            except MemoryError as e:
                print(make.__name__, finish.__name__, length, "MemoryError", repr(e))
    print(make.__name__, h.hexdigest(8))
