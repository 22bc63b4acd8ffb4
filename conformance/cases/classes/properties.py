class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 20
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)


class Lazy:
    empty = property()
    computed = property(lambda self: 7, doc="seven")


print(Lazy().computed, Lazy.computed.__doc__)
try:
    Lazy().empty
except AttributeError as e:
    print("AttributeError", e)
