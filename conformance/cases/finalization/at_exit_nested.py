# What only the main module holds is finalized at exit breadth first from
# its names: their own objects in order, then what those hold, and so on.
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [A("item0"), [A("nested0"), A("nested1")], A("item2")]
h = A("holder"); h.c = A("held"); h.d = [A("heldlist")]
first = A("first")
class K:
    pass
k = K(); k.a = A("in plain instance")
d = {"x": A("dx"), "y": (A("dy0"), A("dy1"))}
def g():
    try:
        yield 1
    finally:
        print("gen finally")
gg = g(); next(gg)
last = A("last")
print("last line")
