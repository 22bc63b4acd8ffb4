# Cooperative multiple inheritance: a diamond of mixins calling super()
# with keyword arguments, and the MRO order they run in.
class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
        if kw:
            raise TypeError(f"unused arguments: {sorted(kw)}")

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.trace.append("Named")

    def describe(self):
        return ["Named:" + self.name] + super().describe()


class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.trace.append("Aged")

    def describe(self):
        return [f"Aged:{self.age}"] + super().describe()


class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append("Person")

    def describe(self):
        return ["Person"] + super().describe()


p = Person(name="Ann", age=41)
print(p.trace, p.describe())
print([c.__name__ for c in (Person, Named, Aged, Base, object)])
try:
    Person(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(p, Aged), issubclass(Person, Named), super(Named, p).describe())
try:
    class Bad(Named, Person):
        pass
except TypeError as e:
    print("TypeError:", e)
