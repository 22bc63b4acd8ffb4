from collections import deque
d = deque(range(5)); d.rotate(-2); print(d, d[0], d[-1], len(d), 3 in d, d * 2, d + deque([9]), list(reversed(d)), d == deque([2, 3, 4, 0, 1]), d.copy(), d.remove(3), d)
d.remove(42)
