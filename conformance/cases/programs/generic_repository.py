# A typed repository: Generic classes with __parameters__, dataclasses,
# ABCs, NamedTuple methods and TypedDict, as everyday code writes them.
from typing import Generic, TypeVar, Optional, Iterator, Protocol, Dict, List, NamedTuple, TypedDict, get_type_hints, ClassVar
from dataclasses import dataclass, field
from abc import ABC, abstractmethod
K = TypeVar("K")
V = TypeVar("V")
class HasId(Protocol):
    id: int
class Repo(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}
    def add(self, key: K, value: V) -> None:
        if key in self._data:
            raise KeyError(f"duplicate key {key!r}")
        self._data[key] = value
    def get(self, key: K) -> Optional[V]:
        return self._data.get(key)
    def __iter__(self) -> Iterator[V]:
        return iter(self._data.values())
    def __len__(self) -> int:
        return len(self._data)
@dataclass
class User:
    id: int
    name: str
    email: str = ""
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[str] = "users"
r: Repo[int, User] = Repo()
for i, n in enumerate(["ann", "bob", "cy"], 1):
    r.add(i, User(i, n, f"{n}@x.org"))
print(len(r), r.get(2), r.get(9), [u.name for u in r])
try:
    r.add(1, User(1, "dup"))
except KeyError as e:
    print("KeyError:", e)
print(get_type_hints(User), User.__annotations__)
print(Repo[int, User], Repo.__parameters__, Repo[int, User].__args__)
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Emp(NamedTuple):
    name: str
    dept: str = "none"
    salary: float = 0.0
    def raise_(self, pct: float) -> "Emp":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))
e = Emp("z", salary=100.0)
print(e, e.raise_(10), Emp._fields, Emp.__annotations__)
class Opts(TypedDict):
    verbose: bool
    level: int
o = Opts(verbose=True, level=2)
print(o, type(o).__name__, Opts.__required_keys__ == frozenset({"verbose", "level"}))
