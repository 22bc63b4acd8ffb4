people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("fay", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
l = list(people)
l.sort(key=lambda p: p[1], reverse=True)
print(l)
l.sort(key=lambda p: p[0])
l.sort(key=lambda p: p[1])
print(l)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((), reverse=True))
nums = [1, -3, 2, -1, 3, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted([1.0, 1, True, 0, False, 0.0]))
print(sorted([[2, 1], [1, 2], [1], []]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
l = [5, 4, 3]
print(l.sort(), l)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2), K(1)]))
print(max([K(3), K(5)], key=lambda k: -k.v), min([], default="empty"))
