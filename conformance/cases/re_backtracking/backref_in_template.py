# Replacement templates with backtracking patterns.
import re
print(re.sub(r'(\w)(?=\1)', r'<\1>', 'aabbc'))
print(re.sub(r'(?P<x>\d)(?!\d)', r'\g<x>!', '12 3'))
print(re.sub(r'(a)|(b)', r'[\1\2]', 'ab'))
print(re.subn(r'(\w)\1', r'\g<1>', 'aabbcd'))
print(re.sub(r'(?<=(x))y', lambda m: m.group(1).upper(), 'xy y xy'))
