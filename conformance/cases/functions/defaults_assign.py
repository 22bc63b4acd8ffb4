# Assigning __defaults__ and __kwdefaults__ changes later calls.
def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting} {name}{punct}"


print(greet("ann"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = ("hi",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("bob"))
greet.__defaults__ = ("x", "hey")
print(greet())
greet.__defaults__ = None
print(greet.__defaults__)
try:
    greet("carl")
except TypeError as e:
    print("TypeError", e)
del greet.__kwdefaults__
print(greet.__kwdefaults__)
try:
    greet("dora", "yo")
except TypeError as e:
    print("TypeError", e)
greet.__kwdefaults__ = {"punct": "."}
greet.__defaults__ = ("hello",)
print(greet("eve"))
del greet.__defaults__
print(greet.__defaults__)
for attr, value in (("__defaults__", ["list"]), ("__defaults__", 1),
                    ("__kwdefaults__", ("t",)), ("__kwdefaults__", 1)):
    try:
        setattr(greet, attr, value)
    except TypeError as e:
        print("TypeError", e)
