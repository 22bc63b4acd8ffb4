# dict(d), d.update(x), {**x} and f(**x) with dict subclasses: a subclass that
# keeps dict's __iter__ is read directly (its keys() and __getitem__ are not
# called); one that overrides __iter__ is read through keys() and
# __getitem__, as CPython's dict_merge does.
class K(dict):
    def keys(self):
        print("K.keys")
        return ['a', 'b']
    def __getitem__(self, k):
        print("K.getitem", k)
        return k * 2
    def __iter__(self):
        print("K.iter")
        return iter(['x'])
    def items(self):
        print("K.items")
        return [('i', 1)]
k = K(a=1, b=2, c=3)
print(dict(k))
d = {}
d.update(k)
print(d)
print({**k})
def f(**kw): return kw
print(f(**k))
print(dict(k, z=1))
class G(dict):
    def __getitem__(self, k):
        print("G.getitem", k)
        return 0
g = G(a=1)
print(dict(g), {**g}, f(**g))
d = {}; d.update(g); print(d)
class I(dict):
    def __iter__(self):
        print("I.iter")
        return iter(['a'])
i = I(a=1, b=2)
print(dict(i), {**i}, f(**i))
d = {}; d.update(i); print(d)
class KO(dict):
    def keys(self):
        print("KO.keys")
        return ['a']
ko = KO(a=1, b=2)
print(dict(ko), {**ko}, f(**ko))
d = {}; d.update(ko); print(d)
class M:
    def keys(self):
        print("M.keys")
        return ['p', 'q']
    def __getitem__(self, k):
        print("M.getitem", k)
        return k.upper()
print(dict(M()), {**M()}, f(**M()))
d = {}; d.update(M()); print(d)
print(list(k.items()), list(k), len(k))
print(set(k), list(i))
d = dict.fromkeys(k)
print(d)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print("TypeError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
