# Locals are released when the function returns, in order.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f():
    x = A("x")
    y = A("y")
    print("in f")
    return 42


print(f())
print("after f")


def g():
    keep = A("kept")
    A("temporary")
    print("in g")
    return keep


k = g()
print("after g")
del k
print("after del k")


def h(obj):
    print("in h", obj.name)


h(A("argument"))
print("end")
