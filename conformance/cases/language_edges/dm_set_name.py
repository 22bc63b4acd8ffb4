# __set_name__ is called for descriptors in a class body in definition
# order, with the owner and the attribute name; not for later assignment.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2


class Model:
    a = Field()
    b = Field()
    shared = c = Field()


m = Model()
m.a = 5
print(m.a, m.b)
print(Model.shared.name, Model.c is Model.shared)

Model.late = Field()
print(hasattr(Model.late, "name"))

class Failing:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name}")

try:
    class Owner:
        x = Failing()
except ValueError as e:
    print("ValueError", e)
except RuntimeError as e:
    print("RuntimeError", e, "cause:", type(e.__cause__).__name__, e.__cause__)

class NotCallable:
    __set_name__ = None
try:
    class Owner2:
        y = NotCallable()
except TypeError as e:
    print("TypeError", e)
except RuntimeError as e:
    print("RuntimeError", e, "cause:", type(e.__cause__).__name__, e.__cause__)

class OnClass:
    def __set_name__(self, owner, name):
        print("instance set_name", name)
OnClass.__set_name__ = lambda self, owner, name: print("patched", name)
class Owner3:
    z = OnClass()

class Sub(Model):
    d = Field()
