# re.Scanner numbers one group per phrase (CPython parses each phrase on
# its own), so a phrase's own groups do not shift the later phrases' group
# numbers: lastindex still picks the right action.
import re

seen = []


def keep(scanner, token):
    m = scanner.match
    seen.append((m.lastindex, m.group(), m.span(), len(m.groups()), m.groupdict()))
    return token


lex = re.Scanner([
    (r'(\d+)\.(\d+)', lambda s, t: ('FLOAT', t)),
    (r'(?P<int>\d+)', lambda s, t: ('INT', t)),
    (r'([a-z])(\w*)', keep),
    (r'[(](?:x)[)]', lambda s, t: ('X', t)),
    (r'[\(]+', lambda s, t: ('OPEN', t)),
    (r'[]()]', lambda s, t: ('BR', t)),
    (r'[^\s\w(]', lambda s, t: ('SYM', t)),
    (r'\s+', None),
])
print(lex.scan('1.5 + 42 * ab3 (x) (( ] ) ?'))
print(seen)
print(lex.scanner.groups, lex.scanner.groupindex)
m = lex.scanner.scanner('foo').match()
print(m.lastindex, m.group(3), len(m.groups()))
m = lex.scanner.match('12')
print(m.lastindex, m.lastgroup, m.group(m.lastindex), m.group(7))
m = lex.scanner.match('3.25')
print(m.lastindex, m.group(1), m.group(8))

# Under VERBOSE, a '(' inside a comment is no group.
lex = re.Scanner([(r'(a+) # (one or more a', lambda s, t: ('A', t)),
                  (r'(b)  # b ( again', lambda s, t: ('B', t)),
                  (r'\s+', None)], re.X)
print(lex.scan('aa b a'), lex.scanner.groups)

# Lookarounds and non-capturing groups keep their meaning.
lex = re.Scanner([(r'(?<=x)(y)', lambda s, t: 'after-x'), (r'(?:x|y)(?!z)', lambda s, t: t),
                  (r'.', lambda s, t: '?')])
print(lex.scan('xyyz'))
