from functools import singledispatch, singledispatchmethod, cached_property, partialmethod, total_ordering, reduce, partial
from collections.abc import Sequence
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(float)
def _(x):
    return f"float {x:.2f}"
@show.register
def _(x: str):
    return f"str {x!r}"
@show.register
def _(x: Sequence):
    return "seq[" + ", ".join(show(i) for i in x) + "]"
print(show(1), show(2.5), show("ab"), show([1, 2.0]), show(None), show(True))
print(show.dispatch(bool).__name__ if False else sorted(k.__name__ for k in show.registry))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: list):
        return f"list of {len(arg)}"
print(Fmt().fmt(3), Fmt().fmt([1, 2]))
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def heavy(self):
        print("computing heavy")
        return self.n ** 2
d = Data(7); print(d.heavy, d.heavy, "heavy" in d.__dict__)
class Cell:
    def set(self, state): self.state = state; return self
    on = partialmethod(set, True)
    off = partialmethod(set, False)
print(Cell().on().state, Cell().off().state)
p = partial(int, base=2)
print(p("101"), p.func.__name__, p.args, p.keywords, repr(partial(max, 1))[:20])
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
