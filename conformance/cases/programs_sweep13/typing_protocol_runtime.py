from typing import Protocol, runtime_checkable, TypedDict, NamedTuple, Optional, Union, get_type_hints


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True


class Movie(TypedDict, total=False):
    title: str
    year: int


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


def find(items: list[str], key: str) -> Optional[int]:
    return items.index(key) if key in items else None


things = [Resource("db"), "string", None]
print([isinstance(t, Closeable) for t in things])
m: Movie = {"title": "Heat"}
print(m, Movie.__total__, sorted(Movie.__annotations__))
p = Point(3, 4)
print(p, p.norm(), p._replace(y=0), Point._fields, Point._field_defaults, p._asdict())
print(find(["a", "b"], "b"), find([], "z"))
print(get_type_hints(find))
print(Union[int, str] == Union[str, int], Optional[int])
