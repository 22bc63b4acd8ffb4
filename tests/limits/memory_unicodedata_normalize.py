# NFKD can make each character up to 18 (U+FDFA); ICU's buffers for it live
# outside the heap, so the memory budget must have room for them first.
# limit: memory
import unicodedata

s = unicodedata.normalize('NFKD', '\ufdfa' * 10**7)
print(len(s))
