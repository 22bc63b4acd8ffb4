# After an empty match, CPython 3.7+ looks for a non-empty match at the same
# place before moving on: a lazy repeat from zero matches empty first, then
# the character it could also have taken.
import re

print(re.findall(r"a*?", "aa"))
print(re.findall(r"a??", "aab"))
print(re.findall(r"(a|b)*?", "ab"))
print(re.findall(r"x{0,2}?", "xxx"))
print([m.span() for m in re.finditer(r"\d*?", "12a3")])
print(re.sub(r"a*?", "-", "baac"))
print(re.subn(r"\w??", "<\\g<0>>", "ab c"))
print(re.split(r"b*?", "abbc"))
# A lazy repeat inside a pattern that cannot match empty is unaffected.
print(re.findall(r"<.*?>", "<a><bb>x<>"))
print(re.findall(r"a.*?b", "a1b a22b ab"))
# Greedy repeats that can match empty.
print(re.findall(r"a*", "baac"), re.sub(r"x*", "-", "abxd"))
