"""Higher-order functions, as CPython's functools: reduce, partial,
partialmethod, cmp_to_key, lru_cache and cache, wraps and update_wrapper,
total_ordering, cached_property, singledispatch and singledispatchmethod.

singledispatch picks its implementation with issubclass() rather than by
walking the argument's class MRO, which the sandbox refuses: the most
derived registered class wins, as in CPython; a class that inherits two
unrelated registered classes (where CPython would go by its MRO order) is
refused as ambiguous.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property', 'singledispatch',
           'singledispatchmethod']

_missing = object()
_partial_repr_running = set()  # ids of the partials whose repr is being made


# ---- reduce ------------------------------------------------------------------

def reduce(*args):
    """reduce(function, iterable[, initial], /) -> value

    Apply a function of two arguments cumulatively to the items of an
    iterable, from left to right, to reduce it to a single value."""
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in it:
        value = function(value, item)
    return value


# ---- partial -----------------------------------------------------------------

class partial:
    """New function with partial application of the given arguments and
    keywords."""

    # func, args and keywords live in slots, read-only as the C type's
    # READONLY members (_readonly_members below), which only
    # _set_partial_members writes: reads stay the slots' own, which every
    # call of a partial makes.
    __slots__ = ('func', 'args', 'keywords', '__dict__')

    __class_getitem__ = classmethod(type(list[int]))

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func).__call__ is partial.__call__ and not vars(func):
            # Flatten: partial(partial(f, 1), 2) calls f(1, 2) directly
            # (any partial whose call is partial's and that holds no
            # attributes of its own).
            inner_func, inner_args, inner_keywords = _partial_members(func)
            args = inner_args + args
            keywords = {**inner_keywords, **keywords}
            func = inner_func
        self = super().__new__(cls)
        _set_partial_members(self, func, args, keywords)
        return self

    def __delattr__(self, name):
        if name == '__dict__':
            # The C type's __dict__ is PyObject_GenericSetDict's.
            raise TypeError("cannot delete __dict__")
        _delete_member(self, name)

    def __call__(self, /, *args, **keywords):
        func, own_args, own_keywords = _partial_members(self)
        return func(*own_args, *args, **{**own_keywords, **keywords})

    def __repr__(self):
        # The C type's tp_name: the bare class name for a subclass.
        name = "functools.partial" if type(self) is partial else type(self).__name__
        # Py_ReprEnter's guard: a partial reached again inside its own repr
        # shows as "...". (Not reprlib.recursive_repr: this method's code is
        # marked as the C type's, which a shared wrapper's must not be.)
        key = id(self)
        if key in _partial_repr_running:
            return "..."
        _partial_repr_running.add(key)
        try:
            func, args, keywords = _partial_members(self)
            parts = [repr(func)]
            parts.extend(repr(a) for a in args)
            parts.extend(f"{k}={v!r}" for k, v in keywords.items())
        finally:
            _partial_repr_running.discard(key)
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        func, args, keywords = _partial_members(self)
        return type(self), (func,), (func, args, keywords or None, vars(self) or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        _set_partial_members(self, func, args, keywords)
        instance_dict = vars(self)
        instance_dict.clear()
        if namespace is not None:
            instance_dict.update(namespace)


_delete_member = object.__delattr__
_readonly_members(partial)
del _readonly_members
del partial.__slots__
# The interpreter calls a partial's Python func directly, in func's frame
# (CPython's partial_vectorcall): recursion through a partial costs what
# CPython's does. __call__ stays for every other func.
_inline_partial_calls(partial)
# partial_new takes its keywords as a dict, any key kept for the call:
# partial(f, **{1: 2}) is made, and calling it raises.
_any_keywords(partial.__new__)
del _inline_partial_calls


# ---- cmp_to_key --------------------------------------------------------------

class _KeyWrapper:
    """CPython's C functools.KeyWrapper: cmp_to_key(f) is one (with no
    object), and calling it wraps an object for comparison through f."""

    __slots__ = ('_cmp', 'obj')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    # Named K, the name CPython's argument errors give it (the C signature
    # marker below words them as PyArg_ParseTupleAndKeywords does).
    def K(self, obj):
        wrapper = object.__new__(_KeyWrapper)
        wrapper._cmp = self._cmp
        wrapper.obj = obj
        return wrapper

    __call__ = K

    def _compare(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    # sorted, min, max, heapq and bisect compare with `<` alone: it skips
    # the helper's call (and loads the function before calling it, which
    # moat does faster than calling a slot as a method).
    def __lt__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        mycmp = self._cmp
        return mycmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


_c_signature(_KeyWrapper.K, style='getargs_keywords')


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    # Called here, not through a module global a script could rebind: only
    # moat's code may make a stand-in with object.__new__.
    wrapper = object.__new__(_KeyWrapper)
    wrapper._cmp = mycmp
    wrapper.obj = None
    return wrapper


# ---- update_wrapper and wraps ------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---- total_ordering ----------------------------------------------------------

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = {op for op in _DERIVED
             if getattr(cls, op, None) != getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, method in _DERIVED[root]:
        if name not in roots:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# ---- lru_cache and cache -----------------------------------------------------

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize), as the named tuple CPython
    returns."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


# _lru_cache_wrapper is native (vm/objects/lru_cache.h), as CPython's C type.
def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache. Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property ---------------------------------------------------------

class cached_property:
    """A property computed once per instance and then kept as an ordinary
    instance attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # a class with __slots__ and no __dict__
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property.") from None
        value = cache.get(self.attrname, _missing)
        if value is _missing:
            value = self.func(instance)
            cache[self.attrname] = value
        return value

    __class_getitem__ = classmethod(type(list[int]))


