"""Names for built-in types, as CPython 3.11's types, limited to what is
harmless in the sandbox.

Kept: SimpleNamespace, MappingProxyType (over a dict), GenericAlias,
UnionType, NoneType, EllipsisType, NotImplementedType, and for isinstance
checks the types of objects a script can already get: FunctionType,
LambdaType, BuiltinFunctionType, BuiltinMethodType, MethodType,
GeneratorType and ModuleType, and the descriptor types of built-in types'
methods, slots and getters (MethodDescriptorType, WrapperDescriptorType,
MethodWrapperType, GetSetDescriptorType).

Refused: calling FunctionType, MethodType or ModuleType (they would make
functions, bound methods and modules outside the def, class and import
rules), TracebackType (the type of moat's frameless tracebacks, whose
constructor takes a frame), and CodeType, CellType and FrameType, whose
objects a script never sees, together with new_class and prepare_class (classes made
outside the class statement): each raises TypeError saying it is not
available in the sandbox. CoroutineType and AsyncGeneratorType are the
types of coroutines and async generators; `coroutine` marks a generator
function so its generators can be awaited (the native
`_iterable_coroutine` stands in for CPython's replacing the function's
code with one flagged CO_ITERABLE_COROUTINE). DynamicClassAttribute is
CPython's Python class. Left out: ClassMethodDescriptorType,
MemberDescriptorType and resolve_bases.
"""

import math as _some_module

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'TracebackType', 'FrameType', 'new_class', 'prepare_class',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType', 'MethodDescriptorType', 'WrapperDescriptorType',
           'MethodWrapperType', 'GetSetDescriptorType', 'CoroutineType',
           'AsyncGeneratorType', 'DynamicClassAttribute', 'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


_gen = _g()
GeneratorType = type(_gen)
_gen.close()


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()  # never awaited on purpose: no warning


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
MappingProxyType = type(_C.__dict__)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
GetSetDescriptorType = type(int.real)
ModuleType = type(_some_module)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)  # calling it is refused: it needs a frame
    del _e

del _f, _g, _gen, _c, _coro, _ag, _C, _some_module


def _refused_constructor(kind, message="creating '%s' objects is not available in "
                                       "the sandbox"):
    # A stand-in for a CPython type whose objects moat never hands out:
    # isinstance() with it is always False, and calling it raises `message`
    # (CPython's own where it cannot make one either). Like the C type, it
    # is no acceptable base, and it is immutable (_set_type_name below).
    class Refused:
        def __new__(cls, *args, **kwargs):
            raise TypeError(message % kind)

        def __init_subclass__(cls, **kwargs):
            raise TypeError("type '%s' is not an acceptable base type" % kind)

    Refused.__name__ = kind
    Refused.__qualname__ = kind
    Refused.__module__ = 'builtins'
    _set_type_name(Refused, kind)
    return Refused


CodeType = _refused_constructor('code')
CellType = _refused_constructor('cell')
FrameType = _refused_constructor('frame')


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    # A plain generator function is marked in place (CPython flags its
    # code); a coroutine function is returned as it is.
    if _iterable_coroutine(func, True):
        return func

    # A function returning a generator-like object: wrapped, as CPython
    # does for generators compiled by other tools.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and _iterable_coroutine(coro)):
            return coro
        if (isinstance(coro, _collections_abc.Generator) and
                not isinstance(coro, _collections_abc.Coroutine)):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    # An awaitable view of a generator-like object (types.coroutine).
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    cr_running = gi_running

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Refused in moat: classes are made only by the class statement."""
    raise TypeError("types.new_class() is not available in the sandbox "
                    "(use a class statement)")


def prepare_class(name, bases=(), kwds=None):
    """Refused in moat: classes are made only by the class statement."""
    raise TypeError("types.prepare_class() is not available in the sandbox "
                    "(use a class statement)")


# The ids of the namespaces whose repr is being computed, so that a
# namespace holding itself shows as namespace(...).
_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        # As namespace_init: the keywords go into the dict as they are, so
        # `__dict__=` or `__class__=` is an entry like any other.
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            fields = ['%s=%r' % (k, v) for k, v in self.__dict__.items()
                      if isinstance(k, str) and k]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(fields))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None


# CPython's type is named 'types.SimpleNamespace' in its messages
# ("unhashable type: 'types.SimpleNamespace'") while its __name__ is
# 'SimpleNamespace'; _set_type_name is added by the module's native init.
_set_type_name(SimpleNamespace, 'types.SimpleNamespace')
del _set_type_name


class DynamicClassAttribute:
    """A property read on instances only: read on the class it raises
    AttributeError, so the class's __getattr__ answers instead (enum
    members named like the attribute)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # The getter's docstring stands in until one is given.
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result
