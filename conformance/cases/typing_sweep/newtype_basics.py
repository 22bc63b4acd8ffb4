# NewType: calling, repr, supertype, subtyping.
from typing import NewType
UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u).__name__, u + 1)
print(repr(UserId).replace("__main__.", ""), UserId.__name__, UserId.__supertype__)
Admin = NewType("Admin", UserId)
print(Admin(UserId(2)), Admin.__supertype__ is UserId)
print(UserId | None)
try:
    class Sub(UserId): pass
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, UserId)
except TypeError as e:
    print("TypeError", e)
def lookup(uid: UserId) -> str:
    return f"user{uid}"
print(lookup(UserId(7)), lookup.__annotations__["uid"].__name__)
