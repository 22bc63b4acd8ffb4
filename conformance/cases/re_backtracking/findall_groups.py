# findall's items with groups on the backtracking engine.
import re
print(re.findall(r'(\w)(?=(\w))', 'abc'))
print(re.findall(r'((\w)\2)', 'aabbc'))
print(re.findall(r'(a)?(?(1)b|c)', 'abc ac'))
print(re.findall(r'(?<=(\d))x', '1x2x x'))
