class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st():
        return "st"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def make(cls):
        return "c:" + super().make()
    @staticmethod
    def st():
        try:
            return super().st()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
    def lam(self):
        f = lambda: super().greet()
        return f()
    def comp(self):
        return [super().greet() for _ in range(2)]
    def gen(self):
        yield super().greet()
    def nested(self):
        def inner():
            return super().greet()
        try:
            return inner()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
    def missing(self):
        return super().nope()

c = Child()
print(c.greet(), Child.make(), Child.st(), c.lam(), c.comp(), list(c.gen()), c.nested())
try:
    c.missing()
except AttributeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, c)
except TypeError as e:
    print(type(e).__name__, e)
print(super(Child, c).greet(), super(Child, Child).make())
s = super(Child, c)
print(type(s).__name__, s.__self_class__.__name__, s.__thisclass__.__name__)
try:
    super(Base, c).greet()
except AttributeError as e:
    print(type(e).__name__, e)
class NoArgs:
    def m():
        return super().x
try:
    NoArgs.m()
except RuntimeError as e:
    print(type(e).__name__, e)
class D(Base):
    def greet(self):
        self = 5
        return super().greet()
try:
    D().greet()
except TypeError as e:
    print(type(e).__name__, e)
class E(Base):
    def greet(self):
        del self
        return super().greet()
try:
    E().greet()
except RuntimeError as e:
    print(type(e).__name__, e)
class F(Base):
    def greet(*args):
        return super().greet()
try:
    print(F().greet())
except RuntimeError as e:
    print(type(e).__name__, e)
super().x
