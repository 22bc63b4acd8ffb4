# deque's maxlen must be an int itself (no __index__, no float) that fits a
# C ssize_t; a namedtuple's methods are named after the namedtuple.
from collections import deque, namedtuple


class Idx:
    def __index__(self):
        return 2


Pt = namedtuple('Pt', 'x y')
for f in [lambda: deque([], 2**63), lambda: deque([], -1), lambda: deque([], 1.5),
          lambda: deque([1, 2], True), lambda: deque('abc', (1, 2)), lambda: deque('abc', Idx()),
          lambda: deque('abc', maxlen=None),
          lambda: Pt(1, 2)._replace(5), lambda: Pt._make(), lambda: Pt(1, 2)._asdict(1),
          lambda: Pt(1), lambda: Pt.__new__.__qualname__, lambda: Pt.__repr__.__qualname__,
          lambda: Pt._make.__qualname__, lambda: Pt._replace.__qualname__,
          lambda: Pt._asdict.__qualname__, lambda: Pt.__getnewargs__.__qualname__]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
