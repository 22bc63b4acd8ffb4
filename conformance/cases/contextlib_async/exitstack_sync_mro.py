import contextlib

C = contextlib
for cls in (C.ExitStack, C.AsyncExitStack, C.nullcontext, C.aclosing):
    print(cls.__name__, [issubclass(cls, base) for base in (
        C.AbstractContextManager, C.AbstractAsyncContextManager, C.ContextDecorator,
        C.AsyncContextDecorator)])
print(issubclass(C.AsyncExitStack, C.ExitStack), issubclass(C.ExitStack, C.AsyncExitStack))
with contextlib.ExitStack() as s:
    s.callback(print, "sync stack still works")
