# dir() of user classes and instances: the instance dict, the class
# namespaces along the MRO and object's names, sorted.
class Animal:
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"

    @property
    def loud(self):
        return self.speak().upper()


d = Dog("rex")
print(dir(d))
print(dir(Dog))
print(dir(Animal) == dir(Dog))
print([n for n in dir(d) if not n.startswith("__")])
print(set(dir(Dog)) - set(dir(Animal)))
print(dir(object))


class Empty:
    pass


print(dir(Empty()))
print(len(dir(Empty)), len(dir(object)))


class Slotted:
    __slots__ = ("x", "y")


print(dir(Slotted))


class SlottedChild(Slotted):
    pass


print([n for n in dir(SlottedChild()) if n not in dir(object)])


class Documented:
    """A docstring."""
    __qualname__ = "Other"
    value: int = 0


print([n for n in dir(Documented) if n not in dir(object)])


class Mixin:
    def helper(self):
        pass


class Multi(Dog, Mixin):
    pass


print([n for n in dir(Multi("m")) if not n.startswith("_")])
