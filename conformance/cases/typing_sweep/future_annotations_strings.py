# `from __future__ import annotations` keeps every annotation as its source text.
from __future__ import annotations
def f(a: int, b: list[int] | None = None, *args: str, c: "quoted" = 1, **kw: dict[str, int]) -> tuple[int, ...]:
    return ()
print(f.__annotations__)
class C:
    x: int
    y: Undefined.Name[3]
    z: lambda: 1
print(C.__annotations__)
v: some.thing[int] = 5
print(__annotations__, v)
def g(a: 1 + 2, b: f(x), c: [int, str], d: (int, str)) -> None: ...
print(g.__annotations__)
