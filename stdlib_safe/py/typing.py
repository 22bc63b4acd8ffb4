"""Type hints, as far as a running program uses them (CPython's typing):
the names scripts import for annotations (List, Dict, Optional, Union,
Callable, Any, TypeVar, ...), subscripting them with CPython's reprs,
Generic and Protocol as bases, NamedTuple and TypedDict class syntax, and
cast/overload/TYPE_CHECKING, get_origin/get_args, Annotated, NewType, the
Supports* protocols and the rarer names (ParamSpec, TypeGuard, ...) as
inert markers. Static checking is not the interpreter's job:
like CPython, moat ignores annotations when it runs code.
"""

import collections as _collections
from collections import abc as _abc
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod, _abc_bases
import contextlib as _contextlib
import re as _re
import sys as _sys
import types as _types
from _collections_abc import _CallableGenericAlias as _AbcCallableAlias

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'Collection',
           'Container', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'FrozenSet',
           'Generator', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'List', 'Mapping', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'NamedTuple', 'OrderedDict', 'Reversible', 'Sequence', 'Set', 'Sized',
           'TypedDict', 'ValuesView', 'NoReturn', 'Never', 'Self', 'TypeAlias',
           'cast', 'overload', 'no_type_check', 'final', 'TYPE_CHECKING',
           'Annotated', 'AnyStr', 'AsyncContextManager', 'AsyncGenerator', 'AsyncIterable',
           'AsyncIterator', 'Awaitable', 'BinaryIO', 'ByteString', 'ChainMap', 'Concatenate',
           'ContextManager', 'Coroutine', 'ForwardRef', 'IO', 'LiteralString', 'MappingView',
           'Match', 'NewType', 'NotRequired', 'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs',
           'Pattern', 'Required', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
           'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Text', 'TextIO',
           'TypeGuard', 'TypeVarTuple', 'Unpack', 'assert_never', 'assert_type',
           'clear_overloads', 'dataclass_transform', 'get_args', 'get_origin', 'get_overloads',
           'get_type_hints', 'is_typeddict', 'no_type_check_decorator', 'reveal_type',
           'runtime_checkable']

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


