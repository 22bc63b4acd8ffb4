import asyncio

for name in ["CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty",
             "QueueFull", "BrokenBarrierError", "IncompleteReadError", "LimitOverrunError",
             "SendfileNotAvailableError"]:
    cls = getattr(asyncio, name)
    bases = [b.__name__ for b in (BaseException, Exception, RuntimeError, EOFError, OSError)
             if issubclass(cls, b)]
    print(name, cls.__module__, bases)
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.Lock.__module__, asyncio.Queue.__module__, asyncio.TaskGroup.__module__,
      asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Timeout.__module__)
e = asyncio.IncompleteReadError(b"abc", 10)
print(e, e.partial, e.expected)
print(asyncio.IncompleteReadError(b"", None))
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
