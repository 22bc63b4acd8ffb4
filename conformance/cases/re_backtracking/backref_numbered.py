# Backreferences by number.
import re
print(re.search(r'(\w)\1', 'abccd'))
print(re.findall(r'(\w+) \1', 'hello hello world world x y'))
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'the the the cat sat sat'))
print(re.fullmatch(r'(a|b)\1*', 'aaaa'), re.fullmatch(r'(a|b)\1*', 'abab'))
print(re.search(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').group(10))
print(re.search(r'(a)\1{2}', 'aaaa').span())
