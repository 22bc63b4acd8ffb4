class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), not L(0))
for bad in (-1, 2**64, 1.5, "3"):
    try:
        print(len(L(bad)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e:
    print("TypeError", e)
class BL:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BL()), len(BL()))
class Idx:
    def __index__(self): return 4
class L2:
    def __len__(self): return Idx()
try:
    print(len(L2()))
except TypeError as e:
    print("TypeError", e)
class BoolSub(int):
    pass
class L3:
    def __len__(self): return True
print(len(L3()))
