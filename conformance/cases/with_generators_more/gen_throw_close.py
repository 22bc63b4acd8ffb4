def worker():
    try:
        while True:
            try:
                x = yield "waiting"
                print("  got", x)
            except ValueError as e:
                print("  handled ValueError", e)
                yield "recovered"
    finally:
        print("  cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(w)
except StopIteration:
    print("closed after exception")
w2 = worker()
next(w2)
print(w2.close(), w2.close())
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"
r = refuses()
next(r)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(r, "finished"))
def fresh():
    print("  never starts")
    yield
f = fresh()
f.close()
try:
    next(f)
except StopIteration:
    print("closed before start")
f2 = fresh()
try:
    f2.throw(IndexError("thrown at start"))
except IndexError as e:
    print("unstarted throw raises", e)
def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return "returned value"
g = returns_on_throw()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration with", e.value)
def catch_exit():
    try:
        yield
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
c = catch_exit()
next(c)
c.close()
def bad_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
