# The methods dataclasses generates appear in tracebacks as CPython's exec-made
# code: File "<string>", line N, in <method>, N the line of the generated text.
import re
import traceback
from dataclasses import dataclass, field, InitVar


def show(thunk):
    try:
        thunk()
    except Exception as e:
        text = "".join(traceback.format_exception(e))
        print(re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text), end="")
        rows = traceback.extract_tb(e.__traceback__)
        print([(r.filename.rsplit("/", 1)[-1], r.lineno, r.name, r.line) for r in rows])
        print("---")


@dataclass
class Checked:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.x < 0:
            raise ValueError(f"x must be >= 0, got {self.x}")


show(lambda: Checked(-1))
show(lambda: Checked(-1, 2, []))
show(lambda: Checked(x=-3))


def failing_factory():
    raise KeyError("factory")


@dataclass
class Factory:
    a: int
    skipped: int = field(default=0, init=False)
    b: list = field(default_factory=list)
    c: int = field(default_factory=failing_factory)


show(lambda: Factory(1))
print(Factory(1, [2], 3))


@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.x = self.x * scale
        if scale == 0:
            raise ZeroDivisionError("scale is zero")


print(WithInitVar(2, 3))
show(lambda: WithInitVar(2, 0))


@dataclass
class Validated:
    x: int

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative x")
        self._x = v


show(lambda: Validated(-1))


class Angry:
    def __eq__(self, other):
        raise TypeError("no comparing")


@dataclass(order=True)
class Ordered:
    v: object


show(lambda: Ordered(Angry()) == Ordered(Angry()))
show(lambda: Ordered(1) < Ordered("a"))
show(lambda: Ordered(1) >= Ordered(None))
print(Ordered(1) < Ordered(2), Ordered(1) == Ordered(1))


@dataclass(unsafe_hash=True)
class Hashed:
    items: object


show(lambda: hash(Hashed([1])))


@dataclass(frozen=True)
class Frozen:
    x: int


f = Frozen(1)
show(lambda: setattr(f, "x", 2))
show(lambda: delattr(f, "x"))


@dataclass(frozen=True)
class FrozenPost:
    x: int

    def __post_init__(self):
        self.x = 5


show(lambda: FrozenPost(1))
f.x = 10
