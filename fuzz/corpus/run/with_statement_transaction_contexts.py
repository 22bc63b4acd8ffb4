# Nested context managers: suppression, rollback, reuse, __enter__ failing, in generators.
class Tx:
    depth = 0
    def __init__(self, name): self.name = name
    def __enter__(self):
        Tx.depth += 1
        print("  " * Tx.depth + f"begin {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Tx.depth + f"{'rollback' if et else 'commit'} {self.name}" + (f" ({et.__name__}: {ev})" if et else ""))
        Tx.depth -= 1
        return isinstance(ev, KeyError)
with Tx("outer"):
    with Tx("inner"):
        {}["missing"]
    print("after inner")
    try:
        with Tx("inner2"):
            raise ValueError("bad")
    except ValueError as e:
        print("handled", e)
def gen():
    with Tx("in-gen"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
def gen2():
    with Tx("gen2"):
        yield 1
        raise KeyError("suppressed in gen")
    yield "after with"
print(list(gen2()))
class Reusable:
    def __init__(self): self.active = False
    def __enter__(self):
        if self.active:
            raise RuntimeError("already entered")
        self.active = True
        return self
    def __exit__(self, *exc):
        self.active = False
r = Reusable()
with r:
    try:
        with r:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
with r: print("reuse ok")
class EnterFails:
    def __enter__(self): raise OSError("cannot open")
    def __exit__(self, *a): print("never called")
try:
    with EnterFails(): print("never")
except OSError as e:
    print("OSError", e)
class ExitReturnsStr:
    def __enter__(self): return "value"
    def __exit__(self, *a): return "truthy"
with ExitReturnsStr() as v:
    raise ValueError(v)
print("suppressed by truthy str")
with Tx("a") as a, Tx("b") as b:
    print(a.name, b.name)
with (Tx("p1") as p1,
      Tx("p2")):
    print(p1.name)
