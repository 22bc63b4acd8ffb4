# expect: re.error: the pattern is too large for the sandbox's regular expressions (PCRE2's size bound); use a smaller pattern
# A huge pattern for the backtracking engine is refused by PCRE2's own size
# bound (its compiled form is charged to the heap as it is built).
import re
re.compile('(?=x)' + 'ab' * 500000)
