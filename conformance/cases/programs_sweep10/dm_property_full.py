class Temp:
    def __init__(self): self._c = 0.0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset"); self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temp(); t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
del t.celsius; print(t.celsius)
try: t.celsius = -300
except ValueError as e: print("ValueError", e)
try: t.fahrenheit = 3
except AttributeError as e: print("AttributeError", e)
try: del t.fahrenheit
except AttributeError as e: print("AttributeError", e)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, type(p).__name__)
q = property()
class X: a = q
try: X().a
except AttributeError as e: print("AttributeError", e)
