# Match objects: groups by index and name, spans, expand, lastindex, repr.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(3))
print(m.group(1, 'last', 3))
print(m[0], m[1], m['first'], m[3])
print(m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span(3))
print(m.lastindex, m.lastgroup)
print(m.string, m.pos, m.endpos, m.re)
print(m.expand(r'\2, \1 (\g<first>) [\g<0>] \g<3>!'))
print(m.expand('tab\\there\\n'))
for bad in [5, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['missing']
except IndexError as e:
    print('IndexError', e)
print(re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(a(b))', 'ab').lastindex)
print(re.match(r'(a)(b)?', 'a').lastindex)
print(re.match(r'a', 'a').lastindex, re.match(r'(?P<x>a)(b)', 'ab').lastgroup)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup)
print(re.search('a+', 'x' * 10 + 'a' * 80))
print(re.search(r'\w+', "it's"))
print(re.search('a\nb', 'xa\nb'))
m = re.compile('b+').search('ααbbβ', 1, 5)
print(m.pos, m.endpos, m.span(), m.string)
print(bool(re.match('', '')), re.match('', ''))
print(re.match(r'(\d+)\.(\d+)', '3.14').group(2, 1))
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.groupdict(), m.groups(), m.span('a'), m.start('a'), m.lastgroup)
