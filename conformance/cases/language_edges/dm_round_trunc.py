# round/math.trunc/floor/ceil dispatch to __round__/__trunc__/__floor__/
# __ceil__, with ndigits passed only when given, and their errors.
import math


class Num:
    def __round__(self, *args):
        return ("round", args)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"


n = Num()
print(round(n), round(n, 2), round(n, None), round(n, ndigits=-1))
print(math.trunc(n), math.floor(n), math.ceil(n))

class Nothing:
    pass
for fn in (round, math.trunc, math.floor, math.ceil):
    try:
        fn(Nothing())
    except TypeError as e:
        print(fn.__name__, "TypeError", e)

class FloatLike:
    def __float__(self):
        return 2.5
print(math.floor(FloatLike()), math.ceil(FloatLike()))
try:
    round(FloatLike())
except TypeError as e:
    print("TypeError", e)
try:
    math.trunc(FloatLike())
except TypeError as e:
    print("TypeError", e)

print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(1e300, -300))
print(round(12345, -2), round(-12355, -1), round(5, 0), type(round(5.0, 0)).__name__)
print(round(True), type(round(True)).__name__, round(7, 3))
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(True))
for v in (float("inf"), float("nan")):
    for fn in (round, math.floor, math.trunc):
        try:
            fn(v)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round(5, "1")
except TypeError as e:
    print("TypeError", e)
