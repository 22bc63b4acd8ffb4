# re.Scanner: the lexicon class built on Pattern.scanner.
import re

def number(scanner, token):
    return ('NUM', int(token), scanner.match.span())

lex = re.Scanner([
    (r'\d+', number),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
    (r'#', 'HASH'),
])
print(lex.scan('x = 12 + foo*(3 - y1)'))
print(lex.scan('a + 1 ; rest'))
print(lex.scan(''))
print(lex.scan('##a'))

# Flags, a RegexFlag too; an empty match stops the scan.
lex = re.Scanner([(r'[a-z]+', lambda s, t: t.upper()), (r'x*', None), (' ', None)], re.I)
print(lex.scan('Ab CD e'))
lex = re.Scanner([(r'[a-z]+ # word', lambda s, t: t), (r'\s+', None)], re.X | re.I)
print(lex.scan('one Two  three!'))
print(type(lex.scanner).__name__, lex.scanner.flags & re.I != 0, lex.lexicon[1])
