# Patterns that backtrack hard still give CPython's answer on small inputs.
import re
print(re.match(r'(a+)+$', 'a' * 12 + 'b'))
print(re.match(r'(a|a)*\1b', 'a' * 10 + 'b').span())
print(re.fullmatch(r'(x+x+)+y', 'x' * 10 + 'y') is not None)
print(re.search(r'(?=(a+))a*b\1', 'baaabac').group())
