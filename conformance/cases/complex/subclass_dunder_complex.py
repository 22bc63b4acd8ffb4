# complex(x) asks a complex subclass's __complex__ too, not only other types'.
import warnings


class Polar(complex):
    def __complex__(self):
        return complex(self.real * 10, self.imag * 10)


class Itself(complex):
    def __complex__(self):
        return self


class Broken(complex):
    def __complex__(self):
        return "not a number"


print(complex(Polar(1, 2)))
print(complex(Polar(3)), complex(Polar(1, 2), 5))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    value = complex(Itself(4, 5))
print(value, type(value).__name__, [str(w.message)[:60] for w in caught])
try:
    complex(Broken(1))
except TypeError as e:
    print("TypeError", e)
print(complex(complex(7, 8)), complex(Polar(1, 1).conjugate()))
