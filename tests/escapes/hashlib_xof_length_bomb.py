# A SHAKE digest's length is the script's: digest(2**62) would have the
# native hash (and charge for) exabytes before allocating the result, and a
# length past 2**63 or below 0 could wrap in the size arithmetic. moat
# answers as CPython: MemoryError for a length no budget holds, before any
# work, ValueError for a negative one and OverflowError past ssize_t.
import hashlib


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ran:', len(result))
    except (MemoryError, ValueError, OverflowError, TypeError, SystemError) as e:
        print(label, type(e).__name__)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


h = hashlib.shake_128(b'x')
for n in (2**40, 2**62, 2**63 - 1, 2**63, -1, Index(2**62), Index(-2**63), 1 << 100):
    attempt('digest', lambda: h.digest(n))
    attempt('hexdigest', lambda: h.hexdigest(n))
attempt('after', lambda: h.hexdigest(16))
# expect-output: digest MemoryError
# expect-output: hexdigest MemoryError
# expect-output: digest MemoryError
# expect-output: hexdigest MemoryError
# expect-output: digest MemoryError
# expect-output: hexdigest MemoryError
# expect-output: digest OverflowError
# expect-output: hexdigest OverflowError
# expect-output: digest ValueError
# expect-output: hexdigest ValueError
# expect-output: digest MemoryError
# expect-output: hexdigest MemoryError
# expect-output: digest ValueError
# expect-output: hexdigest ValueError
# expect-output: digest OverflowError
# expect-output: hexdigest OverflowError
# expect-output: after ran: 32
