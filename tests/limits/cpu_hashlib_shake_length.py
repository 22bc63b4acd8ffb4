# A shake digest of any length: a terabyte of output is refused by the
# budgets before OpenSSL is asked for it, not allocated outside the heap.
# limit: instructions|memory
import hashlib

print(len(hashlib.shake_256(b'x').digest(10**12)))
