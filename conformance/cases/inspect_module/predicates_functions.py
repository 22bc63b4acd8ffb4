import inspect
import functools

def plain():
    pass

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

lam = lambda: 0

class K:
    def m(self):
        yield

    async def am(self):
        pass

k = K()
funcs = [plain, gen, coro, agen, lam, k.m, k.am, K.m, functools.partial(gen), len, print, K]
names = ["plain", "gen", "coro", "agen", "lam", "k.m", "k.am", "K.m", "partial", "len", "print", "K"]
for name, f in zip(names, funcs):
    print(name, inspect.isfunction(f), inspect.ismethod(f), inspect.isgeneratorfunction(f),
          inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f),
          inspect.isbuiltin(f), inspect.isroutine(f), inspect.isclass(f))
