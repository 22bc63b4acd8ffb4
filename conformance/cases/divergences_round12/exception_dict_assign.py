# Assigning __dict__ on built-in and user exceptions: a dict (or subclass)
# becomes the attribute namespace; other values and deletion raise.
import copy


class AttrDict(dict):
    pass


for exc in (ValueError('v'), OSError(2, 'nf'), StopIteration(1), KeyError('k'),
            ExceptionGroup('g', [ValueError()])):
    exc.__dict__ = {'tag': type(exc).__name__}
    print(exc.tag, vars(exc), exc.__reduce__()[2:])
    exc.__dict__ = AttrDict(n=1)
    exc.m = 2
    print(type(exc.__dict__).__name__, sorted(exc.__dict__.items()))
    for bad in (None, [], 'x'):
        try:
            exc.__dict__ = bad
        except TypeError as e:
            print('TypeError', e)
    try:
        del exc.__dict__
    except TypeError as e:
        print('TypeError', e)
e = ValueError('x')
shared = {'a': 1}
e.__dict__ = shared
c = copy.copy(e)
print(c.a, c.__dict__ is shared, vars(c) == shared)
try:
    e.__class__ = KeyError
except (TypeError, AttributeError) as err:
    print(type(err).__name__)
