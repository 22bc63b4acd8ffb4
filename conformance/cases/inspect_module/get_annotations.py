import inspect

def f(a: int, b: "str" = "x") -> bool:
    pass

class C:
    x: int
    y: "list[str]" = []

class D(C):
    z: float

def bare():
    pass

print(inspect.get_annotations(f))
print(inspect.get_annotations(C))
print(inspect.get_annotations(D))
print(inspect.get_annotations(bare))
print(inspect.get_annotations(f) is f.__annotations__)
try:
    inspect.get_annotations(1)
except TypeError as e:
    print("TypeError", e)
