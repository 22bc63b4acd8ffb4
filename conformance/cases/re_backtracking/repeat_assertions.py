# Repeats applied to groups, backreferences and assertions.
import re
print(re.findall(r'(?:(\w)\1)+', 'aabbcd eeff'))
print(re.search(r'(a)\1?\1?b', 'aaab').span())
print(re.search(r'(?:(?=a)a)+', 'aaab').span())
print(re.search(r'(?:a(?!a)|b)+', 'abab').group())
