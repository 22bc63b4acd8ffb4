# `del`, rebinding and a dropped expression value call __del__ at once.
class A:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __del__(self):
        print("del", self.name)


a = A("a")
del a
print("after del a")
b = A("b")
b = None
print("after b = None")
c = A("c1")
c = A("c2")
print("after rebinding c")
A("temp")
print("after expression statement")
d = {"k": A("in dict")}
d["k"] = 1
print("after item store")
e = A("e")
e.child = A("child")
e.child = None
print("after attribute store")
del e
print("end")
