# A list releases its items last to first, a dict its entries in order, an
# instance its attributes in order; a finalizer runs before its contents go.
class A:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def __del__(self):
        print("del", self.name)


lst = [A("l0"), A("l1"), A("l2")]
del lst
print("--")
t = (A("t0"), A("t1"))
del t
print("--")
d = {"a": A("d0"), "b": A("d1")}
d = None
print("--")
tree = A("root", A("left", A("left.leaf")), A("right"))
del tree
print("--")
class Holder:
    pass

h = Holder()
h.first = A("first")
h.second = A("second")
del h
print("end")
