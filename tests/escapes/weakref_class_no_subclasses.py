# A weak reference to a class hands back that class only: nothing lists
# its subclasses, and getweakrefs() shows only the script's own
# references (the interpreter's registry of classes is not one).
# expect-output: 1 True
# expect-output: refused
# expect-output: []
import weakref


class Base:
    pass


class Child(Base):
    pass


r = weakref.ref(Base)
print(weakref.getweakrefcount(Base), weakref.getweakrefs(Base)[0] is r)
try:
    r().__subclasses__()
    print("listed")
except (AttributeError, TypeError):
    print("refused")
del r
print(weakref.getweakrefs(Child))
