class Base:
    count = 0
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, *names):
        cls.count += len(names)
        return [cls(n) for n in names]
    @staticmethod
    def validate(name):
        return name.isidentifier()
    def greet(self):
        return f"Base:{self.name}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Child(Base):
    @classmethod
    def create(cls, *names):
        objs = super().create(*names)
        print("child created", len(objs))
        return objs
    def greet(self):
        return "Child+" + super().greet()

class Grand(Child):
    def greet(self):
        return "Grand+" + super(Child, self).greet()

print(Base.create("a"), Child.create("b", "c"), Grand.create("d"))
print(Base.count, Child.count, Grand.count)
print(Child("x").greet(), Grand("y").greet(), Grand.validate("ok"), Grand("z").validate("1x"))
print(type(Base.__dict__["create"]).__name__, type(Base.__dict__["validate"]).__name__)
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in (D, B, C, A)])
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting"); self._v = None
p = Prop()
p.v = 3; print(p.v); del p.v; print(p.v, Prop.v.__doc__)
try:
    p.v = -1
except ValueError as e:
    print(e)
