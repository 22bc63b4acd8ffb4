# add, remove, discard, pop, clear, update and in-place operators.
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([2, 5], (4,), range(6, 8))
print(s)
s.discard(7)
s.discard(100)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
s |= {9}
s &= {1, 2, 3, 4, 5, 9}
s -= {9}
s ^= {1, 0}
print(s)
s.intersection_update([2, 3, 4, 0])
print(s)
s.difference_update([0])
s.symmetric_difference_update({4, 5})
print(s)
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
t = {1, 2}
t.clear()
print(t, set(), frozenset())
try:
    t.add([1])
except TypeError as e:
    print("TypeError", e)
