print(True + True, True * 3, -True, ~True, True / 2, True // 1, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__, type(True + 0).__name__, type(~False).__name__)
print(True.bit_length(), True.real, True.numerator, True.as_integer_ratio(), True.to_bytes(1, "big"))
print(repr(bool(0.0)), bool(""), bool([0]), bool(range(0)), bool(None), bool(-1), bool("False"))
print(str(True), repr(False), format(True), format(True, "d"), format(False, "5"), f"{True!s:>6}")
print(True == 1, 1 == 1.0, {True: "a", 1: "b", 1.0: "c"})
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(Falsy()), bool(LenZero()), not Falsy(), Falsy() or "alt", bool(LenZero() and "never"))
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
t = (1, 2, 3)
print(t + (4,), t * 2, 0 * t, t[::-1], t[1:], t[5:], (1,) * -1, (t,) * 2)
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), (1, "a") == (1, "a"), () < (0,))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(3)), tuple(t) is t)
print(repr((1,)), repr(()), repr(((),)), len(((1, 2), 3)), max((3, 1, 2)), sum(t, 10))
