# Sequence patterns on user classes: collections.abc.Sequence subclasses
# match, str/bytes/bytearray do not, __len__/__getitem__ are used.
from collections.abc import Sequence
from collections import deque


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("len called")
        return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]


class NotRegistered:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [1, 2][i]


def f(x):
    match x:
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case []:
            return "empty"
        case _:
            return "not a sequence"


print(f(Seq(1, 2)))
print(f(Seq(1, 2, 3, 4)))
print(f(Seq()))
print(f(NotRegistered()))
print(f("ab"))
print(f(b"ab"))
print(f(bytearray(b"ab")))
print(f(deque([7, 8])))
print(f(range(2)))
print(f(range(5)))
print(f(iter([1, 2])))
print(f({1, 2}))

Sequence.register(NotRegistered)
print(f(NotRegistered()))

class BadLen(Sequence):
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
try:
    f(BadLen())
except ValueError as e:
    print("ValueError", e)

class ShortGet(Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 2 or i == -1:
            raise IndexError("gone")
        return i
try:
    print(f(ShortGet()))
except IndexError as e:
    print("IndexError", e)