def _collect_parameters(args):
    # CPython's typing._collect_parameters: the type variables among args
    # and inside the aliases among them, each once, in order of appearance.
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, list):
            found = _collect_parameters(t)
        elif getattr(type(t), '_is_type_variable', False) or \
                getattr(type(t), '_is_type_variable_tuple', False):
            found = (t,)
        else:
            found = getattr(t, '__parameters__', ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    # One argument of an alias with its type variables replaced. An unpacked
    # TypeVarTuple (*Ts) gives the tuple of arguments it stands for, which
    # the caller splices in.
    if _is_unpacked_typevartuple(arg):
        return subst.get(arg.__args__[0], (arg,))
    if getattr(type(arg), '_is_type_variable', False):
        return arg.__typing_subst__(subst[arg]) if arg in subst else arg
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    inner = () if isinstance(arg, type) else getattr(arg, '__parameters__', ())
    if inner:
        return arg[tuple(subst.get(p, p) for p in inner)]
    return arg


def _is_unpacked_typevartuple(x):
    return isinstance(x, _UnpackAlias) and \
        getattr(type(x.__args__[0]), '_is_type_variable_tuple', False)


def _is_param_expr(arg):
    # What a ParamSpec stands for: ..., a list or tuple of types, another
    # ParamSpec or a Concatenate[...].
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec)) or \
        (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _prepare_subst(alias, params, args):
    """The arguments of alias[args] lined up with its parameters `params`,
    as CPython's __typing_prepare_subst__ hooks do: a TypeVarTuple takes a
    tuple of the arguments left over by the others, a lone ParamSpec takes
    them all (Z[int, str] is Z[[int, str]]) and a list for a ParamSpec
    becomes a tuple."""
    for i, param in enumerate(params):
        if getattr(type(param), '_is_type_variable_tuple', False):
            if any(getattr(type(p), '_is_type_variable_tuple', False)
                   for p in params[i + 1:]):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
            right = len(params) - i - 1
            if i + right > len(args):
                raise TypeError(f"Too few arguments for {alias}; "
                                f"actual {len(args)}, expected at least {len(params) - 1}")
            args = (*args[:i], tuple(args[i:len(args) - right]), *args[len(args) - right:])
        elif isinstance(param, ParamSpec):
            if i >= len(args):
                raise TypeError(f"Too few arguments for {alias}")
            if len(params) == 1 and not _is_param_expr(args[0]):
                args = (args,)
            elif isinstance(args[i], list):
                args = (*args[:i], tuple(args[i]), *args[i + 1:])
    if len(args) != len(params):
        many = 'many' if len(args) > len(params) else 'few'
        raise TypeError(f"Too {many} arguments for {alias}; "
                        f"actual {len(args)}, expected {len(params)}")
    return args


class _Final:
    """Refuses subclasses made outside this module (which pass _root=True)."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _GenericAlias(_Final, _root=True):
    """A subscripted typing name: List[int], Dict[str, int], MyGeneric[T]."""

    def __init__(self, origin, args, name=None, inst=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        # Whether calling it makes an instance of the origin: not for the
        # aliases of builtins (List[int]()), as CPython's `inst=False`.
        self._inst = name is None if inst is None else inst
        self.__parameters__ = _collect_parameters(self.__args__)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, attr):
        # As CPython's _BaseGenericAlias: the name is the alias's own or its
        # origin's; other non-dunder names are the origin's.
        if attr in ('__name__', '__qualname__'):
            return self._name or getattr(self.__origin__, attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm):
            # As CPython: the form itself is called, and refuses
            # (Literal[1]() is "Cannot instantiate typing.Literal").
            return self.__origin__(*args, **kwargs)
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        # As CPython: the instance remembers the alias that made it, when
        # it takes attributes (Stack[int]().__orig_class__ is Stack[int]).
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, args):
        # Substitution of the alias's type variables: Dict[str, T][int].
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = _prepare_subst(self, params, args)
        subst = dict(zip(params, args))
        new_args = []
        for a in self.__args__:
            new = _substitute(a, subst)
            # A ParamSpec's types join Callable's flat arguments; a
            # TypeVarTuple's join the alias's.
            if (_is_unpacked_typevartuple(a) or
                    (isinstance(self, _CallableAlias) and isinstance(new, tuple))):
                new_args.extend(new)
            else:
                new_args.append(new)
        return self.copy_with(tuple(new_args))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        # Generic[...] steps aside for a Protocol base or a later generic
        # alias, which bring Generic themselves.
        if self._name is None and self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _GenericAlias) and b is not self for b in later):
                return ()
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _type_convert(arg):
    """A subscript's parameter as CPython's typing stores it: None as
    NoneType, a string as the ForwardRef it names."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _AliasName(_Final, _root=True):
    """An unsubscripted alias of a concrete class: List, Dict, Deque..."""

    def __init__(self, origin, name, nparams, inst=False):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst  # as _GenericAlias._inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getattr__(self, attr):
        # As CPython's _BaseGenericAlias: the alias's own name, and the
        # origin's other non-dunder names (typing.List.append is list.append).
        if attr in ('__name__', '__qualname__'):
            return self._name
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __reduce__(self):
        # Copied and pickled by name: copy.copy(Any) is Any.
        return self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams == 0:
            raise TypeError(f"{self} is not a generic class")
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for typing.{self._name}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    # isinstance([], List) and issubclass(list, List) ask the origin class,
    # as CPython's _SpecialGenericAlias does (by type(obj), not __class__).
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _AliasName):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


List = _AliasName(list, 'List', 1)
Dict = _AliasName(dict, 'Dict', 2)
Set = _AliasName(set, 'Set', 1)
FrozenSet = _AliasName(frozenset, 'FrozenSet', 1)
Type = _AliasName(type, 'Type', 1)
# The aliases of the collections classes make instances, as CPython's.
DefaultDict = _AliasName(_collections.defaultdict, 'DefaultDict', 2, inst=True)
OrderedDict = _AliasName(_collections.OrderedDict, 'OrderedDict', 2, inst=True)
Counter = _AliasName(_collections.Counter, 'Counter', 1, inst=True)
Deque = _AliasName(_collections.deque, 'Deque', 1, inst=True)
ChainMap = _AliasName(_collections.ChainMap, 'ChainMap', 2, inst=True)


class _AbstractName(_AliasName, _root=True):
    """An alias of a collections.abc class: calling it calls the ABC (which
    refuses, being abstract), deriving from it derives from the ABC, and
    isinstance() asks the ABC, as in CPython."""

    def __init__(self, origin, name, nparams):
        super().__init__(origin, name, nparams, inst=True)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


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


