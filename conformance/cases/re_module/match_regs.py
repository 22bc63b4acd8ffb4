# Match.regs: the span of every group, (-1, -1) for one that did not match.
import re
print(re.match(r'(a)(b)?', 'ac').regs)
print(re.search(r'(?P<x>\d+)-(\d+)?(z)?', 'ab 12-34').regs)
print(re.match(r'', 'abc').regs)
print(re.fullmatch(r'(é)(.)', 'éx').regs)
m = re.compile(r'(b)').search('abcb', 2)
print(m.regs, m.regs == tuple(m.span(g) for g in range(m.re.groups + 1)))
