"""Abstract base classes, as far as scripts use CPython's abc without a
metaclass: `class Shape(ABC)` with `@abstractmethod` methods (also under
property, classmethod and staticmethod) cannot be instantiated until a
subclass overrides every abstract method, with CPython's TypeError.

CPython keeps the set in ABCMeta and checks it in object.__new__. The
sandbox has no metaclasses and no class __dict__, so here ABC's
__init_subclass__ computes each class's `__abstractmethods__` by looking
up, on the class, every name abstractmethod() was ever applied to (a name
is abstract in a class when what the class resolves it to is still marked
abstract), and ABC.__new__ refuses to instantiate a class whose set is not
empty. Differences: ABCMeta itself (metaclass=ABCMeta is refused), and
virtual subclasses (register() records nothing for isinstance).
"""

__all__ = ['ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

# Every name an abstract method was declared under (by its function's
# __name__): the only names that can be abstract in any class.
_abstract_names = set()


def abstractmethod(funcobj):
    """A decorator indicating abstract methods: a class that has one (and
    derives from ABC) cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    _abstract_names.add(getattr(funcobj, '__name__', None))
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
    # A property is abstract when one of its functions is; a classmethod
    # read through its class is bound, so look at the function inside.
    for inner in ('fget', 'fset', 'fdel', '__func__'):
        if getattr(getattr(value, inner, None), '__isabstractmethod__', False):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ (after methods were added or
    replaced once the class was made). Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    missing = object()
    cls.__abstractmethods__ = frozenset(
        name for name in _abstract_names
        if name is not None and _is_abstract(getattr(cls, name, missing)))
    return cls


def get_cache_token():
    """A token that changes when virtual subclasses are registered: they
    never are here."""
    return 0


class ABC:
    """Helper class: derive from it to make an abstract base class."""

    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        update_abstractmethods(cls)

    def __new__(cls, /, *args, **kwargs):
        abstract = cls.__abstractmethods__
        if abstract:
            names = sorted(abstract)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        if (args or kwargs) and cls.__init__ == object.__init__:
            raise TypeError(f"{cls.__name__}() takes no arguments")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass: accepted, but isinstance() and
        issubclass() do not see it (they would need ABCMeta)."""
        return subclass
