"""A __slots__ member descriptor's __get__/__set__/__delete__ called by name."""
class S:
    __slots__ = ('x', 'y')

class Other:
    pass

s = S()
d = S.__dict__['x']
print(d, [hasattr(d, a) for a in ('__get__', '__set__', '__delete__')])
d.__set__(s, 5)
print(d.__get__(s), d.__get__(s, S), d.__get__(None, S) is d, s.x)
d.__delete__(s)
print(hasattr(s, 'x'))
for call in (lambda: d.__get__(s), lambda: d.__delete__(s), lambda: d.__get__(None, None),
             lambda: d.__get__(Other()), lambda: d.__set__(Other(), 1), lambda: d.__get__(),
             lambda: d.__set__(s), lambda: d.__delete__(), lambda: d.__get__(s, S, 1)):
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
