# Genuine syntax errors keep CPython's messages and positions.
import re
for p in [r'(?<=a', r'(?=a', r'(?>a', r'(?P=x)', r'(?P<x>a)(?P=y)', r'(a\1)',
          r'(?<x)', r'(?P=)', r'a(?=b)*+c**', r'(?<=a)\2', r'(?(1)a|b|c)(x)', '(?<=(?=a)\n*)']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), repr(e.msg), e.pos, e.lineno, e.colno)
