# Pattern attributes and repr for backtracking patterns.
import re
p = re.compile(r'(?P<a>\w)(?P=a)(?=x)', re.I)
print(p, p.pattern, p.flags == re.I | re.U, p.groups, p.groupindex)
print(re.compile(r'(?P<a>\w)(?P=a)(?=x)', re.I) is p)
print(p.sub('#', 'aAx bbx'), p.subn('#', 'aAx bbx'))
print(repr(re.compile(r'(?<=a)b', re.M | re.S)))
