# make_dataclass makes its class as types.new_class does: the metaclass is
# the most derived type of the bases, so a base that is no class either
# conflicts with a class base or becomes the "metaclass" that is called;
# type.__new__ then checks the name and that the bases are a tuple.
import abc
import typing
from dataclasses import make_dataclass, field, fields


def attempt(label, **kwargs):
    try:
        cls = make_dataclass(kwargs.pop("name", "X"), ["a", ("b", int, field(default=2))],
                             **kwargs)
        print(label, cls.__name__, [f.name for f in fields(cls)], cls(1))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


T = typing.TypeVar("T")


class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass of", cls.__name__)


class Abstract(abc.ABC):
    pass


attempt("int instance", bases=(3,))
attempt("class then int", bases=(int, 3))
attempt("str instance", bases=("ab",))
attempt("list of bases", bases=[Base])
attempt("tuple of bases", bases=(Base,))
attempt("not iterable", bases=3)
attempt("name int", name=3)
attempt("name int, list", name=3, bases=[Base])
attempt("generic", bases=(typing.Generic[T],))
attempt("generic list", bases=[typing.Generic[T]])
attempt("abc", bases=(Abstract,))
attempt("abc and int", bases=(Abstract, 3))
attempt("namespace not mapping", bases=(3,), namespace=5)
attempt("namespace list", namespace=[("c", 1)])
Generic = make_dataclass("G", ["a"], bases=(typing.Generic[T],))
print(Generic.__orig_bases__, Generic.__parameters__, Generic[int](1))
print("__orig_bases__" in make_dataclass("P", ["a"], bases=(Base,)).__dict__)
