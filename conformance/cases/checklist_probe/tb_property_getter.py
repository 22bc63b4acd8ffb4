class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def kelvin(self):
        return self._c + 273.15

    @kelvin.setter
    def kelvin(self, v):
        if v < 0:
            raise ValueError(f"below absolute zero: {v}")
        self._c = v - 273.15

    @property
    def ratio(self):
        return self._c / (self._c - self._c)

t = Temp(10)
print(t.kelvin)
try:
    t.kelvin = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t.kelvin
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Temp.kelvin.fset(t, -5)
except ValueError as e:
    print(type(e).__name__, e)
print(Temp.kelvin.fdel)
t2 = Temp("x")
try:
    t2.kelvin
except TypeError as e:
    print(type(e).__name__, e)
print(t.ratio)