class _CallableAlias(_GenericAlias, _root=True):
    """Callable[[int], str]: as in CPython, the argument types are kept
    flattened in __args__, (int, str), and shown as a list again;
    Callable[..., str] and Callable[P, str] keep their first argument."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
                f'{_type_repr(args[-1])}]')


class _CallableName(_AbstractName, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _CallableAlias(_abc.Callable, (..., result), 'Callable', True)
        # As CPython's, any other first argument is taken: a list of types,
        # a ParamSpec, a Concatenate[...] (static checkers judge the rest).
        if isinstance(args, list):
            args = tuple(args)
        elif not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return _CallableAlias(_abc.Callable, args + (result,), 'Callable', True)


Callable = _CallableName(_abc.Callable, 'Callable', 2)


class _TupleName(_AliasName, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        # Each argument is type-checked (None becomes NoneType), except the
        # ... of Tuple[int, ...].
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1]) + (...,)
        else:
            msg = "Tuple[t0, t1, ...]: each t must be a type."
            params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, 'Tuple')


Tuple = _TupleName(tuple, 'Tuple', -1)


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn..."""

    # Not iterable, yet not an Iterable either (None blocks iter()).
    __iter__ = None

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        # Copied and pickled by name: copy.copy(Any) is Any.
        return self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        # Equal to the types.UnionType of the same members (int | str).
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __call__(self, *args, **kwargs):
        # CPython calls the origin, the Union form itself, which refuses.
        raise TypeError("Cannot instantiate typing.Union")

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # Whether cls is a subclass of one member (a subscripted member
        # refuses, as in CPython).
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


_PLAIN_FORMS_ALLOWED = ('NoReturn', 'Never', 'Self', 'TypeAlias', 'LiteralString')


def _type_check(arg, msg):
    """A subscript's argument as a type, or CPython 3.11's TypeError: a
    tuple, a bare special form, Generic or Protocol, ClassVar[...] or
    Final[...] are not types."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and (
            arg.__origin__ is Generic or arg.__origin__ is Protocol or
            arg.__origin__ is ClassVar or arg.__origin__ is Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm):
        if arg._name in _PLAIN_FORMS_ALLOWED:
            return arg
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        members = p.__args__ if isinstance(p, (_UnionGenericAlias, _types.UnionType)) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    # CPython names a union of one type and None 'Optional' (its __name__).
    name = 'Optional' if len(flat) == 2 and type(None) in flat else None
    return _UnionGenericAlias(Union, tuple(flat), name)


def _optional(form, param):
    return _union(form, (_type_check(param, f"{form} requires a single type."), None))


def _single(form, param):
    return _GenericAlias(form, (_type_check(param, f"{form} accepts only single type."),))


def _single_named(form, param):
    # Required and NotRequired name themselves without the module.
    return _GenericAlias(form, (_type_check(param, f"{form._name} accepts only a single type."),))


class _LiteralAlias(_GenericAlias, _root=True):
    """Literal[...]: its values compare and hash as a set of (value, type)
    pairs, as CPython's _LiteralGenericAlias."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(_value_and_type(self.__args__)) == set(_value_and_type(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type(self.__args__)))


def _value_and_type(params):
    return [(p, type(p)) for p in params]


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    # Nested Literals are flattened, and repeated (value, type) pairs kept
    # once, the first of each (unless a value is unhashable).
    flat = []
    for p in params:
        if isinstance(p, _LiteralAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        seen = set()
        unique = []
        for pair in _value_and_type(flat):
            if pair not in seen:
                seen.add(pair)
                unique.append(pair[0])
        flat = unique
    except TypeError:
        pass
    return _LiteralAlias(form, tuple(flat))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type. As in CPython 3.11 it is a class, so
    `int | Any` is a types.UnionType and a class may derive from it."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Literal = _SpecialForm('Literal', _literal)


class TypeVar(_Final, _root=True):
    """Type variable: T = TypeVar('T'), repr '~T'."""

    _is_type_variable = True  # what alias subscription substitutes

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        # As CPython's: a string bound becomes a ForwardRef, a falsy one None.
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
            for t in constraints)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        # Copied and pickled by name: copy.deepcopy(T) is T.
        return self.__name__

    def __typing_subst__(self, arg):
        # The value substitution gives this variable (list[T][None] is
        # list[NoneType]; a string is a forward reference).
        if arg is None:
            return type(None)
        if isinstance(arg, str):
            return ForwardRef(arg)
        return arg

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]



