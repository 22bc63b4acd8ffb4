class Outer:
    factor = 10

    class Inner:
        factor = 2

        def scaled(self, x):
            return x * self.factor

    def make(self):
        return self.Inner()

    @classmethod
    def inner_factor(cls):
        return cls.Inner.factor * cls.factor


o = Outer()
print(o.make().scaled(3), Outer.Inner().scaled(4), Outer.inner_factor())
print(Outer.Inner.__name__, Outer.Inner.__qualname__, type(o.make()).__qualname__)
print(isinstance(o.make(), Outer.Inner), Outer.Inner is o.Inner)
