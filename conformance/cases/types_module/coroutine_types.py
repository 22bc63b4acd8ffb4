# types.CoroutineType and types.AsyncGeneratorType exist for isinstance()
# checks: no ordinary object is one, they cannot be called or subclassed,
# and they are immutable, as CPython's C types.
import types


def gen():
    yield 1


g = gen()
for t in (types.CoroutineType, types.AsyncGeneratorType):
    print(t, t.__name__, t.__qualname__, t.__module__)
    print(isinstance(g, t), isinstance(1, t), isinstance(None, t), issubclass(t, object))
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        t.extra = 1
    except TypeError as e:
        print("TypeError", e)
g.close()
print("CoroutineType" in types.__all__, "AsyncGeneratorType" in types.__all__)
print(isinstance(g, types.GeneratorType))
