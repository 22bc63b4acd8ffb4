# int() still falls back on __trunc__ in 3.11, with a DeprecationWarning
# each time; a str subclass may define it as well.
import warnings


class Truncates:
    def __trunc__(self):
        return 5


class TextTruncates(str):
    def __trunc__(self):
        return 3


class Fraction:
    def __trunc__(self):
        return 2.5


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(int(Truncates()), int(TextTruncates("12")))
    try:
        int(Fraction())
    except TypeError as e:
        print("TypeError", e)
for w in caught:
    print(w.category.__name__, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(Truncates())
    except DeprecationWarning as e:
        print("DeprecationWarning", e)
