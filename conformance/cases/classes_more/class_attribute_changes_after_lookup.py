# Attribute lookups on classes stay right while classes change: methods
# added, replaced and deleted after they were looked up, on the class and on
# its bases, class attributes rebound in place, and classes made and dropped
# in a loop (a new class may reuse a dead one's memory).


class Base:
    kind = "base"

    def greet(self):
        return "base greet"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.greet(), c.kind)

# A method added to the base after the child's lookups were made.
Base.greet = lambda self: "patched greet"
print(c.greet())

# The child shadows it, then stops shadowing it.
Child.greet = lambda self: "child greet"
print(c.greet())
del Child.greet
print(c.greet())

# A class attribute rebound in place, read through instances and the class.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.serial = Counter.count


made = [Counter() for _ in range(5)]
print([m.serial for m in made], Counter.count, made[0].count)

# An attribute that was missing on the class, then added: instance lookups
# must see the new data descriptor.
class Plain:
    def __init__(self):
        self.value = 1


p = Plain()
print(p.value)
Plain.value = property(lambda self: "from property")
print(p.value)
del Plain.value
print(p.value)

# Dunders added and removed after instances were compared and printed.
class Point:
    def __init__(self, x):
        self.x = x


a, b = Point(1), Point(1)
print(a == b, repr(a).startswith("<__main__.Point object"))
Point.__eq__ = lambda self, other: self.x == other.x
Point.__repr__ = lambda self: f"Point({self.x})"
print(a == b, repr(a))
del Point.__repr__
print(repr(a).startswith("<__main__.Point object"))

# Many short-lived classes with the same name and different attributes:
# each one's lookups find its own attributes, even after collections free
# the earlier ones.
def make(i):
    class Temp:
        tag = i

        def who(self):
            return self.tag * 2

    return Temp


total = 0
for i in range(3000):
    cls = make(i)
    obj = cls()
    total += obj.who() + cls.tag
    junk = [str(j) * 40 for j in range(200)]
print(total)

# Methods looked up through super() and through the instance agree.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f/" + super().f()


class C(B):
    pass


x = C()
print(x.f())
A.f = lambda self: "A.f2"
print(x.f())
B.f = lambda self: "B.f2/" + A.f(self)
print(x.f())

# A namespace that grows past its first table size while being looked up.
class Grow:
    pass


g = Grow()
for i in range(40):
    setattr(Grow, f"m{i}", (lambda k: lambda self: k)(i))
    assert getattr(g, f"m{i}")() == i
print(sum(getattr(g, f"m{i}")() for i in range(40)))
for i in range(0, 40, 2):
    delattr(Grow, f"m{i}")
print([hasattr(g, f"m{i}") for i in range(6)])
