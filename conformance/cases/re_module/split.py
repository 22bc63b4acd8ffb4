# split with groups, maxsplit and empty matches.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'))
print(re.split('', 'abc'))
print(re.split(r'(a)|b', 'xaybz'))
print(re.split(',', 'a,b,,c,'))
print(re.split(',', ''))
print(re.split(r'\s*', ' a b'))
print(re.compile(',').split('a,b,c', 1))
print(re.split(',', 'a,b', -1))
print(re.split('é', 'aébéc'))
