import collections, itertools, functools, re, datetime, enum, dataclasses, fractions, decimal, io, json
class Outer:
    class Inner:
        def m(self): pass
    def meth(self):
        def local(): pass
        return local
def gen(): yield 1
objs = [int, type(None), type(len), type([].append), type(Outer().meth), type(gen()), type(lambda: 0), type(range(1)),
        type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter(())), type(iter("")), type(iter({})), type(iter(set())),
        type(zip()), type(map(int, [])), type(filter(None, [])), type(enumerate([])), type(reversed([])), type(iter(range(3))), type(reversed(range(3))),
        Outer.Inner, type(Outer.Inner()), type(x for x in []), type(slice(1)), type(...), type(NotImplemented), type(1j), type(b""), type(bytearray()),
        type(frozenset()), type(object()), type(type), type(property()), type(staticmethod(len)), type(classmethod(len)), type(super),
        collections.OrderedDict, collections.defaultdict, collections.deque, collections.Counter, type(collections.namedtuple("NT", "a")(1)),
        type(itertools.count()), type(itertools.chain()), functools.partial, type(re.compile("x")), type(re.match("x", "x")),
        datetime.date, datetime.timedelta, enum.Enum, fractions.Fraction, decimal.Decimal, io.StringIO, json.JSONDecodeError,
        type(print), type(str.upper), type("".upper), type(int.__add__) if False else None, type(dict.fromkeys), ValueError, type(ValueError()),
        StopIteration, BaseExceptionGroup, ExceptionGroup, KeyboardInterrupt, ModuleNotFoundError, type(iter(iter([]))), type({}.get)]
for o in objs:
    print(o)
print(Outer.Inner.__qualname__, Outer.meth.__qualname__, Outer().meth().__qualname__, Outer.Inner.m.__qualname__, gen.__name__, (lambda: 0).__name__)
print(type(Outer.Inner()).__name__, Outer.__module__, Outer.Inner.__module__, int.__qualname__, len.__name__, str.upper.__qualname__)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(Outer.Inner())), re.sub(r" at 0x[0-9a-f]+", "", repr(Outer().meth)), re.sub(r" at 0x[0-9a-f]+", "", repr(gen())))
print(re.sub(r" at 0x[0-9a-f]+", "", repr(Outer().meth())), repr(len), repr([].append)[:35], repr(str.upper), repr(object.__init__) if False else "")
print(isinstance(True, int), issubclass(bool, int), isinstance(1, (str, (float, int))), issubclass(KeyError, LookupError), isinstance(None, type(None)))
print(callable(len), callable(Outer), callable(Outer()), callable(Outer().meth), callable(1))
