def gen_close_demo():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    except GeneratorExit:
        print("closing cleanly")
        raise
g = gen_close_demo(); next(g); g.send(1); g.throw(ValueError, "v"); g.send(2); g.close(); g.close()
print("closed")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g2 = ignore_exit(); next(g2)
try:
    g2.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def sub():
    x = yield "sub-first"
    print("sub got", x)
    try:
        yield "sub-second"
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub-recovered"
    return "sub-result"
def main():
    r = yield from sub()
    print("result", r)
    yield "main-end"
m = main()
print(next(m), m.send("hello"), m.throw(KeyError("k")), next(m))
try:
    next(m)
except StopIteration as e:
    print("StopIteration", e.value)
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("value", e.value, e.args)
g3 = (x for x in range(3))
print(g3.__next__(), list(g3))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
sq = squares()
print([next(sq) for _ in range(5)])
import itertools
print(list(itertools.islice(squares(), 2, 8, 2)))
def genexp_scope():
    y = 10
    return list(x + y for x in range(3))
print(genexp_scope())
def running():
    gen = yield
    while True:
        gen = yield gen
try:
    running().send(1)
except TypeError as e:
    print(e)
g4 = gen_close_demo()
print(g4.gi_running if hasattr(g4, "gi_running") else "", g4.__name__, g4.__qualname__)
def throw_unstarted():
    yield 1
t = throw_unstarted()
try:
    t.throw(IndexError("early"))
except IndexError as e:
    print("propagated", e)
print(next(t, "exhausted"))
def reentrant():
    yield next(r)
r = reentrant()
next(r)
