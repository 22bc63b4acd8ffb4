# Empty matches may follow a non-empty one at the same place (3.7+).
import re
print(re.findall(r'(?<=a)|a', 'aaa'))
print([m.span() for m in re.finditer(r'a(?=a)|(?<=a)', 'aaa')])
print(re.sub(r'(?!a)', '-', 'aba'))
print(re.split(r'(?!x)', 'ab'))
print(re.findall(r'(?!)|\b|x', 'x y'))
