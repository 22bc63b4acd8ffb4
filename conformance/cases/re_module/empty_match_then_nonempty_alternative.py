# After an empty match, the next match may start at the same place if it is
# not empty: an earlier alternative that can match empty does not hide a
# later one that matches text there.
import re

print(re.findall('|a', 'a'))
print([m.span() for m in re.finditer('|(?:ab){,3}', 'ab')])
print(re.sub('|a', '-', 'bab'))
print(re.split('|a', 'bab'))
print(re.findall(r'x*|b', 'abc'))
print(re.findall(r'(?:|ab)c?', 'abcab'))
print(re.sub(r'\s*|,', '_', 'a, b'))
print(re.subn(r'(|x)', r'<\1>', 'xax'))
# An empty alternative last prefers the text: nothing changes there.
print(re.findall('a|', 'aba'))
print(re.findall(r'\b|\w+', 'ab cd'))
