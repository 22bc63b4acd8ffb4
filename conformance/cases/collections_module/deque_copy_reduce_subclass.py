# deepcopy/copy of deques and a subclass with attributes go through
# deque.__reduce__ (maxlen, state, items); a subclass repr names itself.
import copy
from collections import deque
class D(deque):
    pass
d = D([1, [2]], 5); d.tag = [9]
for x in [deque([1, [2]]), deque([1, [2]], 3), d, deque()]:
    y = copy.deepcopy(x)
    print(type(y).__name__, y, y.maxlen, getattr(y, 'tag', None), y[1] is x[1] if len(x) > 1 else None)
    z = copy.copy(x)
    print(type(z).__name__, z, z.maxlen, getattr(z, 'tag', None))
print(deque([1], 2).__reduce__()[:3], deque().__reduce__()[:3], d.__reduce__()[1:3])
print(repr(D([1])), repr(D()), D([D([1])], 2))
