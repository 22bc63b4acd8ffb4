# re.error as re.compile raises it: message, pattern, pos, lineno, colno.
import re

for pattern in ['(', 'a)', '[a', '*', 'a{2,1}', '(?P<1>a)', '(?P<a>x)(?P<a>y)',
                'a\n(', 'ab\ncd\n[', r'\8', '(?z)', '(?<=a*)b',
                '[z-a]', 'x' * 3 + ')']:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
try:
    re.sub('a', r'\1', 'a')
except re.error as e:
    print('template', e, e.pos)
try:
    re.sub('(a)', r'\g<x>', 'a')
except (re.error, IndexError) as e:
    print(type(e).__name__, e)
