# (a|a)*\1: a backreference after an ambiguous repeat, exponential in
# PCRE2's backtracking; it ends on the instruction limit (default limits).
# limit: instructions
import re
print(re.match(r'(a|a)*\1$', 'a' * 40 + 'c'))
