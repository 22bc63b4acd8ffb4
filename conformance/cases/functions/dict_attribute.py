# f.__dict__ is a real dict holding the function's attributes.
def f():
    pass


print(f.__dict__, type(f.__dict__).__name__)
f.x = 1
print(f.__dict__)
f.__dict__["y"] = 2
print(f.y, sorted(f.__dict__))
f.__dict__.update(z=3)
print(f.z)
f.__dict__["__name__"] = "shadow"
print(f.__name__, f.__dict__["__name__"])
f.__dict__ = {"fresh": True}
print(f.fresh, hasattr(f, "x"), f.__dict__)
d = f.__dict__
f.more = "shared"
print(d["more"], d is f.__dict__)
for bad in (1, [("a", 1)], None):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError", e)
g = lambda: None
print(g.__dict__ == {}, g.__dict__ is not f.__dict__)
