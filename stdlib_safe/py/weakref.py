"""Weak references and the containers and helpers built on them.

The reference and proxy types are native (_weakref, vm/objects/weakref.h);
this module adds WeakValueDictionary, WeakKeyDictionary, WeakSet,
WeakMethod and finalize, with CPython 3.11's behaviour (written here from
that behaviour, not from CPython's source). A reference's callback runs
when the referent dies (vm/gc.cc, vm/finalize.cc), which is where the
containers drop their entries.

Pending removals: while any iteration over a container is under way
(its `_busy` count is above zero), an entry whose referent dies is not
taken out of the table but queued in `_pending_removals`; the queue is
drained when the last iteration ends, and before most other operations.
So iterating never sees the table change size under it. The count is
raised only once an iterator is first advanced, and lowered when it is
exhausted, closed or dropped, as CPython's _IterationGuard does.
"""

from _weakref import (CallableProxyType, ProxyType, ReferenceType,
                      _remove_dead_weakref, getweakrefcount, getweakrefs,
                      proxy, ref)

import _collections_abc
import itertools
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_Mapping = _collections_abc.Mapping


# ---- pending-removal machinery, shared by the three containers ----------------
#
# These are plain functions placed into each class body (not a common base
# class, so that each class's bases stay as in CPython). A class supplies
# `_drop(token)`, which removes one entry for good, and `_token(wr)`, which
# says what to queue for a dead reference `wr`.

def _start_tracking(owner):
    owner._pending_removals = []
    owner._busy = 0
    link = ref(owner)

    def on_death(wr):
        # Runs as the callback of every reference the container holds.
        target = link()
        if target is None:
            return
        if target._busy:
            target._pending_removals.append(target._token(wr))
        else:
            target._drop(target._token(wr))
    owner._reap = on_death


def _drain(self):
    queue = self._pending_removals
    while queue:
        self._drop(queue.pop())


def _settle(self):
    if self._pending_removals:
        self._drain()


def _leave(self):
    self._busy -= 1
    if self._busy == 0:
        self._drain()


_GONE = object()  # what a pick function returns for an entry to skip


def _walk(self, source, pick, settle_first=False):
    # Yields pick(entry) for each entry of `source` (a live view) whose
    # pick is not _GONE, with the container marked busy meanwhile.
    if settle_first:
        self._settle()
    self._busy += 1
    try:
        for entry in source:
            out = pick(entry)
            if out is not _GONE:
                yield out
    finally:
        self._leave()


def _deref(wr):
    obj = wr()
    return _GONE if obj is None else obj


def _same(entry):
    return entry


def _mapping_ior(self, other):
    self.update(other)
    return self


def _mapping_or(self, other):
    if not isinstance(other, _Mapping):
        return NotImplemented
    merged = self.copy()
    merged.update(other)
    return merged


def _mapping_ror(self, other):
    if not isinstance(other, _Mapping):
        return NotImplemented
    merged = self.__class__()
    merged.update(other)
    merged.update(self)
    return merged


# ---- WeakSet -----------------------------------------------------------------

