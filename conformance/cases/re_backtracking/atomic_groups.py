# Atomic groups do not give back what they matched.
import re
print(re.search(r'(?>a+)b', 'aaab').span())
print(re.search(r'(?>a+)a', 'aaa'))
print(re.search(r'a(?>bc|b)c', 'abcc').group(), re.search(r'a(?>bc|b)c', 'abc'))
print(re.findall(r'(?>\d+)(?!\.)', '12 3.4 56'))
print(re.fullmatch(r'(?>(\w+))!', 'abc!').group(1))
