# __annotations__: a dict built from the signature, assignable to a dict.
def typed(a: int, b: "text" = "x", *args: float, c: list, **kw: dict) -> bool:
    return True


def untyped(a, b):
    pass


print(typed.__annotations__)
print(untyped.__annotations__)
untyped.__annotations__["a"] = str
print(untyped.__annotations__)
same = typed.__annotations__
print(same is typed.__annotations__)
typed.__annotations__ = {"new": int}
print(typed.__annotations__)
typed.__annotations__ = None
print(typed.__annotations__)
del typed.__annotations__
print(typed.__annotations__)
try:
    typed.__annotations__ = [("a", int)]
except TypeError as e:
    print("TypeError", e)
print((lambda x: x).__annotations__)
