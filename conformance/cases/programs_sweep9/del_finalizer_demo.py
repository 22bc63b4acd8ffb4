class Resource:
    count = 0
    def __init__(self, name):
        self.name = name
        Resource.count += 1
        print("open", name)
    def __del__(self):
        Resource.count -= 1
        print("close", self.name)
r1 = Resource("a")
r2 = Resource("b")
del r1
print("after del a", Resource.count)
r2 = None
print("after rebind b", Resource.count)
def scope():
    r = Resource("local")
    print("in scope")
scope()
print("after scope", Resource.count)
lst = [Resource(f"l{i}") for i in range(3)]
lst.pop()
print("popped")
lst.clear()
print("cleared", Resource.count)
d = {"k": Resource("dict")}
d["k"] = 1
print("replaced")
x = Resource("final")
print("end of script")
