# __del__ is inherited, overridden, and chained with super().__del__().
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()


class Plain(Base):
    pass


c = Child()
del c
p = Plain()
del p
print("Destructor called" if hasattr(Base, "__del__") else "no")


class Late:
    pass


x = Late()
Late.__del__ = lambda self: print("late __del__")
del x
print("end")
