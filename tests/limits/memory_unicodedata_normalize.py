# NFKD can make each character up to 18 (U+FDFA); ICU's buffers for it live
# outside the heap, so the memory budget must have room for them first: here
# they could never fit.
# One request larger than the whole memory budget is refused before anything
# is allocated, with CPython's catchable MemoryError (docs/SECURITY.md).
# limit: none
# exit: 1
# expect-error: MemoryError
import unicodedata

s = unicodedata.normalize('NFKD', '\ufdfa' * 10**7)
print(len(s))
