# __annotations__ of functions: order, defaults, lambdas, assignment.
def f(a: int, /, b: str = "x", *args: float, c: bool, d: None = None, **kw: bytes) -> "R":
    pass
print(f.__annotations__)
def bare(a, b): pass
print(bare.__annotations__, type(bare.__annotations__).__name__)
print((lambda x: x).__annotations__)
bare.__annotations__ = {"a": int}
print(bare.__annotations__)
bare.__annotations__["b"] = str
print(bare.__annotations__)
del bare.__annotations__
print(bare.__annotations__)
try:
    bare.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
