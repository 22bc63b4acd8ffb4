"""Tools for `with` and `async with` statements, written for moat with the
behaviour of CPython 3.11's contextlib.

* contextmanager / asynccontextmanager turn a generator function that
  yields once into a factory of (async) context managers;
* ContextDecorator / AsyncContextDecorator let a context manager decorate
  a function, entering it around every call;
* ExitStack / AsyncExitStack collect exit callbacks at run time and unwind
  them last-in first-out, as nested with statements would;
* closing, aclosing, suppress, nullcontext, redirect_stdout and
  redirect_stderr are small ready-made managers;
* AbstractContextManager / AbstractAsyncContextManager are the ABCs.

redirect_stdout and redirect_stderr rebind sys.stdout and sys.stderr, which
a script may do itself (docs/SECURITY.md). CPython's chdir is withheld (no
file system) by name by the native init (contextlib_module.cc).
"""

from abc import ABC, abstractmethod
from collections import deque
from functools import wraps
import sys as _sys
from types import GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing"]


def _recognises(*names):
    # Class decorator: the ABC counts as a base of every class whose MRO
    # defines `names` (none of them None); its subclasses do not. The
    # structural test is collections.abc's, imported here so that the
    # module binds no other module's name.
    from _collections_abc import _check_methods

    def decorate(abc):
        def __subclasshook__(cls, C):
            if cls is abc:
                return _check_methods(C, *names)
            return NotImplemented

        __subclasshook__.__qualname__ = abc.__qualname__ + ".__subclasshook__"
        abc.__subclasshook__ = classmethod(__subclasshook__)
        return abc

    return decorate


# ---- The ABCs -------------------------------------------------------------

@_recognises("__enter__", "__exit__")
class AbstractContextManager(ABC):
    """ABC of context managers: __exit__ to define, __enter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None

    def __enter__(self):
        """Enter the context: the manager itself."""
        return self


@_recognises("__aenter__", "__aexit__")
class AbstractAsyncContextManager(ABC):
    """ABC of asynchronous context managers: __aexit__ to define,
    __aenter__ returns self."""

    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None

    async def __aenter__(self):
        """Enter the context: the manager itself."""
        return self


# ---- Small managers -------------------------------------------------------

class closing(AbstractContextManager):
    """Gives `thing` to the block and calls thing.close() after it."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Gives `thing` to the block and awaits thing.aclose() after it (an
    async generator's, typically)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class suppress(AbstractContextManager):
    """Swallows an exception of the given types raised in the block;
    execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        # issubclass() on the class, as CPython's own contextlib does (not
        # the `except` clause's matching).
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)

    def __enter__(self):
        pass


class _RedirectStream(AbstractContextManager):
    # The replaced streams are stacked, so one manager may be re-entered.

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    _stream = None  # the sys attribute a subclass replaces

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(_sys, name))
        setattr(_sys, name, self._new_target)
        return self._new_target


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another stream within the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another stream within the block."""

    _stream = "stderr"


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing, for `with` and `async with`: the block
    gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aexit__(self, *excinfo):
        pass

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


# ---- Exit stacks ----------------------------------------------------------

