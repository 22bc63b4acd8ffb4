# re.error for genuine syntax errors: CPython's messages and positions.
import re

patterns = [
    '(a', 'a)', '*a', 'a**', 'a++b' if False else 'x{2,1}', '[a', '[b-a]', r'\q', '(?P<1a>x)',
    '(?P<a>x)(?P<a>y)', r'(?P=b)', '(?Px)', '(?z)', 'a(?i)b', r'\1', r'(a)\2', '[a-\\d]',
    '(?', '(?#abc', r'\x1', r'\u12', r'\U0011ffff', 'a\\', '(?i', '(?i-i:a)', '(?-x)', '(?L)a',
    '?', '+', '{1}', 'a|*', '(*)', '^*', r'\b+', '(?P<>x)', '(?P<a', r'\777', '(?<x)',
    'ab\n(cd', 'a{5,3}',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), 're.error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile('a', re.LOCALE)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.ASCII | re.UNICODE)
except ValueError as e:
    print('ValueError', e)
print(issubclass(re.error, Exception), issubclass(re.error, ValueError))
try:
    raise re.error('custom')
except re.error as e:
    print('re.error', e)
