class Base:
    def __init__(self, name, *, level):
        self.name, self.level = name, level
class Child(Base):
    def __init__(self, name):
        super().__init__(name, 3)
c = Child("x")
