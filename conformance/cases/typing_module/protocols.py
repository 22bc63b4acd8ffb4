# typing.Protocol: runtime_checkable structural isinstance/issubclass, the
# errors for other protocols, and concrete classes deriving from one.
from typing import Protocol, runtime_checkable, TypeVar, Generic


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str

    def describe(self) -> str:
        ...


class Plain(Protocol):
    def run(self) -> None:
        ...


class File:
    def close(self):
        return "closed"


class Person:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "person " + self.name


print(isinstance(File(), Closable), isinstance(3, Closable), issubclass(File, Closable))
print(isinstance(Person("ann"), Named), isinstance(File(), Named))
for check in (lambda: isinstance(File(), Plain), lambda: issubclass(Person, Named),
              lambda: Closable(), lambda: runtime_checkable(int)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError", e)


class Impl(Closable):
    def close(self):
        return "impl closed"


print(Impl().close(), isinstance(Impl(), Closable))

T = TypeVar("T")


class SupportsLess(Protocol[T]):
    def __lt__(self, other: T) -> bool:
        ...


def smallest(items: list) -> object:
    best = items[0]
    for x in items[1:]:
        if x < best:
            best = x
    return best


print(smallest([3, 1, 2]), smallest(["b", "a"]))
