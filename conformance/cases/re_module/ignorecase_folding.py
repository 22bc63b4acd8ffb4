# IGNORECASE follows sre's rules: lower() of both sides, plus
# Lib/re/_casefix.py's extra cases; under re.ASCII only ASCII letters fold.
import re

print(re.match('(?ai)\u00e0', '\u00c0'), re.match('(?i)\u00e0', '\u00c0'))
print(re.match('(?ia)K', '\u212a'), re.match('(?i)K', '\u212a'), re.match('(?i)k', '\u212a'))
print(re.match('(?i)\u0131', 'I'), re.match('(?i)\u0131', 'i'), re.match('(?i)i', '\u0131'))
print(re.match('(?i)\u0130', 'i'), re.match('(?i)i', '\u0130'), re.match('(?i)I', '\u0130'))
print(re.match('(?ai)s', '\u017f'), re.match('(?i)s', '\u017f'), re.match('(?i)[a-z]+', 'K\u017f'))
print(re.match('(?ai)[a-z]+', 'K\u017f'), re.match('(?ai)[a-z]+', 'AbZ'))
print(re.findall('(?i)[^a-c]', 'aBcDe\u212a'), re.findall('(?ai)[^k]', 'kK\u212a'))
print(re.match('(?i:\u00df)x', '\u1e9ex'), re.match('a(?-i:b)', 'AB', re.I), re.match('a(?-i:b)', 'Ab', re.I))
print(re.findall('(?i)\u03c3', '\u03a3\u03c2\u03c3'), re.findall('(?i)[\u03b8]', '\u03d1\u0398\u03f4'))

# Every pair among these characters, literal and in a set, Unicode and ASCII.
chars = ('aAkK\u212asS\u017fiI\u0130\u0131\u00b5\u039c\u03bc\u00c5\u00e5\u212b'
         '\u03b2\u03d0\u0392\u03b8\u03d1\u03f4\u0398\u03c3\u03c2\u03a3\u1e61\u1e9b\u1e60'
         '\u01c4\u01c5\u01c6\u00df\u1e9e\u0345\u03b9\u1fbe\u0399\u00e0\u00c0\u0101\u0100')
for flags in (re.I, re.I | re.A):
    for c in chars:
        lit = ''.join(re.findall(re.escape(c), chars, flags))
        cls = ''.join(re.findall('[' + re.escape(c) + ']', chars, flags))
        neg = len(re.findall('[^' + re.escape(c) + ']', chars, flags))
        print(flags & re.A and 'A' or 'U', ascii(c), ascii(lit), lit == cls, neg + len(cls) == len(chars))

# Ranges, and backreferences (sre compares lower() of each character).
print(re.findall('(?i)[\u0390-\u03a9]', '\u03b1\u03c9\u03c2\u03d0\u00b5'))
print(re.findall(r'(?i)(\w)\1', 'aA bB kK c'), re.match(r'(?i)(ab)\1', 'abAB'))
