# complex() from numbers, complexes and strings, and its errors.
print(complex(), complex(2), complex(2.5, 0), complex(True, False), complex(imag=2), complex(real=1.5))
print(complex(1 + 2j, 3 + 4j), complex(1 + 2j, 3), complex(1, 3 + 4j), complex(1 + 2j))
print(complex(1, float("inf")), complex(float("nan"), 1), complex(10 ** 20, -1))
for text in ["1+2j", " (3-4j) ", "j", "-j", "+J", "1e3j", "2.5", "inf+nanj", "-infj",
             "1_000+2_0j", "+1.5-2J", "1-j", "(5)", "\t7j\n", "1e-3-1E+3j", ".5j"]:
    print(repr(text), complex(text))
for bad in ["1+", "j1", "1+2i", "", "(1+2j", "1 + 2j", "1__0j", "_1j", "abc", "1j)", "()", "1e", "--1j"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for args in [("1", 2), (1, "2"), ([1],), (1, [2]), (None,), ({},)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
print(complex(Meters(3)), complex(Meters(1), Meters(2)))
class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 2)
print(c, c + 1, type(c + 1).__name__, c.real, complex(c), type(complex(c)).__name__, -c, type(-c).__name__)
