# dict.pop on an empty dict misses before hashing the key (so an unhashable
# key is a KeyError there), and dict views expose their dict as .mapping.
for key in [[1, 2], {1: 2}, {5}, bytearray(b","), "a"]:
    try:
        {}.pop(key)
    except KeyError as e:
        print("KeyError", e)
    except TypeError as e:
        print("TypeError", e)
print({}.pop([1], "default"))
try:
    {"a": 1}.pop([1])
except TypeError as e:
    print("TypeError", e)

d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m["a"], len(m), "b" in m)
d["c"] = 3
print(d.keys().mapping)
try:
    d.items().mapping["z"] = 1
except TypeError as e:
    print("TypeError", e)
