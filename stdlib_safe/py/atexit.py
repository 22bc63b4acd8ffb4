"""Functions to call when the program ends normally: register() adds one,
unregister() takes it out again."""

# moat's atexit, standing for CPython's C module (registered with
# InitFrozenCModule, so a script sees only `__all__` and the callback list
# stays out of its reach). The interpreter's exit runs _run_exitfuncs
# (vm/finalize.cc RunAtexitHook) after the main module ends, before the
# main module's garbage is finalized, as CPython's finalization calls its
# atexit callbacks; weakref.finalize registers its exit hook here on the
# first finalizer made, as in CPython. Callbacks run under the run's
# budgets like any other code.

import sys as _sys

__all__ = ['register', 'unregister', '_clear', '_run_exitfuncs', '_ncallbacks']

# (func, args, kwargs) in registration order; unregister() leaves None in
# an entry's place, so a callback that unregisters one not yet run while
# the callbacks run stops it from running.
_callbacks = []


def register(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) when the program ends; returns func, so
    that register can decorate a function."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Take every registration of func (compared with ==) out."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _ncallbacks():
    """How many registrations were made since the last clear (CPython's
    count keeps the places of unregistered ones too)."""
    return len(_callbacks)


def _clear():
    """Forget every registered function."""
    _callbacks.clear()


def _run_exitfuncs():
    """Call the registered functions, newest first, then forget them; an
    exception a function raises is reported on stderr and the rest still
    run."""
    # Newest first, over the callbacks registered when the run began; one
    # registered meanwhile is dropped with the rest at the end.
    for i in range(len(_callbacks) - 1, -1, -1):
        if i >= len(_callbacks):
            continue
        entry = _callbacks[i]
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException:
            # What CPython's unraisable hook writes ("in atexit callback").
            _sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
            import traceback
            traceback.print_exc()
    _callbacks.clear()


_builtin_function(register, unregister, _ncallbacks, _clear, _run_exitfuncs)
