# Match methods on a match from the backtracking engine.
import re
m = re.search(r'(?P<a>x)(?P<b>y)?(?=z)(\1)?', 'axz')
print(m.group(), m.group(0, 1, 2), m.groups(), m.groups('-'))
print(m.span(), m.span('a'), m.start(2), m.end(1), m.span(3))
print(m.lastindex, m.lastgroup, m.groupdict(), m.groupdict(0))
print(m.expand(r'<\g<a>|\g<b>>'), m['a'], m.re.groups, m.pos, m.endpos)
print(m)
n = re.match(r'(a)(?=(b))(?P<c>\2)', 'abb')
print(n.groups(), n.lastindex, n.lastgroup, n.span(2))
