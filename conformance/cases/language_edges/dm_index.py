# __index__ used by slicing, range, bin/hex, list repetition, operator.index;
# wrong return types and int subclasses.
import operator


class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v


seq = list(range(10))
print(seq[Idx(2):Idx(8):Idx(3)], seq[Idx(-1)])
print(range(Idx(5)), list(range(Idx(1), Idx(4))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2))
print(operator.index(Idx(7)))
print((1, 2, 3)[Idx(1)])
print(int.__index__(5))

for bad in [2.5, "3", None]:
    try:
        seq[Idx(bad)]
    except TypeError as e:
        print("TypeError", e)

class MyInt(int):
    pass
print(operator.index(MyInt(4)), type(operator.index(MyInt(4))).__name__)

try:
    seq[2.0]
except TypeError as e:
    print("TypeError", e)

try:
    range(Idx("x"))
except TypeError as e:
    print("TypeError", e)

class NoIndex:
    pass
try:
    [1][NoIndex()]
except TypeError as e:
    print("TypeError", e)
try:
    hex(NoIndex())
except TypeError as e:
    print("TypeError", e)
print(int(Idx(9)) if hasattr(int, "__index__") else "")
print(complex(Idx(3)))
print(round(2.567, Idx(2)))
