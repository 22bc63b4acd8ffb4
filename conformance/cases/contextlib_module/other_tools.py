# suppress, closing, nullcontext, ExitStack and AbstractContextManager.
from contextlib import suppress, closing, nullcontext, ExitStack, AbstractContextManager


with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError", e)
with suppress(LookupError):
    {}["k"]
print("suppressed a LookupError subclass")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)

with nullcontext(42) as value:
    print("nullcontext gave", value)
with nullcontext() as nothing:
    print(nothing)


class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Managed(n)) for n in "abc"]
    stack.callback(print, "callback ran", names)
    print("body", names)

with ExitStack() as stack:
    stack.enter_context(Managed("x"))
    stack.enter_context(Managed("quiet", suppress=True))
    raise ValueError("inside stack")
print("suppressed by a manager in the stack")

try:
    with ExitStack() as stack:
        stack.enter_context(Managed("y"))
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)

with ExitStack() as outer:
    outer.enter_context(Managed("kept"))
    moved = outer.pop_all()
print("outer closed")
moved.close()

stack = ExitStack()
stack.push(Managed("pushed"))


@stack.push
def exit_hook(exc_type, exc, tb):
    print("hook sees", exc_type)


stack.close()

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)


class Ctx(AbstractContextManager):
    def __exit__(self, *args):
        print("Ctx exit")


with Ctx() as c:
    print(type(c).__name__, isinstance(c, AbstractContextManager))
print(isinstance(Managed("m"), AbstractContextManager), isinstance(3, AbstractContextManager))
print(issubclass(Managed, AbstractContextManager))


def failing_callback():
    raise RuntimeError("callback failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
