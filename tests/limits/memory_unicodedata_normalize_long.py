# unicodedata.normalize on a text whose worst-case expansion (18 UTF-16
# units per unit) no longer fits ICU's int32 counts: moat measures the
# result instead of overflowing the buffer size (which aborted the host),
# and its ICU buffers are charged to the memory budget while they live.
# args: --max-memory 3G
# limit: none
# expect-output: 120000002
import unicodedata

s = 'a' * 120_000_000 + '\u00e9'
print(len(unicodedata.normalize('NFD', s)))
