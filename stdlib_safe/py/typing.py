"""Type hints, as far as a running program uses them (CPython's typing):
the names scripts import for annotations (List, Dict, Optional, Union,
Callable, Any, TypeVar, ...), subscripting them with CPython's reprs,
Generic and Protocol as bases, NamedTuple and TypedDict class syntax, and
cast/overload/TYPE_CHECKING. Static checking is not the interpreter's job:
like CPython, moat ignores annotations when it runs code.
"""

import collections as _collections
from collections import abc as _abc
from abc import ABCMeta as _ABCMeta

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'Collection',
           'Container', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'FrozenSet',
           'Generator', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'List', 'Mapping', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'NamedTuple', 'OrderedDict', 'Reversible', 'Sequence', 'Set', 'Sized',
           'TypedDict', 'ValuesView', 'NoReturn', 'Never', 'Self', 'TypeAlias',
           'cast', 'overload', 'no_type_check', 'final', 'TYPE_CHECKING']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _GenericAlias:
    """A subscripted typing name: List[int], Dict[str, int], MyGeneric[T]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self._name == 'Callable' and len(self.__args__) == 2 and \
                isinstance(self.__args__[0], list):
            return f'{head}[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,),
                             self._name)

    def __mro_entries__(self, bases):
        if self._name is not None:
            return (self.__origin__,)
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _AliasName:
    """An unsubscripted alias of a concrete class: List, Dict, Deque..."""

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for typing.{self._name}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


List = _AliasName(list, 'List', 1)
Dict = _AliasName(dict, 'Dict', 2)
Set = _AliasName(set, 'Set', 1)
FrozenSet = _AliasName(frozenset, 'FrozenSet', 1)
Type = _AliasName(type, 'Type', 1)
DefaultDict = _AliasName(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _AliasName(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _AliasName(_collections.Counter, 'Counter', 1)
Deque = _AliasName(_collections.deque, 'Deque', 1)
ChainMap = _AliasName(_collections.ChainMap, 'ChainMap', 2)


class _AbstractName(_AliasName):
    """An alias of a collections.abc class: calling it calls the ABC (which
    refuses, being abstract), deriving from it derives from the ABC, and
    isinstance() asks the ABC, as in CPython."""

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return issubclass(type(obj), self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


Iterable = _AbstractName(_abc.Iterable, 'Iterable', 1)
Iterator = _AbstractName(_abc.Iterator, 'Iterator', 1)
Generator = _AbstractName(_abc.Generator, 'Generator', 3)
Sequence = _AbstractName(_abc.Sequence, 'Sequence', 1)
MutableSequence = _AbstractName(_abc.MutableSequence, 'MutableSequence', 1)
Mapping = _AbstractName(_abc.Mapping, 'Mapping', 2)
MutableMapping = _AbstractName(_abc.MutableMapping, 'MutableMapping', 2)
AbstractSet = _AbstractName(_abc.Set, 'AbstractSet', 1)
MutableSet = _AbstractName(_abc.MutableSet, 'MutableSet', 1)
Collection = _AbstractName(_abc.Collection, 'Collection', 1)
Container = _AbstractName(_abc.Container, 'Container', 1)
Reversible = _AbstractName(_abc.Reversible, 'Reversible', 1)
Hashable = _AbstractName(_abc.Hashable, 'Hashable', 0)
Sized = _AbstractName(_abc.Sized, 'Sized', 0)
KeysView = _AbstractName(_abc.KeysView, 'KeysView', 1)
ValuesView = _AbstractName(_abc.ValuesView, 'ValuesView', 1)
ItemsView = _AbstractName(_abc.ItemsView, 'ItemsView', 2)
Awaitable = _AbstractName(_abc.Awaitable, 'Awaitable', 1)


class _CallableName(_AbstractName):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is not ...:
            if not isinstance(args, list):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        return _GenericAlias(_abc.Callable, (args, result), 'Callable')


Callable = _CallableName(_abc.Callable, 'Callable', 2)


class _TupleName(_AliasName):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, 'Tuple')


Tuple = _TupleName(tuple, 'Tuple', -1)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn..."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = type(None) if p is None else p
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(form, param):
    return _union(form, (param, None))


def _single(form, param):
    return _GenericAlias(form, (param,), form._name)


def _literal(form, params):
    return _GenericAlias(form, params if isinstance(params, tuple) else (params,), 'Literal')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Literal = _SpecialForm('Literal', _literal)


class TypeVar:
    """Type variable: T = TypeVar('T'), repr '~T'."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(
                        "Parameters to Generic[...] must all be type variables or parameter specification variables.")
        return _GenericAlias(cls, params)


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__qualname__', '__orig_bases__', '__parameters__', '__protocol_attrs__',
    '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '__classcell__',
    '_abc_bases', '_abc_registry', '_abc_subclasses', '_abc_cache', '_abc_negative_cache',
    '_abc_negative_cache_version'})


