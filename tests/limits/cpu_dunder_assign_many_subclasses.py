# A dunder assigned to a class with thousands of live subclasses, over and
# over: each assignment refills every subclass's slots and is charged for
# each one, so the loop ends on the instruction budget.
# args: --max-instructions 20000000
# limit: instructions
class Base:
    pass


subclasses = []
for i in range(20000):
    class Sub(Base):
        pass
    subclasses.append(Sub)
while True:
    Base.__eq__ = lambda self, other: True
    del Base.__eq__
