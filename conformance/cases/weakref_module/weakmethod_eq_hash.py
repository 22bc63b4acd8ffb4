# WeakMethods compare by object and function while alive.
import weakref


class A:
    def f(self):
        pass

    def g(self):
        pass


a = A()
x = weakref.WeakMethod(a.f)
y = weakref.WeakMethod(a.f)
z = weakref.WeakMethod(a.g)
print(x == y, x != y, x == z, x != z, hash(x) == hash(y))
print(len({x, y, z}))
del a
print(x == y, x == x, x != y)
