# typing.NamedTuple functional syntax and errors.
from typing import NamedTuple
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("ann", 7)
print(e, e._fields, Emp.__annotations__)
print(isinstance(e, tuple), type(e).__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        _a: int
except ValueError as e:
    print("ValueError", e)
class Sub(Emp):
    def shout(self):
        return self.name.upper()
print(Sub("bo", 1).shout(), Sub("bo", 1))
