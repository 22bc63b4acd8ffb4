# Serializer registry built on functools: singledispatch, singledispatchmethod,
# cached_property, wraps, partialmethod, total_ordering and cmp_to_key.
from functools import (singledispatch, singledispatchmethod, cached_property, wraps,
                       partialmethod, cmp_to_key, lru_cache, reduce)
from datetime import date
from decimal import Decimal
from enum import Enum

class Status(Enum):
    OPEN = 1
    CLOSED = 2

@singledispatch
def to_text(obj):
    return f"?{type(obj).__name__}"

@to_text.register
def _(obj: int):
    return f"int:{obj:_}"

@to_text.register
def _(obj: bool):
    return f"bool:{'yes' if obj else 'no'}"

@to_text.register(float)
@to_text.register(Decimal)
def _(obj):
    return f"num:{obj:.2f}"

@to_text.register(list)
@to_text.register(tuple)
def _(obj):
    return "[" + ", ".join(to_text(x) for x in obj) + "]"

@to_text.register
def _(obj: dict):
    return "{" + ", ".join(f"{k}={to_text(v)}" for k, v in obj.items()) + "}"

@to_text.register
def _(obj: date):
    return obj.strftime("date:%d.%m.%Y")

@to_text.register
def _(obj: Enum):
    return f"enum:{obj.name}"

samples = [7, True, 3.14159, Decimal("2.5"), [1, (2.0, False)], {"a": date(2024, 2, 29), "s": Status.OPEN}, "str", None, 10**9]
for s in samples:
    print(f"{s!r:45} -> {to_text(s)}")
print(to_text.dispatch(bool).__name__, sorted(t.__name__ for t in to_text.registry if t is not object))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__qualname__}{args[1:]} -> {result!r}")
        return result
    wrapper.calls = 0
    return wrapper

class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(r[1] for r in self.rows)

    @singledispatchmethod
    def cell(self, value):
        return str(value)

    @cell.register
    def _(self, value: float):
        return f"{value:8.2f}"

    @cell.register
    def _(self, value: int):
        return f"{value:8d}"

    @logged
    def share(self, name):
        """Share of a row in percent."""
        value = dict(self.rows)[name]
        return round(100 * value / self.total, 1)

    def _fmt(self, value, width):
        return f"{value:>{width}}"
    narrow = partialmethod(_fmt, width=4)
    wide = partialmethod(_fmt, width=12)

r = Report([("a", 3), ("b", 1.5), ("c", 5)])
print(r.total, r.total, r.computed, "total" in vars(r))
del r.total
print(r.total, r.computed)
print([r.cell(v) for _, v in r.rows], r.cell("x"))
print(r.share("c"), r.share("b"))
print(Report.share.__name__, Report.share.__doc__, Report.share.__wrapped__.__name__, hasattr(Report.share, "calls"))
print(f"[{r.narrow('x')}] [{r.wide('y')}]")

def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)

versions = ["1.10.0", "1.2.3", "1.2", "0.9.12", "1.2.10", "1.10"]
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(sorted(versions, key=cmp_to_key(compare_versions), reverse=True)[:2], max(versions, key=cmp_to_key(compare_versions)))

@lru_cache(maxsize=3)
def slow_square(n):
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(n)
print(slow_square.cache_info(), slow_square.cache_parameters())
slow_square.cache_clear()
print(slow_square.cache_info())

@lru_cache
def typed_key(x):
    return type(x).__name__
print(typed_key(1), typed_key(1.0), typed_key.cache_info().currsize)
print(reduce(lambda acc, kv: {**acc, kv[0]: acc.get(kv[0], 0) + kv[1]}, [("a", 1), ("b", 2), ("a", 3)], {}))
