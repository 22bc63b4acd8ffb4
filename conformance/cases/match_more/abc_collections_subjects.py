# Classes derived from collections.abc.Sequence or Mapping (directly, through
# MutableSequence/MutableMapping, or by register()) match sequence and mapping
# patterns; so do deque, UserList, UserDict, UserString and ChainMap.
from collections.abc import Sequence, Mapping, MutableSequence, MutableMapping
from collections import deque, UserDict, UserList, UserString, ChainMap


class Row(Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Record(Mapping):
    def __init__(self, **fields):
        self.fields = fields

    def __len__(self):
        return len(self.fields)

    def __iter__(self):
        return iter(self.fields)

    def __getitem__(self, key):
        print("  getitem", key)
        return self.fields[key]


class Stack(MutableSequence):
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)


class SubRow(Row):
    pass


class Registered:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


Sequence.register(Registered)


class Plain:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [1, 2][i]


def show(subject):
    match subject:
        case [a, b, *rest]:
            return f"sequence {a} {b} {rest}"
        case [a]:
            return f"single {a}"
        case {"x": x, **rest}:
            return f"mapping x={x} rest={sorted(rest.items())}"
        case {}:
            return "other mapping"
        case _:
            return "no match"


stack = Stack()
stack.extend([7, 8, 9])
for subject in [Row(1, 2, 3), SubRow("a"), Record(x=1, y=2), Record(z=0), stack,
                Registered(4, 5), Plain(), deque([1, 2]), UserList([3, 4, 5]),
                UserDict(x=9), UserString("hi"), ChainMap({"x": 0}, {"w": 1}),
                {"x": "dict"}, "hi", b"hi", bytearray(b"hi")]:
    print(type(subject).__name__, "->", show(subject))

print(isinstance(deque(), MutableSequence), isinstance(UserList(), MutableSequence))
print(isinstance(UserDict(), MutableMapping), isinstance(ChainMap(), MutableMapping))
print(isinstance(UserString("s"), Sequence), isinstance(Registered(), Sequence))
print("__abc_tpflags__" in Sequence.__dict__, "__abc_tpflags__" in Mapping.__dict__)
