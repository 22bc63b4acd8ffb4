# A namedtuple field whose name NFKC-normalizes to another spelling: the
# generated __new__ takes the normalized name, the attribute keeps the
# given one.
from collections import namedtuple

P = namedtuple('P', ['\ufb01', 'b'])
p = P(1, 2)
print(p, P._fields, p._asdict())
print(getattr(p, '\ufb01'))
for call in (lambda: P(fi=1, b=2), lambda: P(**{'\ufb01': 1, 'b': 2}), lambda: p.fi,
             lambda: p._replace(b=5), lambda: p._replace(**{'\ufb01': 7}),
             lambda: P._make([3, 4])):
    try:
        print(call())
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
for call in (lambda: P(), lambda: P(b=1), lambda: P(1, fi=2), lambda: P(1, 2, 3)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
