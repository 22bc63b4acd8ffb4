# ParamSpec and Concatenate in decorators' annotations.
from typing import Callable, ParamSpec, TypeVar, Concatenate, get_args
P = ParamSpec("P")
R = TypeVar("R")
def logged(fn: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, b=2))
print(P, P.args, P.kwargs, P.__name__)
print(Callable[P, R], Callable[Concatenate[int, P], R])
print(get_args(Callable[Concatenate[int, P], R]))
print(Callable[P, R][[int, str], bool])
print(logged.__annotations__)
