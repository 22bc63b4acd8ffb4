# partial's func/args/keywords are read-only members; repr() of nested and
# subclassed partials and of partialmethod; copying goes through
# __reduce__/__setstate__.
import copy
from functools import partial, partialmethod


def f(*args, **kwargs):
    return args, kwargs


def shown(obj):
    return repr(obj).replace(repr(f), 'F')


p = partial(f, 1, x=2)
for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, 3)
    except AttributeError as e:
        print('AttributeError', attr, e)
    try:
        delattr(p, attr)
    except AttributeError as e:
        print('AttributeError', attr, e)
print(shown(partial(p, 5, y=3)), partial(p, 5, y=3)(6))


class Sub(partial):
    pass


print(shown(Sub(f, 1)), shown(partial(Sub(f, 1), 2)), shown(Sub(partial(f, 1), 2)))
tagged = partial(f, 1)
tagged.note = 'kept'
print(shown(partial(tagged, 2)).replace(repr(tagged), 'INNER'))
print(vars(partial(f)), sorted(n for n in dir(p) if not n.startswith('__')))


class A:
    def m(self, *args, **kwargs):
        return args, kwargs
    pm = partialmethod(m, 1, z=2)
    bare = partialmethod(m)


print(repr(A.__dict__['pm']).replace(str(A.m), 'M'), A().pm(3))
print(repr(A.__dict__['bare']).replace(str(A.m), 'M'))

c = copy.copy(tagged)
print(c is tagged, c.func is f, c.args, c.keywords, vars(c))
d = copy.deepcopy(p)
print(d.func is f, d.args, d.keywords, type(copy.copy(Sub(f, 1))).__name__)
for state in [(f, (1,), None, None), (f, (2,), {'k': 1}, {'a': 1}), (f, [1], {}, None),
              (1, (), None, None), (f, (), None), [f, (), None, None], (f, (), [], None)]:
    try:
        p.__setstate__(state)
        print(p.args, p.keywords, vars(p))
    except TypeError as e:
        print('TypeError', e)
