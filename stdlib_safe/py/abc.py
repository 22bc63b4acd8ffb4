"""Abstract base classes: ABCMeta, ABC and abstractmethod, as in CPython.

A class made by ABCMeta (deriving from ABC, or naming metaclass=ABCMeta)
records in `__abstractmethods__` the abstract methods it has not
overridden; while that set is not empty, object.__new__ refuses to make
instances (the VM checks, as CPython does). isinstance() and issubclass()
against such a class go through ABCMeta.__instancecheck__ and
__subclasscheck__: the class's __subclasshook__, then real subclassing,
then classes registered with register(), then the same for the ABC's
subclasses. Results are cached per class; register() invalidates the
caches of every ABC, as CPython's cache token does.

The sandbox keeps a class's MRO and subclass list inside the VM, so each
ABC here remembers its bases and the ABCs derived from it itself, in a
table held by a closure, under the opaque `_abc_impl` token CPython's ABCs
have too: scripts cannot read an ABC's subclass list or caches.

CPython freezes abc into its binary, and each ABCMeta method there is one
line handing over to _abc's C code, so a traceback through one shows a
source-less entry such as `File "<frozen abc>", line 106, in __new__`
(an __init_subclass__ that raises). "# frozen line N" on a method's def
line makes every line of the method show as that entry
(vm/objects/traceback.h FrozenStandInLine).
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods: a class made by ABCMeta
    that has one cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# CPython's deprecated abstractclassmethod, abstractstaticmethod and
# abstractproperty are subclasses of classmethod, staticmethod and property;
# the sandbox does not subclass those, so here they are functions that
# return the built-in descriptor around a function marked abstract.

def abstractclassmethod(callable):
    """A classmethod that is also abstract (deprecated in CPython)."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """A staticmethod that is also abstract (deprecated in CPython)."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is also abstract (deprecated in CPython)."""
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # A property is abstract when one of its functions is; classmethod and
    # staticmethod objects when the function inside is.
    for inner in ('fget', 'fset', 'fdel', '__func__'):
        if getattr(getattr(value, inner, None), '__isabstractmethod__', False):
            return True
    return False


def _abstract_methods(cls, bases):
    # CPython's _abc_init: the class's own abstract attributes, and every
    # name abstract in a base that the class still resolves to something
    # abstract.
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


# Bumped by every register(): the caches of all ABCs are stale after it.
_cache_token = 0


def get_cache_token():
    """The current version of the ABC caches: it changes after every
    register() call."""
    return _cache_token


# CPython's is a C function of _abc: no binding when a class stores it.
_builtin_function(get_cache_token, module='_abc')


class _abc_data:
    """Internal state held by ABC machinery."""
    __slots__ = ()


_abc_data.__module__ = '_abc'


class _AbcState:
    __slots__ = ('bases', 'registry', 'subclasses', 'cache', 'negative_cache',
                 'negative_cache_version')

    def __init__(self, bases):
        self.bases = bases
        self.registry = []
        self.subclasses = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _cache_token


