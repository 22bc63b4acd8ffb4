# Each hash object owns an OpenSSL context outside the heap; the memory
# budget is charged for it, so millions of live hash objects stop at the
# memory limit instead of growing the host's memory.
# limit: memory
import hashlib

keep = [hashlib.sha3_512() for _ in range(10**7)]
