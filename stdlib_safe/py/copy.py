"""Shallow and deep copies, as CPython's copy module: copy(), deepcopy()
with its memo (shared and cyclic structures are copied once), the
__copy__/__deepcopy__ hooks, the __reduce_ex__/__reduce__ a class defines
(rebuilt as CPython's _reconstruct does), and the other instances of user
classes copied through their state: __getnewargs_ex__/__getnewargs__ for
__new__, __getstate__/__setstate__ when the class defines them, else their
__dict__ and slots (what object.__reduce_ex__, which the sandbox does not
expose, would give CPython's copy); built-in types as their CPython
reductions rebuild them (_builtin_reduction)."""

from _weakref import ref as _WeakRef

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# A set: membership hashes the type instead of comparing it with each entry,
# and a comparison is a counted step near the recursion limit, which
# CPython's dispatch-dict lookup is not.
# weakref.ref is there too: copy and deepcopy hand back the same reference.
_ATOMIC = frozenset((type(None), int, float, complex, bool, str, bytes, range, type,
                     type(len), type(Ellipsis), type(NotImplemented), property, _WeakRef))


# copy.copy returns a slice as it is; deepcopy rebuilds it.
_COPY_ATOMIC = (slice,)


def _is_atomic(x):
    # Classes count as atomic whatever their metaclass (ABCMeta, EnumType),
    # as CPython's issubclass(cls, type) check.
    return type(x) in _ATOMIC or issubclass(type(x), type) or \
        type(x).__name__ == 'getset_descriptor' or callable(x) and \
        type(x).__name__ in ('function', 'builtin_function_or_method', 'method_descriptor',
                             'wrapper_descriptor', 'method-wrapper')


_UnionType = type(int | str)


def _method_type():
    class _C:
        def m(self):
            pass
    return type(_C().m)


_MethodType = _method_type()
del _method_type
_GenericAlias = type(list[int])

# Built-in types whose __reduce_ex__ refuses in CPython, so copy and
# deepcopy raise "cannot pickle ..." for them.
_UNPICKLABLE = frozenset((
    'dict_keys', 'dict_values', 'dict_items', 'staticmethod', 'classmethod', 'generator',
    'mappingproxy', 'module', 'super', 'cell', 'traceback', 'coroutine', 'async_generator'))


def _union_of(args):
    # copyreg's pickle_union rebuilds a union as functools.reduce(operator.or_, args).
    result = args[0]
    for arg in args[1:]:
        result = result | arg
    return result


def _builtin_reduction(x):
    """What CPython's __reduce_ex__(4) (or copyreg's dispatch table) gives for
    the built-in types whose instances object.__new__ cannot make, as a tuple
    for _reconstruct, or None for the others."""
    cls = type(x)
    if cls is slice:
        return slice, (x.start, x.stop, x.step)
    if cls is _MethodType:
        # CPython rebinds the function to the instance (deepcopy: to a copy
        # of it), which a memo then holds: the sandbox withholds a bound
        # method's __self__.
        raise TypeError("copying 'method' objects is not available in the sandbox")
    if cls is _UnionType:
        return _union_of, (x.__args__,)
    if cls is _GenericAlias:
        return _GenericAlias, (x.__origin__, x.__args__)
    if cls.__name__ in _UNPICKLABLE and cls.__module__ == 'builtins':
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if cls.__module__ == 'itertools' and cls.__name__ == 'pairwise':
        raise TypeError("cannot pickle 'itertools.pairwise' object")
    if cls.__module__ in ('builtins', 'itertools') and hasattr(cls, '__next__'):
        # A built-in iterator whose state moat cannot reduce yet (the
        # itertools other than count, repeat and tee's _tee): refused
        # rather than rebuilt empty.
        name = cls.__name__ if cls.__module__ == 'builtins' else 'itertools.' + cls.__name__
        raise TypeError("copying '%s' objects is not available in the sandbox" % name)
    return None


def _new_like(x):
    cls = type(x)
    # object.__reduce_ex__(4) calls cls.__new__ with these arguments.
    # Its checks of what they return are reduce_newobj's (Objects/typeobject.c).
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex(x)
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%.200s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%.200s'" % type(kwargs).__name__)
        return cls.__new__(cls, *args, **kwargs)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                            % type(args).__name__)
        return cls.__new__(cls, *args)
    # copyreg.__newobj__ with no arguments: the class's own __new__ runs
    # (and fails if it requires arguments), as in CPython.
    return cls.__new__(cls)