class Generic:
    """Base class for generic classes: class Stack(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not (isinstance(p, TypeVar) or _is_unpacked_typevartuple(p)):
                    raise TypeError(
                        f"Parameters to {cls.__name__}[...] must all be type variables "
                        "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            params = _prepare_subst(cls, expected, params)
            # A TypeVarTuple's arguments are spliced back in.
            new_params = []
            for param, arg in zip(expected, params):
                if getattr(type(param), '_is_type_variable_tuple', False):
                    new_params.extend(arg)
                else:
                    new_params.append(arg)
            params = tuple(new_params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        # A generic class's __parameters__: the type variables of its bases
        # as written, in order of first use, or exactly Generic[...]'s when
        # one is listed (which must then name them all).
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            # CPython reads `Generic in cls.__bases__`, which moat withholds.
            if _lists_base(cls, Generic) and cls.__name__ != 'Protocol':
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if Generic in written:
            raise TypeError("Cannot inherit from plain Generic")
        found = _collect_parameters(written)
        declared = None
        for base in written:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple types.")
                declared = base.__parameters__
        if declared is not None:
            missing = [p for p in found if p not in declared]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(str(p) for p in missing)}) "
                                f"are not listed in Generic[{', '.join(str(p) for p in declared)}]")
            found = declared
        cls.__parameters__ = tuple(found)


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__qualname__', '__orig_bases__', '__parameters__', '__protocol_attrs__',
    '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '__classcell__',
    '_abc_impl'})


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
        pending.extend(_abc_bases(base))
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


# Non-protocol classes a protocol may still derive from (CPython 3.11's
# _PROTO_ALLOWLIST): the one-method ABCs.
_PROTOCOL_BASES_ALLOWED = {
    'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible'),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def _allowed_protocol_base(base):
    return base.__name__ in _PROTOCOL_BASES_ALLOWED.get(base.__module__, ())


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural types)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in _abc_bases(cls))

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
        if cls._is_protocol:
            for base in _abc_bases(cls):
                if not (base is object or base is Generic or _allowed_protocol_base(base) or
                        (issubclass(base, Generic) and base._is_protocol)):
                    raise TypeError('Protocols can only inherit from other'
                                    f' protocols, got {base!r}')
        # As CPython 3.11: only a protocol that would run object's
        # __init__ refuses instances; one with an __init__ of its own (or
        # a base protocol's) builds them, and Protocol() itself works.
        if cls._is_protocol and cls.__init__ is object.__init__:
            cls.__init__ = _no_init_for(cls)


# The __init__ stand-ins of protocol classes (one per class: each knows
# where it sits along an MRO, which the sandbox does not hand out).
_protocol_inits = set()


def _no_init_for(owner):
    def _no_init(self, *args, **kwargs):
        cls = type(self)
        if cls._is_protocol:
            raise TypeError('Protocols cannot be instantiated')
        if cls.__init__ not in _protocol_inits:
            return  # reached from an __init__ of the class's own
        # A concrete class inheriting the stand-in runs the first real
        # __init__ further along its MRO, as CPython's does.
        super(owner, self).__init__(*args, **kwargs)
    _no_init.__name__ = _no_init.__qualname__ = '_no_init_or_replace_init'
    _protocol_inits.add(_no_init)
    return _no_init


def cast(typ, val):
    """Return the value unchanged (a hint for type checkers)."""
    return val


# The @overload stubs by module, qualified name and first line (so running
# the same definitions again replaces them), for get_overloads().
_overload_registry = {}


def overload(func):
    """Decorator for overloaded signatures; calling the stub raises."""
    f = getattr(func, "__func__", func)
    line = _first_line(f)
    if line is not None:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[line] = func

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Decorator marking a method or class final (for type checkers); sets
    __final__ where it can, as CPython's."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers and get_type_hints ignore the annotations.
    Marks the function, or the class and the functions and classes defined
    directly in it, with __no_type_check__, as CPython's."""
    if isinstance(arg, type):
        for key in dir(arg):
            # None for the few names dir() lists that moat withholds
            # ('__reduce__'...): none of them is a function of the class.
            obj = getattr(arg, key, None)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def runtime_checkable(cls):
    """Mark a protocol class as one isinstance() and issubclass() may check
    (structurally, by the presence of its members)."""
    if not (isinstance(cls, _ProtocolMeta) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class (its own and its bases') or
    function, with string annotations and forward references evaluated
    and None as NoneType, as CPython's get_type_hints."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for annotations, module in _annotation_sources(obj):
            for name, value in (annotations or {}).items():
                hints[name] = _annotation_hint(value, globalns, localns, module,
                                               is_argument=False, is_class=True)
    else:
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, (_types.FunctionType, _types.BuiltinFunctionType,
                                _types.MethodType, _types.ModuleType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        is_module = isinstance(obj, _types.ModuleType)
        module = obj.__name__ if is_module else getattr(obj, '__module__', None)
        hints = {name: _annotation_hint(value, globalns, localns, module,
                                        is_argument=not is_module, is_class=False)
                 for name, value in dict(annotations).items()}
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def _annotation_hint(value, globalns, localns, module, is_argument, is_class):
    """One annotation as get_type_hints gives it: None as NoneType, a string
    evaluated as a forward reference, references inside aliases evaluated."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return _eval_type(value, globalns, localns, module)


def _eval_type(t, globalns, localns, module, seen=frozenset()):
    """t with every forward reference in it evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, module, seen)
    if isinstance(t, _types.GenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        return _with_args(t, tuple(_eval_type(a, globalns, localns, module, seen)
                                   for a in args))
    if isinstance(t, (_GenericAlias, _types.UnionType)) and not _is_literal(t):
        return _with_args(t, tuple(_eval_type(a, globalns, localns, module, seen)
                                   for a in t.__args__))
    return t


def _is_literal(t):
    return isinstance(t, _GenericAlias) and t.__origin__ is Literal


def _with_args(t, args):
    """The alias t with `args` for its arguments (t itself when they are
    the same objects)."""
    if all(a is b for a, b in zip(args, t.__args__)):
        return t
    if isinstance(t, _types.GenericAlias):
        return _types.GenericAlias(t.__origin__, args)
    if isinstance(t, _types.UnionType):
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result
    return t.copy_with(args)


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if (isinstance(t, (_types.GenericAlias, _GenericAlias, _types.UnionType))
            and not _is_literal(t)):
        return _with_args(t, tuple(_strip_annotations(a) for a in t.__args__))
    return t


# ---- Evaluating forward references ---------------------------------------------
#
# CPython evaluates a string annotation with eval(), which the sandbox does
# not have. What annotations are made of is evaluated here instead: names
# (looked up in localns, globalns, or the globals of the module that wrote
# the annotation, then the builtins), attribute access, subscription, `|`,
# `None`/`True`/`False`, numbers, strings, `...`, lists and parentheses.
# Anything else (a call, arithmetic, a lambda) is refused with
# NotImplementedError rather than run.

_FORWARD_TOKEN = _re.compile(r"""
    \s*(?:
      (?P<name>[^\W\d]\w*)
    | (?P<number>\d+)
    | (?P<string>'[^'\\\n]*'|"[^"\\\n]*")
    | (?P<op>\.\.\.|[][().,|-])
    )""", _re.VERBOSE)

_NO_VALUE = object()


class _ForwardEvaluator:
    def __init__(self, text, globalns, localns, module):
        self.text = text
        self.globalns = globalns
        self.localns = localns
        self.module = module
        self.tokens = self._tokenize(text)
        self.pos = 0

    def _unsupported(self):
        return NotImplementedError(
            f"evaluating the forward reference {self.text!r} is not available in the "
            f"sandbox: moat evaluates names, attributes, subscripts, '|' and literals only")

    def _tokenize(self, text):
        tokens = []
        i = 0
        end = len(text.rstrip())
        while i < end:
            m = _FORWARD_TOKEN.match(text, i)
            if m is None or m.end() == i:
                raise self._unsupported()
            kind = m.lastgroup
            tokens.append((kind, m.group(kind)))
            i = m.end()
        tokens.append(('end', None))
        return tokens

    def _peek(self):
        return self.tokens[self.pos]

    def _take(self, value=None):
        kind, text = self.tokens[self.pos]
        if value is not None and text != value:
            raise self._unsupported()
        self.pos += 1
        return kind, text

    def evaluate(self):
        value = self._union()
        if self._peek() == ('op', ','):
            items = [value]
            while self._peek() == ('op', ','):
                self._take()
                if self._peek()[0] == 'end':
                    break
                items.append(self._union())
            value = tuple(items)
        if self._peek()[0] != 'end':
            raise self._unsupported()
        return value

    def _union(self):
        value = self._postfix()
        while self._peek() == ('op', '|'):
            self._take()
            value = value | self._postfix()
        return value

    def _postfix(self):
        value = self._atom()
        while True:
            token = self._peek()
            if token == ('op', '.'):
                self._take()
                kind, name = self._take()
                if kind != 'name':
                    raise self._unsupported()
                value = getattr(value, name)
            elif token == ('op', '['):
                self._take()
                value = value[self._subscript()]
            else:
                return value

    def _subscript(self):
        items = []
        trailing_comma = False
        while self._peek() != ('op', ']'):
            items.append(self._item())
            trailing_comma = False
            if self._peek() == ('op', ','):
                self._take()
                trailing_comma = True
            elif self._peek() != ('op', ']'):
                raise self._unsupported()
        self._take(']')
        if len(items) == 1 and not trailing_comma:
            return items[0]
        return tuple(items)

    def _item(self):
        if self._peek() == ('op', '...'):
            self._take()
            return ...
        return self._union()

    def _atom(self):
        kind, text = self._take()
        if kind == 'name':
            if text == 'None':
                return None
            if text in ('True', 'False'):
                return text == 'True'
            return self._lookup(text)
        if kind == 'number':
            return int(text)
        if kind == 'string':
            return text[1:-1]
        if (kind, text) == ('op', '-') and self._peek()[0] == 'number':
            return -int(self._take()[1])
        if (kind, text) == ('op', '...'):
            return ...
        if (kind, text) == ('op', '['):
            items = []
            while self._peek() != ('op', ']'):
                items.append(self._item())
                if self._peek() == ('op', ','):
                    self._take()
                elif self._peek() != ('op', ']'):
                    raise self._unsupported()
            self._take(']')
            return items
        if (kind, text) == ('op', '('):
            items = []
            trailing_comma = False
            while self._peek() != ('op', ')'):
                items.append(self._item())
                trailing_comma = self._peek() == ('op', ',')
                if trailing_comma:
                    self._take()
                elif self._peek() != ('op', ')'):
                    raise self._unsupported()
            self._take(')')
            if len(items) == 1 and not trailing_comma:
                return items[0]
            return tuple(items)
        raise self._unsupported()

    def _lookup(self, name):
        if self.localns is not None and name in self.localns:
            return self.localns[name]
        if self.globalns is not None:
            if name in self.globalns:
                return self.globalns[name]
            value = _module_global(None, name, _NO_VALUE)
        else:
            value = _module_global(self.module, name, _NO_VALUE)
        if value is _NO_VALUE:
            raise NameError(f"name '{name}' is not defined")
        return value


# ---- NamedTuple and TypedDict class syntax ------------------------------------

# Names a NamedTuple class body may not bind, and the ones it binds that
# are not copied onto the class (CPython 3.11's _prohibited and _special).
_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults',
                                    '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


class _NamedTupleMeta(type):
    """class Point(NamedTuple): x: int; y: int = 0 makes
    collections.namedtuple('Point', ['x', 'y'], defaults=[0])."""

    # As CPython 3.11's NamedTupleMeta: the statement's class is the one
    # namedtuple makes (of type `type`, a plain tuple subclass), and the
    # body's other names are copied onto it with setattr, so no
    # __set_name__ runs for them or for the field defaults (3.12 added
    # those calls).
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        default_names = []
        for name in annotations:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        cls = _collections.namedtuple(typename, list(annotations),
                                      defaults=[ns[n] for n in default_names],
                                      module=ns['__module__'])
        # As CPython's: string annotations become ForwardRefs, None NoneType.
        types = {n: _type_convert(t) for n, t in annotations.items()}
        cls.__annotations__ = cls.__new__.__annotations__ = types
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in cls._fields:
                setattr(cls, key, ns[key])
        if Generic in bases:
            # CPython lists Generic among the class's bases, which moat
            # cannot rebind: the class takes Generic's subscription and the
            # type variables of its written bases.
            cls.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
            cls.__parameters__ = tuple(_collect_parameters(ns.get('__orig_bases__', ())))
        return cls


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {'__module__': __name__})


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('P', [('x', int)]) or the
    class syntax."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    fields = list(fields)
    caller = _caller(1)
    cls = _collections.namedtuple(typename, [name for name, _ in fields],
                                  module=caller[2] if caller is not None else '__main__')
    # As CPython's _make_nmtuple: the field types, checked, as annotations.
    types = {name: _type_check(tp, f"field {name} annotation must be a type")
             for name, tp in fields}
    cls.__annotations__ = cls.__new__.__annotations__ = types
    return cls


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


# Set once _TypedDictBase, which derives from dict, exists: from then on a
# TypedDict derives only from TypedDicts (and Generic).
_typeddict_bases_checked = False


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        if _typeddict_bases_checked:
            for base in bases:
                if type(base) is not _TypedDictMeta and base is not Generic:
                    raise TypeError('cannot inherit from both a TypedDict type '
                                    'and a non-TypedDict base class')
        return super().__new__(mcls, name, bases, ns, **kwargs)

    # CPython's _TypedDictMeta refuses isinstance() and issubclass() against
    # a TypedDict class.
    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class _TypedDictBase(dict, metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str makes Movie(...) build a dict."""
    # It stands in for dict, the only base CPython gives a TypedDict class:
    # without slots of its own, each TypedDict class adds '__dict__' and
    # '__weakref__' to its namespace as CPython's does.
    __slots__ = ()

    def __new__(cls, /, *args, **kwargs):
        # A plain dict, as in CPython: the class only describes its keys.
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__total__ = total
        # The keys a base TypedDict requires or not stay so here.
        required = set(getattr(super(cls, cls), '__required_keys__', ()))
        optional = set(getattr(super(cls, cls), '__optional_keys__', ()))
        for key, hint in cls.__dict__.get('__annotations__', {}).items():
            origin = get_origin(hint)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        # As CPython's _TypedDictMeta: the keys of the bases come first.
        merged = {}
        for annotations, _ in _annotation_sources(cls):
            if annotations:
                merged.update(annotations)
        cls.__annotations__ = merged


_typeddict_bases_checked = True


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of keys (for type checkers)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning,
            stacklevel=2,
        )
    msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
    # fields may be any dict() argument: a mapping or (name, type) pairs.
    annotations = {name: _type_check(tp, msg)
                   for name, tp in dict(fields).items()}

    # The class statement stands in for CPython's _TypedDictMeta(typename,
    # (), ns, total=total); the class is named and placed as the caller's.
    class typed_dict(_TypedDictBase, total=total):
        __annotations__ = annotations

    caller = _caller(1)
    typed_dict.__name__ = typed_dict.__qualname__ = typename
    typed_dict.__module__ = caller[2] if caller is not None else '__main__'
    typed_dict.__doc__ = None
    typed_dict.__orig_bases__ = (TypedDict,)
    return typed_dict


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


# ---- Introspection helpers and the rarer names ------------------------------

def get_origin(tp):
    """The unsubscripted form of a subscripted type: list for List[int] and
    list[int] and for List, typing.Union for Optional[int], Annotated for
    Annotated[...]; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, ParamSpecArgs, ParamSpecKwargs,
                       _AbcCallableAlias, _AliasName)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, with Callable's argument list
    as a list: get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType,
                       _AbcCallableAlias)):
        args = tp.__args__
        # Callable's flattened arguments as a list again, unless the first
        # is ..., a ParamSpec or a Concatenate.
        if (getattr(tp, "__origin__", None) is _abc.Callable and
                not (len(args) == 2 and _is_param_expr(args[0]))):
            args = (list(args[:-1]), args[-1])
        return args
    return ()


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return (f'typing.Annotated[{_type_repr(self.__origin__)}, '
                f'{", ".join(repr(a) for a in self.__metadata__)}]')

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)