# ---- partialmethod -----------------------------------------------------------

def _bind(func, obj, cls):
    # What reading `func` from a class body gives through obj (or through
    # cls when obj is None), for the callables a class body holds. The
    # sandbox does not expose __get__, so the built-in descriptors are
    # unwrapped by hand.
    if isinstance(func, classmethod):
        return partial(func.__func__, cls if cls is not None else type(obj))
    if isinstance(func, staticmethod):
        return func.__func__
    if obj is None:
        return func
    return partial(func, obj)


_FunctionType = type(_bind)


def _is_method_like(func):
    # CPython accepts any callable or descriptor (another partialmethod too).
    return callable(func) or hasattr(func, '__get__')


class partialmethod:
    """A method descriptor with partial application of the given arguments
    and keywords: read through an instance, it is partial(bound method,
    *args, **keywords)."""

    def __init__(self, func, /, *args, **keywords):
        if not _is_method_like(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Flatten nested partialmethods, as partial does.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def _make_unbound_method(self):
        # A function taking self (or cls) first, which __get__ binds when
        # func has no __get__ of its own or its __get__ gives func back.
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        get = getattr(func, '__get__', None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    # The sandbox withholds a bound method's __self__: it
                    # is what func's __get__ bound, obj or the class.
                    if isinstance(func, classmethod):
                        result.__self__ = cls if cls is not None else type(obj)
                    elif isinstance(func, _FunctionType) and obj is not None:
                        result.__self__ = obj
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    def __repr__(self):
        # As CPython's: the function by str(), and a ", " before the
        # keywords even when there are no positional arguments.
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return (f"{type(self).__module__}.{type(self).__qualname__}"
                f"({self.func}, {args}, {keywords})")

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(type(list[int]))


# ---- singledispatch ----------------------------------------------------------

def _is_union(cls):
    # `int | str` (types.UnionType) or typing.Union[int, str].
    return not isinstance(cls, type) and type(cls).__name__ in ('UnionType', '_UnionGenericAlias') \
        and isinstance(getattr(cls, '__args__', None), tuple)


def _is_dispatch_type(cls):
    # A class, or a union whose members are all classes.
    if isinstance(cls, type):
        return True
    return _is_union(cls) and all(isinstance(arg, type) for arg in cls.__args__)


class _C:
    pass


# types.MappingProxyType, the type of a class's __dict__.
_MappingProxy = type(_C.__dict__)
del _C


def _dispatch_class(registry, cls):
    if cls in registry:
        return cls
    matches = [t for t in registry if issubclass(cls, t)]
    positions = _mro_positions(cls, tuple(matches))
    if min(positions) >= 0:
        # Every match is on cls's MRO (no ABC cls only virtually subclasses):
        # CPython's composed MRO is then the MRO itself, and the first
        # registered class on it wins, even over an unrelated later base.
        return min(zip(positions, range(len(matches)), matches))[2]
    best = [t for t in matches
            if not any(u is not t and issubclass(u, t) for u in matches)]
    if len(best) > 1:
        names = sorted(t.__name__ for t in best)
        raise RuntimeError(f"Ambiguous dispatch: {names[0]} or {names[1]}")
    return best[0]


def singledispatch(func):
    """Single-dispatch generic function decorator: the function called
    depends on the class of the first argument, chosen among the
    implementations added with .register()."""
    registry = {object: func}
    cache = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """The implementation for `cls`: the registered one for the most
        derived registered class it is a subclass of."""
        impl = cache.get(cls)
        if impl is None:
            impl = registry[_dispatch_class(registry, cls)]
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (or for the class in
        the annotation of func's first parameter)."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', None) or {}
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            func = cls
            # String annotations are evaluated where the function was written.
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)  # read-only, as CPython's
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the class of
    the first argument after self (or cls)."""

    def __init__(self, func):
        if not _is_method_like(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f"{funcname} requires at least 1 positional argument")
            method = dispatcher.dispatch(type(args[0]))
            return _bind(method, obj, cls)(*args, **kwargs)

        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# CPython's are C functions of _functools: no binding when a class stores one.
_builtin_function(reduce, cmp_to_key, module='_functools')

# partial is a C type in CPython, named 'functools.partial' in messages;
# _set_type_name is added by the module's native init.
_set_type_name(partial, 'functools.partial')
_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'
_set_type_name(_KeyWrapper, 'functools.KeyWrapper', final=True)
del _set_type_name
