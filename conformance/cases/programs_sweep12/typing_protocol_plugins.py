from typing import Protocol, runtime_checkable, Callable, Iterable, Any, TypeVar, Generic, Union, Optional

T = TypeVar("T")
R = TypeVar("R")


@runtime_checkable
class Transformer(Protocol):
    name: str

    def transform(self, value: Any) -> Any: ...


class Upper:
    name = "upper"

    def transform(self, value):
        return str(value).upper()


class Scale:
    def __init__(self, k):
        self.name = f"scale{k}"
        self.k = k

    def transform(self, value):
        return value * self.k


class NotAPlugin:
    name = "nope"


class Pipeline(Generic[T, R]):
    def __init__(self, steps: Iterable[Transformer] = ()):
        self.steps = []
        for s in steps:
            self.add(s)

    def add(self, step: Transformer) -> "Pipeline[T, R]":
        if not isinstance(step, Transformer):
            raise TypeError(f"{type(step).__name__} is not a Transformer")
        self.steps.append(step)
        return self

    def __call__(self, value: T) -> R:
        for s in self.steps:
            value = s.transform(value)
        return value


def apply_all(fn: Callable[[T], R], items: Iterable[T]) -> list:
    return [fn(x) for x in items]


p = Pipeline[int, str]([Scale(3), Scale(2), Upper()])
print(apply_all(p, [1, 2, 3]), [s.name for s in p.steps])
try:
    p.add(NotAPlugin())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Upper(), Transformer), isinstance(NotAPlugin(), Transformer))
print(Union[int, str], Optional[Callable[[int], str]], Pipeline[int, str], Transformer.__name__)
print(apply_all.__annotations__["return"], Pipeline.__call__.__annotations__)
