# A pattern of a million characters: RE2's memory bound (max_mem) refuses
# it with re.error before its program is built.
# limit: none
# exit: 1
# expect-error: re.error: the pattern is too large for the sandbox's regular expressions (RE2's memory bound); use a smaller pattern
import re
re.compile('a' * 10**6)
