# pop, popitem and del.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d.pop("zz", "default"), d.pop("zz", None), d)
print(d.popitem(), d.popitem(), d)
del d["a"]
print(d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
lifo = {i: i * i for i in range(5)}
while lifo:
    k, v = lifo.popitem()
    print("popped", k, v)
