# The shlex class: tokens, punctuation, pushback, sources, line numbers.
import io
import shlex

print(list(shlex.shlex('a && b || c; (d) > out.txt', punctuation_chars=True)))
print(list(shlex.shlex('a;b|c', punctuation_chars=';')))
lx = shlex.shlex('a=b, c:d')
print(list(lx), lx.lineno)
lx = shlex.shlex('one\ntwo "three', posix=True)
try:
    print(list(lx))
except ValueError as e:
    print('ValueError', e, lx.lineno)
lx = shlex.shlex('a b')
lx.push_token('z')
print(lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()), repr(lx.get_token()))
lx = shlex.shlex('x')
print(repr(lx.eof), lx.wordchars, repr(lx.commenters), repr(lx.whitespace), repr(lx.quotes),
      repr(lx.escape), repr(lx.escapedquotes), lx.posix, lx.whitespace_split, repr(lx.punctuation_chars))
print(ascii(shlex.shlex('x', posix=True).wordchars), shlex.shlex('x', punctuation_chars=True).wordchars)
lx = shlex.shlex('a b c', posix=True)
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex(io.StringIO('first second\nthird # note\nfourth'), infile='script.sh')
tokens = []
while True:
    tok = lx.get_token()
    if tok == lx.eof:
        break
    tokens.append((tok, lx.lineno))
print(tokens, lx.error_leader(), lx.error_leader('other', 9))
lx = shlex.shlex('outer1 outer2')
print(lx.get_token())
lx.push_source('inner1 inner2', 'inc')
print(lx.get_token(), lx.infile, lx.get_token(), lx.get_token(), lx.infile)
lx = shlex.shlex('key=value path/to/file *.py ~user', posix=True, punctuation_chars=True)
print(list(lx))
lx = shlex.shlex('a "b c"d e\\ f', posix=False)
print(list(lx))
lx = shlex.shlex("don't stop", posix=True)
try:
    print(list(lx))
except ValueError as e:
    print('ValueError', e)
lx = shlex.shlex('a!b@c', posix=True)
print(list(lx))
try:
    shlex.shlex('x', posix=True, punctuation_chars=5)
except TypeError as e:
    print('TypeError', e)
