# OrderedDict's self is positional-only: 'self' and 'other' are plain keys.
from collections import OrderedDict

od = OrderedDict(self=1, other=2)
print(od)
od.update(self=3, kwds=4)
print(od)
od.update([("a", 5)], self=6)
print(od)
try:
    od.update({}, {})
except TypeError as e:
    print("TypeError", e)
try:
    OrderedDict({}, {})
except TypeError as e:
    print("TypeError", e)
