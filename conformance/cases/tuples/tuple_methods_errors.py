# Tuple methods with start/stop and error messages.
t = ("a", "b", "c", "a", "b", "a")
print(t.index("a"), t.index("a", 1), t.index("a", 4), t.index("b", -3), t.count("a"), t.count("z"))
try:
    t.index("c", 3)
except ValueError as e:
    print("ValueError", e)
try:
    t.append("d")
except AttributeError as e:
    print("AttributeError", e)
try:
    t.sort()
except AttributeError as e:
    print("AttributeError", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError", e)
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    ("x",) * "3"
except TypeError as e:
    print("TypeError", e)
try:
    t["0"]
except TypeError as e:
    print("TypeError", e)
