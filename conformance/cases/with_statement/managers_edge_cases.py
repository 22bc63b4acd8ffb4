class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b", True) as b:
    print("body", a.name, b.name)
    raise ValueError("boom")
print("after")
try:
    with CM("outer"):
        with CM("inner", True):
            raise KeyError("k")
        raise IndexError("i")
except IndexError as e: print("caught", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1: continue
        if i == 2: break
        print("loop body", i)
class BadExit:
    def __enter__(self): return 1
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, "ctx:", repr(e.__context__))
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e: print(e)
except AttributeError as e: print("AE", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
except AttributeError as e: print("AE", e)
try:
    with 5: pass
except TypeError as e: print(e)
class EnterFails:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("should not run"); return True
try:
    with CM("first"), EnterFails():
        print("no body")
except OSError as e: print("OSError", e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy")
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return 0
try:
    with Falsy():
        1 / 0
except ZeroDivisionError as e: print("not suppressed", e)
with CM("tuple") as (x):
    pass
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (p, q):
    print(p, q)
d = {}
with Pair() as d["k"]:
    pass
print(d)
try:
    with Pair() as (p, q, r):
        pass
except ValueError as e: print(e)
class Reenter:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reenter()
with r as d1:
    with r as d2:
        print(d1, d2)
print(r.depth)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized")
def gen():
    with CM("in-gen"):
        yield 1
        yield 2
g = gen(); print(next(g)); g.close()
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et is ValueError, isinstance(ev, ValueError), ev.args)
        return True
with ExitArgs():
    raise ValueError(1, 2)
class ExitSwap:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise ValueError("swapped") from ev
try:
    with ExitSwap():
        raise KeyError("orig")
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
