import inspect
import math

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

g = gen()
c = coro()
a = agen()
objs = [g, c, a, 1, "s", math, inspect, int, type]
names = ["g", "c", "a", "1", "s", "math", "inspect", "int", "type"]
for name, o in zip(names, objs):
    print(name, inspect.isgenerator(o), inspect.iscoroutine(o), inspect.isasyncgen(o),
          inspect.isawaitable(o), inspect.ismodule(o), inspect.isclass(o),
          inspect.isframe(o), inspect.iscode(o), inspect.istraceback(o))
c.close()
g.close()

class Awaitable:
    def __await__(self):
        yield

print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable))
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.istraceback(e.__traceback__))
