# KeyError messages show the repr of the missing key.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
for key in ["b", 3, (1, 3), 2.5, None, "", "it's", ("x",), True, -0.0]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError", e)
try:
    {}.pop(())
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    d[1, 3]
except KeyError as e:
    print("KeyError", str(e), e.args)
