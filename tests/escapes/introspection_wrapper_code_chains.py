# Code objects and globals through every wrapper that keeps the user's
# function: partial.func, lru_cache/wraps __wrapped__ chains,
# cached_property.func, singledispatch's registry and dispatch(),
# property/classmethod/staticmethod, total_ordering's generated methods,
# contextmanager's wrapped generator function, a dataclass's generated
# __init__ and an Enum member's bound methods. The user's callables may be
# handed back; their internals never.
import functools, contextlib, dataclasses, enum


def f(x=1):
    return x


@functools.lru_cache
def cached(x):
    return x


@functools.singledispatch
def disp(x):
    return x


@disp.register
def _(x: int):
    return x


class C:
    @functools.cached_property
    def cp(self):
        return 1

    @property
    def p(self):
        return 1

    @classmethod
    def cm(cls):
        return 1


@contextlib.contextmanager
def cm():
    yield


@dataclasses.dataclass
class D:
    a: int = 0


class E(enum.Enum):
    A = 1


holders = {
    'partial.func': functools.partial(f, 1).func,
    'lru_cache.__wrapped__': cached.__wrapped__,
    'wraps.__wrapped__': functools.wraps(f)(lambda: 0).__wrapped__,
    'cached_property.func': C.__dict__['cp'].func,
    'singledispatch.registry[int]': disp.registry[int],
    'singledispatch.dispatch(object)': disp.dispatch(object),
    'property.fget': C.p.fget,
    'classmethod.__func__': C.__dict__['cm'].__func__,
    'contextmanager.__wrapped__': cm.__wrapped__,
    'dataclass __init__': D.__init__,
    'enum method': E.A.__reduce_ex__,
    'lru_cache itself': cached,
    'partial itself': functools.partial(f),
}
for label, fn in holders.items():
    refused = []
    for name in ('__code__', '__globals__', '__closure__', '__builtins__'):
        try:
            getattr(fn, name)
            print(label, 'gave', name)
        except AttributeError as e:
            refused.append(str(e).split("'")[1] if 'sandbox' in str(e) else 'absent')
    print(label, refused)
# expect-output: partial.func ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: lru_cache.__wrapped__ ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: wraps.__wrapped__ ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: cached_property.func ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: singledispatch.registry[int] ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: singledispatch.dispatch(object) ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: property.fget ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: classmethod.__func__ ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: contextmanager.__wrapped__ ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: dataclass __init__ ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: enum method ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: lru_cache itself ['__code__', '__globals__', '__closure__', '__builtins__']
# expect-output: partial itself ['__code__', '__globals__', '__closure__', '__builtins__']
