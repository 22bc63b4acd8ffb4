# typing names in annotations, their reprs, Generic/Protocol bases, NamedTuple and TypedDict.
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, Iterable, Iterator, Set, Sequence, Protocol, TypedDict, cast, Literal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def total(xs: List[int], scale: Optional[float] = None) -> Dict[str, int]:
    return {"sum": sum(xs)}
print(total([1, 2]))
t(lambda: List[int])
t(lambda: Dict[str, List[int]])
t(lambda: Optional[int])
t(lambda: Union[int, str])
t(lambda: Union[int, None])
t(lambda: Union[int])
t(lambda: Tuple[int, ...])
t(lambda: Callable[[int, str], bool])
t(lambda: Any)
t(lambda: List)
t(lambda: Optional[List[int]])
t(lambda: Literal['a', 'b'])
T = TypeVar('T')
t(lambda: T)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
t(lambda: (s.pop(), s.items))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3)
t(lambda: (p, p.norm(), p._replace(y=4), Point._fields, p._asdict(), isinstance(p, tuple)))
t(lambda: Point())
t(lambda: Point._make([1, 2]))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
t(lambda: m)
t(lambda: cast(int, "s"))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str: return "hi"
def use(g: Greeter) -> str: return g.greet()
t(lambda: use(En()))
t(lambda: List[int] == List[int])
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
t(lambda: scale([1.0, 2.0], 2))
t(lambda: List())
t(lambda: Dict[int])
