# A repeated capturing group over 5 million characters needs one PCRE2
# backtracking frame per repetition: PCRE2 allocates them from the
# interpreter's heap, so the match ends on the memory limit.
# limit: memory
import re
s = 'a' * 5_000_000
print(re.match(r'(?:(a)|b)*(?<=b)', s))
