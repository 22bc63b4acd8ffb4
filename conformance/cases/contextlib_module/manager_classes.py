# What the generator-based managers and the ABCs show of themselves: a
# manager made from an undocumented generator function carries its class's
# docstring, the managers are instances of the ABCs and decorator mixins,
# and AbstractContextManager (unlike ABC) declares no __slots__, so its
# subclasses' instances keep a __dict__ even when they declare __slots__.
import contextlib


@contextlib.contextmanager
def plain():
    yield "plain"


@contextlib.asynccontextmanager
async def aplain():
    yield "aplain"


cm = plain()
print(cm.__doc__)
print(type(cm).__name__, sorted(vars(cm)))
print(isinstance(cm, contextlib.AbstractContextManager),
      isinstance(cm, contextlib.ContextDecorator))
acm = aplain()
print(acm.__doc__)
print(type(acm).__name__, isinstance(acm, contextlib.AsyncContextDecorator))
with cm as got:
    print(got, sorted(vars(cm)))


class Slotted(contextlib.AbstractContextManager):
    __slots__ = ()

    def __exit__(self, *exc):
        return None


s = Slotted()
s.note = "has a dict"
print(s.note, "__slots__" in vars(contextlib.AbstractContextManager))
print("__slots__" in vars(contextlib.AbstractAsyncContextManager))
for cls in (contextlib.ExitStack, contextlib.AsyncExitStack, contextlib.nullcontext,
            contextlib.suppress, contextlib.closing, contextlib.redirect_stdout):
    print(cls.__name__, issubclass(cls, contextlib.AbstractContextManager),
          issubclass(cls, contextlib.AbstractAsyncContextManager))
