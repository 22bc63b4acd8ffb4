import inspect

class Init:
    def __init__(self, x, y=0):
        pass

class New:
    def __new__(cls, a, *args):
        return super().__new__(cls)

class Both:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, value):
        pass

class Child(Init):
    pass

class ChildNew(Init):
    def __new__(cls, q):
        return super().__new__(cls)

class Nothing:
    pass

class Callable:
    def __call__(self, item, *, flag=False):
        pass

for cls in (Init, New, Both, Child, ChildNew, Nothing, Callable):
    print(cls.__name__, inspect.signature(cls))
print(inspect.signature(Callable()))
print(inspect.signature(object))

class E(Exception):
    pass

class D(dict):
    pass

for cls in (E, D, int, dict):
    try:
        print(inspect.signature(cls))
    except ValueError as e:
        print("ValueError", e)
