# `$` without MULTILINE matches before a final newline, on the backtracking engine too.
import re
print(re.search(r'(?=a)a$', 'a\n'))
print(re.findall(r'(?<=x)\w$', 'xa\n'))
print(re.sub(r'(?<=a)$', '!', 'a\n'))
print(re.findall(r'(?m)(?<=\w)$', 'ab\ncd\n'))
print(re.findall(r'(?m)^(?=\w)', 'ab\ncd\n'))
print(re.findall(r'(?m)^(?!x)', 'a\nx\n'))
print(re.search(r'(?=\n)\Z', 'a\n'), re.search(r'a(?=\n)\Z', 'a\n'))
