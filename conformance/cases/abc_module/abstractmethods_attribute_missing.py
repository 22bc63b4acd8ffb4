# type.__abstractmethods__ on a class that never set it raises AttributeError
# with the bare name; an instance lacks it as any attribute; setting and
# deleting it on a plain class makes it abstract and back.
import abc
class Plain: pass
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
for label, fn in [("class", lambda: Plain.__abstractmethods__), ("inst", lambda: Plain().__abstractmethods__),
                  ("int", lambda: int.__abstractmethods__), ("type", lambda: type.__abstractmethods__),
                  ("abc", lambda: sorted(A.__abstractmethods__)),
                  ("hasattr", lambda: (hasattr(Plain, "__abstractmethods__"), hasattr(A, "__abstractmethods__"), hasattr(abc.ABC, "__abstractmethods__"))),
                  ("getattr default", lambda: getattr(Plain, "__abstractmethods__", "dflt")),
                  ("ABC empty", lambda: abc.ABC.__abstractmethods__)]:
    try: print(label, "->", fn())
    except AttributeError as e: print(label, "-> AttributeError", e)
Plain.__abstractmethods__ = frozenset({"g"})
try: Plain()
except TypeError as e: print(e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
