"""asyncio.coroutines, as CPython's submodule: iscoroutine and
iscoroutinefunction.
"""

import functools as _functools


# The coroutine and generator types, from one of each (the types module
# would be the other way to name them).
async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe, _probe_coro


def _gen():
    yield


_GeneratorType = type(_gen())
del _gen


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if isinstance(obj, (_CoroutineType, _GeneratorType)):
        return True
    cls = type(obj)
    return all(callable(getattr(cls, m, None)) for m in ('send', 'throw', 'close', '__await__'))


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`, a bound
    method or partial of one, or one marked as asyncio's own coroutine
    functions are). _is_async_def, lent by the module's native init
    (stdlib_safe/asyncio_module.h), reads the code's flag."""
    inner = func
    while isinstance(inner, _functools.partial):
        inner = inner.func
    return _is_async_def(inner) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()
