# search, match and fullmatch with pos and endpos.
import re
p = re.compile(r'(?<=a)b+(?!c)')
print(p.search('abbbc'), p.search('abbb'), p.match('abb', 1), p.match('abb'))
print(p.fullmatch('abb', 1), p.fullmatch('abbc', 1), p.fullmatch('abbc', 1, 3))
print(p.search('abbb', 0, 3), p.search('abbb', 2))
q = re.compile(r'(\w)\1')
print(q.fullmatch('aa'), q.fullmatch('aab'), q.search('xaay', 2))
print(re.compile(r'^(?=a)').search('ba', 1), re.compile(r'(?m)^(?=a)').search('b\na', 1))
