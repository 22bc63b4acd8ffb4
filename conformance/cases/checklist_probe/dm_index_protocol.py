class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

lst = list(range(10))
print(lst[Idx(3)], lst[Idx(-1)], lst[Idx(1):Idx(4)], lst[::Idx(3)])
print("abcdef"[Idx(2)], (1, 2, 3)[Idx(0)], b"xyz"[Idx(1)])
print(range(Idx(5)), list(range(Idx(1), Idx(7), Idx(2))))
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), bin(Idx(-5)))
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * "cd")
import operator
print(int.__index__(7), operator.index(Idx(9)))
print(round(2.5678, Idx(2)), "x".center(Idx(5), "*"))
for bad in [Idx("3"), Idx(3.0), Idx(None)]:
    try:
        lst[bad]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        range(bad)
    except TypeError as e:
        print(type(e).__name__, e)
NONE, ONE_F = None, 1.0
class NoIdx:
    pass
for f in [lambda: lst[NoIdx()], lambda: lst[1.0], lambda: lst["1"], lambda: lst[NoIdx():],
          lambda: range(1.5), lambda: hex(1.5), lambda: bin("1"), lambda: oct(None),
          lambda: "abc"[NONE], lambda: (1,)[ONE_F], lambda: [1] * 1.0, lambda: lst[::0],
          lambda: lst[Idx(2**70)], lambda: lst[2**70:], lambda: chr(Idx(65)),
          lambda: "abc".__getitem__(Idx(1)), lambda: b"ab"[Idx(5)]]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
class BoolIdx0:
    def __index__(self):
        return True

print(int(Idx(4)) if hasattr(int, "__index__") else None)
try:
    float(Idx(4))
    print("float ok", float(Idx(4)))
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(Idx(4))
    print("complex ok")
except TypeError as e:
    print(type(e).__name__, e)
lst[Idx("bad")]
