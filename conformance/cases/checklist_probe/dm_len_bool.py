class Len:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

for v in [3, 0, -1, 2**63, 2**100, "3", 3.0, True, None]:
    try:
        print(repr(v), len(Len(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)
for v in [3, 0, -1, 2**63, "3"]:
    try:
        print(repr(v), bool(Len(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(v), type(e).__name__, e)

class Bool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

for v in [True, False, 1, 0, None, "x", 1.0]:
    try:
        print(repr(v), bool(Bool(v)))
    except TypeError as e:
        print(repr(v), type(e).__name__, e)
    try:
        if Bool(v):
            print("truthy")
        else:
            print("falsy")
    except TypeError as e:
        print("if", type(e).__name__, e)
    try:
        print(not Bool(v))
    except TypeError as e:
        print("not", type(e).__name__, e)

class Both:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len called")
        return 5
print(bool(Both()))
class OnlyLen:
    def __len__(self):
        return 0
print(bool(OnlyLen()), OnlyLen() or "fallback")
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class LenNone:
    __len__ = None
try:
    len(LenNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
while Bool(2):
    break
