from typing import Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, Optional, Iterator

T = TypeVar("T")
K = TypeVar("K")


@runtime_checkable
class HasId(Protocol):
    id: int

    def describe(self) -> str: ...


class User(NamedTuple):
    id: int
    name: str
    email: Optional[str] = None

    def describe(self):
        return f"user {self.name}"


class Item:
    def __init__(self, id, title):
        self.id = id
        self.title = title

    def describe(self):
        return f"item {self.title}"


class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, obj: T) -> T:
        if not isinstance(obj, HasId):
            raise TypeError(f"{type(obj).__name__} has no id")
        self._items[obj.id] = obj
        return obj

    def get(self, id: int) -> Optional[T]:
        return self._items.get(id)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda o: o.id))

    def __len__(self):
        return len(self._items)


class Movie(TypedDict, total=False):
    title: str
    year: int


users: Repo[User] = Repo()
users.add(User(2, "bob"))
users.add(User(1, "ann", "ann@example.org"))
items = Repo[Item]()
items.add(Item(7, "lamp"))
print([u.describe() for u in users], len(users), users.get(1), users.get(5))
print(User._fields, User._field_defaults, User(3, "cy")._replace(name="CY")._asdict())
print(isinstance(User(1, "a"), HasId), isinstance(42, HasId), [i.describe() for i in items])
try:
    items.add("not an item")
except TypeError as e:
    print("TypeError:", e)
m: Movie = {"title": "Up"}
print(m, Movie.__total__, sorted(Movie.__annotations__), Repo[int], Repo.__parameters__)
print(User.__annotations__, Optional[int], list[tuple[int, str]], dict[str, "User"])
