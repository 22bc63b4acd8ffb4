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
available in the sandbox. CoroutineType and AsyncGeneratorType serve
isinstance() checks only: moat has no async, so nothing is ever one, and
calling them fails as in CPython. DynamicClassAttribute is CPython's
Python class. Left out: ClassMethodDescriptorType, MemberDescriptorType,
coroutine and resolve_bases.
"""

import math as _some_module

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'TracebackType', 'FrameType', 'new_class', 'prepare_class',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType', 'MethodDescriptorType', 'WrapperDescriptorType',
           'MethodWrapperType', 'GetSetDescriptorType', 'CoroutineType',
           'AsyncGeneratorType', 'DynamicClassAttribute']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


_gen = _g()
GeneratorType = type(_gen)
_gen.close()


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

del _f, _g, _gen, _C, _some_module


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
# Only `async def` makes these, which the sandbox refuses (docs/SECURITY.md):
# they are here for isinstance() checks.
CoroutineType = _refused_constructor('coroutine', "cannot create '%s' instances")
AsyncGeneratorType = _refused_constructor('async_generator', "cannot create '%s' instances")


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
