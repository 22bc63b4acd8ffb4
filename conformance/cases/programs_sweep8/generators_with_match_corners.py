def g():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("fin")
it = g()
try: it.send(5)
except TypeError as e: print("TypeError", e)
print(next(it), it.send("v"), next(it, "dflt"), next(it, "dflt"))
def stubborn():
    while True:
        try: yield
        except GeneratorExit: yield "no"
s = stubborn(); next(s)
try: s.close()
except RuntimeError as e: print("RuntimeError", e)
def rec():
    yield next(me)
me = rec()
try: next(me)
except ValueError as e: print("ValueError", e)
def ret():
    yield 1
    return "result"
r = ret(); next(r)
try: next(r)
except StopIteration as e: print("StopIteration", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("oops")
try: list(leaky())
except RuntimeError as e: print("RuntimeError", e, type(e.__cause__).__name__)
calls = iter([3, 2, 1, 0, 5].pop, 0)
print(list(iter(lambda it=iter([1, 2, 0, 4]): next(it), 0)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([*Seq()])))
class NoCM: pass
try:
    with NoCM(): pass
except TypeError as e: print("TypeError", e)
class HalfCM:
    def __enter__(self): return 1
try:
    with HalfCM(): pass
except TypeError as e: print("TypeError", e)
class Sup:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Sup(): raise ValueError
print("suppressed")
class P:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
def m(x):
    match x:
        case P(a, b): return "two"
try: m(P())
except TypeError as e: print("TypeError", e)
def m2(x):
    match x:
        case int(a, b): return 1
try: m2(1)
except TypeError as e: print("TypeError", e)
class Q: pass
def m3(x):
    match x:
        case Q(z): return 1
try: m3(Q())
except TypeError as e: print("TypeError", e)
def m4(x):
    match x:
        case {"a": 1, **rest}: return rest
        case [1, *rest]: return rest
        case str(s) | bytes(s): return s
print(m4({"a": 1, "b": 2}), m4([1, 2, 3]), m4(b"x"), m4("y"), m4((1,)), m4("abc"))
import dataclasses
@dataclasses.dataclass
class Pt: x: int; y: int
match Pt(1, 2):
    case Pt(1, y=yy): print("pt", yy, Pt.__match_args__)
def gen_exp():
    return (1 / x for x in [1, 0])
ge = gen_exp(); print(next(ge))
try: next(ge)
except ZeroDivisionError as e: print("ZDE", e)
print(next(ge, "exhausted"))
def deleg():
    r = yield from [1, 2]
    print("r", r)
    r = yield from ret()
    print("r", r)
print(list(deleg()))
gi = (i for i in range(3)); print(list(gi), list(gi))
try: gi.throw(ValueError)
except ValueError: print("throw on exhausted re-raises")
def gg(): yield 1
x = gg(); x.close(); print(next(x, "closed"))
