# Instances of built-in types without a __dict__: the plain AttributeError.
def g():
    yield 1

class Slotted:
    __slots__ = ('a',)

for o in [[], (1,), 1, 'x', b'x', bytearray(), {}, set(), frozenset(), 1.5, 1j,
          None, True, range(3), slice(1), ..., NotImplemented, iter([]), len,
          [].append, g(), property(), map(len, []), zip(), object(), int | str,
          str.join, int.__add__, (1).__add__, Slotted()]:
    try:
        o.__dict__
        print('has one')
    except AttributeError as e:
        print(e)
    print(hasattr(o, '__dict__'))
