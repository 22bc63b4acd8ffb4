# The ReDoS patterns that hang a backtracking engine finish at once under
# RE2 (linear time) and well within the default budget.
# limit: none
# expect-output: None
# expect-output: True
# expect-output: None
# expect-output: 1
import re
s = 'a' * 100000
print(re.search(r'(a*)*b', s))
print(re.match(r'(a|aa)+$', s) is not None)
print(re.fullmatch(r'(x+x+)+y', 'x' * 50000))
print(len(re.findall(r'(a|a)*c|a+', s)))