def _get_protocol_attrs(cls):
    # The members a protocol asks for: what its protocol classes (itself
    # and its protocol bases) define or annotate.
    attrs = set()
    pending = [cls]
    seen = []
    while pending:
        base = pending.pop()
        if base in seen or base is Protocol or base is Generic or base is object:
            continue
        seen.append(base)
        if not base.__dict__.get('_is_protocol', False):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
        pending.extend(base.__dict__.get('_abc_bases', ()))
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


# Set while ABCMeta's own checks run on behalf of isinstance(): a protocol's
# __subclasshook__ then steps aside instead of raising (CPython looks at the
# caller's module for this; moat has no frames).
_reckless_depth = 0


class _ProtocolMeta(_ABCMeta):
    # isinstance() against a runtime-checkable protocol checks the members
    # structurally; against any other protocol it is an error.
    def __instancecheck__(cls, instance):
        global _reckless_depth
        is_protocol = cls.__dict__.get('_is_protocol', False)
        if is_protocol and not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not is_protocol or _is_callable_members_only(cls)) and
                issubclass(type(instance), cls)):
            return True
        if is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        _reckless_depth += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless_depth -= 1


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural types)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__dict__.get('_abc_bases', ()))

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not cls.__dict__.get('_is_runtime_protocol', False):
                if _reckless_depth:
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _reckless_depth:
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _get_protocol_attrs(cls):
                if getattr(other, attr, None) is None:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__new__(cls)


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


def cast(typ, val):
    """Return the value unchanged (a hint for type checkers)."""
    return val


def overload(func):
    """Decorator for overloaded signatures; calling the stub raises."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Decorator marking a method or class final (for type checkers)."""
    return f


def no_type_check(arg):
    """Decorator: type checkers ignore the annotations."""
    return arg


def runtime_checkable(cls):
    """Mark a protocol class as one isinstance() and issubclass() may check
    (structurally, by the presence of its members)."""
    if not (isinstance(cls, _ProtocolMeta) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def get_type_hints(obj):
    """The annotations of a class (its own and its bases', through
    the classes the script can see) or function."""
    hints = {}
    annotations = getattr(obj, '__annotations__', None) or {}
    for name, value in annotations.items():
        hints[name] = type(None) if value is None else value
    return hints


# ---- NamedTuple and TypedDict class syntax ------------------------------------

class _NamedTupleBase(tuple):
    """class Point(NamedTuple): x: int; y: int = 0 behaves as
    collections.namedtuple('Point', ['x', 'y'], defaults=[0])."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if '_fields' in cls.__dict__ or getattr(cls, '_fields', None) is not None:
            # A subclass of a NamedTuple class is a plain tuple subclass of
            # it, as in CPython: its own annotations add no fields.
            return
        annotations = cls.__dict__.get('__annotations__', {})
        fields = list(annotations)
        defaults = []
        for index, name in enumerate(fields):
            value = cls.__dict__.get(name, _NO_DEFAULT)
            if value is not _NO_DEFAULT:
                defaults.append(value)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(fields[index - len(defaults):index])}")
        template = _collections.namedtuple(cls.__name__, fields, defaults=defaults or None,
                                           module=cls.__module__)

        def __new__(klass, *args, **kwds):
            return tuple.__new__(klass, template(*args, **kwds))

        def _make(klass, iterable):
            return tuple.__new__(klass, template._make(iterable))

        def _replace(self, /, **kwds):
            return type(self)._make(template._make(self)._replace(**kwds))

        cls.__new__ = __new__
        cls._make = classmethod(_make)
        cls._replace = _replace
        cls.__repr__ = template.__repr__
        cls._asdict = template._asdict
        cls._fields = template._fields
        cls._field_defaults = template._field_defaults
        cls.__match_args__ = template.__match_args__
        for index, name in enumerate(fields):
            setattr(cls, name, _collections._TupleGetter(index, f'Alias for field number {index}'))


_NO_DEFAULT = object()


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]) or the
    class syntax."""
    if fields is None:
        fields = kwargs.items()
    names = [name for name, _ in fields]
    return _collections.namedtuple(typename, names, module='__main__')


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictBase(dict):
    """class Movie(TypedDict): name: str makes Movie(...) build a dict."""

    def __new__(cls, /, *args, **kwargs):
        # A plain dict, as in CPython: the class only describes its keys.
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__total__ = total


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of keys (for type checkers)."""
    return dict


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)
