import types


async def coro():
    pass


async def agen():
    yield


c = coro()
print(type(c) is types.CoroutineType, isinstance(c, types.CoroutineType))
print(type(agen()) is types.AsyncGeneratorType)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(isinstance(c, types.GeneratorType))
try:
    types.CoroutineType()
except TypeError as e:
    print("TypeError", e)
try:
    types.AsyncGeneratorType()
except TypeError as e:
    print("TypeError", e)
c.close()
