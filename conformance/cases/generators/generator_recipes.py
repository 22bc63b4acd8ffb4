def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen()
print(g.send(None), g.send(3), g.send(5))
def avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v; count += 1
        avg = total / count
a = avg(); next(a)
print(a.send(10), a.send(20), a.send(30))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n: return
        yield v
print(list(take(5, fib())))
def gen_return_in_try():
    try:
        yield 1
        return 2
    finally:
        print("fin")
print(list(gen_return_in_try()))
def yield_in_except():
    try:
        raise ValueError("e")
    except ValueError:
        yield "in except"
        yield "still"
print(list(yield_in_except()))
def yield_from_gen_exp():
    yield from (i * i for i in range(4))
print(list(yield_from_gen_exp()))
def nested_send():
    def inner():
        got = yield "i1"
        print("inner got", got)
        got = yield "i2"
        print("inner got", got)
        return "inner-ret"
    r = yield from inner()
    print("outer got", r)
    yield "o1"
ns = nested_send()
print(next(ns), ns.send("A"), ns.send("B"))
def gen_state():
    yield 1
gs = gen_state()
print(list(gs), list(gs))
def stopiter_in_next():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(stopiter_in_next()))
def uses_send_return():
    return (yield)
u = uses_send_return(); next(u)
try: u.send("sent")
except StopIteration as e: print("stop value", e.value)
def lazy_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(lazy_range(101)), list(reversed(list(lazy_range(3)))), sorted(lazy_range(3), reverse=True))
def gen_with_exc():
    yield 1
    raise KeyError("from gen")
try:
    for v in gen_with_exc(): print("v", v)
except KeyError as e: print("caught", e)
g = gen_with_exc(); next(g)
try: next(g)
except KeyError: pass
print(next(g, "exhausted after raise"))
def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)
print(list(deep(50)))
def gen_close_return():
    try:
        yield 1
    finally:
        return "from finally"
gcr = gen_close_return(); next(gcr)
print(gcr.close())
def gen_raise_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("finally raise")
gr = gen_raise_in_finally(); next(gr)
try: gr.close()
except ValueError as e: print("close raised", e)
def silly():
    yield 1
s = silly()
print(s.send(None))
try: s.throw(ValueError("after first"))
except ValueError as e: print(e)
x = (i for i in range(3))
print(next(x), x.send(None))
try: x.send(1)
except StopIteration: print("hmm")
except TypeError as e: print(e)