class WeakSet:
    _drain = _drain
    _settle = _settle
    _leave = _leave
    _walk = _walk

    def __init__(self, data=None):
        self.data = set()
        _start_tracking(self)
        if data is not None:
            self.update(data)

    def _token(self, wr):
        return wr

    def _drop(self, wr):
        self.data.discard(wr)

    def __iter__(self):
        return self._walk(self.data, _deref)

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        members = list(self)
        return self.__class__, (members,), self.__getstate__()

    def add(self, item):
        self._settle()
        self.data.add(ref(item, self._reap))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._settle()
        data = self.data
        while data:
            obj = data.pop()()
            if obj is not None:
                return obj
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        add = self.add
        for element in other:
            add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    # In-place forms do the work; the others run them on a copy.

    def __isub__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
            return self
        self.data.difference_update(map(ref, other))
        return self

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(map(ref, other))
        return self

    def __ixor__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
            return self
        reap = self._reap
        self.data.symmetric_difference_update(
            [ref(element, reap) for element in other])
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    def intersection(self, other):
        return self.__class__([x for x in other if x in self])

    def union(self, other):
        return self.__class__(itertools.chain(self, other))

    __sub__ = difference
    __xor__ = symmetric_difference
    __and__ = intersection
    __or__ = union

    def isdisjoint(self, other):
        return not len(self.intersection(other))

    def issubset(self, other):
        return self.data.issubset(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(map(ref, other))

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < {ref(x) for x in other}

    def __gt__(self, other):
        return self.data > {ref(x) for x in other}

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.data == {ref(x) for x in other}
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


WeakSet.__module__ = "_weakrefset"
_collections_abc.MutableSet.register(WeakSet)


# ---- WeakValueDictionary -----------------------------------------------------

class KeyedRef(ref):
    """A reference that also remembers the key it is stored under."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        made = ref.__new__(type, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _value_pair(entry):
    obj = entry[1]()
    return _GONE if obj is None else (entry[0], obj)


def _value_key(entry):
    return _GONE if entry[1]() is None else entry[0]


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its
    value dies."""

    _drain = _drain
    _settle = _settle
    _leave = _leave
    _walk = _walk

    def __init__(self, other=(), /, **kw):
        _start_tracking(self)
        self.data = {}
        self.update(other, **kw)

    def _token(self, wr):
        return wr.key

    def _drop(self, key):
        _remove_dead_weakref(self.data, key)

    def _live(self, key):
        # The value under `key`, or None when there is none or it died.
        self._settle()
        wr = self.data.get(key)
        return None if wr is None else wr()

    def __getitem__(self, key):
        self._settle()
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return len(self.data)

    def __contains__(self, key):
        return self._live(key) is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = KeyedRef(value, self._reap, key)

    def _copy_into(self, target, convert_key):
        self._settle()
        walker = self._walk(self.data.items(), _value_pair)
        try:
            for key, obj in walker:
                target[convert_key(key)] = obj
        finally:
            walker.close()
        return target

    def copy(self):
        return self._copy_into(WeakValueDictionary(), _same)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return self._copy_into(self.__class__(), lambda k: deepcopy(k, memo))

    def get(self, key, default=None):
        obj = self._live(key)
        return default if obj is None else obj

    def items(self):
        return self._walk(self.data.items(), _value_pair, True)

    def keys(self):
        return self._walk(self.data.items(), _value_key, True)

    __iter__ = keys

    def itervaluerefs(self):
        """An iterator over the references to the values."""
        return self._walk(self.data.values(), _same, True)

    def values(self):
        return self._walk(self.data.values(), _deref, True)

    def valuerefs(self):
        """A list of the references to the values."""
        self._settle()
        return list(self.data.values())

    def popitem(self):
        self._settle()
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def pop(self, key, *args):
        self._settle()
        wr = self.data.pop(key, None)
        obj = None if wr is None else wr()
        if obj is not None:
            return obj
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        current = None if wr is None else wr()
        if current is not None:
            return current
        self._settle()
        self.data[key] = KeyedRef(default, self._reap, key)
        return default

    def update(self, other=None, /, **kwargs):
        self._settle()
        pairs = []
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            pairs.append(other.items())
        pairs.append(kwargs.items())
        table, reap = self.data, self._reap
        for key, obj in itertools.chain.from_iterable(pairs):
            table[key] = KeyedRef(obj, reap, key)

    __ior__ = _mapping_ior
    __or__ = _mapping_or
    __ror__ = _mapping_ror


# ---- WeakKeyDictionary -------------------------------------------------------

def _key_pair(entry):
    obj = entry[0]()
    return _GONE if obj is None else (obj, entry[1])


def _key_value(entry):
    return _GONE if entry[0]() is None else entry[1]


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key
    dies."""

    _drain = _drain
    _settle = _settle
    _leave = _leave
    _walk = _walk

    def __init__(self, dict=None):
        self.data = {}
        _start_tracking(self)
        # Set once an entry was taken out by hand: the queue may then
        # name keys no longer in the table, which __len__ must not count.
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _token(self, wr):
        return wr

    def _drop(self, wr):
        self.data.pop(wr, None)

    def _scrub_removals(self):
        table = self.data
        self._pending_removals = [wr for wr in self._pending_removals
                                  if wr in table]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._reap)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __len__(self):
        if self._pending_removals and self._dirty_len:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def _copy_into(self, target, convert_value):
        walker = self._walk(self.data.items(), _key_pair)
        try:
            for key, value in walker:
                target[key] = convert_value(value)
        finally:
            walker.close()
        return target

    def copy(self):
        return self._copy_into(WeakKeyDictionary(), _same)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return self._copy_into(self.__class__(), lambda v: deepcopy(v, memo))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def items(self):
        return self._walk(self.data.items(), _key_pair)

    def keys(self):
        return self._walk(self.data, _deref)

    __iter__ = keys

    def values(self):
        return self._walk(self.data.items(), _key_value)

    def keyrefs(self):
        """A list of the references to the keys."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            obj = wr()
            if obj is not None:
                return obj, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._reap), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            source = dict if hasattr(dict, "items") else type({})(dict)
            table, reap = self.data, self._reap
            for key, value in source.items():
                table[ref(key, reap)] = value
        if kwargs:
            self.update(kwargs)

    __ior__ = _mapping_ior
    __or__ = _mapping_or
    __ror__ = _mapping_ror


# ---- WeakMethod --------------------------------------------------------------

