class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
def g():
    with CM():
        yield 1
        yield 2
x = g(); next(x); x.close(); print("closed")
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb): print("exit sees", et.__name__ if et else None); return True
def g():
    with CM():
        yield 1
    yield "after with"
x = g(); next(x); print(x.throw(ValueError("v"))); 
def g():
    x = yield
    while True:
        try:
            x = yield x * 2
        except TypeError as e:
            x = yield f"TE {e}"
c = g(); next(c)
print(c.send(3), c.throw(TypeError("bad")), c.send(None) if False else c.send(5), c.send(10))
def g():
    try:
        yield
    except Exception as e:
        print("caught", repr(e), repr(e.__context__))
        yield "ok"
x = g(); next(x)
try:
    raise KeyError("ctx")
except KeyError:
    print(x.throw(ValueError("inner")))
def g():
    r = yield from h()
    print("r =", r)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("h got exit")
        raise
x = g(); next(x); x.close(); print("done")
