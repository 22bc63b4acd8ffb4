# Group references inside a look-behind.
import re
for p in [r'(?<=(a)\1)b', r'(a)(?<=\1)b', r'(?<=(?P<n>a)(?P=n))', r'(?<=(a))(?(1)b|c)',
          r'(?<=(?(1)a|b))(c)', r'(a(?<=\1))']:
    try:
        r = re.compile(p)
        print(p, 'compiled', r.search('aab aac ab') is not None)
    except re.error as e:
        print(p, repr(e.msg), e.pos)
