# Backreferences need backtracking: refused, moat's re runs in linear time.
import re
print(re.findall(r'(\w)\w', 'abcd'))
re.compile(r'(\w)\1')
