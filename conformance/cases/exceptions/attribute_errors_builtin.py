# AttributeError on built-in types.
objects = [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, True, range(3), b"x"]
for obj in objects:
    try:
        obj.missing_attribute
    except AttributeError as e:
        print("AttributeError", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    [].append = None
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".strip = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del (1, 2).count
except AttributeError as e:
    print("AttributeError", e)
print(hasattr([], "append"), hasattr([], "push"), getattr("x", "upper")(), getattr(5, "nope", "default"))
try:
    getattr(5, "nope")
except AttributeError as e:
    print("AttributeError", e)
