from typing import List, Dict, Optional, Union


class Checker:
    """isinstance() and issubclass() consult __instancecheck__ and
    __subclasscheck__ on the type of their second argument."""

    def __init__(self, allowed):
        self.allowed = allowed

    def __instancecheck__(self, obj):
        return type(obj).__name__ in self.allowed

    def __subclasscheck__(self, cls):
        return cls.__name__ in self.allowed


numeric = Checker({"int", "float"})
print(isinstance(3, numeric), isinstance("3", numeric), isinstance(2.5, (str, numeric)))
print(issubclass(int, numeric), issubclass(str, numeric), issubclass(bool, (numeric, str)))
for bad in [List[int], Dict[str, int]]:
    try:
        isinstance([], bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(list, bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(None, Optional[int].__args__), isinstance(1, int | None))
try:
    isinstance(1, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, "x")
except TypeError as e:
    print("TypeError:", e)


class Raiser:
    def __instancecheck__(self, obj):
        raise ValueError("no checks here")


try:
    isinstance(1, Raiser())
except ValueError as e:
    print("ValueError:", e)
