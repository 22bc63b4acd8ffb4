"""singledispatch's registry is a read-only mappingproxy over the live table."""
import functools

@functools.singledispatch
def f(x):
    return 'base'

print(type(f.registry).__name__, list(f.registry))

@f.register
def _(x: int):
    return 'int'

print([c.__name__ for c in f.registry], f(1), f('a'))
try:
    f.registry[str] = len
except TypeError as e:
    print('TypeError', e)
