# Possessive repeats: *+ ++ ?+ {m,n}+
import re
print(re.search(r'a++b', 'aaab').span(), re.search(r'a++a', 'aaa'))
print(re.match(r'x*+x', 'xxx'), re.match(r'x?+x', 'x'))
print(re.findall(r'\d{1,2}+', '12345'))
print(re.match(r'"[^"]*+"', '"abc" x').group())
print(re.fullmatch(r'(?:ab)++', 'ababab') is not None)
