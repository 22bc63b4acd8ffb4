# re.compile: Pattern attributes, repr, flags, and compiled patterns passed on.
import re

p = re.compile('a+')
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a+', re.IGNORECASE))
print(re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)', re.I | re.M))
print(re.compile('x', re.S | re.X | re.A))
q = re.compile(r'(?P<word>\w+)\s(\d+)')
print(q.groups, sorted(q.groupindex.items()))
print(re.compile(q) is q)
try:
    re.compile(q, re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile('(?i)abc').flags == re.I | re.U)
print(re.compile('abc', re.ASCII).flags)
print(re.I == 2, re.M == 8, re.S == 16, re.X == 64, re.A == 256, re.U == 32)
print(int(re.NOFLAG))
print(re.compile("it's"))
print(re.search(p, 'baaab'))
print(type(p).__name__, type(re.match('a', 'a')).__name__)
print(isinstance(p, re.Pattern), isinstance(p.match('a'), re.Match))
try:
    re.compile(123)
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', 123)
except TypeError as e:
    print('TypeError', e)
