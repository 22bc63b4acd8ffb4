# Generic base classes, __orig_bases__, specialised subclasses.
from typing import Generic, TypeVar, get_args
T = TypeVar("T")
class Repo(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def add(self, x: T) -> None:
        self.items.append(x)
class User: pass
class UserRepo(Repo[User]):
    pass
r = UserRepo()
r.add(User())
print(len(r.items), UserRepo.__parameters__)
base = UserRepo.__orig_bases__[0]
print(repr(base).replace("__main__.", ""), get_args(base)[0] is User)
print(isinstance(r, Repo), issubclass(UserRepo, Repo))
class Cached(Repo[T]):
    pass
print(Cached.__parameters__, repr(Cached[int]).replace("__main__.", ""))
