import sys, types
@types.coroutine
def pause(v=None):
    return (yield v)

async def show():
    print("in coro:", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        await pause("inside except")
        print("after resume:", sys.exc_info()[0])
    print("end:", sys.exc_info()[0])

c = show()
try:
    raise ValueError("outer")
except ValueError:
    print(c.send(None))
try:
    raise TypeError("other")
except TypeError:
    try:
        c.send(None)
    except StopIteration:
        pass

async def ctx():
    try:
        await pause()
    except ZeroDivisionError as e:
        print("context:", repr(e.__context__))
        raise

d = ctx()
d.send(None)
try:
    raise IndexError("driver")
except IndexError:
    try:
        d.throw(ZeroDivisionError("zd"))
    except ZeroDivisionError as e:
        print("outer sees context:", repr(e.__context__))

async def bare_raise():
    raise

try:
    raise OSError("handled")
except OSError:
    try:
        bare_raise().send(None)
    except OSError as e:
        print("bare raise:", e)

async def gen_in_coro():
    def g():
        yield 1
        yield 2
    return [x async for x in agen_of(g())]

async def agen_of(it):
    for x in it:
        yield x

def drive(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
print(drive(gen_in_coro()))

async def ret_in_finally():
    try:
        return "try"
    finally:
        await pause()
        print("finally awaited")
print(drive(ret_in_finally()))
async def nested_fn():
    async def inner():
        return [await pause(i) for i in range(3)]
    return await inner()
c = nested_fn()
vals = []
try:
    v = c.send(None)
    while True:
        vals.append(v)
        v = c.send(v * 10)
except StopIteration as e:
    print(vals, e.value)
print(type(nested_fn).__name__, nested_fn.__qualname__)
import collections.abc
print(isinstance(nested_fn, collections.abc.Callable))
lam = lambda: show()
x = lam()
print(type(x).__name__); x.close()
async def star(*a, **k): return a, k
print(drive(star(*[1,2], **{'z': 3})))
