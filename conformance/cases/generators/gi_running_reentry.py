def g():
    print("running:", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("ValueError", e)
    yield 1
    yield 2
me = g()
print(me.gi_running)
print(next(me))
print(me.gi_running)
print(list(me))
print(me.__name__, me.__qualname__)
def closer():
    try:
        yield 1
    finally:
        try:
            cl.close()
        except ValueError as e:
            print("close while running:", e)
cl = closer(); next(cl); cl.close()
def f():
    yield
x = f()
print(type(x).__name__)
def outer():
    yield from inner()
def inner():
    yield 1
o = outer(); next(o)
print(next(o, "done"))
print(next(o, "done"))
