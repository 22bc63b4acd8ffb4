# Slot values are the only reference to their objects: they must survive
# many collections (lots of garbage is made in between).
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = None
for i in range(20000):
    head = Node([i, str(i) * 3], head)
    junk = [str(j) for j in range(20)]
total = 0
count = 0
node = head
while node is not None:
    total += node.value[0] + len(node.value[1])
    count += 1
    node = node.next
print(count, total)


class Point:
    __slots__ = "x", "y"

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


pts = {Point(i % 7, i % 5) for i in range(1000)}
print(len(pts), sorted(pts, key=lambda p: (p.x, p.y))[:3])


class Tagged(Point):
    __slots__ = ("tag",)


t = Tagged(1, 2)
t.tag = "a"
print(t, t.tag, t == Point(1, 2))
try:
    class Both(Point, Node):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)


class EmptyInt(int):
    __slots__ = ()


print(EmptyInt(5) + 1)
try:
    EmptyInt(5).x = 1
except AttributeError as e:
    print("AttributeError:", e)
