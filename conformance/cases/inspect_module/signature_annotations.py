import inspect
from typing import Optional, List, Dict, Union, Callable

class Point:
    pass

def f(a: int, b: str = "hi", *args: float, c: "Point", d: list[int] = None, **kw: bool) -> dict:
    pass

def g(x: Optional[int], y: List[str], z: Dict[str, int]) -> Union[int, None]:
    pass

def h(cb: Callable[[int], str], p: Point, q: int | None = None) -> "Point":
    pass

for fn in (f, g, h):
    sig = inspect.signature(fn)
    print(sig)
    for name, p in sig.parameters.items():
        print("  ", name, repr(p), p.annotation is inspect.Parameter.empty)
    print("   return:", sig.return_annotation)

def noret(a):
    pass

print(inspect.signature(noret).return_annotation is inspect.Signature.empty)
print(inspect.Signature.empty, inspect.Parameter.empty)
