# A list or dict subclass is copied state first, then item by item through
# its own append and __setitem__, as copy's _reconstruct does.
import copy
class C(dict):
    def __init__(self, d=None):
        if not d:
            d = {}
        self._keys = list(d.keys())
        super().__init__(d)
    def __setitem__(self, key, item):
        super().__setitem__(key, item)
        if key not in self._keys:
            self._keys.append(key)
x = C(d={'foo': 0})
for f in (copy.copy, copy.deepcopy):
    y = f(x)
    print(y == x, y._keys, y._keys is x._keys)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, v):
        self.log.append(v)
        super().append(v)
x = L([1, 2, 3])
for f in (copy.copy, copy.deepcopy):
    y = f(x)
    print(y, y.log)
