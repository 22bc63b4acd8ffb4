def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "after-throw"
    finally:
        print("finally")
gen = g()
print(next(gen))
print(gen.send("a"))
print(gen.throw(ValueError("v")))
try: next(gen)
except StopIteration: print("done")
gen = g()
try: gen.send(5)
except TypeError as e: print(e)
print(gen.send(None))
gen.close()
gen.close()
try: next(gen)
except StopIteration: print("closed stop")
def h():
    yield 1
    raise StopIteration("inner")
try: list(h())
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def h2():
    next(iter([]))
    yield 1
try: next(h2())
except RuntimeError as e: print(e)
def ret():
    yield 1
    return "rv"
r = ret(); next(r)
try: next(r)
except StopIteration as e: print("value", e.value, e.args)
def deleg():
    v = yield from ret()
    print("deleg got", v)
    v2 = yield from [10, 20]
    print("list gives", v2)
    return "D"
print(list(deleg()))
def inner():
    try:
        while True:
            x = yield
            print("inner got", x)
    except GeneratorExit:
        print("inner exit")
        raise
    finally:
        print("inner finally")
def outer():
    yield from inner()
o = outer(); next(o); o.send(1); o.send(2); o.close()
def inner2():
    try:
        yield 1
    except KeyError as e:
        print("inner2 caught", e)
        yield 2
        return "ret2"
def outer2():
    r = yield from inner2()
    print("outer2 r", r)
    yield 3
o = outer2(); print(next(o)); print(o.throw(KeyError("k"))); print(next(o))
o = outer2(); next(o)
try: o.throw(IndexError("idx"))
except IndexError as e: print("propagated", e)
print(next(o, "exhausted"))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit(); next(ie)
try: ie.close()
except RuntimeError as e: print(e)
def running():
    yield gg.send(None)
gg = running()
try: next(gg)
except ValueError as e: print(e)
def genexit_return():
    try:
        yield 1
    except GeneratorExit:
        return "x"
ge = genexit_return(); next(ge); print(ge.close())
gi = (x for x in range(3))
print(gi.__name__, gi.__qualname__, next(gi), list(gi))
def named(): yield
print(named().__name__, named().__qualname__)
