# A deque's truth is its length (CPython's deque has no __bool__), so a
# subclass's __len__ decides it.
from collections import deque
class Never(deque):
    def __len__(self):
        return 0
class Always(deque):
    def __len__(self):
        return 5
print(hasattr(deque, "__bool__"), bool(deque()), bool(deque([0])))
print(bool(Never([1, 2])), bool(Always()), "yes" if Never("ab") else "no", not Always())
d = Never([1]); d.append(2); print(list(d), len(d), bool(d))
d = Never([1, 2, 3], maxlen=4)
d.extend([4, 5]); d.rotate(1); d.appendleft(0); d.insert(1, 9) if len(list(d)) < 4 else None
try:
    print(d[-1])
except IndexError as e:  # the negative index is offset by the overridden __len__
    print("IndexError", e)
print(d, d[0], d[len(list(d)) - 1], list(reversed(d)), d == deque([0, 5, 2, 3]), 3 in d, d.count(2), d.index(3), d.copy(), d * 2, d + deque([7]))
r = Never("xy")
r.remove("x"); r.reverse(); r.extendleft("ab"); print(r, r.pop(), r.popleft(), list(r), r.maxlen, sorted(r), min(r), str(r), [*r])
