def countdown(n):
    print(f"  start countdown({n})")
    try:
        while n > 0:
            got = yield n
            if got is not None:
                print(f"  received {got!r}")
                n = got
            else:
                n -= 1
        return "liftoff"
    finally:
        print("  countdown finally")
g = countdown(3)
print(next(g)); print(next(g)); print(g.send(5)); print(next(g))
g.close(); print("closed")
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
g = countdown(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
g = countdown(2)
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
next(g)
try:
    g.throw(ValueError("injected"))
except ValueError as e:
    print("ValueError propagated", e)
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("  caught", e)
            yield "recovered"
c = catcher(); next(c)
print(c.throw(KeyError("k"))); next(c)
print(c.throw(KeyError, "cls form") if False else "")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring exit")
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def delegate():
    result = yield from countdown(2)
    print("  delegate got", result)
    yield from "ab"
    return "done"
print(list(delegate()))
d = delegate(); next(d)
print(d.send(1))
def inner():
    x = yield "i1"
    print("  inner got", x)
    return x * 2
def outer():
    r = yield from inner()
    yield f"outer saw {r}"
o = outer(); print(next(o)); print(o.send(21))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), next(itertools.dropwhile(lambda v: v < 1000, fib())))
sq = (x * x for x in range(4))
print(sq.__name__, list(sq), list(sq))
def bad_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
r = Range2(3)
print(list(r), list(r), [a + b for a in Range2(2) for b in Range2(2)])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
calls = iter([1, 2, 0, 3]).__next__
print(list(iter(calls, 0)))
gen = (i for i in range(3))
print(next(gen), gen.gi_running, list(gen))
def gen_with_return():
    yield 1
    return 99
print(list(gen_with_return()), [x for x in gen_with_return()])
e = enumerate("abc", start=1); print(next(e), list(e))
z = zip([1, 2], "ab", strict=True); print(list(z))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
pipeline = (w.upper() for w in (line.strip() for line in [" a ", "b ", "  "]) if w)
print(list(pipeline))
def gen_exc():
    yield 1
    1 / 0
gx = gen_exc()
next(gx)
next(gx)
