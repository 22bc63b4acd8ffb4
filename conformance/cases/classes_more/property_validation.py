class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
for bad in (-300, "hot", None):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t.celsius)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.deleter
    def full_name(self):
        self.first = self.last = None


p = Person("Ada", "Lovelace")
print(p.full_name)
try:
    p.full_name = "X Y"
except AttributeError as e:
    print("AttributeError", e)
del p.full_name
print(p.first, p.last)
print(type(Person.full_name).__name__, Person.full_name.fset is None)


class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance

    def _get(self):
        return self._balance

    def _set(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    balance = property(_get, _set, doc="the balance")


acc = Account(10)
acc.balance += 5
print(acc.balance, Account.balance.__doc__)
try:
    acc.balance -= 100
except ValueError as e:
    print("ValueError", e)
print(acc.balance)
