# `$` matches at the end and before a final newline; \b and \B follow
# Python's word characters (Unicode by default, ASCII under re.A), and \B
# never matches in an empty string.
import re

print(repr(re.sub('$', '#', 'a\nb\n')), repr(re.sub('$', '#', 'a\nb\n', flags=re.M)))
print(re.match(r'^\d+$', '123\n') is not None, re.match(r'^\d+$', '123\n\n'))
print([m.span() for m in re.finditer('$', 'ab\n')], re.findall(r'x$', 'x\n'))
print(re.search(r'\d$', '12\n').span(), re.fullmatch(r'\d+$', '12'))
print(re.split(r'\b', 'a::bc'), re.sub(r'\b', '-', 'ab cd'))
print(re.findall(r'\b\w+\b', 'héllo wörld'), re.findall(r'\b\w+\b', 'héllo wörld', re.A))
print(re.search(r'\bé', ' é') is not None, re.search(r'\bé', ' é', re.A))
print(re.search(r'\B', ''), re.search(r'\b', ''), re.findall(r'\B', 'ab'))
print(re.sub(r'\Bx', '_', 'axb x'), re.sub(r'(?m)end$', 'END', 'the end\nno end\n'))