class Annotated:
    """Annotated[T, x, ...]: the type T with metadata for other tools."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(params[0], tuple(params[1:]))


def _idfunc(x, /):
    return x


_builtin_function(_idfunc, module='_typing')


class NewType:
    """NewType('UserId', int): a callable that returns its argument, for
    type checkers to treat as a distinct type."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        # CPython takes the module of the caller's frame; moat has no
        # frames, and a script's module is __main__.
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class _CannotSubclass:
            def __init_subclass__(cls):
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{cls.__name__} = NewType({cls.__name__!r}, {supertype_name})`")

        return (_CannotSubclass,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    # CPython's C _typing._idfunc, which does not bind: UserId(1, 2) says
    # "_typing._idfunc() takes exactly one argument (2 given)".
    __call__ = _idfunc

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(TypeVar, _root=True):
    """Parameter specification variable: P = ParamSpec('P'), with P.args
    and P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {arg}")
        return arg

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts'), unpacked as *Ts."""

    _is_type_variable_tuple = True  # what alias subscription splices

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class _UnpackAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


def _unpack(form, param):
    return _UnpackAlias(form, (param,))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[int, P]: a parameter list, as CPython's class of that name."""

    def copy_with(self, args):
        # Substituting the ParamSpec: a list of types ends the parameter
        # list, which becomes a plain tuple (Concatenate[int, P][[str]] is
        # (int, str)); another Concatenate's arguments are spliced in.
        *leading, last = args
        if isinstance(last, (list, tuple)):
            return (*leading, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            args = (*leading, *last.__args__)
        return super().copy_with(args)


def _concatenate(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if params[-1] is not ... and not isinstance(params[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    return _ConcatenateGenericAlias(form, params)


TypeGuard = _SpecialForm('TypeGuard', _single)
Required = _SpecialForm('Required', _single_named)
NotRequired = _SpecialForm('NotRequired', _single_named)
LiteralString = _SpecialForm('LiteralString')
Unpack = _SpecialForm('Unpack', _unpack)
Concatenate = _SpecialForm('Concatenate', _concatenate)


class ForwardRef:
    """A type named by a string, not yet evaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # As CPython's, which compiles the text: `*Ts` (from `*args: *Ts`)
        # is checked as `(*Ts,)[0]`.
        import ast
        try:
            ast._check_eval_source(f'({arg},)[0]' if arg[0] == '*' else arg)
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        # As CPython's: two evaluated references compare their values, others
        # the modules they are to be evaluated in.
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'

    def _evaluate(self, globalns, localns, module=None, seen=frozenset()):
        if self.__forward_arg__ in seen:
            return self
        if self.__forward_module__ is not None:
            module = self.__forward_module__
        value = _ForwardEvaluator(self.__forward_arg__, globalns, localns, module).evaluate()
        if value is None:
            value = type(None)
        elif isinstance(value, str):
            value = ForwardRef(value)
        elif type(value) is tuple:
            raise TypeError(f"Forward references must evaluate to types. Got {value!r:.100}.")
        value = _eval_type(value, globalns, localns, module, seen | {self.__forward_arg__})
        self.__forward_evaluated__ = True
        self.__forward_value__ = value
        return value


Text = str
ByteString = _AbstractName(_abc.ByteString, 'ByteString', 0)
MappingView = _AbstractName(_abc.MappingView, 'MappingView', 1)
Coroutine = _AbstractName(_abc.Coroutine, 'Coroutine', 3)
AsyncIterable = _AbstractName(_abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _AbstractName(_abc.AsyncIterator, 'AsyncIterator', 1)
AsyncGenerator = _AbstractName(_abc.AsyncGenerator, 'AsyncGenerator', 2)
ContextManager = _AbstractName(_contextlib.AbstractContextManager, 'ContextManager', 1)
class _UncheckedName(_AliasName, _root=True):
    """An alias with no class to check against (moat runs no async code):
    isinstance() and issubclass() refuse it as they refuse a non-class."""

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")


AsyncContextManager = _UncheckedName(object, 'AsyncContextManager', 1)
Pattern = _AliasName(_re.Pattern, 'Pattern', 1, inst=True)
Match = _AliasName(_re.Match, 'Match', 1, inst=True)

# After Generic and Protocol: TypeVar type-checks its constraints, which needs both.
AnyStr = TypeVar('AnyStr', bytes, str)
# CPython's module-level type variables (not in __all__, but importable).
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class IO(Generic[AnyStr]):
    """The generic type of file objects (for annotations; moat opens no files)."""

    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits=0):
        pass


def assert_never(arg, /):
    """Statically unreachable: raises AssertionError when reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    """Return val unchanged (a check for type checkers)."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj on stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta) and tp is not _TypedDictBase


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like decorator or base (for type checkers)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    """Decorator giving another decorator the no_type_check effect."""
    return decorator


def get_overloads(func):
    """The @overload stubs defined for func, in definition order."""
    f = getattr(func, "__func__", func)
    by_name = _overload_registry.get(f.__module__, {})
    return list(by_name.get(f.__qualname__, {}).values())


def clear_overloads():
    """Forget every recorded @overload stub."""
    _overload_registry.clear()
