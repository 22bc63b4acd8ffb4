import collections.abc as cabc
import types


async def coro():
    pass


async def agen():
    yield


@types.coroutine
def gencoro():
    yield


c = coro()
a = agen()
g = gencoro()
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable))
print(isinstance(a, cabc.AsyncGenerator), isinstance(a, cabc.AsyncIterator),
      isinstance(a, cabc.AsyncIterable))
print(isinstance(a, cabc.Awaitable), isinstance(c, cabc.AsyncIterable))
print(isinstance(g, cabc.Awaitable), isinstance(g, cabc.Generator))
print(issubclass(types.CoroutineType, cabc.Coroutine))
print(issubclass(types.AsyncGeneratorType, cabc.AsyncGenerator))


class MyAwaitable:
    def __await__(self):
        yield


class MyAsyncIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


print(isinstance(MyAwaitable(), cabc.Awaitable), isinstance(MyAwaitable(), cabc.Coroutine))
print(isinstance(MyAsyncIter(), cabc.AsyncIterator), isinstance(MyAsyncIter(), cabc.AsyncIterable))
print(isinstance(c.__await__(), cabc.Iterator))
c.close()
