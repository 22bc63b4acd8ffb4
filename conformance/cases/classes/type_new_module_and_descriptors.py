# A class made by type.__new__ through a metaclass (ABCMeta) takes
# __module__ from the calling code's globals; getter descriptors read from
# a type are not callable; type() with keywords fails as CPython's does.
import abc
import types

C = abc.ABCMeta.__new__(abc.ABCMeta, 'C', (), {})
print(C.__module__, C.__qualname__, C.__name__)
D = abc.ABCMeta('D', (), {'__module__': 'elsewhere'})
print(D.__module__)


def gen():
    yield 1


g = gen()
for descriptor in (types.GeneratorType.gi_running, int.real, types.FunctionType.__name__):
    try:
        descriptor(g)
    except TypeError as e:
        print("TypeError", e)
print(callable(int.real), callable(types.GeneratorType.gi_running))

for args, kwargs in (((1,), {'x': 1}), ((), {'x': 1}), ((), {'object': 1}), ((1, 2), {})):
    try:
        type(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(type(1), type(object=None) if False else type(None))
