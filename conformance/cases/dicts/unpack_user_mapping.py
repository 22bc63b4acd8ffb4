# {**m} and f(**m) take any object with keys() and __getitem__.
class M:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2

def f(**kw):
    return kw

def g(a, b):
    return a + b

print({**M()}, {'z': 0, **M(), 'a': 1})
print(f(**M()), g(**M()), f(x=1, **M()), dict(M()))
try:
    f(a=1, **M())
except TypeError as e:
    print('TypeError', e)
for bad in [5, [('a', 1)], None]:
    try:
        {**bad}
    except TypeError as e:
        print('TypeError', e)
    try:
        f(**bad)
    except TypeError as e:
        print('TypeError', e)

class NoGetItem:
    def keys(self):
        return ['a']
try:
    {**NoGetItem()}
except TypeError as e:
    print('TypeError', e)

class IntKeys:
    def keys(self):
        return [1, 2]
    def __getitem__(self, k):
        return -k
print({**IntKeys()})
try:
    f(**IntKeys())
except TypeError as e:
    print('TypeError', e)

class Missing:
    def keys(self):
        return ['x']
    def __getitem__(self, k):
        raise KeyError(k)
try:
    {**Missing()}
except KeyError as e:
    print('KeyError', e)
