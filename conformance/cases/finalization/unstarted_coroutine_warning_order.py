# A coroutine never started warns "coroutine ... was never awaited" where
# CPython's reference counting drops it: as an expression statement's
# value, at a `del` or a rebinding, when a list is cleared, when the frame
# whose local holds it returns (a function's, or a coroutine's when it
# ends). The warnings are shown on stdout here, so their order against the
# prints is compared.
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("warned:", category.__name__, message)


warnings.showwarning = show
warnings.simplefilter("always")


async def job(n):
    return n


print("statement")
job(1)
print("del")
c = job(2)
del c
print("rebind")
c = job(3)
c = None
print("clear")
pending = [job(4), job(5)]
pending.clear()
print("return")


def maker():
    local = job(6)
    print("made", type(local).__name__)
    return 7


print(maker())
print("coroutine end")


async def forgets():
    inner = job(8)
    return "forgot"


f = forgets()
try:
    f.send(None)
except StopIteration as e:
    print("returned", e.value)
del f
print("started and closed: no warning")
c = job(9)
c.close()
del c
c = job(10)
try:
    c.send(None)
except StopIteration as e:
    print("ran", e.value)
del c

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job(11)
    print("recorded", [str(w.message) for w in caught])
print("end")
