# expect: RecursionError: maximum recursion depth exceeded
# Groups nested 100000 deep would overflow the C stack of a recursive
# parser (moat's translator, then PCRE2's compiler): the translator stops
# at CPython's depth with CPython's error.
import re
re.compile('(?=' * 100000 + ')' * 100000)
