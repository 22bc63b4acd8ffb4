# dict(m), d.update(m) and {**m} for a mapping that is not a dict take
# list(m.keys()) first, as CPython's PyMapping_Keys: a __getitem__ that
# changes the mapping's own dict does not disturb the walk; a keys() that
# returns a list is walked as that list (items appended to it are seen).
import types

backing = {'a': 1, 'b': 2, 'c': 3}


class Shrinking:
    def keys(self):
        return backing.keys()

    def __getitem__(self, key):
        backing.pop('c', None)
        backing['z'] = 0
        return key * 2


class Generated:
    def keys(self):
        yield from ('x', 'y')

    def __getitem__(self, key):
        return key.upper()


listed = ['p', 'q']


class Listed:
    def keys(self):
        return listed

    def __getitem__(self, key):
        if len(listed) < 4:
            listed.append(key + '2')
        return len(listed)


class Hooked(dict):
    def __getitem__(self, key):
        self.clear()
        return 'hooked'


def reset():
    backing.clear()
    backing.update(a=1, b=2, c=3)
    del listed[2:]


makers = [
    ('dict()', lambda m: dict(m)),
    ('update', lambda m: (lambda d: (d.update(m), d)[1])({})),
    ('unpack', lambda m: {**m}),
    ('kwargs', lambda m: (lambda **kw: kw)(**m)),
]
for label, make in makers:
    for mapping in (Shrinking(), Generated(), Listed(), types.MappingProxyType(Hooked(k=1, j=2))):
        reset()
        try:
            print(label, type(mapping).__name__, make(mapping))
        except Exception as e:
            print(label, type(mapping).__name__, type(e).__name__, e)