def _make_abc_machinery():
    # Each ABC's bases, registry, subclasses and caches, under the opaque
    # token that is its `_abc_impl` (as CPython's `_abc._abc_data`). The
    # table lives in this closure, which scripts cannot reach (closures are
    # refused), so no script reads an ABC's subclass list or caches.
    states = {}

    def state_of(cls):
        return states[cls.__dict__['_abc_impl']]

    def update_abstractmethods(cls):
        """Recompute an abstract class's __abstractmethods__ after methods were
        added or replaced once the class was made. Returns cls."""
        if not hasattr(cls, '__abstractmethods__'):
            # A class not made by ABCMeta.
            return cls
        token = cls.__dict__.get('_abc_impl')
        bases = states[token].bases if token in states else ()
        cls.__abstractmethods__ = _abstract_methods(cls, bases)
        return cls

    def abc_bases(cls):
        # The bases an ABC was made with (typing walks a protocol's); ()
        # for any other class. Scripts may read these: they lead up the
        # class graph only, to classes reachable by name.
        token = cls.__dict__.get('_abc_impl') if isinstance(cls, type) else None
        return states[token].bases if token in states else ()

    class ABCMeta(type):
        """Metaclass for abstract base classes."""

        def __new__(mcls, name, bases, namespace, /, **kwargs):  # frozen line 106
            # CPython's _abc_init: `__abc_tpflags__` (collections.abc's
            # Sequence and Mapping) becomes the class's match flag, not an
            # attribute.
            namespace = dict(namespace)
            tpflags = namespace.pop('__abc_tpflags__', None)
            token = _abc_data()
            state = _AbcState(bases)
            # In the namespace before the class exists, for the
            # __init_subclass__ hooks that run inside type.__new__.
            namespace['_abc_impl'] = token
            states[token] = state
            cls = super().__new__(mcls, name, bases, namespace, **kwargs)
            if isinstance(tpflags, int):
                _set_collection_flags(cls, tpflags)
            for base in bases:
                if isinstance(base, ABCMeta):
                    state_of(base).subclasses.append(cls)
            cls.__abstractmethods__ = _abstract_methods(cls, bases)
            return cls

        def register(cls, subclass):  # frozen line 115
            """Register a virtual subclass of an ABC. Returns the subclass, so
            that it can be used as a class decorator."""
            global _cache_token
            if not isinstance(subclass, type):
                raise TypeError("Can only register classes")
            if issubclass(subclass, cls):
                return subclass  # Already a subclass
            # Subtle: test for cycles *after* testing for "already a
            # subclass"; this means we allow X.register(X) and interpret it
            # as a no-op.
            if issubclass(cls, subclass):
                # This would create a cycle, which is bad for the algorithm below
                raise RuntimeError("Refusing to create an inheritance cycle")
            state = state_of(cls)
            if subclass not in state.registry:
                state.registry.append(subclass)
            # A registered class takes part in `match` as the ABC's instances
            # do, with the flag the ABC has, its own or inherited (user
            # classes only; abc_module.h).
            flags = _collection_flags(cls)
            if flags:
                _set_collection_flags(subclass, flags)
            _cache_token += 1
            return subclass

        def __instancecheck__(cls, instance):  # frozen line 119
            """Override for isinstance(instance, cls)."""
            subclass = type(instance)
            state = state_of(cls)
            if subclass in state.cache:
                return True
            if (state.negative_cache_version == _cache_token and
                    subclass in state.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)

        def __subclasscheck__(cls, subclass):  # frozen line 123
            """Override for issubclass(subclass, cls)."""
            if not isinstance(subclass, type):
                raise TypeError('issubclass() arg 1 must be a class')
            state = state_of(cls)
            if subclass in state.cache:
                return True
            if state.negative_cache_version != _cache_token:
                state.negative_cache = set()
                state.negative_cache_version = _cache_token
            elif subclass in state.negative_cache:
                return False
            ok = cls.__subclasshook__(subclass)
            if ok is not NotImplemented:
                if not isinstance(ok, bool):
                    raise AssertionError("__subclasshook__ must return either False, True, "
                                         "or NotImplemented")
                if ok:
                    state.cache.add(subclass)
                else:
                    state.negative_cache.add(subclass)
                return ok
            # A real subclass (type's own check, without the hooks).
            if type.__subclasscheck__(cls, subclass):
                state.cache.add(subclass)
                return True
            for rcls in state.registry:
                if issubclass(subclass, rcls):
                    state.cache.add(subclass)
                    return True
            for scls in state.subclasses:
                if issubclass(subclass, scls):
                    state.cache.add(subclass)
                    return True
            state.negative_cache.add(subclass)
            return False

        def _dump_registry(cls, file=None):
            """Debug helper to print the ABC registry."""
            state = state_of(cls)
            print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
            print(f"Inv. counter: {get_cache_token()}", file=file)
            print(f"_abc_registry: {state.registry!r}", file=file)
            print(f"_abc_cache: {state.cache!r}", file=file)
            print(f"_abc_negative_cache: {state.negative_cache!r}", file=file)
            print(f"_abc_negative_cache_version: {state.negative_cache_version!r}",
                  file=file)

        def _abc_registry_clear(cls):
            """Clear the registry (for debugging or testing)."""
            state_of(cls).registry.clear()

        def _abc_caches_clear(cls):
            """Clear the caches (for debugging or testing)."""
            state = state_of(cls)
            state.cache.clear()
            state.negative_cache.clear()

    return ABCMeta, update_abstractmethods, abc_bases


ABCMeta, update_abstractmethods, _abc_bases = _make_abc_machinery()
del _make_abc_machinery
# Names as if defined at the top level, for reprs and tracebacks.
ABCMeta.__qualname__ = 'ABCMeta'
for _name, _value in list(ABCMeta.__dict__.items()):
    _value = getattr(_value, '__func__', _value)  # __new__ is a staticmethod
    if callable(_value) and not isinstance(_value, type):
        _value.__qualname__ = 'ABCMeta.' + _name
update_abstractmethods.__qualname__ = 'update_abstractmethods'
_abc_bases.__qualname__ = _abc_bases.__name__ = '_abc_bases'
del _name, _value


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()
