# get_type_hints on methods, classmethods, staticmethods, properties and partial objects.
from typing import get_type_hints, Optional
class Repo:
    def get(self, key: str, default: "Optional[int]" = None) -> "int | None":
        return default
    @classmethod
    def make(cls, n: int) -> "Repo":
        return cls()
    @staticmethod
    def helper(x: float) -> float:
        return x
    @property
    def size(self) -> int:
        return 0
print(get_type_hints(Repo.get))
print(get_type_hints(Repo().get))
print(get_type_hints(Repo.make))
print(get_type_hints(Repo.helper))
print(get_type_hints(Repo.size.fget))
