class Base:
    def greet(self, name):
        return f"hello {name}"

    @classmethod
    def create(cls):
        return cls.__name__


class Child(Base):
    def greet(self, name):
        return super(Child, self).greet(name).upper()

    @classmethod
    def create(cls):
        return "child of " + super().create()


print(Child().greet("bob"), Child.create())


class GrandChild(Child):
    def greet(self, name):
        return super(Child, self).greet(name) + "!"


print(GrandChild().greet("amy"), GrandChild.create())

try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)


def outside(self):
    return super().greet("x")


try:
    outside(Child())
except RuntimeError as e:
    print("RuntimeError", e)

try:
    super(Child, 5)
except TypeError as e:
    print("TypeError", e)


class WithInit:
    def __init__(self):
        super().__init__()
        self.ok = True


print(WithInit().ok)


class Eq:
    def __eq__(self, other):
        return super().__eq__(other)


e = Eq()
print(e == e, e == Eq())
