# NewType misuse and properties.
from typing import NewType
UserId = NewType("UserId", int)
print(UserId.__module__, UserId.__qualname__)
try:
    UserId(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    UserId[int]
except TypeError as e:
    print("TypeError", e)
print(UserId("not an int"))
Alias = NewType("Alias", list[int])
print(Alias([1]), Alias.__supertype__)
print(UserId | str, str | UserId)
