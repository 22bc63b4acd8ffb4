# Repeat counts over 1000 (on RE2 and PCRE2 alike) and bytes patterns are refused.
import re
print(re.fullmatch(r'a{1000}', 'a' * 1000) is not None)
try:
    re.compile(r'a{1001}')
except re.error as e:
    print(e)
try:
    re.compile(b'abc')
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', b'abc')
except TypeError as e:
    print('TypeError', e)
