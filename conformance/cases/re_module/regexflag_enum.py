# re's flags are members of re.RegexFlag, an enum.IntFlag shown by name.
import enum
import re

print(repr(re.I), str(re.I), re.M, re.NOFLAG, re.DEBUG, re.T, re.U)
print(re.I | re.M, re.A | re.S | re.X, re.I | 0x400, re.RegexFlag(0x400))
print(re.I & re.M, re.I ^ re.I, ~re.I)
print(type(re.I).__name__, type(re.I | re.M).__name__, isinstance(re.I, int),
      isinstance(re.I, enum.IntFlag), re.I == 2, int(re.M), re.S + 1)
print(re.I.name, re.I.value, (re.I | re.M).name, re.A is re.ASCII, re.RegexFlag.IGNORECASE is re.I)
print(list(re.RegexFlag))
print(list(re.RegexFlag.__members__))
print(format(re.I), '%d' % re.I, f'{re.M:x}', f'{re.I}')
print(re.RegexFlag.__module__, re.RegexFlag.__qualname__)

# A Pattern's flags are a plain int; its repr names them.
p = re.compile('a', re.I)
print(p.flags, type(p.flags).__name__, p)
print(re.compile('a', re.I | re.X), re.compile('(?s)a').flags, re.compile('a', 0).flags)
print(re.findall('^x', 'x\nx', re.M), re.sub('A', '-', 'aAa', flags=re.I))
print(re.compile('a', re.I) == re.compile('a', 2))