class _Unwinding:
    # One run of an exit stack's callbacks. Each callback sees the
    # exception the ones before it left (the block's at first); one that
    # returns true swallows it, one that raises replaces it, with the
    # exception it replaced as __context__, as in nested with statements.

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.swallowed = False
        self.raising = False
        # What the frame around the stack is handling: where the context
        # chain of a callback's exception would otherwise end.
        self.outer = _sys.exc_info()[1]

    def returned(self, result):
        if result:
            self.swallowed = True
            self.raising = False
            self.details = (None, None, None)

    def raised(self, exc):
        replaced = self.details[1]
        link = exc
        while True:
            ctx = link.__context__
            if ctx is None or ctx is replaced:
                break
            if ctx is self.outer:
                link.__context__ = replaced
                break
            link = ctx
        self.raising = True
        self.details = (type(exc), exc, exc.__traceback__)

    def result(self):
        # The stack's __exit__ result, or the last callback's exception
        # raised again, keeping the context set by raised() (a plain raise
        # would make it the exception being handled around the stack).
        if not self.raising:
            return self.received and self.swallowed
        exc = self.details[1]
        ctx = exc.__context__
        try:
            raise exc
        except BaseException:
            exc.__context__ = ctx
            raise


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: the stack of callbacks and
    the synchronous ways to push onto it."""

    def __init__(self):
        self._exit_callbacks = deque()

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def _push_cm_exit(self, cm, cm_exit):
        # cm's __exit__ as found on its type (as the with statement finds
        # it), called with cm. CPython pushes a bound method; the sandbox
        # does not make those, so it is a closure.
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._push_exit_callback(_exit_wrapper, True)

    def enter_context(self, cm):
        """Enter the context manager cm, push its __exit__, and return what
        its __enter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, leave)
        return result

    def push(self, exit):
        """Push an __exit__-like callable, or the __exit__ of an object that
        has one (which is not entered). It may swallow exceptions like an
        __exit__. Returns `exit`, so this works as a decorator."""
        try:
            leave = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, leave)
        return exit

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds), to run at unwinding whatever the
        exception; it cannot swallow one. Returns `callback`."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def pop_all(self):
        """Move every pushed callback to a new stack of the same type, which
        is returned; this one is left empty."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return heir


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding exit callbacks pushed at run time, which
    its __exit__ (or close()) runs last-in first-out:

        with ExitStack() as stack:
            handles = [stack.enter_context(make(n)) for n in names]
    """

    def __exit__(self, *exc_details):
        run = _Unwinding(exc_details)
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            assert is_sync
            try:
                run.returned(cb(*run.details))
            except BaseException as exc:
                run.raised(exc)
        return run.result()

    def __enter__(self):
        return self

    def close(self):
        """Run every callback now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: it also takes asynchronous managers and
    coroutine callbacks, awaited as it unwinds:

        async with AsyncExitStack() as stack:
            conns = [await stack.enter_async_context(connect(h)) for h in hosts]
    """

    def _push_async_cm_exit(self, cm, cm_exit):
        # cm's __aexit__ called with cm (a closure, as in _push_cm_exit);
        # the coroutine it returns is awaited at unwinding.
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._push_exit_callback(_exit_wrapper, False)

    async def enter_async_context(self, cm):
        """Enter the asynchronous context manager cm, push its __aexit__,
        and return what its __aenter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, leave)
        return result

    def push_async_exit(self, exit):
        """Push a coroutine function shaped like __aexit__, or the __aexit__
        of an object that has one. Returns `exit`."""
        try:
            leave = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, leave)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push a coroutine function and its arguments, awaited at unwinding
        whatever the exception. Returns `callback`."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def __aexit__(self, *exc_details):
        run = _Unwinding(exc_details)
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                outcome = cb(*run.details)
                if not is_sync:
                    outcome = await outcome
                run.returned(outcome)
            except BaseException as exc:
                run.raised(exc)
        return run.result()

    async def __aenter__(self):
        return self

    async def aclose(self):
        """Run (and await) every callback now."""
        await self.__aexit__(None, None, None)


# ---- Managers as decorators -----------------------------------------------

class ContextDecorator(object):
    """Mixin: the manager, called with a function, wraps it so that each
    call runs inside `with self._recreate_cm():`."""

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(inner)

    def _recreate_cm(self):
        """The manager one decorated call enters: self, unless a subclass
        is single-use and makes a fresh one."""
        return self


class AsyncContextDecorator(object):
    """Mixin: the manager, called with a coroutine function, wraps it so
    that each call runs inside `async with self._recreate_cm():`."""

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(inner)

    def _recreate_cm(self):
        """The manager one decorated call enters (self by default)."""
        return self


# ---- @contextmanager and @asynccontextmanager -----------------------------

class _GeneratorContextManagerBase:
    """The state both generator-based managers keep."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # The manager shows the generator function's docstring, or else
        # the class's own.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Each call of a decorated function needs a generator of its own.
        return self.__class__(self.func, self.args, self.kwds)

    def _entered(self):
        # After a `with` has started the generator it can never be
        # recreated, so the call's recipe is dropped; a second `with` on
        # the same manager fails here with AttributeError.
        del self.args, self.kwds, self.func


def _after_throw(exc, value, traceback, finished, wrapped):
    # What __exit__ / __aexit__ answer when throwing `value` into the
    # generator raised `exc`. `finished` is the exception that means the
    # generator returned (StopIteration or StopAsyncIteration): it
    # swallows the body's exception, unless it is that exception. The
    # body's own exception coming back, directly or as the RuntimeError a
    # generator makes of a StopIteration (PEP 479), is not swallowed and
    # gets back the traceback it had. Anything else is the generator's
    # own error: None tells the caller to re-raise it.
    if isinstance(exc, finished):
        return exc is not value
    if exc is value:
        exc.__traceback__ = traceback
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, wrapped) and \
            exc.__cause__ is value:
        value.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(
        _GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _FINISHED) is _FINISHED:
                return False
            raise RuntimeError("generator didn't stop")
        # An instance, so that the exception coming back out of the
        # generator can be recognised.
        value = typ() if value is None else value
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as exc:
            verdict = _after_throw(exc, value, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")

    def __enter__(self):
        self._entered()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None


class _AsyncGeneratorContextManager(
        _GeneratorContextManagerBase, AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await anext(self.gen, _FINISHED) is _FINISHED:
                return False
            raise RuntimeError("generator didn't stop")
        value = typ() if value is None else value
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as exc:
            verdict = _after_throw(exc, value, traceback, StopAsyncIteration,
                                   (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")

    async def __aenter__(self):
        self._entered()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None


_FINISHED = object()  # the default of next()/anext(): the generator returned


def _factory_of(manager_class, func):
    @wraps(func)
    def helper(*args, **kwds):
        return manager_class(func, args, kwds)
    return helper


def contextmanager(func):
    """Decorator: `func` is a generator function that yields exactly once.
    Calling the result makes a context manager whose __enter__ runs the
    generator up to its yield (the value yielded is the `as` target) and
    whose __exit__ resumes it, throwing in the block's exception if any.
    The manager can also decorate functions."""
    return _factory_of(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """Decorator: like contextmanager, for an async generator function and
    `async with`."""
    return _factory_of(_AsyncGeneratorContextManager, func)
