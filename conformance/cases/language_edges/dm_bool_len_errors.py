# __bool__ must return a bool; __len__ must return a non-negative int
# that fits in a Py_ssize_t; truth testing falls back to __len__.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v


for v in [True, False, 1, 0, None, "x", 1.0]:
    try:
        print(repr(v), bool(B(v)))
    except TypeError as e:
        print(repr(v), "TypeError", e)

try:
    if B(1):
        pass
except TypeError as e:
    print("if TypeError", e)
try:
    not B("s")
except TypeError as e:
    print("not TypeError", e)

class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v


for v in [0, 3, -1, 2**63, 2**63 - 1, 2**100, -2**100, 1.5, "3", True, None]:
    try:
        print(repr(v), "len", len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v), "len", type(e).__name__, e)
    try:
        print(repr(v), "bool", bool(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v), "bool", type(e).__name__, e)

class MyInt(int):
    pass
print(len(L(MyInt(5))), type(len(L(MyInt(5)))).__name__)

class Both:
    def __bool__(self):
        print("bool wins")
        return False
    def __len__(self):
        print("len never")
        return 1
print(bool(Both()))

class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError", e)

class NoneLen:
    __len__ = None
try:
    len(NoneLen())
except TypeError as e:
    print("TypeError", e)
print(bool(NoneLen()) if False else "skip")
