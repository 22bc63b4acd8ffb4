class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unexpected: {sorted(kw)}")

    def describe(self):
        return "Base"


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append("Left")

    def describe(self):
        return "Left>" + super().describe()


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append("Right")

    def describe(self):
        return "Right>" + super().describe()


class Child(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Child")

    def describe(self):
        return "Child>" + super().describe()


c = Child(left=1, right=2)
print(c.log, c.left, c.right)
print(c.describe())
print(isinstance(c, Left))
print(super(Left, c).describe())
print(super(Child, c).describe())
try:
    Child(left=1, extra=5)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Left, Child):
        pass
except TypeError as e:
    print("TypeError", e)
print(isinstance(c, Right), issubclass(Child, Base))
