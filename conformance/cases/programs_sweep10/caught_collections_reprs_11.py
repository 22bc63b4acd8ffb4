from collections import namedtuple
P = namedtuple("P", "x y")
try:
    P(1, 2)._replace(z=1)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
