# TypeGuard, Self, Never, NoReturn, LiteralString in annotations.
from typing import TypeGuard, Self, Never, NoReturn, LiteralString, assert_never, get_type_hints
def is_strs(xs: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in xs)
print(is_strs(["a"]), is_strs([1]), get_type_hints(is_strs))
class Builder:
    def set(self, v: int) -> Self:
        self.v = v
        return self
print(Builder().set(3).v, Builder.set.__annotations__)
def fail(msg: str) -> NoReturn:
    raise RuntimeError(msg)
try:
    fail("boom")
except RuntimeError as e:
    print("RuntimeError", e)
def q(s: LiteralString) -> Never: ...
print(q.__annotations__)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
for t in (lambda: Self[int], lambda: Never(), lambda: isinstance(1, NoReturn)):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
