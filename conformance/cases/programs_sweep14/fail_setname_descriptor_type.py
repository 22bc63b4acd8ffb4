# A typed field descriptor rejects a value set after construction.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} expects {self.kind.__name__}, "
                            f"got {type(value).__name__}")
        obj.__dict__[self.name] = value


class Employee:
    name = Typed(str)
    salary = Typed(int)

    def __init__(self, name, salary):
        self.name, self.salary = name, salary

    def raise_by(self, pct):
        self.salary = self.salary * (100 + pct) / 100


e = Employee("Ann", 1000)
print(e.name, e.salary)
e.raise_by(10)
