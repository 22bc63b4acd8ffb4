class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[i], (1,2,3)[Idx(-1)], range(10)[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0,1,2,3,4][Idx(1):Idx(3)])
print(operator_index := None)
print("ab" * Idx(3), [1] * Idx(2))
print(int(Idx(7)) if hasattr(Idx, '__int__') else "noint")
try: int(Idx(7))
except TypeError as e: print(e)
print(range(Idx(3)))
class BadIdx:
    def __index__(self): return "x"
try: [1][BadIdx()]
except TypeError as e: print(e)
key_a = "a"
try: [1][key_a]
except TypeError as e: print(e)
one_f = 1.0
try: "abc"[one_f]
except TypeError as e: print(e)
try: (1,)[int("0") and None]
except TypeError as e: print(e)
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 9
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
n = Num()
print(int(n), float(n), round(n), round(n, 2), abs(n), -n, +n, ~n)
import math
print(math.floor(n), math.ceil(n), math.trunc(n))
class OnlyFloat:
    def __float__(self): return 1.5
print(float(OnlyFloat()))
try: int(OnlyFloat())
except TypeError as e: print(e)
try: math.sqrt(Num())
except TypeError as e: print(e)
print(math.sqrt(OnlyFloat()))
class BadInt:
    def __int__(self): return "no"
try: int(BadInt())
except TypeError as e: print(e)
class BadFloat:
    def __float__(self): return 1
try: float(BadFloat())
except TypeError as e: print(e)
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()), math.factorial(OnlyIndex()))
try: round(object())
except TypeError as e: print(e)
try: float(object())
except TypeError as e: print(e)
try: int(object())
except TypeError as e: print(e)
try: int([1])
except TypeError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: int("12a")
except ValueError as e: print(e)
try: int("12", 1)
except ValueError as e: print(e)
class B:
    def __bool__(self): return 1
try: bool(B())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
try: bool(L())
except ValueError as e: print(e)
class L2:
    def __len__(self): return "3"
try: len(L2())
except TypeError as e: print(e)
class L3:
    def __len__(self): return 2**70
try: len(L3())
except OverflowError as e: print(e)
print(bool(type("x", (), {}) if False else 0))
class Int2(int): pass
print(int(Int2(5)), type(int(Int2(5))).__name__)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(5, -1), round(15, -1), round(25, -1))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2))