def _class_reduction(x, kind='shallow'):
    """What x's class's own __reduce_ex__(4) or __reduce__() returns, or
    _NO_REDUCTION when no class defines one (object's refuses to run in moat). A
    class that sets __reduce_ex__ to None hides it, and copy moves on to
    __reduce__; hiding that too makes x uncopyable, as in CPython (a
    __reduce__ of None under object's __reduce_ex__ is called, and fails)."""
    cls = type(x)
    hidden = False
    for name, args in (('__reduce_ex__', (4,)), ('__reduce__', ())):
        try:
            found = getattr(cls, name)
        except AttributeError:
            continue
        if found is getattr(object, name):
            continue
        method = getattr(x, name)
        if method is None and name == '__reduce_ex__':
            hidden = True
            continue
        if method is None and hidden:
            raise Error(f"un({kind})copyable object of type {cls}")
        return method(*args)
    return _NO_REDUCTION


_NO_REDUCTION = object()


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # CPython's copy._reconstruct: call func(*args), then restore the
    # state, the list items and the dict items, deep-copying them when
    # memo is a deepcopy's memo.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    # The common atomic types are found here, in this frame, as CPython's
    # dispatch-dict lookup finds them: no call, so no frame or step more.
    if cls in _ATOMIC or _is_atomic(x) or cls is tuple or cls is frozenset or \
            cls in _COPY_ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x) if cls is not bytearray else bytearray(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    rv = _class_reduction(x)
    if rv is not _NO_REDUCTION:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    rv = _builtin_reduction(x)
    if rv is not None:
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, None)


def _copy_instance(x, memo):
    # An instance of a user class: its built-in part (for subclasses of
    # list, dict, set, bytearray, tuple...), then its attribute dict.
    # The real class decides, never a __class__ the object reports. `memo`
    # is a deepcopy's memo, or None for a shallow copy: the values are
    # deep-copied right here, no helper between, so a deep structure takes
    # the frames CPython's _reconstruct takes.
    cls = type(x)
    if issubclass(cls, tuple):
        y = cls.__new__(cls, [v if memo is None else deepcopy(v, memo) for v in x]) if not hasattr(x, '_fields') \
            else cls._make([v if memo is None else deepcopy(v, memo) for v in x])
    elif issubclass(cls, frozenset):
        y = cls.__new__(cls, [v if memo is None else deepcopy(v, memo) for v in x])
    else:
        y = _new_like(x)
        _copy_state(x, y, memo)
        _copy_items(x, y, memo)
        return y
    _copy_state(x, y, memo)
    return y


def _copy_items(x, y, memo):
    # The items of a list or dict subclass go in after the state, one by one
    # through the copy's own append and __setitem__, as _reconstruct puts
    # object.__reduce_ex__'s listitems and dictitems.
    cls = type(x)
    if issubclass(cls, list):
        for v in x:
            y.append(v if memo is None else deepcopy(v, memo))
    elif issubclass(cls, dict):
        for k, v in x.items():
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    elif issubclass(cls, set):
        y.update(v if memo is None else deepcopy(v, memo) for v in x)
    elif issubclass(cls, bytearray):
        y.extend(x)


def _slot_names(cls):
    try:
        slots = getattr(cls, '__slots__', ())
    except AttributeError:
        return ()
    return (slots,) if isinstance(slots, str) else tuple(slots)


# object's own __getstate__, which the default below spells out.
_object_getstate = object.__getstate__


def _copy_state(x, y, memo):
    # As CPython's _reconstruct: the state is what the class's __getstate__
    # returns, or by default the attribute dict (None when empty), paired
    # with the set slots when the class has any; __setstate__ receives it
    # when defined, otherwise the dict and the slots are assigned.
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = getstate(x)
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(type(x)):
            if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
    if state is None:
        return
    _set_state(y, state if memo is None else deepcopy(state, memo))


def _set_state(y, state):
    # The copy's state: through __setstate__ when the class defines it, else
    # a (dict, slots) pair or a dict assigned attribute by attribute.
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    # Too deep a structure stops where CPython's does, with its text: the
    # copiers below are separate functions as CPython's are, and each calls
    # a builtin (id) where CPython's does; a builtin's call is a counted
    # step, which at the limit fails "while calling a Python object", while
    # a frame that cannot be pushed fails plain, as in CPython.
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls in _ATOMIC or _is_atomic(x):
        return x
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, '__deepcopy__', None)
        rv = _NO_REDUCTION if hook is not None else _class_reduction(x, 'deep')
        if hook is not None:
            y = hook(memo)
        elif rv is not _NO_REDUCTION:
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
        elif (rv := _builtin_reduction(x)) is not None:
            y = _reconstruct(x, memo, *rv)
        else:
            y = _new_like(x) if not issubclass(cls, (tuple, frozenset)) else None
            if y is None:
                y = _copy_instance(x, memo)
            else:
                memo[d] = y
                _copy_state(x, y, memo)
                _copy_items(x, y, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


# The copiers of lists, dicts and tuples, shaped as CPython's (see deepcopy).
def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself through a list was copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(items, x):
        if a is not b:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    # The memo is keyed by id(): the originals must outlive it.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
