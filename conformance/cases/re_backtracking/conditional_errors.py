# Conditional group errors, as CPython reports them.
import re
for p in [r'(?(1)a|b)', r'(a)(?(1)a|b|c)', r'(a)(?(0)x)', r'(?(x)a)', r'(a)(?(1a)b)',
          r'(a)(?(1)b', r'(?(2)a)(b)']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, repr(e.msg), e.pos)
