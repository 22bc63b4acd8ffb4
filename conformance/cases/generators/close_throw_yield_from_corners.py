try:
    g = (x for x in 1)
except TypeError as e:
    print("eager TypeError", e)
def gen_with():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
    with CM():
        yield 1
        yield 2
g = gen_with(); next(g); g.close()
g = gen_with(); next(g)
try:
    g.throw(KeyError("x"))
except KeyError as e:
    print("propagated", e)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return "retval"
g = catches_exit(); next(g); print(g.close())
def finally_raises():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
g = finally_raises(); next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
def inner():
    try:
        yield 1
    except ValueError:
        print("inner handled")
        yield "after"
    return "done"
def outer():
    res = yield from inner()
    print("res", res)
    yield "outer-end"
o = outer(); print(next(o)); print(o.throw(ValueError)); print(next(o))
def stop_inside():
    yield from iter([])
    yield 1
print(list(stop_inside()))
def raising_sub():
    raise StopIteration
    yield
def deleg():
    try:
        yield from raising_sub()
    except RuntimeError as e:
        print("RuntimeError in deleg", e)
    yield "x"
print(list(deleg()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration(99)
        return self.i
def yf():
    r = yield from It()
    print("yield from non-gen iterator returned", r)
print(list(yf()))
def send_to_iter():
    yield from [1, 2]
g = send_to_iter(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
def gen_throw_iter():
    yield from [1, 2]
g = gen_throw_iter(); next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("TypeError", e)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        else: n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
import itertools
def pipeline():
    nums = (i for i in itertools.count(1))
    sq = (n * n for n in nums)
    ev = (s for s in sq if s % 2 == 0)
    return list(itertools.islice(ev, 5))
print(pipeline())
def lazy():
    print("started")
    yield
g = lazy()
print("created")
next(g)
def genlocals():
    x = yield
    y = yield x * 2
    return x + y
g = genlocals(); next(g); print(g.send(3))
try: g.send(4)
except StopIteration as e: print("sum", e.value)
gen = (i for i in range(3))
print(list(zip(gen, gen)))
def g2():
    yield 1
    return
print(list(g2()), tuple(g2()), set(g2()), [*g2()], sum(g2()))
