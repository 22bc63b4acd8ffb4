from collections import deque
d = deque([1, 2, 3], 2); print(d, d.maxlen); d.appendleft(0); print(d); d.rotate(1); print(d); d.extendleft([7, 8]); print(d, d.count(7), d.index(8))
d.index(99)
