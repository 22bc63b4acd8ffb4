# Pattern.scanner: each match()/search() continues where the last match ended;
# an empty match makes the next call advance; after a miss every call is None.
import re

tok = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
sc = tok.scanner('12 ab + 7')
print(type(sc).__name__, type(sc).__module__, sc.pattern is tok)
while True:
    m = sc.match()
    if m is None:
        break
    print(m.span(), m.lastindex, repr(m.group()), m.pos, m.endpos)
print(sc.match(), sc.search())

# match() stops at the first place the pattern does not match there.
sc = re.compile(r'a').scanner('aab a')
print(sc.match().span(), sc.match().span(), sc.match(), sc.match(), sc.search())

# search() skips ahead; pos and endpos bound it, and the matches keep them.
sc = re.compile(r'\d').scanner('a1b2c3d4', 2, 7)
ms = []
while (m := sc.search()) is not None:
    ms.append((m.group(), m.span(), m.pos, m.endpos))
print(ms, sc.search())

# Empty matches: the next call may not be empty at the same place.
for pat, text in [(r'a*', 'baab'), (r'x*', 'ab'), (r'', ''), (r'a*?', 'aa'),
                  (r'|a', 'aab'), (r'\b', 'ab cd')]:
    out = []
    sc = re.compile(pat).scanner(text)
    while (m := sc.search()) is not None:
        out.append(m.span())
    out2 = []
    sc = re.compile(pat).scanner(text)
    while (m := sc.match()) is not None:
        out2.append(m.span())
    print(repr(pat), repr(text), out, out2)

# Non-ASCII text: spans are code points, and groups before the start.
sc = re.compile(r'(?<=(.))é+|\w').scanner('aéé ßé€x', 1)
print([(m.span(), m.group(), m.span(1)) for m in iter(sc.search, None)])

# Backtracking (PCRE2) patterns too.
sc = re.compile(r'(\w)\1|(?=c)').scanner('aabbccd')
print([m.span() for m in iter(sc.search, None)])

# Errors.
for call in (lambda: sc.match(1), lambda: sc.search(x=1), lambda: type(sc)(),
             lambda: tok.scanner(), lambda: tok.scanner(5), lambda: tok.scanner('a', 'b')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    sc.pattern = tok
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Sub(type(sc)):
        pass
except TypeError as e:
    print('TypeError:', e)
print(sorted(n for n in dir(sc) if not n.startswith('__')))
for name in ('x', 'pattern'):
    try:
        delattr(sc, name)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    sc.x = 1
except AttributeError as e:
    print('AttributeError:', e)
