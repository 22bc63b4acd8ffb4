# Patterns compiled from equal strs with equal flags are equal and hash alike.
import re

p1 = re.compile('abc', re.IGNORECASE)
re.purge()
p2 = re.compile('abc', re.IGNORECASE)
print(p1 is p2, p1 == p2, p1 != p2, hash(p1) == hash(p2))
re.purge()
print(p1 == re.compile('XYZ', re.I), p1 == re.compile('abc'), p1 != re.compile('abc'))
print(p1 == 'abc', p1 != 'abc', len({p1, p2, re.compile('abc')}))
try:
    p1 < p2
except TypeError as e:
    print('TypeError:', e)
