class managed:
    def __init__(self, gen_fn):
        self.gen_fn = gen_fn
    def __call__(self, *a, **k):
        return _GCM(self.gen_fn(*a, **k))
class _GCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try: next(self.gen)
            except StopIteration: return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev: return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
@managed
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("v")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e: print("escaped", e)
class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self
    def __exit__(self, *exc):
        self.events.append("stop")
        return False
with Timer() as tm:
    tm.events.append("work")
print(tm.events)
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}["x"]
with Suppress(LookupError):
    [][1]
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError: print("not suppressed")
def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1: raise ValueError
            yield i
print(list(f()))
class Trans:
    def __init__(self, store): self.store, self.snap = store, None
    def __enter__(self):
        self.snap = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear(); self.store.update(self.snap)
        return False
st = {"a": 1}
try:
    with Trans(st) as s:
        s["b"] = 2
        raise RuntimeError("rollback")
except RuntimeError: pass
print(st)
with Trans(st) as s:
    s["c"] = 3
print(st)
def ret_in_with():
    with Timer() as t:
        try:
            return "r"
        finally:
            print("inner finally")
print(ret_in_with())
class ExitReturnsNone:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit with", a[0].__name__ if a[0] else None)
def break_in_with():
    for i in range(5):
        with ExitReturnsNone():
            if i == 2: break
    return i
print(break_in_with())
class EnterReturnsOther:
    def __enter__(self): return 42
    def __exit__(self, *a): pass
with EnterReturnsOther() as v: print(v)
class CMExc:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.__context__ is not None)
        return True
try:
    raise KeyError("outer")
except KeyError:
    with CMExc():
        raise ValueError("inner")
print("done")