def _weak_method_class(method_parts):
    # WeakMethod reads a bound method's object and function through
    # method_parts (a native the module's init lends; a bound method's
    # __self__ is withheld from scripts), kept in this closure only.

    class WeakMethod(ref):
        """A weak reference to a bound method that lives as long as both
        its object and its function (a bound method itself dies at once)."""

        __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

        def __new__(cls, meth, callback=None):
            parts = method_parts(meth)
            if parts is None:
                raise TypeError("argument should be a bound method, not {}"
                                .format(type(meth)))
            obj, func = parts
            holder = []

            def first_death(_dead):
                # Both references carry this; only the first death counts.
                wm = holder[0]()
                if not wm._alive:
                    return
                wm._alive = False
                if callback is not None:
                    callback(wm)
            made = ref.__new__(cls, obj, first_death)
            made._alive = True
            made._meth_type = type(meth)
            made._func_ref = ref(func, first_death)
            holder.append(ref(made))
            return made

        def __call__(self):
            func = self._func_ref()
            obj = ref.__call__(self)
            if func is None or obj is None:
                return None
            # MethodType(func, obj), which the sandbox does not construct.
            return func.__get__(obj)

        # Once either has died, only identity makes two equal.

        def __eq__(self, other):
            if not isinstance(other, WeakMethod):
                return NotImplemented
            if self._alive and other._alive:
                return ref.__eq__(self, other) and self._func_ref == other._func_ref
            return self is other

        def __ne__(self, other):
            if not isinstance(other, WeakMethod):
                return NotImplemented
            if self._alive and other._alive:
                return ref.__ne__(self, other) or self._func_ref != other._func_ref
            return self is not other

        __hash__ = ref.__hash__

    return WeakMethod


WeakMethod = _weak_method_class(_method_parts)
WeakMethod.__module__ = __name__
WeakMethod.__qualname__ = "WeakMethod"
del _weak_method_class, _method_parts


# ---- finalize ----------------------------------------------------------------
#
# The live finalizers are the keys of `_registry`; each maps to a record
# [weakref, func, args, kwargs, atexit, index], index counting up from
# creation. Calling, detaching or the referent's death takes the entry
# out, so a finalizer runs at most once. At exit (atexit's callback, which
# vm/finalize.cc runs) the live ones marked atexit run newest first, from a
# snapshot retaken whenever a finalizer was created meanwhile.

_REF, _FUNC, _ARGS, _KWARGS, _ATEXIT, _INDEX = range(6)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at the
    interpreter's exit (while `atexit` is true), whichever comes first."""

    __slots__ = ()
    _registry = {}
    _index_iter = itertools.count()
    _dirty = False  # a finalizer was made since the exit snapshot
    _shutdown = False  # set once _exitfunc has run: no more calls
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        # The interpreter's exit runs atexit's callbacks (vm/finalize.cc),
        # _exitfunc among them from the first finalizer made on, in the
        # order of registration, as in CPython.
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        watch = ref(obj, self)
        record = [watch, func, args, kwargs or None, True,
                  next(finalize._index_iter)]
        finalize._registry[self] = record
        finalize._dirty = True

    def _record(self):
        return finalize._registry.get(self)

    def _snapshot(self):
        # (obj, func, args, kwargs) while alive and obj lives, else None.
        record = self._record()
        if record is None:
            return None
        obj = record[_REF]()
        if obj is None:
            return None
        return (obj, record[_FUNC], record[_ARGS], record[_KWARGS] or {})

    def __call__(self, _=None):
        """Calls the function once, if the finalizer is still alive."""
        record = finalize._registry.pop(self, None)
        if record is None or finalize._shutdown:
            return None
        return record[_FUNC](*record[_ARGS], **(record[_KWARGS] or {}))

    def detach(self):
        """(obj, func, args, kwargs) after making the finalizer dead, or
        None if it was dead already."""
        found = self._snapshot()
        if found is not None and finalize._registry.pop(self, None):
            return found
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        return self._snapshot()

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer is called at exit if still alive."""
        record = self._record()
        return record is not None and record[_ATEXIT]

    @atexit.setter
    def atexit(self, value):
        record = self._record()
        if record is not None:
            record[_ATEXIT] = bool(value)

    def __repr__(self):
        name = type(self).__name__
        record = self._record()
        obj = None if record is None else record[_REF]()
        if obj is None:
            return "<%s object at %#x; dead>" % (name, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            name, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        try:
            queue = None
            while cls._registry:
                if queue is None or finalize._dirty:
                    finalize._dirty = False
                    marked = [(rec[_INDEX], f)
                              for f, rec in cls._registry.items() if rec[_ATEXIT]]
                    marked.sort(key=lambda pair: pair[0])
                    queue = [f for _, f in marked]
                if not queue:
                    break
                try:
                    queue.pop()()
                except Exception:
                    # What sys.excepthook prints (the sandbox has no
                    # hook to replace).
                    import traceback
                    traceback.print_exc()
        finally:
            finalize._shutdown = True
